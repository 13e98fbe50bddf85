#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL (scheme stripped) is used/claimed
for u in "$@"; do s=$(echo "$u" | sed -E 's#^https?://(www\.)?##'); n=$(grep -hF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | wc -l); echo "$n $u"; done
