mkdir -p doc/adr/templates
printf '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n' > doc/adr/templates/template.md
adr new Status last
adr new -s 1 Supersede it
cat doc/adr/0001-status-last.md
cat doc/adr/0002-supersede-it.md
printf 'TITLE TITLE NUMBER\nno newline TITLE' > doc/adr/templates/template.md
adr new Ragged
od -c doc/adr/0003-ragged.md | head
export ADR_TEMPLATE
ADR_TEMPLATE=missing.md
adr new Missing template
echo "exit $?"
ls -la doc/adr | awk '{print $5, $9}'
