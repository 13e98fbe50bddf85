#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL (exact, sans scheme) is used/claimed
for u in "$@"; do s=$(echo "$u" | sed -E 's#^https?://##'); n=$(grep -cF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{t+=$2} END{print t}'); echo "$n $u"; done
