#!/bin/bash
# usage: chk.sh URL  -> prints FREE or TAKEN
u="$1"
if grep -qF -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN: $u"; grep -F -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; else echo "FREE: $u"; fi
