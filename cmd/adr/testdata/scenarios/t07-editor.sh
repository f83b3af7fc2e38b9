bin=$(dirname "$(command -v adr)")
export VISUAL EDITOR
VISUAL="fake-editor --wait"
adr new With args
VISUAL=false
adr new Failing editor
echo "exit $?"
VISUAL=no-such-editor
adr new Missing editor 2>&1 | sed "s|$bin|BIN|g"
VISUAL=
EDITOR=
adr init
adr list
