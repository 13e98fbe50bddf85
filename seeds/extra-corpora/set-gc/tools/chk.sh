#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL is already used or claimed
for u in "$@"; do
  s=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  n=$(grep -hF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | wc -l)
  echo "$n  $u"
done
