#!/bin/bash
cd /work/blind
for u in "$@"; do k=$(echo "$u" | sed -E 's#https?://(www\.|m\.)?##'); echo "$(grep -c -F "$k" used-urls.txt)/$(grep -c -F "$k" claimed-urls.txt) $u"; done
