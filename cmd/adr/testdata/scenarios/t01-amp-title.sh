adr init
adr new 'Pros & cons of R&D'
cat doc/adr/0002-pros-cons-of-r-d.md | head -3
adr new 'Use a | pipe'
echo "exit $?"
ls doc/adr
adr new 'Backslash \U here\n and \1'
echo "exit $?"
adr new "Title with DATE and STATUS and NUMBER"
head -3 doc/adr/0005-title-with-date-and-status-and-number.md
adr new Café au lait über alles
ls doc/adr
head -1 doc/adr/0006-caf-au-lait-ber-alles.md
