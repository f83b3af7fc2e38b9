adr init
adr new One
adr generate toc -i missing.md
echo "exit $?"
adr generate toc -p
echo "exit $?"
adr generate toc -o
echo "exit $?"
adr generate toc -i -o x
echo "exit $?"
echo "Outro" > o.md
adr generate toc extra -o o.md
echo "exit $?"
