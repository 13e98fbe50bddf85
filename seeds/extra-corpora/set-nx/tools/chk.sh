#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or its core) is already used/claimed
for u in "$@"; do core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); 
  n=$(grep -cF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}'); echo "$n $u"; done
