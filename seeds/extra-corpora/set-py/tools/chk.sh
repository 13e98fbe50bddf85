#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL is used/claimed
for u in "$@"; do
  s=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##')
  a=$(grep -cF "$s" /work/blind/used-urls.txt); b=$(grep -cF "$s" /work/blind/claimed-urls.txt)
  echo "$a $b $u"
done
