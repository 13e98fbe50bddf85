#!/bin/sh
# usage: chk.sh URL...  -> prints used/claimed hits
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$k: $(grep -cF "$k" /work/blind/used-urls.txt) $(grep -cF "$k" /work/blind/claimed-urls.txt)"; done
