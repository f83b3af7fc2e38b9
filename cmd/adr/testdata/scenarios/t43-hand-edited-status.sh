mkdir part1 && cd part1
adr init
adr new Hand edited
cat > doc/adr/0002-hand-edited.md <<'MD'
# 2. Hand edited

Date: 1992-01-12

## Status

Proposed

Accepted

Accepted on 1992-02-01 after review.

## Context

Text.
MD
adr new -s 2 Replaces hand edited
cat doc/adr/0002-hand-edited.md
adr generate graph
cd ..
mkdir part2 && cd part2
adr init
adr new Base
cat >> doc/adr/0002-base.md <<'MD'

## Status

Second status section
MD
adr new -s 2 Twice
cat doc/adr/0002-base.md
adr link 3 Amends 1 "Amended by"
cat doc/adr/0003-twice.md
adr generate graph
cd ..
mkdir part3 && cd part3
adr init
adr new Two
cat > doc/adr/0003-odd-status.md <<'MD'
# 3. Odd status

## Status 

Accepted

### Status

Proposed

## Status

Accepted

## Context
MD
adr new -s 3 Four
cat doc/adr/0003-odd-status.md
adr link 2 "Relates to" 3 "Related from"
cat doc/adr/0003-odd-status.md
adr generate graph
cat > doc/adr/0005-no-status.md <<'MD'
# 5. No status

## Context

None.
MD
adr link 5 Amends 2 "Amended by"
echo "exit $?"
cat doc/adr/0005-no-status.md
adr new -s 5 Six
cat doc/adr/0005-no-status.md
adr generate graph
cd ..
