#!/bin/sh
for u in "$@"; do echo "$u: $(grep -cF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ')"; done
