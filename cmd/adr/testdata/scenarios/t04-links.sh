bin=$(dirname "$(command -v adr)")
adr init
adr new First
adr new Second
adr new -s 2 -l "3:Amends:Amended by" -l "1:Relates to:Related to" Third thing
cat doc/adr/0002-first.md
cat doc/adr/0003-second.md
cat doc/adr/0004-third-thing.md
adr link 4 "Clarifies" 1 "Clarified by"
cat doc/adr/0001-record-architecture-decisions.md
adr generate graph
adr generate toc -p docs/
adr link second Extends first "Extended by"
head -12 doc/adr/0003-second.md
adr new -l "2" Weird link
cat doc/adr/0005-weird-link.md
adr new -l "2:Only forward" Half link 2>&1 | sed "s|$bin|BIN|g"
echo "exit $?"
ls doc/adr
