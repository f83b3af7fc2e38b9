adr init docs/architecture/decisions
mkdir -p a/b/c
cd a/b/c
adr new Deep record
adr list
adr generate toc
cd ../../..
cat .adr-dir
adr upgrade-repository
sed -i 's/^Date: .*/Date: 03\/04\/2001/' docs/architecture/decisions/0002-deep-record.md
grep Date docs/architecture/decisions/*.md
adr upgrade-repository
grep Date docs/architecture/decisions/*.md
mkdir other && cd other
echo "../docs/architecture/decisions  extra" > .adr-dir
adr list
adr new From other
cd ..
adr list
