#!/bin/bash
# usage: chk.sh URL... ; prints FREE or USED/CLAIMED
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://##')
  if grep -qF "$k" /work/blind/used-urls.txt; then echo "USED    $u"; elif grep -qF "$k" /work/blind/claimed-urls.txt; then echo "CLAIMED $u"; else echo "FREE    $u"; fi
done
