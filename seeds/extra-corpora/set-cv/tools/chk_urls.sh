#!/bin/bash
# usage: chk.sh url-fragment...
cd /work/blind
for u in "$@"; do echo "$u: used=$(grep -cF "$u" used-urls.txt) claimed=$(grep -cF "$u" claimed-urls.txt)"; done
