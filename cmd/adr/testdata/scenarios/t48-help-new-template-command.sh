bin=$(dirname "$(command -v adr)")
export ADR_PAGER
ADR_PAGER=cat
mkdir -p templates/template.md
adr help new 2>&1 | sed "s|$bin|BIN|g" | sed -n '1p;10,12p'
rmdir templates/template.md
printf '#!/bin/sh\necho EXECUTED\n' > templates/template.md
chmod +x templates/template.md
adr help new 2>&1 | sed "s|$bin|BIN|g" | sed -n '1p;10,12p'
chmod -x templates/template.md
adr help new 2>&1 | sed "s|$bin|BIN|g" | sed -n '1p;10,12p'
rm -r templates
adr help new 2>&1 | sed "s|$bin|BIN|g" | sed -n '1p;10,16p'
