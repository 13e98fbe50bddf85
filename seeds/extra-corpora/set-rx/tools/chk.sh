#!/bin/bash
# usage: chk.sh URL  -> prints FREE or TAKEN
u="$1"
if grep -qxF "$u" /work/blind/used-urls.txt || grep -qF "$u " /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else
 # also check without scheme/www variations
 core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
 if grep -qF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN(variant) $u"; else echo "FREE $u"; fi
fi
