bin=$(dirname "$(command -v adr)")
adr 2>&1 | grep -v '^  '
echo "exit $?"
adr nosuch | LC_ALL=C sort
adr link 2>&1 | sed "s|$bin|BIN|g"
adr link 1 Foo 2>&1 | sed "s|$bin|BIN|g"
adr generate | LC_ALL=C sort
adr generate foo 2>&1 | sed "s|$bin|BIN|g"
adr new -x Foo 2>&1 | sed "s|$bin|BIN|g"
adr new -s 2>&1 | sed "s|$bin|BIN|g"
adr generate graph -z 2>&1 | sed "s|$bin|BIN|g"
adr generate toc -z
echo "exit $?"
adr generate toc -i
echo "exit $?"
adr generate toc 2>&1
echo "exit $?"
adr generate graph 2>&1 | sed "s|$bin|BIN|g"
adr upgrade-repository
echo "exit $?"
adr init "two words" 2>&1 | sed "s|$bin|BIN|g"
adr init "three little words" 2>&1 | sed "s|$bin|BIN|g"
adr link 9 Breaks 2 "Broken by"
echo "exit $?"
ls -a
