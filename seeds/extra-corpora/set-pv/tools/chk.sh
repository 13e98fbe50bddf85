#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (scheme-less) is in used/claimed lists
for u in "$@"; do s=${u#http://}; s=${s#https://}; s=${s#www.}; s=${s#m.}
 n=$(grep -cF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{t+=$2} END{print t}'); echo "$n $u"; done
