#!/bin/bash
# usage: chk.sh URL  -> prints whether URL (or close variant) is used/claimed
u="$1"; core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
echo "== $u"; grep -F "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt || echo "free"
