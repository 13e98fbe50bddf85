#!/bin/bash
# check by distinctive tail of URL
for u in "$@"; do
 k=$(echo "$u" | sed -E 's#https?://##; s#^(www3?|m|amp|img|ssl|member|view)\.##' | cut -c1-200)
 t=$(echo "$u" | grep -oE '[0-9]{5,}' | tail -1)
 if grep -qF "$k" /work/blind/used-urls.txt /work/blind/claimed-urls.txt || { [ -n "$t" ] && grep -F "$t" /work/blind/used-urls.txt /work/blind/claimed-urls.txt | grep -qF "$(echo $u | sed -E 's#https?://##; s#^(www3?|m|amp|img|ssl|member|view)\.##' | cut -d/ -f1)"; }; then echo "USED $u"; else echo "free $u"; fi
done
