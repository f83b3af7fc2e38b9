printf '# NUMBER - TITLE (STATUS on DATE)\n\n## Status\n\nSTATUS\n\n## Context\n' > my-template.md
export ADR_TEMPLATE
ADR_TEMPLATE=my-template.md
adr new From env template
cat doc/adr/0001-from-env-template.md
ADR_TEMPLATE=
adr init
cat doc/adr/0002-record-architecture-decisions.md | head -3
