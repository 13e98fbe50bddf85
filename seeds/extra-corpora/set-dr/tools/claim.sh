#!/bin/bash
# usage: claim.sh URL  -> appends "URL set-dr" to claimed-urls.txt unless already used/claimed
u="$1"
cd /work/blind
if grep -qF -- "$u" used-urls.txt claimed-urls.txt; then echo "TAKEN: $u"; grep -F -- "$u" used-urls.txt claimed-urls.txt; exit 1; fi
echo "$u set-dr" >> claimed-urls.txt; echo "CLAIMED: $u"
