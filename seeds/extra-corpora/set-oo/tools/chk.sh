#!/bin/sh
# usage: chk.sh "phrase" ...  -> lists article files already containing the phrase
cd /work
for p in "$@"; do echo "== $p"; grep -rl -- "$p" main/seeds/extra-corpora/*/articles main/seeds/corpus/articles blind/set-*/articles 2>/dev/null | head -3; grep -F -- "$p" blind/claimed-urls.txt | head -2; done
