#!/bin/bash
# usage: chk.sh URL... -> prints FREE/TAKEN without claiming
for u in "$@"; do key=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); if grep -qF -- "$key" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "FREE $u"; fi; done
