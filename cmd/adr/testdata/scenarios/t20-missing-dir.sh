echo nowhere > .adr-dir
adr list
echo "exit $?"
adr generate toc
echo "exit $?"
adr new First in nowhere
adr list
