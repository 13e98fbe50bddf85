#!/bin/sh
# usage: u.sh URL... ; prints USED/CLAIMED/free
for u in "$@"; do
  s=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  if grep -qF "$s" /work/blind/used-urls.txt; then echo "USED    $u"; elif grep -qF "$s" /work/blind/claimed-urls.txt; then echo "CLAIMED $u"; else echo "free    $u"; fi
done
