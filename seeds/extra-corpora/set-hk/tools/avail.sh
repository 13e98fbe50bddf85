#!/bin/bash
# usage: avail.sh URL... ; prints whether each URL is free
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.)?##')
  if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "FREE  $u"; fi
done
