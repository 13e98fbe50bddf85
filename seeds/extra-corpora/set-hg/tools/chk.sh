#!/bin/bash
# usage: chk.sh URL...  -> prints whether each URL (or its core) is used/claimed
for u in "$@"; do
  core=$(echo "$u" | sed -E 's#https?://(www\.|m\.|amp\.)?##')
  hit=$(grep -F -- "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -2)
  if [ -n "$hit" ]; then echo "USED  $u :: $hit"; else echo "free  $u"; fi
done
