#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or its core) is used/claimed
for u in "$@"; do core=$(echo "$u" | sed -E 's#https?://(www\.|m\.|amp\.)?##'); if grep -qF "$core" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "free $u"; fi; done
