package c4

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// largeWorkspace writes a workspace of systems × containers × components
// in the style of real files: comments, groups, blocks with descriptions
// and tags, relationships inside element blocks and at the model level,
// and views.
func largeWorkspace(systems, containers, components int) []byte {
	var b bytes.Buffer
	b.WriteString("workspace \"Large\" \"A generated workspace.\" {\n    !identifiers hierarchical\n    model {\n")
	b.WriteString("        user = person \"User\" \"Someone who uses the systems.\" \"External\"\n")
	for s := range systems {
		fmt.Fprintf(&b, "        // system %d\n        group \"Department %d\" {\n", s, s%7)
		fmt.Fprintf(&b, "            s%d = softwareSystem \"System %d\" \"Does the work of department %d.\" {\n", s, s, s%7)
		for c := range containers {
			fmt.Fprintf(&b, "                c%d = container \"Container %d\" \"Serves requests for part %d of the system.\" \"Go and PostgreSQL\" {\n", c, c, c)
			for k := range components {
				fmt.Fprintf(&b, "                    k%d = component \"Component %d\" \"Handles one kind of request.\" \"Go package\" \"Tag %d,Service\"\n", k, k, k%5)
			}
			for k := 1; k < components; k++ {
				fmt.Fprintf(&b, "                    k%d -> k%d \"Calls\" \"in process\"\n", k-1, k)
			}
			b.WriteString("                    url \"https://example.com/docs\"\n                }\n")
		}
		b.WriteString("            }\n        }\n")
	}
	for s := range systems {
		fmt.Fprintf(&b, "        user -> s%d.c0 \"Uses\" \"HTTPS\"\n", s)
		if s > 0 {
			for c := range containers {
				fmt.Fprintf(&b, "        s%d.c%d.k0 -> s%d.c%d.k%d \"Sends events to\" \"Kafka\"\n", s, c, s-1, c, components-1)
			}
		}
	}
	b.WriteString("    }\n    views {\n        systemLandscape \"All\" {\n            include *\n            autoLayout lr\n        }\n")
	for s := 0; s < systems; s += 10 {
		fmt.Fprintf(&b, "        container s%d {\n            include *\n        }\n", s)
	}
	b.WriteString("        styles {\n            element \"Person\" {\n                shape person\n            }\n        }\n    }\n}\n")
	return b.Bytes()
}

func TestLargeWorkspaceParses(t *testing.T) {
	src := largeWorkspace(8, 4, 5)
	ws, err := ParseDSL(bytes.NewReader(src), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := ws.Model.Counts()
	if c.People != 1 || c.SoftwareSystems != 8 || c.Containers != 32 || c.Components != 160 {
		t.Fatalf("counts: %+v", c)
	}
	// every declared relationship is present: 4 per container, 8 from the
	// user, 4 per system after the first
	if want := 8*4*4 + 8 + 7*4; c.Relationships != want {
		t.Fatalf("relationships: %d, want %d", c.Relationships, want)
	}
	if !strings.Contains(string(src), "!identifiers hierarchical") || len(ws.Views) != 2 {
		t.Fatalf("views: %d", len(ws.Views))
	}
}

// BenchmarkParseDSL parses a generated workspace of 3.4 MB (100 systems,
// 1,000 containers, 20,000 components, 20,100 relationships with
// hierarchical identifiers) and reports the throughput; the target is at
// least 20 MB/s.
func BenchmarkParseDSL(b *testing.B) {
	src := largeWorkspace(100, 10, 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDSL(bytes.NewReader(src), ParseOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderDSL renders the model of the generated workspace.
func BenchmarkRenderDSL(b *testing.B) {
	ws, err := ParseDSL(bytes.NewReader(largeWorkspace(100, 10, 20)), ParseOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := (DSL{}).Render(&buf, ws.Model, ws.Views...); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
