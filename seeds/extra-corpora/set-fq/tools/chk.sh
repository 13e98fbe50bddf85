#!/bin/bash
for u in "$@"; do k=$(echo "$u" | sed -E 's#https?://(www\.|m\.)?##' | cut -c1-60); echo "$u :: $(grep -F -c "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | tr '\n' ' ')"; done
