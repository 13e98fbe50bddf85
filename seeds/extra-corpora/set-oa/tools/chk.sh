#!/bin/bash
# usage: chk.sh URL...
for u in "$@"; do
  if grep -qF -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED  $u"; else echo "free  $u"; fi
done
