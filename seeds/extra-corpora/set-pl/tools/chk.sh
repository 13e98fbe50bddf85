#!/bin/bash
# usage: chk.sh URL...  -> prints whether each URL (or its host+path) is used/claimed
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://##')
  a=$(grep -cF "$k" /work/blind/used-urls.txt); b=$(grep -cF "$k" /work/blind/claimed-urls.txt)
  echo "used=$a claimed=$b $u"
done
