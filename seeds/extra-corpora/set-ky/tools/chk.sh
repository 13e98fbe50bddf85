#!/bin/sh
# usage: chk.sh URL...  -> prints whether the URL (sans scheme) is used or claimed
for u in "$@"; do s=$(echo "$u" | sed -E 's#^https?://##'); echo "$(grep -cF "$s" /work/blind/used-urls.txt) $(grep -cF "$s" /work/blind/claimed-urls.txt) $u"; done
