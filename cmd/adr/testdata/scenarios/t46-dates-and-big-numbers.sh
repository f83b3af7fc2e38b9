mkdir part1 && cd part1
export ADR_DATE
ADR_DATE=12/01/1992
adr init
adr new Slashed date
grep Date doc/adr/*.md
adr upgrade-repository
grep Date doc/adr/*.md
ADR_DATE='1992|01'
adr new Piped date
echo "exit $?"
ADR_DATE='& co'
adr new Amp date
grep Date doc/adr/*.md
ADR_DATE='\n'
adr new Escaped date
cat -A doc/adr/0005-escaped-date.md | head -4
cd ..
mkdir part2 && cd part2
mkdir -p doc/adr
touch doc/adr/0998-a.md
adr new Nine nine nine
adr new Thousand
touch doc/adr/9999-big.md
adr new Ten thousand
adr new -s 9999 Next
ls doc/adr
adr generate graph
adr generate toc
cd ..
