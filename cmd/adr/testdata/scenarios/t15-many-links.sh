adr init
adr new First idea
adr new -l "2:Amends:Amended by" -l "1:Builds on:Foundation for" Second idea
adr new -s 2 -l "3:Refines:Refined by" Third idea
for f in doc/adr/*.md; do echo "== $f"; sed -n '/^## Status/,/^## Context/p' $f; done
adr generate graph -p /x/ -e .pdf
adr link 4 "Relates to" 1 "Relates to"
sed -n '/^## Status/,/^## Context/p' doc/adr/0001-record-architecture-decisions.md
