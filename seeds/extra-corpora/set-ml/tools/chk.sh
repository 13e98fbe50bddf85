#!/bin/sh
# usage: chk.sh URL...  -> prints whether each URL (or a distinctive fragment) is used/claimed
for u in "$@"; do f=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$(grep -ch -- "$f" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | paste -sd+ | bc) $u"; done
