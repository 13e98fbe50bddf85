#!/bin/bash
# usage: dupcheck.sh "phrase"
p="$1"
grep -rlF -- "$p" /work/main/seeds/corpus/articles /work/main/seeds/extra-corpora/set-*/articles /work/main/seeds/blind-corpora/set-*/articles /work/blind/set-*/articles 2>/dev/null | head
grep -F -- "$p" /work/blind/claimed-urls.txt /work/blind/used-urls.txt | head -3
