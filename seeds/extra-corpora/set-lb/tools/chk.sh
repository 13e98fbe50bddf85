#!/bin/sh
# usage: chk.sh URL... ; prints whether each URL is used/claimed
for u in "$@"; do printf '%s used=%s claimed=%s\n' "$u" "$(grep -cF "$u" /work/blind/used-urls.txt)" "$(grep -cF "$u" /work/blind/claimed-urls.txt)"; done
