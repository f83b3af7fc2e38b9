export ADR_PAGER
ADR_PAGER=cat
adr help generate toc | sed "/^Subcommands/q"
adr help generate graph | sed "/^Subcommands/q"
adr help help | head -12
adr help upgrade-repository
adr help config
adr help link
adr help list
adr help init
adr help generate | LC_ALL=C sort
