#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or its core) is in used/claimed lists
for u in "$@"; do core=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$core: used=$(grep -cF "$core" /work/blind/used-urls.txt) claimed=$(grep -cF "$core" /work/blind/claimed-urls.txt)"; done
