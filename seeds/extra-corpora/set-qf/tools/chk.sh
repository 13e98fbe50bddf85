#!/bin/bash
# usage: chk.sh URL...  -> prints used/claimed status
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
