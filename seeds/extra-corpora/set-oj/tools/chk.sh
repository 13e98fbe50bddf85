#!/bin/sh
# usage: chk.sh PATTERN...  -- is a file id / phrase already used or claimed?
for p in "$@"; do
  echo "== $p"; grep -l -- "$p" /work/main/seeds/extra-corpora/set-*/SOURCES.csv /work/main/seeds/blind-corpora/set-*/SOURCES.csv /work/main/seeds/corpus/SOURCES.csv /work/blind/claimed-urls.txt /work/blind/used-urls.txt 2>/dev/null
  grep -rl -- "$p" /work/main/seeds/corpus/articles /work/main/seeds/extra-corpora/set-*/articles /work/blind/set-*/articles 2>/dev/null | head -3
done
