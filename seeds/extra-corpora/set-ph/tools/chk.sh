#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (normalized) is used/claimed
for u in "$@"; do n=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); c=$(grep -cF "$n" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}'); echo "$c $u"; done
