#!/bin/bash
# usage: chk.sh URL... ; prints whether URL (core part) is in used/claimed lists
for u in "$@"; do c=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$c: used=$(grep -cF "$c" /work/blind/used-urls.txt) claimed=$(grep -cF "$c" /work/blind/claimed-urls.txt)"; done
