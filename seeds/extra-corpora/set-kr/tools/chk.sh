#!/bin/sh
for u in "$@"; do printf '%s: ' "$u"; grep -hF "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | head -2 | tr '\n' ' '; echo; done
