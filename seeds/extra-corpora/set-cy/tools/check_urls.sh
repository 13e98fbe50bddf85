#!/bin/bash
# usage: chk.sh URL [ID-substring]
for u in "$@"; do
  id=$(echo "$u" | grep -oE '[0-9]{6,}' | tail -1)
  echo "$u => exact:$(grep -cF "$u" /work/blind/used-urls.txt)/$(grep -cF "$u" /work/blind/claimed-urls.txt) id($id):$( [ -n "$id" ] && grep -F "$id" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ')"
done
