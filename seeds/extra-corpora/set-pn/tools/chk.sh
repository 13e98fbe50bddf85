#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL is used/claimed
for u in "$@"; do
  n=$(grep -c -F -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}')
  echo "$n  $u"
done
