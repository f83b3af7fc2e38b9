bin=$(dirname "$(command -v adr)")
adr init
adr new Alpha
adr new Beta
adr link alpha Precedes beta "Preceded by"
adr link 99 Precedes 2 "Preceded by"
echo "exit $?"
ls -a . doc/adr
{ adr link 2 "" 3 "x"; echo "exit $?"; } 2>&1 | sed "s|$bin|BIN|g"
cat doc/adr/0002-alpha.md
