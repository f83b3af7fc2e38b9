bin=$(dirname "$(command -v adr)")
export ADR_PAGER
ADR_PAGER=cat
adr help help new
adr help remove status
adr help autocomplete x | head -1
adr help "" | head -1
adr help generate "" | head -1
adr help generate toc extra | head -1
adr help "generate toc" | head -1
adr help list list | head -1
adr config extra | sed "s|$bin|BIN|g"
adr "" | head -1
adr -h | head -1
adr "config extra" 2>&1 | sed "s|$bin|BIN|g" | head -2
adr "*" 2>&1 | sed "s|$bin|BIN|g" | head -2
adr "l*" 2>&1 | sed "s|$bin|BIN|g" | head -2
adr "new Foo" 2>&1 | sed "s|$bin|BIN|g" | head -2
adr "n*" Globbed command
adr "li?t"
adr "in[i]t" 
adr "new " Trailing space
adr list
