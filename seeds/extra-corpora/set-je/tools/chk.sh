#!/bin/bash
# usage: chk.sh URL... ; prints USED/CLAIMED/free
for u in "$@"; do
  if grep -qF -- "$u" /work/blind/used-urls.txt; then echo "USED    $u";
  elif grep -qF -- "$u" /work/blind/claimed-urls.txt; then echo "CLAIMED $u";
  else k=$(echo "$u" | grep -oE '[0-9]{6,}|[A-Za-z0-9]{10,}$' | tail -1); if [ -n "$k" ] && grep -qF -- "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "SIMILAR $u ($k)"; else echo "free    $u"; fi; fi
done
