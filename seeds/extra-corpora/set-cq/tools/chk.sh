#!/bin/bash
# usage: chk.sh URL...  -> prints used/claimed counts
for u in "$@"; do echo "$(grep -cF -- "$u" /work/blind/used-urls.txt) $(grep -cF -- "$u" /work/blind/claimed-urls.txt) $u"; done
