#!/bin/bash
# usage: chk.sh URLFRAG...  -> prints used/claimed counts
for u in "$@"; do echo "$(grep -F -c -- "$u" /work/blind/used-urls.txt) $(grep -F -c -- "$u" /work/blind/claimed-urls.txt) $u"; done
