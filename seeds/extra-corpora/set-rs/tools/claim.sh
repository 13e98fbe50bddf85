#!/bin/bash
# usage: claim.sh URL  -> checks used/claimed lists, claims if free
u="$1"
if grep -qF -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN: $u"; grep -F -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; exit 1; fi
echo "$u set-rs" >> /work/blind/claimed-urls.txt; echo "CLAIMED: $u"
