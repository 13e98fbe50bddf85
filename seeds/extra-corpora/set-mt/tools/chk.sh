#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL (or its path part) is used/claimed
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$(grep -cF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ') $u"; done
