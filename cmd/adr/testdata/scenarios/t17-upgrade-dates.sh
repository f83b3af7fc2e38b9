adr init
adr new Use Ruby
sed -i 's/^Date: .*/Date: 01\/02\/2003/' doc/adr/0002-use-ruby.md
echo "Date: 11/12/2013 and Date: 21/12/2013" >> doc/adr/0002-use-ruby.md
adr upgrade-repository
echo "exit $?"
cat doc/adr/0002-use-ruby.md
ls doc/adr
