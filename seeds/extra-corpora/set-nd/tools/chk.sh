#!/bin/bash
# usage: chk.sh substring...  -> prints whether each is used/claimed
cd /work/blind
for u in "$@"; do echo "$u used=$(grep -c -F -- "$u" used-urls.txt) claimed=$(grep -c -F -- "$u" claimed-urls.txt)"; done
