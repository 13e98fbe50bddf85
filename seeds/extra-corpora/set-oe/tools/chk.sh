#!/bin/bash
# usage: chk.sh URL...  -> prints USED/CLAIMED/free
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://##; s#^(www|m|amp)\.##')
  if grep -qF "$k" /work/blind/used-urls.txt; then echo "USED $u"; elif grep -qF "$k" /work/blind/claimed-urls.txt; then echo "CLAIMED $u"; else echo "free $u"; fi
done
