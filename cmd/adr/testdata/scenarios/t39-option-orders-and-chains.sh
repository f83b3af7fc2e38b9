bin=$(dirname "$(command -v adr)")
adr init
adr new -
adr new -- -s 1 X
adr new -s 1 -- After dashes
adr new -s1 -s2 Joined
adr new -l 2>&1 | sed "s|$bin|BIN|g"
adr new -l1:A:B -- -x
adr new -s 3 -l "3:Amends:Amended by" Both on three
adr new -s 5 -s 6 -s 7 Three at once
adr new -s 8 Chain end
adr new -s 5 Superseded again
ls doc/adr
for f in doc/adr/*.md; do echo "== $f"; sed -n '/^## Status/,/^## Context/p' $f; done
adr generate graph
adr generate toc -p "#"
cd doc/adr
adr new Inside the adr dir
adr list
cd ..
adr link 3 Follows 4 "Followed by"
adr list
