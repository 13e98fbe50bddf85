#!/bin/bash
for u in "$@"; do k=$(echo "$u" | sed -E 's#https?://##; s#^(www3?|m|amp)\.##'); if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "ok   $u"; fi; done
