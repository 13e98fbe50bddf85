#!/bin/bash
# usage: chk.sh URL... ; prints USED/CLAIMED/free
for u in "$@"; do
  core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.|mobile\.)?##')
  hit=$(grep -F -- "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -2)
  if [ -n "$hit" ]; then echo "TAKEN $u :: $hit"; else echo "free  $u"; fi
done
