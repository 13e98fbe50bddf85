#!/bin/bash
# usage: chk.sh URL...  -> prints whether each URL (or its id) is already used/claimed
for u in "$@"; do
  if grep -qF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; grep -F "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -3; else echo "free  $u"; fi
done
