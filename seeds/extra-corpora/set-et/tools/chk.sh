for u in "$@"; do b="${u#http*://}"; b="${b#www.}"; b="${b#m.}"; if grep -qF -- "$b" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo "USED: $u"; else echo "free: $u"; fi; done
