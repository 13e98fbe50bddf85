#!/bin/bash
# usage: chk.sh URL...  -> prints whether each URL is used/claimed
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://##'); if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED  $u"; else echo "free  $u"; fi; done
