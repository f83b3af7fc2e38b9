bin=$(dirname "$(command -v adr)")
printf '# TITLE\n\n## Status\n\nSTATUS\n\n## Context\n' > 't a.md'
export ADR_TEMPLATE
ADR_TEMPLATE='t a.md'
adr new Spaced template 2>&1 | sed "s|$bin|BIN|g"
cat doc/adr/0001-spaced-template.md
ADR_TEMPLATE='a b c'
adr new Three words 2>&1 | sed "s|$bin|BIN|g"
ls -l doc/adr | awk '{print $5, $9}'
ADR_TEMPLATE=
adr init "" 
ls doc/adr
