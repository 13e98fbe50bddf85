#!/bin/sh
# usage: chk.sh URL  -> prints hits in used/claimed lists
k=$(echo "$1" | sed -E 's#https?://(www\.|m\.)?##')
grep -F "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt || echo "free: $1"
