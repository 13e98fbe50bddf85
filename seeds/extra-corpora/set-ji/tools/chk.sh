#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (minus scheme/www) is used or claimed
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.)?##'); r=$(grep -F "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -1); echo "${r:-FREE} <- $k"; done
