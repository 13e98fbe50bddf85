#!/bin/bash
# usage: dup.sh "phrase" - look for phrase in all known article folders and claimed list
grep -rlF "$1" /work/main/seeds/corpus/articles /work/main/seeds/extra-corpora/*/articles /work/main/seeds/blind-corpora/*/articles /work/blind/set-*/articles 2>/dev/null
grep -F "$1" /work/blind/claimed-urls.txt /work/blind/used-urls.txt
