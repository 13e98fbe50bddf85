#!/bin/bash
# usage: claim.sh URL  -> claims URL for set-qa if not used/claimed
u="$1"
if grep -qxF "$u" /work/blind/used-urls.txt || grep -qF "$u " /work/blind/claimed-urls.txt; then echo "TAKEN $u"; exit 1; fi
echo "$u set-qa" >> /work/blind/claimed-urls.txt; echo "CLAIMED $u"
