#!/bin/bash
# usage: dupcheck.sh "phrase"  -- looks in earlier sets' articles, shipped samples, used/claimed lists
p="$1"
grep -rlF -- "$p" /work/main/seeds/extra-corpora/set-*/articles /work/main/seeds/blind-corpora/set-*/articles /work/main/seeds/corpus/articles /work/blind/set-*/articles 2>/dev/null | head
grep -F -- "$p" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head
echo "-- done: $p"
