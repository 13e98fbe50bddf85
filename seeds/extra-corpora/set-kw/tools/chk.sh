#!/bin/sh
# usage: chk.sh URLFRAG...  -> prints counts in used/claimed lists
for u in "$@"; do echo "$u: $(grep -cF "$u" /work/blind/used-urls.txt) $(grep -cF "$u" /work/blind/claimed-urls.txt)"; done
