package c4

import (
	"encoding/json"
	"testing"

	"github.com/leadkit/leadkit/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiffSameModel(t *testing.T) {
	a, b := cleanShop(), cleanShop()
	c := Diff(a.m, b.m)
	assert.True(t, c.Empty())
	assert.Equal(t, "no changes\n", c.String())
	assert.True(t, Diff(nil, nil).Empty())
}

func TestDiff(t *testing.T) {
	old := cleanShop()
	cur := cleanShop()
	// element changes
	cur.web.Technology = "Go 1.26"
	cur.web.Properties = map[string]string{"owner": "team-a"}
	cur.web.AddTags("Web")
	cur.payments.Location = Internal
	cache := cur.shop.AddContainer("Cache", "Keeps hot data.", "Redis")
	old.m.AddPerson("Auditor", "Reads reports.")
	// relationship changes
	cur.web.Uses(cache, "Reads from", "RESP")
	for r := range cur.m.Relationships() {
		switch r.Description {
		case "Browses":
			r.Technology = "HTTP/3" // same key: changed field
		case "Reads from and writes to":
			r.Description = "Reads and writes" // only one between its ends: changed description
		}
	}
	old.catalog.Uses(old.db, "Queries", "SQL") // removed in cur

	c := Diff(old.m, cur.m)
	assert.Equal(t, []ElementChange{
		{Change: Removed, Path: "Auditor", Kind: KindPerson},
		{Change: Changed, Path: "Payments", Kind: KindSoftwareSystem, Fields: []FieldChange{{Field: "location", Old: "external", New: "internal"}}},
		{Change: Added, Path: "Shop/Cache", Kind: KindContainer},
		{Change: Changed, Path: "Shop/Web App", Kind: KindContainer, Fields: []FieldChange{
			{Field: "technology", Old: "Go", New: "Go 1.26"},
			{Field: "tags", New: "Web"},
			{Field: "properties.owner", New: "team-a"},
		}},
	}, c.Elements)
	assert.Equal(t, []RelationshipChange{
		{Change: Changed, Source: "Customer", Destination: "Shop/Web App", Description: "Browses", Fields: []FieldChange{{Field: "technology", Old: "HTTPS", New: "HTTP/3"}}},
		{Change: Added, Source: "Shop/Web App", Destination: "Shop/Cache", Description: "Reads from"},
		{Change: Changed, Source: "Shop/Web App", Destination: "Shop/Database", Description: "Reads and writes", Fields: []FieldChange{{Field: "description", Old: "Reads from and writes to", New: "Reads and writes"}}},
		{Change: Removed, Source: "Shop/Web App/Catalog", Destination: "Shop/Database", Description: "Queries"},
	}, c.Relationships)
	golden.Assert(t, "diff/report.txt", []byte(c.String()))

	data, err := json.Marshal(c)
	require.NoError(t, err)
	var back Changes
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, c, back)

	reverse := Diff(cur.m, old.m)
	assert.Len(t, reverse.Elements, len(c.Elements))
	assert.Len(t, reverse.Relationships, len(c.Relationships))
}

func TestDiffMatchesByPathNotID(t *testing.T) {
	old := NewModel()
	old.AddSoftwareSystem("A", "x")
	cur := NewModel()
	cur.AddPerson("Filler", "shifts every index")
	cur.AddSoftwareSystem("A", "x")
	c := Diff(old, cur)
	assert.Equal(t, []ElementChange{{Change: Added, Path: "Filler", Kind: KindPerson}}, c.Elements)

	// A kind change at the same path is a change, not a remove and add.
	k := NewModel()
	k.AddPerson("A", "x")
	assert.Equal(t, []FieldChange{{Field: "kind", Old: "software_system", New: "person"}}, Diff(old, k).Elements[0].Fields)
}

func TestDiffRepeatedPaths(t *testing.T) {
	old := NewModel()
	old.AddSoftwareSystem("A", "first")
	cur := NewModel()
	cur.AddSoftwareSystem("A", "first")
	cur.AddSoftwareSystem("A", "second")
	c := Diff(old, cur)
	require.Len(t, c.Elements, 1)
	assert.Equal(t, Added, c.Elements[0].Change)
}

func TestChangeKindText(t *testing.T) {
	for _, k := range []ChangeKind{Added, Removed, Changed} {
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back ChangeKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	_, err := ChangeKind(0).MarshalText()
	assert.Error(t, err)
	var k ChangeKind
	assert.Error(t, k.UnmarshalText([]byte("moved")))
}
