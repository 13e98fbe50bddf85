#!/bin/sh
# usage: chk.sh URL... ; prints used/claimed status
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://##'); n=$(grep -cF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{s+=$2} END{print s}'); echo "$n $u"; done
