#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (sans scheme) is used/claimed
for u in "$@"; do s="${u#http://}"; s="${s#https://}"; s="${s#www.}"; echo "$(grep -cF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ') $u"; done
