#!/bin/sh
# usage: claim.sh URL  -> appends "URL set-ds" to claimed-urls.txt if not used/claimed
u="$1"
if grep -qF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN: $u"; exit 1; fi
echo "$u set-ds" >> /work/blind/claimed-urls.txt; echo "claimed: $u"
