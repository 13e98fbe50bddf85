#!/bin/bash
# usage: chk.sh URL...  -> prints FREE or USED for each (matches on URL without scheme/www)
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "FREE $u"; fi
done
