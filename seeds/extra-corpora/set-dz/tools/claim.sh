#!/bin/bash
# usage: claim.sh URL  -> appends if not yet used/claimed
u="$1"
if grep -qF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; else echo "$u set-dz" >> /work/blind/claimed-urls.txt; echo "CLAIMED $u"; fi
