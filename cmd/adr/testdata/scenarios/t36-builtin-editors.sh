bin=$(dirname "$(command -v adr)")
export VISUAL EDITOR
VISUAL=exit
adr new Bare exit 2>&1 | sed "s|$bin|BIN|g"
VISUAL="exit 3"
{ adr new Exit three; echo "exit $?"; } 2>&1 | sed "s|$bin|BIN|g"
VISUAL=cd
{ adr new Cd editor; echo "exit $?"; } 2>&1 | sed "s|$bin|BIN|g"
VISUAL="pwd -P"
adr new Pwd physical | sed "s|$PWD|PWD|"
VISUAL="pwd -L -x"
{ adr new Pwd bad; echo "exit $?"; } 2>&1 | sed "s|$bin|BIN|g"
VISUAL="echo -n"
adr new Echo n
echo
VISUAL="printf <%s>"
adr new Printf editor
VISUAL="["
{ adr new Bracket editor; echo "exit $?"; } 2>&1 | sed "s|$bin|BIN|g"
VISUAL="'fake-editor' x"
{ adr new Quoted editor; echo "exit $?"; } 2>&1 | sed "s|$bin|BIN|g"
touch zz.txt
VISUAL="fake-editor *"
adr new Globbing editor
VISUAL=
EDITOR="fake-editor --wait"
adr new Editor with args
EDITOR=
ls doc/adr
