bin=$(dirname "$(command -v adr)")
adr init
adr new "$(printf 'two\nlines')"
echo "exit $?"
adr new "$(printf 'trailing\n ')"
adr new "$(printf '\nleading')"
adr new "$(printf 'escaped\\\nnewline')"
cat doc/adr/0005-escaped-newline.md | head -1
ls doc/adr
adr new This is a very long title that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on end 2>&1 | sed "s|$bin|BIN|g"
echo "exit $?"
adr new 🚀 Launch the rocket 🚀
adr new '!!!'
adr new -- --
adr new "'quoted' \"double\""
ls doc/adr
adr list
