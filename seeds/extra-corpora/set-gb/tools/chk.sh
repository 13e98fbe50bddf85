#!/bin/sh
for u in "$@"; do echo "$u: $(grep -F "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -1)"; done
