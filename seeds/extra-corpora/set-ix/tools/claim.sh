#!/bin/sh
# usage: claim.sh URL  -> checks used/claimed and appends
u="$1"
if grep -qxF "$u" /work/blind/used-urls.txt || grep -qF "$u " /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "$u set-ix" >> /work/blind/claimed-urls.txt; echo "CLAIMED $u"; fi
