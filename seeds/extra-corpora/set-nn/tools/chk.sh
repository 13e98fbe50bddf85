#!/bin/bash
# usage: chk.sh url...  -> prints USED/free
for u in "$@"; do k="${u#*//}"; k="${k#www.}"; k="${k#m.}"; if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED $u"; else echo "free $u"; fi; done
