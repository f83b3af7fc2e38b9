adr new "   "
echo "exit $?"
adr new "a" "" "b"
adr new '$HOME and `date` and $(echo x)'
adr new "Tabs	inside	title"
adr new "100% sure? #hashtag ~tilde^caret"
adr new "über café — naïve résumé"
adr new 'Ünïcödé ÅÄÖ'
ls doc/adr
head -1 doc/adr/*.md
