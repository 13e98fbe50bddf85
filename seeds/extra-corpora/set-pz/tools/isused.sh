#!/bin/bash
# usage: isused.sh URL...  (checks used-urls and claimed-urls, loose match on the host+path tail)
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##'); echo "$(grep -F -c "$k" /work/blind/used-urls.txt) $(grep -F -c "$k" /work/blind/claimed-urls.txt) $u"; done
