#!/bin/bash
# usage: chk.sh KEY  (a distinctive substring of the URL, e.g. article id)
cd /work/blind
echo "used: $(grep -F "$1" used-urls.txt)"; echo "claimed: $(grep -F "$1" claimed-urls.txt)"
