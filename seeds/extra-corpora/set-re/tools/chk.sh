#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (sans scheme) is in used/claimed lists
for u in "$@"; do s=${u#http://}; s=${s#https://}; c=$(grep -cF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | awk -F: '{t+=$2} END{print t}'); echo "$c $u"; done
