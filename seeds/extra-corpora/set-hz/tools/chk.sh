#!/bin/bash
# usage: chk.sh url... ; prints whether each url (without scheme) is used/claimed
for u in "$@"; do v=${u#http://}; v=${v#https://}; echo "$(grep -cF "$v" /work/blind/used-urls.txt) $(grep -cF "$v" /work/blind/claimed-urls.txt) $u"; done
