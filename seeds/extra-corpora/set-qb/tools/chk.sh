#!/bin/bash
for u in "$@"; do echo "$u: used=$(grep -cF "$u" /work/blind/used-urls.txt) claimed=$(grep -cF "$u" /work/blind/claimed-urls.txt)"; done
