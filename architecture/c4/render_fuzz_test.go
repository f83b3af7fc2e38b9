package c4

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzRender builds a small model from arbitrary text and checks that every
// renderer keeps its structural invariants (every line of the format's
// shape, every element and relationship drawn once, strings escaped) and
// that the JSON form reads back to the same model.
func FuzzRender(f *testing.F) {
	f.Add("Personal Banking Customer", "A customer of the bank, with personal bank accounts.", "Internet Banking System", "Web Application", "Java and Spring MVC", "Uses", "HTTPS")
	f.Add(`Ann "the admin"`, "Line one\nline two", `Größe/Ärger ✓`, `C:\Program Files\n`, `Go "1.26"`, `direction TB`, "#quot; %date() $x")
	f.Add("", "", "", "", "", "", "")
	f.Add("a/b", `\`, "a\\/b", "**bold** //it// --s-- __u__ ~~w~~", "<b>x</b>", "\r\n\t", "\xff\xfe")
	f.Add("title x", "}", "{", ")", "(", ",", `""`)
	f.Fuzz(func(t *testing.T, person, desc, system, container, tech, relDesc, relTech string) {
		m := NewModel()
		p := m.AddPerson(person, desc)
		s := m.AddSoftwareSystem(system, desc)
		other := m.AddSoftwareSystem(relDesc, relTech)
		other.Location = External
		c := s.AddContainer(container, desc, tech)
		c.AddTags(tech)
		c.Group = relTech
		p.Group = tech
		k := c.AddComponent(relTech, relDesc, tech)
		p.Uses(c, relDesc, relTech)
		k.Uses(other, relDesc, relTech)
		c.Uses(c, relDesc, relTech) // a self-relationship
		views := []*View{
			NewSystemLandscapeView(person).Include(All()),
			NewSystemContextView(s, system).Include(All()),
			NewContainerView(s, container).Include(All()),
			NewComponentView(c, relDesc).Include(All()),
		}
		for _, v := range views {
			d, err := v.Resolve(m)
			require.NoError(t, err)
			for _, fc := range diagramFormats {
				var buf bytes.Buffer
				require.NoError(t, fc.r.Render(&buf, m, v))
				checkStructure(t, fc.ext, buf.String(), d)
			}
		}
		var first bytes.Buffer
		require.NoError(t, JSON{}.Render(&first, m, views...))
		back, bviews, err := ReadJSON(bytes.NewReader(first.Bytes()))
		require.NoError(t, err)
		assert.Equal(t, m.Counts(), back.Counts())
		assert.Len(t, bviews, len(views))
		assert.Equal(t, codesOf(m.Validate()), codesOf(back.Validate()))
		var second bytes.Buffer
		require.NoError(t, JSON{}.Render(&second, back, bviews...))
		valid := true
		for _, s := range []string{person, desc, system, container, tech, relDesc, relTech} {
			valid = valid && utf8.ValidString(s)
		}
		if !valid {
			// JSON has no invalid UTF-8: it reads back as U+FFFD, and from
			// then on the form is a fixed point.
			again, aviews, err := ReadJSON(bytes.NewReader(second.Bytes()))
			require.NoError(t, err)
			first.Reset()
			first.Write(second.Bytes())
			second.Reset()
			require.NoError(t, JSON{}.Render(&second, again, aviews...))
		}
		assert.Equal(t, first.String(), second.String())
	})
}

// FuzzReadJSON feeds arbitrary bytes to ReadJSON: it must return a model or
// an error, never panic, and a model it returns must validate and render.
func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	s := cleanShop()
	if err := (JSON{}).Render(&buf, s.m, shopViews(s)...); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"schema":"leadkit.c4/v1","model":{"elements":[{"kind":"container","name":"Loose"}],"relationships":[{"source":"x","destination":"y"}]}}`))
	f.Add([]byte(`{"schema":"leadkit.c4/v1","model":{"elements":[{"kind":"person","name":"P"},{"kind":"person","name":"P"}],"relationships":[{"source":"P","destination":"P","implied_by":"00000000-0000-0000-0000-000000000000"}]},"views":[{"kind":"component"}]}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, views, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.ValidateWith(ValidateOptions{Views: views})
		m.ImpliedRelationships()
		for _, v := range views {
			if _, err := v.Resolve(m); err != nil {
				continue
			}
			for _, fc := range diagramFormats {
				require.NoError(t, fc.r.Render(&bytes.Buffer{}, m, v))
			}
		}
		Diff(m, m)
	})
}
