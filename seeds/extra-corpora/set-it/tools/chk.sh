#!/bin/bash
# usage: chk.sh URL... ; prints used/claimed status
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$(grep -hcF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | paste -sd' ') $u"; done
