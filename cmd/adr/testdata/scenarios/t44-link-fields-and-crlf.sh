mkdir part1 && cd part1
bin=$(dirname "$(command -v adr)")
adr init
adr new One
adr new -l "1::Back" Empty forward 2>&1 | sed "s|$bin|BIN|g"
adr new -l "1:Forward:" Empty reverse 2>&1 | sed "s|$bin|BIN|g"
adr new -l ":Forward:Back" Empty target 2>&1 | sed "s|$bin|BIN|g"
adr new -l "2:Depends   on: partly:Needed  by" Spaces in links
adr new -l "1:A:B:C:D" Extra fields
adr new -l "*:Star:Starred" Star target 2>&1 | sed "s|$bin|BIN|g"
ls doc/adr
for f in doc/adr/*.md; do echo "== $f"; sed -n '/^## Status/,/^## Context/p' $f; done
cd ..
mkdir part2 && cd part2
adr init
printf '# 2. Windows record\r\n\r\nDate: 1992-01-12\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n\r\nText.\r\n' > doc/adr/0002-windows-record.md
adr new -s 2 Replace windows
od -c doc/adr/0002-windows-record.md | head -20
head -12 doc/adr/0003-replace-windows.md | od -c | head -20
adr generate toc | od -c
adr generate graph
printf '# 4. No newline\n\n## Status\n\nAccepted\n\n## Context\n\nEnd without newline' > doc/adr/0004-no-newline.md
adr new -s 4 After no newline
od -c doc/adr/0004-no-newline.md | tail -3
cd ..
