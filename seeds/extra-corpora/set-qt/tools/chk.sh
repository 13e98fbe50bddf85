#!/bin/bash
# usage: chk.sh URL...  -> prints whether each URL is already used/claimed
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  n=$(grep -c -F "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}')
  echo "$n $u"
done
