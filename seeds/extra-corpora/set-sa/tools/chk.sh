#!/bin/bash
# usage: chk.sh KEY... (a distinctive substring of each URL)
for k in "$@"; do
  hit=$(grep -F -- "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -1)
  if [ -n "$hit" ]; then echo "TAKEN $k -> $hit"; else echo "free  $k"; fi
done
