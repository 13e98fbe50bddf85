#!/bin/bash
# usage: chk.sh URL... ; prints used/claimed status
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); a=$(grep -cF "$k" /work/blind/used-urls.txt); b=$(grep -cF "$k" /work/blind/claimed-urls.txt); echo "$a $b $u"; done
