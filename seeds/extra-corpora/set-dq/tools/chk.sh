#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL (or its id part) is used/claimed
for u in "$@"; do
  core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  hit=$(grep -F -- "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -3)
  if [ -n "$hit" ]; then echo "TAKEN $u :: $hit"; else echo "free  $u"; fi
done
