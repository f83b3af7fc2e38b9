package c4

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dslSeeds are real-world shapes of the language: the examples of
// Structurizr's documentation, reduced, and the corner cases of the lexer.
var dslSeeds = []string{
	"workspace {\n    model {\n        user = person \"User\" \"A user of my software system.\"\n        softwareSystem = softwareSystem \"Software System\" \"My software system.\"\n        user -> softwareSystem \"Uses\"\n    }\n    views {\n        systemContext softwareSystem \"SystemContext\" {\n            include *\n            autoLayout\n        }\n        styles {\n            element \"Person\" {\n                shape person\n            }\n        }\n    }\n}\n",
	"workspace {\n    !identifiers hierarchical\n    model {\n       a = person \"A\"\n       b = softwareSystem \"B\"{\n             c = container \"C\" {\n                 d = component \"D\"\n                 a = component \"A\"\n                 d -> a\n           }\n       }\n    }\n}\n",
	"workspace {\n    model {\n        properties {\n            structurizr.groupSeparator /\n        }\n        group \"Organisation\" {\n            group \"Department A\" {\n                a = softwareSystem \"A\" {\n                    group \"Capability 1\" {\n                        container \"A API\"\n                    }\n                }\n            }\n        }\n        enterprise \"Enterprise\" {\n            d = softwareSystem \"D\"\n        }\n    }\n    views {\n        systemLandscape {\n            include *\n            autolayout\n        }\n    }\n}\n",
	"workspace {\n    model {\n        softwareSystem \"A\" {\n            a = container \"A\"\n        }\n        softwareSystem \"B\" {\n            b = container \"B\"\n        }\n        r = a -> b\n    }\n    views {\n        systemLandscape {\n            include *\n            exclude *->*\n            include r\n        }\n    }\n}\n",
	"workspace {\n    model {\n        softwareSystem = \\\n            softwareSystem \\\n            \"Software \\\n            System\"\n    }\n}\n",
	"workspace {\n  model {\n        a = softwareSystem \"A\"\n        b = softwareSystem \"B\" {\n            c = container \"C\"\n        }\n        c -> a\n        b -> a\n  }\n}\n",
	"hello world\n\nworkspace {\n}\n",
	"!const NAME \"Shop\"\nworkspace \"${NAME}\" {\n  model {\n    s = softwareSystem \"${NAME}\" {\n      description \"\"\"\n        Line \"one\"\n        Line two\n      \"\"\"\n      -> s\n    }\n  }\n}\n",
	"/* a\n*/ workspace {\n  model {\n    p = person \"P\" // x\n    # c\n    p -> p\n  }\n}\n",
	"workspace {\n  model {\n    p = person \"\\\"q\\\" \\\\ \\n Zoë 🚀\" \"\" \"External,T\"\n  }\n  views {\n    systemLandscape \"k\" \"d\" {\n      include \"element.tag==T\" ->p-> p->* *->p\n      autoLayout rl 1 2\n      properties {\n        a b\n      }\n    }\n  }\n}\n",
}

// FuzzParseDSL checks that any input either fails with a *ParseError that
// says where, or parses to a model that renders to DSL that parses back to
// the same model.
func FuzzParseDSL(f *testing.F) {
	for _, s := range dslSeeds {
		f.Add(s)
	}
	// and the workspaces written for TestParseDSLWorkspaces
	files, err := filepath.Glob(filepath.Join("testdata", "dsl", "hidden-style", "*.dsl"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<16 {
			return // the limits are tested elsewhere; keep each run quick
		}
		ws, err := ParseDSL(strings.NewReader(src), ParseOptions{})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("not a *ParseError: %T %v", err, err)
			}
			if pe.Line < 1 || pe.Msg == "" {
				t.Fatalf("a parse error must say where and what: %#v", pe)
			}
			return
		}
		if ws.Model == nil {
			t.Fatal("no model")
		}
		var buf bytes.Buffer
		if err := (DSL{Name: ws.Name, Description: ws.Description}).Render(&buf, ws.Model, ws.Views...); err != nil {
			t.Fatalf("render: %v", err)
		}
		again, err := ParseDSL(bytes.NewReader(buf.Bytes()), ParseOptions{})
		if err != nil {
			t.Fatalf("the rendered DSL does not parse: %v\n%s", err, buf.String())
		}
		if a, b := strings.Join(modelDump(ws.Model), "\n"), strings.Join(modelDump(again.Model), "\n"); a != b {
			t.Fatalf("round trip changed the model:\n%s\n---\n%s\n---\n%s", a, b, buf.String())
		}
		if len(again.Views) != len(ws.Views) {
			t.Fatalf("round trip changed the views: %d, then %d", len(ws.Views), len(again.Views))
		}
		for i := range ws.Views {
			if a, b := viewDump(ws.Views[i]), viewDump(again.Views[i]); a != b {
				t.Fatalf("round trip changed a view:\n%s\n%s", a, b)
			}
		}
	})
}

// FuzzDSLRoundTrip builds a model from the fuzzer's bytes with awkward
// names and checks that rendering it to DSL and parsing that gives it back.
func FuzzDSLRoundTrip(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte("people, systems and \"quotes\"\n\\ and unicode: Zoë 🚀"))
	f.Add(bytes.Repeat([]byte{3, 250, 7, 9, 1, 200, 4, 77}, 20))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		m := modelFromBytes(data)
		var buf bytes.Buffer
		if err := (DSL{Name: "fuzz"}).Render(&buf, m); err != nil {
			t.Fatalf("render: %v", err)
		}
		ws, err := ParseDSL(bytes.NewReader(buf.Bytes()), ParseOptions{})
		if err != nil {
			t.Fatalf("the rendered DSL does not parse: %v\n%s", err, buf.String())
		}
		if a, b := strings.Join(modelDump(m), "\n"), strings.Join(modelDump(ws.Model), "\n"); a != b {
			t.Fatalf("round trip changed the model:\n%s\n---\n%s\n---\n%s", a, b, buf.String())
		}
	})
}

// fuzzWords are the strings the model generator draws names and values
// from: each breaks a naive writer or reader somewhere.
var fuzzWords = []string{
	"A", "Web App", `say "hi"`, `back\slash`, "two\nlines", "Zoë 🚀", "", " padded ", "{", "}", "->", "=", "this",
	"# not a comment", "// nor this", "/* or this */", `ends with \`, `"""`, "${NAME}", "tab\there", "x/y", "日本語",
	strings.Repeat("long ", 300),
}

// fuzzURLs are URLs Structurizr accepts, with characters that need
// quoting or escaping.
var fuzzURLs = []string{"https://example.com/a?b=\"c\"&d=}", "mailto:zoë@example.com", "#intra-workspace", "{workspace:42}/diagrams#Key", "FILE:/tmp/x y", "https://例え.jp/パス"}

// modelFromBytes interprets data as a small program that builds a model the
// DSL can hold: unique names where Structurizr requires them, no repeated
// or parent-child relationships, and tags without commas or location tags.
func modelFromBytes(data []byte) *Model {
	m := NewModel()
	m.Properties = map[string]string{groupSeparatorProperty: "/"}
	var all []*Element
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	word := func() string { return fuzzWords[int(next())%len(fuzzWords)] }
	tag := func() string {
		t := strings.TrimSpace(strings.ReplaceAll(word(), ",", ";"))
		if strings.EqualFold(t, TagExternal) || strings.EqualFold(t, internalTag) {
			return ""
		}
		return t
	}
	unique := func(parent *Element, name string) string {
		for n := 2; m.Element(elementPath(parent, name)) != nil; n++ {
			name = strings.TrimRight(name, "0123456789") + string(rune('0'+n%10))
			if n > 50 {
				name += "x"
			}
		}
		return name
	}
	pick := func(kind ElementKind) *Element {
		var of []*Element
		for _, e := range all {
			if e.Kind() == kind {
				of = append(of, e)
			}
		}
		if len(of) == 0 {
			return nil
		}
		return of[int(next())%len(of)]
	}
	for len(data) > 0 {
		var e *Element
		switch op := next() % 8; op {
		case 0:
			e = &m.AddPerson(unique(nil, word()), word()).Element
			e.Location = Location(next() % 3)
		case 1:
			e = &m.AddSoftwareSystem(unique(nil, word()), word()).Element
			e.Location = Location(next() % 3)
		case 2:
			if s := pick(KindSoftwareSystem); s != nil {
				e = &s.Node().(*SoftwareSystem).AddContainer(unique(s, word()), word(), word()).Element
			}
		case 3:
			if c := pick(KindContainer); c != nil {
				e = &c.Node().(*Container).AddComponent(unique(c, word()), word(), word()).Element
			}
		case 4, 5:
			if len(all) < 2 {
				continue
			}
			src, dst := all[int(next())%len(all)], all[int(next())%len(all)]
			desc := word()
			if src.IsAncestorOf(dst) || dst.IsAncestorOf(src) {
				continue
			}
			repeat := false
			for _, x := range m.RelationshipsBetween(src, dst) {
				repeat = repeat || x.Description == desc
			}
			if repeat {
				continue
			}
			r := m.AddRelationship(src, dst, desc, word())
			if t := tag(); t != "" {
				r.AddTags(t)
			}
			if next()%2 == 0 {
				r.URL = fuzzURLs[int(next())%len(fuzzURLs)]
			}
		case 6:
			if len(all) > 0 {
				x := all[int(next())%len(all)]
				if t := tag(); t != "" {
					x.AddTags(t)
				}
				x.Group = strings.Trim(word(), "/")
				if x.Properties == nil {
					x.Properties = map[string]string{}
				}
				// Structurizr refuses a property without a name or value
				if k, v := word(), word(); strings.TrimSpace(k) != "" && strings.TrimSpace(v) != "" {
					x.Properties[k] = v
				}
			}
		case 7:
			if k := pick(KindComponent); k != nil {
				k.Node().(*Component).AddCode(word(), word(), word())
			}
		}
		if e != nil {
			all = append(all, e)
		}
	}
	return m
}
