#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (host+path) is used/claimed
cd /work/blind
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); n=$(grep -cF "$k" used-urls.txt claimed-urls.txt | awk -F: '{s+=$2} END{print s}'); echo "$n $u"; done
