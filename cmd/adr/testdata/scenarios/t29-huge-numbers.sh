mkdir -p doc/adr
touch doc/adr/0000-index.md doc/adr/123abc doc/adr/0099.txt
adr new After junk
touch doc/adr/00000000000000000000000000000099999999999999999999-big.md
adr new Huge number
ls doc/adr
head -1 doc/adr/7766279631452241920-huge-number.md
