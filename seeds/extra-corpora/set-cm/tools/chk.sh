#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL is used/claimed (matching without scheme)
for u in "$@"; do s="${u#http://}"; s="${s#https://}"; 
 if grep -qF "$s" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "free  $u"; fi; done
