bin=$(dirname "$(command -v adr)")
mkdir part1 && cd part1
adr init
mkdir -p doc/adr/0005-dir.md/inner doc/adr/0006-x
touch doc/adr/0005-dir.md/note.txt doc/adr/0006-x/0007-y.md doc/adr/0008-z.mdx "doc/adr/0009-sp ace.md"
echo "# Nine with space" > "doc/adr/0009-sp ace.md"
adr list
adr new After dirs
adr generate toc 2>&1 | sed "s|$bin|BIN|g"
adr generate graph 2>&1 | sed "s|$bin|BIN|g"
adr upgrade-repository 2>&1 | sed "s|$bin|BIN|g"
echo "exit $?"
adr new -s 9 Replace spaced 2>&1 | sed "s|$bin|BIN|g"
ls doc/adr
cd ..
mkdir part2 && cd part2
adr init
mkdir -p doc/adr/0002-dir.md
adr link 2 Amends 1 "Amended by" 2>&1
echo "exit $?"
adr link 1 Amends 2 "Amended by" 2>&1
echo "exit $?"
adr new -s 2 Replace dir 2>&1
echo "exit $?"
ls -a doc/adr doc/adr/0002-dir.md
head -12 doc/adr/0001-record-architecture-decisions.md
