#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL is used/claimed (substring after scheme)
for u in "$@"; do s=$(echo "$u" | sed -E 's#^https?://(www\.)?##'); n=$(grep -cF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}'); echo "$n $u"; done
