#!/bin/sh
# usage: chk.sh URL...  -> prints USED/CLAIMED/free
for u in "$@"; do
  if grep -qF "$u" /work/blind/used-urls.txt; then s=USED; elif grep -qF "$u" /work/blind/claimed-urls.txt; then s=CLAIMED; else s=free; fi
  echo "$s $u"
done
