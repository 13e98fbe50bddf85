#!/bin/bash
# usage: chk.sh URL...  -> prints used/claimed status
for u in "$@"; do
  s=free
  grep -qF -- "$u" /work/blind/used-urls.txt && s=USED
  grep -qF -- "$u" /work/blind/claimed-urls.txt && s="CLAIMED $(grep -F -- "$u" /work/blind/claimed-urls.txt | awk '{print $2}')"
  echo "$s $u"
done
