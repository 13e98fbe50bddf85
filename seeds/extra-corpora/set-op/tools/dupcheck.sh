#!/bin/sh
# usage: dupcheck.sh "phrase" -- reports whether the phrase occurs in any existing set's articles or claimed list
grep -rlF "$1" /work/main/seeds/corpus/articles /work/main/seeds/extra-corpora/set-*/articles /work/main/seeds/blind-corpora/set-*/articles /work/blind/set-*/articles 2>/dev/null
grep -F "$1" /work/blind/claimed-urls.txt /work/blind/used-urls.txt
echo "--checked: $1"
