#!/bin/bash
# usage: chk.sh URL...  -> prints NEW or USED
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.)?##')
  if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "NEW  $u"; fi
done
