#!/bin/bash
# reads URLs (one per line) on stdin; prints 0 (free) or count of hits in used/claimed lists
while read -r u; do [ -z "$u" ] && continue; k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); r=$(cat /work/blind/used-urls.txt /work/blind/claimed-urls.txt | grep -cF -- "$k"); echo "$r $u"; done
