#!/bin/bash
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#https?://##; s#^(www|m|ssl|cm)\.##')
  hit=$(grep -F "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -2)
  echo "$u => ${hit:-FREE}"
done
