#!/bin/sh
# usage: chk.sh URLFRAG...  -> prints whether each fragment is used/claimed
for u in "$@"; do echo "$u: used=$(grep -c -F "$u" /work/blind/used-urls.txt) claimed=$(grep -F "$u" /work/blind/claimed-urls.txt | tr '\n' ' ')"; done
