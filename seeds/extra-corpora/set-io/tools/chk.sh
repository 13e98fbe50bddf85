#!/bin/sh
for u in "$@"; do echo "$u: $(grep -h -c -F "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ')"; done
