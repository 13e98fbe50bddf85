#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or its id) is in used/claimed lists
for u in "$@"; do
  core=$(echo "$u" | sed -E 's#https?://(www\.|m\.)?##')
  if grep -qF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; grep -hF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -2; else echo "free  $u"; fi
done
