#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or its id part) is used/claimed
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#https?://(www\.|m\.)?##')
  if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
