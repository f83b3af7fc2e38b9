adr init
adr init
ls doc/adr
cat doc/adr/0002-record-architecture-decisions.md | head -3
adr new -s record Replace the first
head -12 doc/adr/0001-record-architecture-decisions.md
head -14 doc/adr/0003-replace-the-first.md
adr new -s 3 -s 3 Twice
cat doc/adr/0003-replace-the-first.md
adr generate graph
adr generate toc
