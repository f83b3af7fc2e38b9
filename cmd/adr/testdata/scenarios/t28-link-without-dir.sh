adr link 1 Amends 2 "Amended by"
echo "exit $?"
adr link a b c d 2>&1 | sed "s#^/.*/_adr_#_adr_#"
adr new -s 1 Supersede nothing
echo "exit $?"
ls -a | LC_ALL=C sort
mkdir "my docs"
echo "my docs" > .adr-dir
adr new Spaced dir
echo "exit $?"
