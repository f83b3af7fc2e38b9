adr init
adr new Dates
cat >> doc/adr/0002-dates.md <<'MD'
Date: 1/2/2003
Date: 01/02/20034
XDate: 31/12/1999 and Date: 01/01/2000
date: 01/02/2003
Date:01/02/2003
Date:  01/02/2003
Date: 01-02-2003
Date: 99/99/9999
MD
printf 'Date: 05/06/2007' > doc/adr/0003-no-newline.md
adr upgrade-repository
tail -8 doc/adr/0002-dates.md
od -c doc/adr/0003-no-newline.md
ls doc/adr
