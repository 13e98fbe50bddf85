#!/bin/bash
# usage: chk_url.sh URL... ; prints used/claimed counts
cd /work/blind
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.)?##'); echo "$(grep -cF "$k" used-urls.txt) $(grep -cF "$k" claimed-urls.txt) $u"; done
