#!/bin/bash
# usage: chk.sh URL  -> prints USED/CLAIMED/free
u="$1"
grep -qF -- "$u" /work/blind/used-urls.txt && echo "USED $u" && exit
grep -qF -- "$u" /work/blind/claimed-urls.txt && echo "CLAIMED $u" && exit
echo "free $u"
