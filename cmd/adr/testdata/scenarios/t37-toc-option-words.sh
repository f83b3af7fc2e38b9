adr init
adr new One
echo "Intro words" > "my intro.md"
echo "Intro two" > my
adr generate toc -i "my intro.md"
echo "exit $?"
adr generate toc -i "*.md"
adr generate toc -i x -i my
adr generate toc -imy -oone
echo "exit $?"
adr generate toc -p "a b/" -i my
adr generate toc -- -i my
adr generate toc -i "" -o my
adr generate toc stray -p pre/
