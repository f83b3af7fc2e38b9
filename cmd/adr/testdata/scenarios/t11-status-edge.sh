mkdir -p doc/adr/templates
printf '# NUMBER. TITLE\n\n## Status\n\nSTATUS\n\ns\n\n\nAccepted\n  \n## Context\n\nx\n' > doc/adr/templates/template.md
adr new One
adr new -s 1 Two
cat doc/adr/0001-one.md
cat doc/adr/0002-two.md
adr generate graph
printf '## Status\nAccepted\n## Context\n' > doc/adr/templates/template.md
adr new Three
adr new -s 3 Four
cat doc/adr/0003-three.md doc/adr/0004-four.md
