for d in "c++" "x**" "a{2}+" "(ab)+" "{1}" "+b" "?q" "*a" "x{" "x{,2}" "x{2,}" "a|*b" "dir.v1"; do
  echo "== $d"
  adr init "$d" 2>&1
  adr list 2>&1
  echo "exit $?"
done
ls
rm .adr-dir
adr init
adr new Alpha beta
for r in "a**" 'x\{,2\}' 'l\(ph\)*a' 'ph\+\+' '^*' 'a\{1\}*' 'b\?\?e' 'r\{1,\}d' 'a\{10,2\}' 'l\{1,10\}' 'p\{1' 'h\{x\}' '\(al\)\{1\}' 'x\|alpha'; do
  echo "== $r"
  adr link "$r" Amends 1 "Amended by" 2>&1
  echo "exit $?"
done
sed -n '/^## Status/,/^## Context/p' doc/adr/0001-record-architecture-decisions.md
