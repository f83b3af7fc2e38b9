bin=$(dirname "$(command -v adr)")
adr new --help 2>&1 | sed "s|$bin|BIN|g"
adr new -h 2>&1 | sed "s|$bin|BIN|g"
adr list --help
adr generate toc --help
echo "exit $?"
adr generate toc --intro x
adr generate toc -h
adr generate graph --help 2>&1 | sed "s|$bin|BIN|g"
adr init -v
echo "exit $?"
adr init --
adr init -m
adr init --ver
adr init --verb
adr init --mode=0
adr init --parents=yes
adr init --context=x
adr init -px
adr init --nope
ls -a
adr init --help 2>&1 | sed "s|$bin|BIN|g" | sed -n '1p;$p'
echo "exit $?"
cat .adr-dir
ls -a
adr init --version 2>&1 | sed "s|$bin|BIN|g" | sed -n '1p;$p'
adr init -
adr list
