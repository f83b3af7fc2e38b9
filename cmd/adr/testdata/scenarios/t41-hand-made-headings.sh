adr init
adr new Some title
sed -i 's/^# 2. Some title/# Custom heading: "quoted" & <b>/' doc/adr/0002-some-title.md
adr new -l "2:Cites:Cited by" Citing
head -10 doc/adr/0003-citing.md
adr generate toc
adr generate graph
printf '#\n' > doc/adr/0004-hash.md
printf '# \n' > doc/adr/0005-hash-space.md
printf 'x' > doc/adr/0006-x.md
adr generate toc
adr generate graph
adr new -l "4:A:B" -l "6:C:D" Links to odd
sed -n '/^## Status/,/^## Context/p' doc/adr/0007-links-to-odd.md
