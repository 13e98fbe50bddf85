#!/bin/bash
# usage: chk.sh URL... ; prints NEW or USED for each
for u in "$@"; do s=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); if grep -qF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "NEW  $u"; fi; done
