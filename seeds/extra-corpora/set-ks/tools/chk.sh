#!/bin/bash
# usage: chk.sh URL... ; prints FREE/USED per URL (match on URL without scheme)
for u in "$@"; do k="${u#*://}"; if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "FREE $u"; fi; done
