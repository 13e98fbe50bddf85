#!/bin/bash
# usage: chk.sh URL...  -> prints whether used/claimed
for u in "$@"; do
  b=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  if grep -qF "$b" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
