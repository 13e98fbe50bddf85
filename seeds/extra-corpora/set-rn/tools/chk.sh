#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or a close variant) is used/claimed
for u in "$@"; do
  core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##; s#/$##')
  if grep -qF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; grep -F "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; else echo "free  $u"; fi
done
