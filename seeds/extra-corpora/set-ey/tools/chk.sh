#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL (scheme stripped) is used or claimed
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://##'); echo "$(grep -cF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ') $u"; done
