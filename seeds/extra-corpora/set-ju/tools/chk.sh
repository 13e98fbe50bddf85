#!/bin/bash
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); h=$(grep -F "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -1); echo "${h:+USED:$h} <= $u"; done
