#!/bin/sh
# usage: claim.sh URL  -- refuses if URL already used/claimed
u="$1"
if grep -qxF "$u" /work/blind/used-urls.txt || grep -qF "$u " /work/blind/claimed-urls.txt; then echo "TAKEN $u"; exit 1; fi
echo "$u set-lh" >> /work/blind/claimed-urls.txt; echo "claimed $u"
