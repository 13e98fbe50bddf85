#!/bin/bash
# usage: chk.sh URL...  -> prints whether URL is used/claimed
for u in "$@"; do n=$(cat /work/blind/used-urls.txt /work/blind/claimed-urls.txt | grep -cF -- "$u"); echo "$n $u"; done
