#!/bin/bash
# usage: chk.sh URL...  -> prints USED/CLAIMED/free
for u in "$@"; do
  if grep -qF -- "$u" /work/blind/used-urls.txt; then echo "USED $u";
  elif grep -qF -- "$u" /work/blind/claimed-urls.txt; then echo "CLAIMED $u";
  else echo "free $u"; fi
done
