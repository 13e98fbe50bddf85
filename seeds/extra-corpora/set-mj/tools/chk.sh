#!/bin/bash
# usage: chk.sh URL... ; prints whether used/claimed (matches on a core id part)
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#https?://(www\.|m\.)?##')
  if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u: $(grep -hF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt|head -2|tr '\n' ' ')"; else echo "free  $u"; fi
done
