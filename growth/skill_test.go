package growth_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/growth"
)

func TestDefaultCatalog(t *testing.T) {
	c := growth.DefaultCatalog()
	require.Equal(t, 19, c.Len())
	areas := map[string]int{}
	for _, s := range c.Skills() {
		areas[s.Area]++
		assert.NotEmpty(t, s.Name, s.ID)
		assert.NotEmpty(t, s.Description, s.ID)
		got, ok := c.Lookup(s.ID)
		assert.True(t, ok)
		assert.Equal(t, s, got)
	}
	assert.Equal(t, map[string]int{growth.AreaTechnical: 7, growth.AreaPeople: 7, growth.AreaBusiness: 5}, areas)

	var nilCatalog *growth.Catalog
	assert.Equal(t, c.Len(), nilCatalog.Len(), "a nil catalog is the default")

	skills := c.Skills()
	skills[0].ID = "changed"
	_, ok := c.Lookup("changed")
	assert.False(t, ok, "Skills returns a copy")
}

func TestCatalogLookup(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"giving_feedback", "giving_feedback", true},
		{"Giving feedback", "giving_feedback", true},
		{"  GIVING-feedback ", "giving_feedback", true},
		{"giving__ feedback", "giving_feedback", true},
		{"Mentoring and coaching", "mentoring_coaching", true},
		{"mentoring", "", false},
		{"", "", false},
		{"   ", "", false},
		{"givingfeedback", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := growth.DefaultCatalog().Lookup(tc.name)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, s.ID)
		})
	}
}

func TestNewCatalog(t *testing.T) {
	c, err := growth.NewCatalog(
		growth.Skill{ID: "kubernetes", Name: "Kubernetes"},
		growth.Skill{ID: "élan_vital", Name: "Élan Vital"},
	)
	require.NoError(t, err)
	s, ok := c.Lookup("ÉLAN VITAL")
	assert.True(t, ok, "unicode names fold")
	assert.Equal(t, "élan_vital", s.ID)

	tests := []struct {
		name   string
		skills []growth.Skill
		code   string
	}{
		{"no id", []growth.Skill{{Name: "Listening"}}, "growth.catalog.id_missing"},
		{"blank id", []growth.Skill{{ID: " _ "}}, "growth.catalog.id_missing"},
		{"same id", []growth.Skill{{ID: "a"}, {ID: "a"}}, "growth.catalog.duplicate"},
		{"id folds to another", []growth.Skill{{ID: "code_review"}, {ID: "Code-Review"}}, "growth.catalog.duplicate"},
		{"name is another id", []growth.Skill{{ID: "ops"}, {ID: "operations", Name: "Ops"}}, "growth.catalog.duplicate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := growth.NewCatalog(tc.skills...)
			require.ErrorIs(t, err, leadkit.ErrInvalid)
			var verr *leadkit.ValidationError
			require.ErrorAs(t, err, &verr)
			assert.True(t, verr.Findings.Has(tc.code), "%v", verr.Findings)
			for _, f := range verr.Findings {
				assert.True(t, leadkit.ValidCode(f.Code), f.Code)
			}
		})
	}
}

func TestCatalogWith(t *testing.T) {
	c, err := growth.DefaultCatalog().With(growth.Skill{ID: "kubernetes", Area: growth.AreaTechnical})
	require.NoError(t, err)
	assert.Equal(t, 20, c.Len())
	assert.Equal(t, 19, growth.DefaultCatalog().Len(), "the default is unchanged")

	_, err = growth.DefaultCatalog().With(growth.Skill{ID: "Listening"})
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
}

func TestCatalogJSON(t *testing.T) {
	c, err := growth.NewCatalog(growth.Skill{ID: "a", Name: "Alpha"}, growth.Skill{ID: "b"})
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"id":"a","name":"Alpha"},{"id":"b"}]`, string(data))

	var back growth.Catalog
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, c.Skills(), back.Skills())
	_, ok := back.Lookup("alpha")
	assert.True(t, ok, "the decoded catalog is indexed")

	assert.Error(t, json.Unmarshal([]byte(`[{"id":"a"},{"id":"A"}]`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{"id":"a"}`), &back))
}
