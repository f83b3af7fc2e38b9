package c4

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lexAll runs the lexer over src and renders each statement as
// "line: tok tok" with quoted tokens in brackets and positions after "@".
func lexAll(t *testing.T, src string, consts map[string]string) ([]string, error) {
	t.Helper()
	budget, expand := int64(MaxDSLBytes), int64(maxDSLExpansion)
	if consts == nil {
		consts = map[string]string{}
	}
	lx := newDSLLexer(strings.NewReader(src), "test.dsl", &budget, &expand, consts)
	var out []string
	for {
		st, ok, err := lx.next()
		if err != nil {
			return out, err
		}
		if !ok {
			return out, nil
		}
		var parts []string
		for _, tk := range st.toks {
			text := tk.text
			if tk.quoted {
				text = "[" + text + "]"
			}
			parts = append(parts, fmt.Sprintf("%s@%d:%d", text, tk.line, tk.col))
		}
		out = append(out, strings.Join(parts, " "))
	}
}

func TestLexer(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"empty", "", nil},
		{"blank lines", "\n  \n\t\n", nil},
		{"words", "a = person \"User\"", []string{"a@1:1 =@1:3 person@1:5 [User]@1:12"}},
		{"crlf and tabs", "a\t->  b\r\nc\r\n", []string{"a@1:1 ->@1:3 b@1:7", "c@2:1"}},
		{"byte order mark", "\uFEFFworkspace {", []string{"workspace@1:1 {@1:11"}},
		{"line comments", "// x\n  # y\na -> b // trailing\nc # not a comment", []string{"a@3:1 ->@3:3 b@3:6", "c@4:1 #@4:3 not@4:5 a@4:9 comment@4:11"}},
		{"hash inside a word", "color #ffffff", []string{"color@1:1 #ffffff@1:7"}},
		{"url is not a comment", "url https://example.com/x", []string{"url@1:1 https://example.com/x@1:5"}},
		{"block comment one line", "/* c */\na /* b */ c", []string{"a@2:1 c@2:11"}},
		{"block comment spanning lines", "a\n/*\n}\n\"unclosed\n*/\nb", []string{"a@1:1", "b@6:1"}},
		{"comment closing mid line starts a statement", "a /* x\ny */ b", []string{"a@1:1", "b@2:6"}},
		{"escapes", `"say \"hi\"\nnow" "C:\\x" "\t"`, []string{"[say \"hi\"\nnow]@1:1 [C:\\x]@1:19 [\\t]@1:27"}},
		{"quote inside a word", `a"b c`, []string{`a"b@1:1 c@1:5`}},
		{"quoted braces are strings", `"{" { "->"`, []string{"[{]@1:1 {@1:5 [->]@1:7"}},
		{"empty string", `container "A" "" "Go"`, []string{"container@1:1 [A]@1:11 []@1:15 [Go]@1:18"}},
		{"adjacent quoted", `"a""b"`, []string{"[a]@1:1 [b]@1:4"}},
		{"unterminated string runs to the end of the line", "a\nb \"abc {  \nc", []string{"a@1:1", "b@2:1 [abc {]@2:3", "c@3:1"}},
		{"escaped final quote", `x "abc\"`, []string{`x@1:1 [abc"]@1:3`}},
		{"unicode", "p = person \"Zoë 🚀\"", []string{"p@1:1 =@1:3 person@1:5 [Zoë 🚀]@1:12"}},
		{
			"continuation keeps physical positions",
			"softwareSystem = \\\n    softwareSystem \\\n    \"Software \\\n    System\" {",
			[]string{"softwareSystem@1:1 =@1:16 softwareSystem@2:5 [Software System]@3:5 {@4:13"},
		},
		{"continuation inside a keyword", "work\\\n  space {", []string{"workspace@1:1 {@2:9"}},
		{"comment lines continue, as in Structurizr", "// a \\\nb\nc", []string{"c@3:1"}},
		{"trailing continuation at end", "a \\", []string{"a@1:1"}},
		{
			"text block",
			"description \"\"\"\n    - Line 1\n      - Line 2\n\n    \"\"\"\nnext",
			[]string{"description@1:1 [- Line 1\n  - Line 2\n]@1:13", "next@6:1"},
		},
		{"text block keeps quotes", "d \"\"\"\n  say \"x\"\n  \"\"\"", []string{"d@1:1 [say \"x\"]@1:3"}},
		{"text block content before closing marker", "d \"\"\"\n  one\n  two\"\"\"", []string{"d@1:1 [one\ntwo]@1:3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := lexAll(t, tc.src, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestLexerSubstitution(t *testing.T) {
	consts := map[string]string{"NAME": "Shop", "a.b-c_d": "x"}
	got, err := lexAll(t, `"${NAME} App" ${a.b-c_d} ${MISSING} ${} ${NAME`+"\n", consts)
	require.NoError(t, err)
	assert.Equal(t, []string{"[Shop App]@1:1 x@1:15 ${MISSING}@1:26 ${}@1:37 ${NAME@1:41"}, got)

	got, err = lexAll(t, "d \"\"\"\n  ${NAME}\n\"\"\"", consts)
	require.NoError(t, err)
	assert.Equal(t, []string{"d@1:1 [Shop]@1:3"}, got)
}

func TestLexerSubstitutionIsBounded(t *testing.T) {
	// each constant doubles the one before: without a bound this would
	// allocate gigabytes
	consts := map[string]string{"C0": strings.Repeat("x", 1<<10)}
	budget, expand := int64(MaxDSLBytes), int64(maxDSLExpansion)
	for i := 1; i < 40; i++ {
		src := fmt.Sprintf(`"${C%d}${C%d}"`, i-1, i-1)
		lx := newDSLLexer(strings.NewReader(src), "t", &budget, &expand, consts)
		st, ok, err := lx.next()
		if err != nil {
			var pe *ParseError
			require.True(t, errors.As(err, &pe))
			assert.Contains(t, pe.Msg, "too long")
			return
		}
		require.True(t, ok)
		consts[fmt.Sprintf("C%d", i)] = st.toks[0].text
	}
	t.Fatal("substitution grew without bound")
}

func TestLexerErrors(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		msg       string
	}{
		{"unterminated comment", "a\n  /* open\nb", 2, 3, `never closed`},
		{"unterminated text block", "a\nd \"\"\"\nline", 2, 3, `text block`},
		{"line too long", strings.Repeat("a", maxDSLLine+10), 1, 0, "longer than"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := lexAll(t, tc.src, nil)
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "got %v", err)
			assert.Equal(t, tc.line, pe.Line)
			assert.Equal(t, tc.col, pe.Col)
			assert.Contains(t, pe.Msg, tc.msg)
			assert.Equal(t, "test.dsl", pe.Source)
		})
	}
}

func TestLexerInputBudget(t *testing.T) {
	budget, expand := int64(10), int64(maxDSLExpansion)
	lx := newDSLLexer(strings.NewReader("abc\ndef\nghi\njkl\n"), "t", &budget, &expand, map[string]string{})
	var err error
	for err == nil {
		var ok bool
		_, ok, err = lx.next()
		if !ok && err == nil {
			t.Fatal("read past the budget")
		}
	}
	assert.ErrorContains(t, err, "larger than")
}

func TestLexerLongLineAcrossBuffer(t *testing.T) {
	long := strings.Repeat("x", 200<<10) // longer than the reader's buffer
	got, err := lexAll(t, "a\n\""+long+"\" b\nc", nil)
	require.NoError(t, err)
	require.Len(t, got, 3)
	assert.Equal(t, "["+long+"]@2:1 b@2:"+fmt.Sprint(len(long)+4), got[1])
	assert.Equal(t, "c@3:1", got[2])
}

func TestLexerSkipRaw(t *testing.T) {
	budget, expand := int64(MaxDSLBytes), int64(maxDSLExpansion)
	lx := newDSLLexer(strings.NewReader("!script kotlin {\n  val s = \"unclosed\n  x.forEach { it }\n}\nafter"), "t", &budget, &expand, map[string]string{})
	st, ok, err := lx.next()
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "!script", st.toks[0].text)
	ok, err = lx.skipRaw()
	require.NoError(t, err)
	require.True(t, ok)
	st, ok, err = lx.next()
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "after", st.toks[0].text)
	assert.Equal(t, 5, st.line)
}
