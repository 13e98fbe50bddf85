#!/bin/bash
# usage: chk.sh URL...  -> prints whether each URL is used/claimed
for u in "$@"; do
  if grep -qF -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
