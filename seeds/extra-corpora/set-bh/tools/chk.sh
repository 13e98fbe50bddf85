#!/bin/bash
# usage: chk.sh URL...  -> prints USED/CLAIMED/free (also matches on the URL's id part)
for u in "$@"; do
  if grep -qxF "$u" /work/blind/used-urls.txt; then echo "USED    $u"; continue; fi
  if grep -qF "$u " /work/blind/claimed-urls.txt; then echo "CLAIMED $u"; continue; fi
  id=$(echo "$u" | grep -oE '[0-9]{5,}' | tail -1)
  if [ -n "$id" ] && grep -qF "$id" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "ID-HIT  $u ($id)"; grep -hF "$id" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; continue; fi
  echo "free    $u"
done
