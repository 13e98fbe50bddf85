#!/bin/bash
# usage: chk.sh URL...  -> prints FREE or USED for each
for u in "$@"; do
  if grep -qxF "$u" /work/blind/used-urls.txt || grep -qF "$u " /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "FREE $u"; fi
done
