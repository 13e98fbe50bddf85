#!/bin/bash
# usage: chk.sh "<id or phrase>" ... ; reports whether used/claimed anywhere
for q in "$@"; do
  n1=$(grep -l -F -- "$q" /work/main/seeds/extra-corpora/set-*/SOURCES.csv /work/main/seeds/corpus/SOURCES.csv /work/blind/claimed-urls.txt /work/blind/used-urls.txt /work/blind/set-o*/SOURCES.csv 2>/dev/null | tr '\n' ' ')
  n2=$(grep -rl -F -- "$q" /work/main/seeds/extra-corpora/set-*/articles /work/main/seeds/corpus/articles /work/blind/set-o*/articles 2>/dev/null | grep -v set-og | tr '\n' ' ')
  echo "[$q] sources: ${n1:-none} | articles: ${n2:-none}"
done
