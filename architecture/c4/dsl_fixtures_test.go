package c4

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/leadkit/leadkit/internal/fixtures"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureTables reads the two tables of the Structurizr fixtures' README:
// the counts of each valid file and the failing line of each invalid one.
func fixtureTables(t *testing.T, dir string) (counts map[string]Counts, failing map[string]int) {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "README.md"))
	require.NoError(t, err)
	defer f.Close()
	counts, failing = map[string]Counts{}, map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cells := strings.Split(strings.Trim(strings.TrimSpace(sc.Text()), "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if len(cells) < 2 || !strings.HasSuffix(cells[0], ".dsl") {
			continue
		}
		nums := make([]int, 0, 5)
		for _, c := range cells[1:] {
			n, err := strconv.Atoi(c)
			if err != nil {
				break
			}
			nums = append(nums, n)
		}
		switch {
		case strings.HasPrefix(cells[0], "invalid-") && len(nums) >= 1:
			failing[cells[0]] = nums[0]
		case len(nums) >= 5:
			counts[cells[0]] = Counts{People: nums[0], SoftwareSystems: nums[1], Containers: nums[2], Components: nums[3], Relationships: nums[4]}
		}
	}
	require.NoError(t, sc.Err())
	return counts, failing
}

// TestParseDSLFixtures runs the Structurizr fixtures, with their folder as
// the file system for !include and workspace extends.
func TestParseDSLFixtures(t *testing.T) {
	dir := fixtures.Dir(t, "structurizr")
	testDSLFolder(t, dir, os.DirFS(dir))
}

// TestParseDSLWorkspaces runs leadkit's own workspaces, written in the
// style of the fixtures to cover the grammar more widely, with their folder
// as the file system for !include.
func TestParseDSLWorkspaces(t *testing.T) {
	dir := filepath.Join("testdata", "dsl", "hidden-style")
	testDSLFolder(t, dir, os.DirFS(dir))
}

// testDSLFolder parses every .dsl file of dir and checks it against the
// tables of the folder's README: the counts of a valid file, the failing
// line of an invalid- one. fsys, when not nil, resolves !include.
func testDSLFolder(t *testing.T, dir string, fsys fs.FS) {
	counts, failing := fixtureTables(t, dir)
	require.NotEmpty(t, counts)
	require.NotEmpty(t, failing)
	files, err := filepath.Glob(filepath.Join(dir, "*.dsl"))
	require.NoError(t, err)
	require.Len(t, files, len(counts)+len(failing), "every file needs a row in the README, and every row a file")
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			ws, err := ParseDSL(f, ParseOptions{Source: name, FS: fsys})
			if line, ok := failing[name]; ok {
				var pe *ParseError
				require.True(t, errors.As(err, &pe), "want a parse error, got %v", err)
				assert.Equal(t, line, pe.Line, "%v", pe)
				assert.Equal(t, name, pe.Source)
				assert.NotEmpty(t, pe.Msg)
				t.Log(pe)
				return
			}
			require.NoError(t, err)
			want, ok := counts[name]
			require.True(t, ok, "the README gives no counts for %s", name)
			got := ws.Model.Counts()
			got.CodeElements, got.CustomElements, got.ImpliedRelationships = 0, 0, 0 // the README does not count them
			assert.Equal(t, want, got)
			for _, fd := range ws.Findings {
				t.Log(fd)
			}
		})
	}
}

func TestParseDSLFixtureViewShowsImpliedRelationship(t *testing.T) {
	dir := fixtures.Dir(t, "structurizr")
	f, err := os.Open(filepath.Join(dir, "include-implied-relationship.dsl"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("fixture absent")
	}
	require.NoError(t, err)
	defer f.Close()
	ws, err := ParseDSL(f, ParseOptions{})
	require.NoError(t, err)
	require.Len(t, ws.Views, 1)
	d, err := ws.Views[0].Resolve(ws.Model)
	require.NoError(t, err)
	var rels []string
	for _, r := range d.Relationships {
		rels = append(rels, fmt.Sprintf("%s -> %s implied=%t", r.Source().Path(), r.Destination().Path(), r.Implied()))
	}
	assert.Equal(t, []string{"A -> B implied=true"}, rels)
}
