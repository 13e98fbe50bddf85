#!/bin/bash
# usage: claim.sh URL  -> appends to claimed-urls.txt if not used/claimed
u="$1"; key=$(echo "$u" | sed -E 's#^https?://(www\.|m\.)?##')
if grep -F -- "$key" /work/blind/used-urls.txt /work/blind/claimed-urls.txt; then echo TAKEN; exit 1; fi
echo "$u" >> /work/blind/claimed-urls.txt; echo CLAIMED "$u"
