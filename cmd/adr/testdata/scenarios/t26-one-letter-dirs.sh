mkdir e
adr new Hello World
mkdir r
adr new Again Upper
mkdir l
adr new Third Title
rmdir e r l
mkdir a m
adr new Fourth
ls doc/adr
