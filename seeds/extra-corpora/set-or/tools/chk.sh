#!/bin/sh
# usage: chk.sh URL... ; prints USED/FREE for each (matches on URL without scheme)
for u in "$@"; do s=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##'); if grep -qF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "FREE $u"; fi; done
