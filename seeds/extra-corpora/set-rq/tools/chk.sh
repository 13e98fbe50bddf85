#!/bin/bash
# usage: chk.sh URL... ; prints used/claimed counts
for u in "$@"; do echo "$(grep -cxF "$u" /work/blind/used-urls.txt) $(grep -cF "$u set-" /work/blind/claimed-urls.txt) $u"; done
