#!/bin/sh
# usage: chk.sh URL... ; prints USED/CLAIMED/free
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
  a=$(grep -cF "$k" /work/blind/used-urls.txt); b=$(grep -cF "$k" /work/blind/claimed-urls.txt)
  echo "$a $b $u"
done
