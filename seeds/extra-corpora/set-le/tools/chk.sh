#!/bin/sh
# usage: chk.sh URL...  -> prints hits in used/claimed lists
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$k used=$(grep -cF "$k" /work/blind/used-urls.txt) claimed=$(grep -cF "$k" /work/blind/claimed-urls.txt)"; done
