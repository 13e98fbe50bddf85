#!/bin/sh
# usage: chk.sh KEY...  -> prints counts in used/claimed
for u in "$@"; do echo "$u: $(grep -c -- "$u" /work/blind/used-urls.txt) $(grep -c -- "$u" /work/blind/claimed-urls.txt)"; done
