#!/bin/bash
# usage: claim.sh URL  -> checks used/claimed, appends claim if free
u="$1"
if grep -qF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN: $u"; exit 1; fi
echo "$u set-qy" >> /work/blind/claimed-urls.txt; echo "claimed: $u"
