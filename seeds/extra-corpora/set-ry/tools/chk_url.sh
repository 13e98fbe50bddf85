#!/bin/sh
# usage: chk_url.sh URL...  -> prints whether each URL is used or claimed
for u in "$@"; do
  if grep -qF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
