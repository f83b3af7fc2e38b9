adr init records/
cat .adr-dir
adr new Trailing slash
adr list
echo "exit $?"
ls records
adr generate toc
