#!/bin/bash
# usage: chk.sh "phrase" ...
for p in "$@"; do
  echo "## $p"
  grep -rlF -- "$p" /work/main/seeds/extra-corpora/set-*/articles /work/main/seeds/corpus/articles /work/main/seeds/blind-corpora/*/articles 2>/dev/null | head -3
  grep -F -- "$p" /work/blind/claimed-urls.txt /work/blind/used-urls.txt | head -3
done
