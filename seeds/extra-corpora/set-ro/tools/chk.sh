#!/bin/bash
# usage: chk.sh URL...  -> prints USED/CLAIMED/free (also checks host+path loosely)
for u in "$@"; do
  core=$(echo "$u" | sed -E 's#https?://(www\.|m\.)?##')
  if grep -qF "$core" /work/blind/used-urls.txt; then echo "USED $u"; 
  elif grep -qF "$core" /work/blind/claimed-urls.txt; then echo "CLAIMED $u";
  else echo "free $u"; fi
done
