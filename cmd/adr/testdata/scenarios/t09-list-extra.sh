adr init
adr new Alpha
touch doc/adr/0003-copy.md.bak doc/adr/12-short.md
mkdir -p doc/adr/sub
touch doc/adr/sub/0004-nested.md
adr list
adr new -- -e -n dash title
adr new "  leading spaces  "
adr new "*"
ls doc/adr
