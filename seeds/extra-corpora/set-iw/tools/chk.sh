#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL (or its key part) is used/claimed
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$(grep -cF "$k" /work/blind/used-urls.txt)/$(grep -cF "$k" /work/blind/claimed-urls.txt) $u"; done
