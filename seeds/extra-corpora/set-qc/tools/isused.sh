#!/bin/sh
# usage: isused.sh URL-fragment ... ; greps used and claimed lists only
for u in "$@"; do
  printf '%s: ' "$u"; grep -hF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -3 | tr '\n' ' '; echo
done
