bin=$(dirname "$(command -v adr)")
export ADR_PAGER
ADR_PAGER=cat
adr help generate | LC_ALL=C sort
adr help generate toc | sed '/^Subcommands/q'
adr help generate graph | sed '/^Subcommands/q'
adr help new 2>&1 | sed "s|$bin|BIN|g"
adr help help
adr help upgrade-repository
adr help config
echo "exit $?"
adr help add link
adr help nosuch | head -2
adr help new extra | head -2
ADR_PAGER="head -3"
adr help init
adr help list
ADR_PAGER=no-such-pager
adr help list 2>&1 | sed "s|$bin|BIN|g"
