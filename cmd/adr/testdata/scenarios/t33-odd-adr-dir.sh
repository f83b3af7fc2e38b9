touch .adr-dir
adr list
echo "exit $?"
adr new Empty adr dir
echo "exit $?"
printf '\n  \n' > .adr-dir
adr list
printf 'recs\r\n' > .adr-dir
adr new Carriage return | od -c
ls | od -c
echo "-n" > .adr-dir
adr new Dash n dir
echo "exit $?"
adr list
echo "-e" > .adr-dir
adr list
printf '.\n' > .adr-dir
adr new Dot dir
adr list
adr generate toc
mkdir -p store/adr doc
ln -s ../store/adr doc/adr
rm .adr-dir
adr new Through a symlink
adr list
adr new -s 1 Supersede through symlink
echo "exit $?"
ls store/adr
adr generate toc
echo "doc/adr/" > .adr-dir
adr list
adr generate toc
