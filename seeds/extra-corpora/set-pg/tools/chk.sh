#!/bin/bash
# usage: chk.sh URL... ; prints USED/CLAIMED/free for each
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.|m\.|amp\.)?##; s#/$##'); 
 a=$(grep -F -c -- "$k" /work/blind/used-urls.txt); b=$(grep -F -c -- "$k" /work/blind/claimed-urls.txt); echo "$a $b $u"; done
