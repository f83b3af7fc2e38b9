adr init
adr new -l "9:Amends:Amended by" Missing target
echo "exit $?"
ls -a . doc/adr
cat doc/adr/0002-missing-target.md
adr new -s 7 Missing superseded
echo "exit $?"
ls -a doc/adr
