#!/bin/bash
# usage: chk.sh URL...  -> prints whether used/claimed
for u in "$@"; do
  b="${u#http://}"; b="${b#https://}"; b="${b#www.}"; b="${b#m.}"
  n=$(grep -cF "$b" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}')
  echo "$n $u"
done
