package c4

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nastyModel has names and descriptions that break naive renderers: quotes,
// backslashes, unicode, line breaks, markup of every target format and a
// very long description.
func nastyModel() (*Model, []*View) {
	m := NewModel()
	user := m.AddPerson(`Ann "the admin" O'Neil`, "Line one\nline two\r\nline three\tand a tab")
	sys := m.AddSoftwareSystem(`Größe/Ärger ✓ 日本語`, strings.Repeat("A very long description that goes on and on. ", 12))
	sys.AddTags(TagExternal)
	core := m.AddSoftwareSystem(`C:\Program Files\n\l`, `Uses "quotes", <b>tags</b>, #hash; and %percent% $var ~tilde **bold** //italic// --strike-- __under__`)
	api := core.AddContainer("API; direction TB", `direction LR ends the line? no: #quot; stays literal`, `Go "1.26"`)
	db := core.AddContainer("Store", "", "")
	db.AddTags(TagDatabase)
	q := core.AddContainer("Events", "Queue of events", "Kafka")
	q.Group = `Messaging "bus" / ✓`
	user.Group = `Staff\ops`
	q.AddTags(TagQueue)
	h := api.AddComponent(`Handler (v2), "main"`, "Parses {json} and [brackets]", `net/http`)
	user.Uses(api, `Calls "v2"`, "HTTPS\nmTLS")
	api.Uses(db, "", "")
	h.Uses(q, "Publishes to", "Kafka")
	h.Uses(sys, `Sends "Größe" to`, `gRPC\stream`)
	views := []*View{
		NewSystemLandscapeView("landscape").Include(All()),
		NewContainerView(core, `core "containers"`).Include(All()),
		NewComponentView(api, "api-components").Include(All()),
	}
	views[1].AutoLayout = &AutoLayout{Direction: LeftRight}
	views[1].Title = `Title with "quotes"; #hash and direction TB`
	return m, views
}

func shopViews(s shopModel) []*View {
	return []*View{
		NewSystemLandscapeView("landscape").Include(All()),
		NewSystemContextView(s.shop, "shop-context").Include(All()),
		NewContainerView(s.shop, "shop-containers").Include(All()),
		NewComponentView(s.web, "web-components").Include(All()),
	}
}

type formatCase struct {
	ext string
	r   Renderer
}

var diagramFormats = []formatCase{
	{"mmd", Mermaid{}},
	{"puml", PlantUML{}},
	{"dot", DOT{}},
}

func TestRenderGolden(t *testing.T) {
	s := cleanShop()
	s.db.AddTags(TagDatabase)
	s.payments.Group = "Partners"
	s.web.Group = "Edge"
	nm, nviews := nastyModel()
	cases := []struct {
		name  string
		m     *Model
		views []*View
	}{
		{"shop", s.m, shopViews(s)},
		{"nasty", nm, nviews},
	}
	for _, c := range cases {
		for _, v := range c.views {
			for _, f := range diagramFormats {
				name := c.name + "-" + aliasOf(v.Key) + "." + f.ext
				t.Run(name, func(t *testing.T) {
					var buf bytes.Buffer
					require.NoError(t, f.r.Render(&buf, c.m, v))
					golden.Assert(t, "render/"+name, buf.Bytes())
					d, err := v.Resolve(c.m)
					require.NoError(t, err)
					checkStructure(t, f.ext, buf.String(), d)
				})
			}
		}
		t.Run(c.name+".json", func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, JSON{}.Render(&buf, c.m, c.views...))
			golden.Assert(t, "render/"+c.name+".json", buf.Bytes())
		})
	}
}

// Every DOT golden file is valid input for Graphviz.
func TestDOTGoldenFilesRenderWithDot(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("dot (Graphviz) is not installed; skipping the check of the DOT golden files")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "render", "*.dot"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var stderr bytes.Buffer
			cmd := exec.Command(dot, "-Tsvg", "-o", filepath.Join(t.TempDir(), "out.svg"), f)
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Run(), stderr.String())
			assert.Empty(t, stderr.String(), "dot warned")
		})
	}
}

func TestRenderWithoutViewsDrawsTheLandscape(t *testing.T) {
	s := cleanShop()
	for _, f := range diagramFormats {
		var without, with bytes.Buffer
		require.NoError(t, f.r.Render(&without, s.m))
		require.NoError(t, f.r.Render(&with, s.m, NewSystemLandscapeView("landscape").Include(All())))
		assert.Equal(t, with.String(), without.String(), f.ext)
	}
}

func TestRenderSeveralViews(t *testing.T) {
	s := cleanShop()
	views := shopViews(s)
	var buf bytes.Buffer
	err := Mermaid{}.Render(&buf, s.m, views...)
	require.Error(t, err)
	assert.ErrorIs(t, err, leadkit.ErrInvalid)

	buf.Reset()
	require.NoError(t, Mermaid{Markdown: true}.Render(&buf, s.m, views...))
	assert.Equal(t, 4, strings.Count(buf.String(), "```mermaid\n"))
	assert.Contains(t, buf.String(), "## Containers of Shop\n")

	buf.Reset()
	require.NoError(t, PlantUML{Legend: true}.Render(&buf, s.m, views...))
	assert.Equal(t, 4, strings.Count(buf.String(), "@startuml"))
	assert.Equal(t, 4, strings.Count(buf.String(), "SHOW_LEGEND()"))

	buf.Reset()
	require.NoError(t, DOT{}.Render(&buf, s.m, views...))
	assert.Equal(t, 4, strings.Count(buf.String(), "digraph "))
}

func TestRenderRejectsBadViews(t *testing.T) {
	s := cleanShop()
	bad := &View{Kind: ContainerView, Key: "bad"}
	for _, f := range append(diagramFormats, formatCase{"json", JSON{}}) {
		err := f.r.Render(&bytes.Buffer{}, s.m, bad)
		assert.ErrorIs(t, err, leadkit.ErrInvalid, f.ext)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderReportsWriteErrors(t *testing.T) {
	s := cleanShop()
	for _, f := range append(diagramFormats, formatCase{"json", JSON{}}) {
		assert.Error(t, f.r.Render(failingWriter{}, s.m), f.ext)
	}
}

func TestEscapers(t *testing.T) {
	assert.Equal(t, `"a#quot;b#35;c#lt;br#gt;<br/>directio#110; TB"`, mermaidString("a\"b#c<br>\ndirection TB"))
	assert.Equal(t, "A ＃1； directio\u200dn LR", mermaidTitle("A #1; direction LR\n"))
	assert.Equal(t, `"a<U+0022>b<U+005C>n\nc<U+0024>x *<U+002A>*"`, plantumlString("a\"b\\n\nc$x ***"))
	assert.Equal(t, `"a\"b\\n\nc"`, dotString("a\"b\\n\r\nc"))
	assert.Equal(t, "\" \uFFFD\"", dotString("\x01\xff"), "control characters and invalid UTF-8 are replaced")
	assert.Equal(t, "aaa bbb\nccc", wrap("aaa bbb ccc", 7))
	assert.Equal(t, "short", wrap("short", 7))
	assert.Equal(t, "averyveryverylongword\nx", wrap("averyveryverylongword x", 7))
	assert.Equal(t, "e_42_answers", aliasOf("42 Answers"))
	assert.Equal(t, "e", aliasOf("日本"))
	assert.Equal(t, "shop_web_app", aliasOf("Shop/Web App"))
}

// plantString is a PlantUML string as plantumlText writes it.
const plantString = `"(?:[^"\\$<>~%]|\\n|<U\+[0-9A-F]{4,6}>)*"`

var (
	mermaidLine = regexp.MustCompile(`^\s*(?:C4Context|C4Container|C4Component|title [^#;\n]+|(?:Person|System|Container|Component)(?:Db|Queue)?(?:_Ext)?\([a-z0-9_]+(?:, "[^"]*"){2,3}\)|(?:System|Container)_Boundary\([a-z0-9_]+, "[^"]*"\) \{|Boundary\([a-z0-9_]+, "[^"]*", "group"\) \{|\}|Rel\([a-z0-9_]+, [a-z0-9_]+, "[^"]*", "[^"]*"\))$`)
	plantLine   = regexp.MustCompile(`^\s*(?:@startuml(?: [a-z0-9_]+)?|@enduml|!include <C4/C4_(?:Context|Container|Component)>|LAYOUT_(?:LEFT_RIGHT|TOP_DOWN)\(\)|SHOW_LEGEND\(\)|title [^\n]*|(?:Person|System|Container|Component)(?:Db|Queue)?(?:_Ext)?\([a-z0-9_]+(?:, ` + plantString + `){2,3}\)|(?:System|Container)_Boundary\([a-z0-9_]+, ` + plantString + `\) \{|Boundary\([a-z0-9_]+, ` + plantString + `, "group"\) \{|\}|Rel\([a-z0-9_]+, [a-z0-9_]+, ` + plantString + `, ` + plantString + `\)|)$`)
	dotLine     = regexp.MustCompile(`^\s*(?:digraph "(?:[^"\\]|\\[\\"n])*" \{|graph \[.*\];|node \[.*\];|edge \[.*\];|subgraph "cluster_[a-z0-9_]+" \{|label="(?:[^"\\]|\\[\\"n])*"; style=(?:dashed|dotted); .*;|"[a-z0-9_]+" \[label="(?:[^"\\]|\\[\\"n])*", .*\];|"[a-z0-9_]+" -> "[a-z0-9_]+" \[label="(?:[^"\\]|\\[\\"n])*"(?:, style=dashed)?\];|\})$`)
	mermaidDef  = regexp.MustCompile(`(?m)^\s*(?:Person|System|Container|Component)(?:Db|Queue)?(?:_Ext)?\(([a-z0-9_]+),`)
	layoutWord  = regexp.MustCompile(`direction\s+(?:TB|BT|RL|LR)`)
	plantDef    = mermaidDef
	dotDef      = regexp.MustCompile(`(?m)^\s*"([a-z0-9_]+)" \[label=`)
	relLine     = regexp.MustCompile(`(?m)^\s*(?:Rel\(|"[a-z0-9_]+" -> )`)
)

// checkStructure asserts the invariants of a rendered diagram: every line
// has one of the format's shapes (so no string leaked a quote or a line
// break), every element is defined once, every relationship drawn once.
func checkStructure(t *testing.T, ext, out string, d *Diagram) {
	t.Helper()
	var line, def *regexp.Regexp
	switch ext {
	case "mmd":
		line, def = mermaidLine, mermaidDef
	case "puml":
		line, def = plantLine, plantDef
	case "dot":
		line, def = dotLine, dotDef
	}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if ext == "mmd" && layoutWord.MatchString(l) {
			t.Errorf("line %d would be read as a layout statement: %q", i+1, l)
		}
		if ext == "puml" && l == "" {
			continue
		}
		assert.Regexp(t, line, l, "line %d", i+1)
	}
	seen := map[string]int{}
	for _, m := range def.FindAllStringSubmatch(out, -1) {
		seen[m[1]]++
	}
	assert.Len(t, seen, len(d.Elements), "every element is drawn")
	for a, n := range seen {
		assert.Equal(t, 1, n, "element %s drawn %d times", a, n)
	}
	assert.Len(t, relLine.FindAllString(out, -1), len(d.Relationships), "every relationship is drawn once")
}
