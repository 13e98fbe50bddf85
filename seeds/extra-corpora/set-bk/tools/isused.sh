#!/bin/sh
# usage: isused.sh URL... ; prints USED/free for each (checks used-urls.txt and claimed-urls.txt by the id part)
for u in "$@"; do
  key=$(echo "$u" | sed -E 's#^https?://(www\.|m\.|mobile\.)?##')
  if grep -qF "$key" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "free $u"; fi
done
