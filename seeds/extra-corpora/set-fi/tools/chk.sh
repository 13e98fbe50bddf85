#!/bin/sh
# usage: chk.sh URL... -> prints FREE or TAKEN
for u in "$@"; do
  if grep -qF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "FREE  $u"; fi
done
