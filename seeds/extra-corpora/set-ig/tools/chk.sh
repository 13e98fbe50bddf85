#!/bin/bash
# usage: chk.sh URL... ; prints USED/CLAIMED/free for each (scheme and www. ignored)
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://##; s#^www\.##; s#^m\.##')
  if grep -qF "$k" /work/blind/used-urls.txt; then s=USED; elif grep -qF "$k" /work/blind/claimed-urls.txt; then s=CLAIMED; else s=free; fi
  echo "$s $u"
done
