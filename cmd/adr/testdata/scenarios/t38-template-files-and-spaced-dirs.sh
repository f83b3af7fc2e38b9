mkdir "my docs"
bin=$(dirname "$(command -v adr)")
export ADR_TEMPLATE
mkdir tdir
ADR_TEMPLATE=tdir
adr new Dir template 2>&1 | sed "s|$bin|BIN|g"
echo "exit $?"
: > empty.md
ADR_TEMPLATE=empty.md
adr new Empty template
od -c doc/adr/0002-empty-template.md
ADR_TEMPLATE=nothere.md
adr new No template
echo "exit $?"
ls -l doc/adr | awk '{print $5, $9}'
ADR_TEMPLATE=doc/adr/0002-empty-template.md
adr new -s 1 Supersede with empty
cat doc/adr/0001-dir-template.md
echo "my docs/adr" > .adr-dir
adr new In spaced dir
echo "exit $?"
adr list
ls -R
echo "adr dir" > .adr-dir
adr init
adr list
adr generate toc
adr generate graph
