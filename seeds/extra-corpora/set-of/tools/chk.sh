#!/bin/bash
cd /work/blind
for u in "$@"; do echo "$u: $(grep -cF -- "$u" used-urls.txt claimed-urls.txt | tr '\n' ' ')"; done
