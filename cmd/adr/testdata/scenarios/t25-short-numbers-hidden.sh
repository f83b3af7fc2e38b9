mkdir -p doc/adr
touch doc/adr/10-ten.md doc/adr/0009-nine.md doc/adr/.0100-hidden.md
adr new Next after ten
adr list
adr generate graph
