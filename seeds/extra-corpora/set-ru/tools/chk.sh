#!/bin/bash
for u in "$@"; do
  if grep -qF -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
