#!/bin/bash
# usage: chk.sh URL... ; prints whether each URL (or its fragment) is used/claimed
for u in "$@"; do echo "$u: $(grep -cF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ')"; done
