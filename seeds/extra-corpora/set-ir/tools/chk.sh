#!/bin/bash
# usage: chk.sh URL  -> prints hits in used/claimed lists
for u in "$@"; do echo "== $u"; grep -F "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; done
