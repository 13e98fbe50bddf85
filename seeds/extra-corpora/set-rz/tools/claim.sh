#!/bin/bash
u="$1"
if grep -qF -- "$u" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "TAKEN $u"; exit 1; fi
echo "$u set-rz" >> /work/blind/claimed-urls.txt; echo "CLAIMED $u"
