#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or distinctive part) is used/claimed
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  n=$(grep -h -F -- "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | wc -l)
  echo "$n  $u"
done
