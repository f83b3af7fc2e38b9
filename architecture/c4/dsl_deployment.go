package c4

import (
	"fmt"
	"strings"

	"github.com/leadkit/leadkit"
)

// deploymentEnvironment skips "[id =] deploymentEnvironment <name> {" and
// its block, keeping the identifiers declared in it, so that a
// relationship, view or !element that names a deployment element later is
// skipped too instead of failing as undefined.
func (p *dslParser) deploymentEnvironment(st dslStatement, ident *dslToken) error {
	if err := p.registerSkipped(ident, nil, "deployment environment"); err != nil {
		return err
	}
	return p.skipDeployment(st, "deployment environments", ident == nil)
}

// skipDeployment notes a skipped deployment statement and skips its block.
// top says whether the identifiers declared directly in the block are top
// level ones under hierarchical identifiers: those of an environment that
// has no identifier itself. Below an identifier, hierarchical identifiers
// ("live.aws.web") are found through it (see resolve).
func (p *dslParser) skipDeployment(st dslStatement, what string, top bool) error {
	p.note("c4.dsl.skipped", leadkit.Info, st,
		fmt.Sprintf("Skipped %q on line %d: leadkit does not model %s.", st.toks[0].text, st.line, what), "")
	if !opensBlock(st) {
		return nil
	}
	return p.deploymentBody(st, top)
}

// deploymentBody skips the block opened by open, registering each
// identifier assigned in it (with flat identifiers, at any depth; with
// hierarchical ones, only at the top level) as a skipped deployment
// element. As in Structurizr, a flat identifier used twice is an error.
func (p *dslParser) deploymentBody(open dslStatement, top bool) error {
	return p.body(open, func(st dslStatement) error {
		ident, rest := assignment(st)
		switch {
		case ident != nil && rest.toks[0].is("deploymentGroup"):
			// a deployment group's identifier belongs to its environment:
			// two environments may each have "serviceInstance1"
		case ident != nil && !p.hier:
			if err := p.registerSkipped(ident, nil, "deployment element"); err != nil {
				return err
			}
		case ident != nil && top && validIdentifier(ident.text):
			key := strings.ToLower(ident.text)
			if _, taken := p.idents[key]; !taken {
				p.idents[key] = identEntry{other: &unmodelled{what: "deployment element"}}
			}
		}
		if opensBlock(rest) || isLoneBrace(rest) {
			return p.deploymentBody(rest, false)
		}
		return nil
	})
}
