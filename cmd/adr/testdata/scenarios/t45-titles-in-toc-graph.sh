mkdir part1 && cd part1
adr init
adr new 'Say "hello" & <wave>'
adr new "Use [brackets] and (parens): yes"
adr new "Colon: the sequel"
adr new -l "2:Quotes:Quoted by" "Back\\slash it"
adr generate toc
adr generate graph
adr generate graph -e .html -p http://x/
cat doc/adr/0005-back-slash-it.md | head -12
cd ..
mkdir part2 && cd part2
adr init
mkdir real
ln -s ../real doc/adr/linked
ln -s 0001-record-architecture-decisions.md doc/adr/0005-symlinked.md
adr list
adr new After symlinks
adr list
adr generate toc
cd ..
mkdir part3 && cd part3
adr init
adr new First
adr new Second
adr new -l "2:Amends:Amended by" -s 3 Third
adr new -s 2 -s 3 -l "1:Cites:Cited by" -l "4:Follows:Followed by" Fourth
adr new -s3 -l1:Uses:Used\ by Fifth
adr new Sixth -s 1
for f in doc/adr/*.md; do echo "== $f"; sed -n '/^## Status/,/^## Context/p' $f; done
adr generate graph
cd ..
