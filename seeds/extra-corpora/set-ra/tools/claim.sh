#!/bin/bash
# usage: claim.sh URL  -> checks used/claimed, appends "URL set-ra" if free
u="$1"; core=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##')
if grep -qF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN: $u"; grep -F "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; exit 1; fi
echo "$u set-ra" >> /work/blind/claimed-urls.txt; echo "CLAIMED: $u"
