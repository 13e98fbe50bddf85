#!/bin/bash
for u in "$@"; do
 s=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
 if grep -qF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "free $u"; fi
done
