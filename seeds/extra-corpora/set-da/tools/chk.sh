#!/bin/bash
cd /work/blind
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); if grep -qF -- "$k" used-urls.txt claimed-urls.txt; then echo "USED $u"; else echo "free $u"; fi; done
