bin=$(dirname "$(command -v adr)")
mkdir -p doc/adr
touch doc/adr/0099-existing.md doc/adr/notes.md doc/adr/README.md
mkdir doc/adr/2020-archive
adr new After gap
adr list
touch doc/adr/0000-zero.md
adr list
adr generate graph 2>&1 | sed "s|$bin|BIN|g"
adr generate toc
