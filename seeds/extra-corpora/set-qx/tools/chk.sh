#!/bin/bash
# usage: chk.sh URL...  -> prints whether URL is used/claimed
for u in "$@"; do
  a=$(grep -cF -- "$u" /work/blind/used-urls.txt); b=$(grep -cF -- "$u" /work/blind/claimed-urls.txt)
  echo "used=$a claimed=$b $u"
done
