adr init
adr new Second
for r in -1 -e1 -k -- --foo -s -e -x1 -E -ix -ie2 -A1 -ye0002; do echo "== $r"; adr link "$r" Amends 1 "Amended by"; echo "exit $?"; done
cat doc/adr/0001*
cat doc/adr/0002*
adr new -s -1 Negative
echo "exit $?"
adr new -l "-2:Amends:Amended by" Negative link
echo "exit $?"
ls doc/adr
