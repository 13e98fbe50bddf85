#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (without scheme) is used/claimed
cd /work/blind
for u in "$@"; do k=${u#http://}; k=${k#https://}; k=${k#www.}; k=${k#m.}; echo "$(grep -cF "$k" used-urls.txt claimed-urls.txt | tr '\n' ' ') $u"; done
