adr init
adr new Use C++ [legacy]
adr new -s "[" Bracket ref
echo "exit $?"
adr link 'x\' Amends 1 "Amended by"
echo "exit $?"
adr link '\(' Amends 1 "Amended by"
echo "exit $?"
adr link '[[:nope:]]' Amends 1 "Amended by"
echo "exit $?"
adr link '[z-a]' Amends 1 "Amended by"
echo "exit $?"
adr link 'C++' Amends '[[:digit:]]' "Amended by"
echo "exit $?"
cat doc/adr/0002-use-c-legacy.md
