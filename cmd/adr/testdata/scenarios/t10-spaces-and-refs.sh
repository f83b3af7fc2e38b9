adr init
adr new Use PostgreSQL
adr new Use MySQL
adr new -s postgres Use Oracle
adr new -s "0003" Use SQLite
cat doc/adr/0002-use-postgresql.md | head -8
cat doc/adr/0003-use-mysql.md | head -8
head -12 doc/adr/0005-use-sqlite.md
adr link "sqlite" "Depends on" "oracle" "Needed by"
sed -n '5,14p' doc/adr/0004-use-oracle.md
adr generate graph -p ../ -e ''
adr generate toc -p "https://example.org/x y/"
echo "Intro text" > "intro.md"
adr generate toc -o intro.md -p /adr/
