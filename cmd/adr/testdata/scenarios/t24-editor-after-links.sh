export VISUAL
VISUAL=append-editor
adr init
adr new -s 1 Edited after links
cat doc/adr/0002-edited-after-links.md
VISUAL="fake-editor a   b"
adr new Words split
