#!/bin/bash
# usage: chk.sh KEY...  (greps each key in used and claimed lists)
for k in "$@"; do echo "== $k"; grep -iF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; done
