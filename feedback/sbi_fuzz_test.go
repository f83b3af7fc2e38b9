package feedback

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadkit/leadkit"
)

func FuzzCheckSBI(f *testing.F) {
	f.Add(good.Situation, good.Behavior, good.Impact)
	f.Add(bench.Situation, bench.Behavior, bench.Impact)
	f.Add("Recently", `you said "lazy`, "It wasn't great.")
	f.Add("", "“‘’”'\"", "\xff\xfe")
	f.Add("every every every", "you're not not not rude, don't won't can't", "40% #12 10:30 3pm")
	f.Add(strings.Repeat("a", 300), strings.Repeat("you said ", 50), strings.Repeat("I felt ", 60))
	f.Add("Lately in the standup", "you were a lifesaver; you handled it well, as usual, never before", "Everyone was thrilled. Nice one.")
	f.Add("at some point last month", "you said it was fine, just to get out of it, and you clearly didn't read it", "It's tiring.")
	f.Fuzz(func(t *testing.T, situation, behavior, impact string) {
		fs := CheckSBI(SBI{Situation: situation, Behavior: behavior, Impact: impact})
		for _, fd := range fs {
			if !leadkit.ValidCode(fd.Code) || !fd.Severity.Valid() || fd.Message == "" {
				t.Fatalf("bad finding %+v", fd)
			}
			if !utf8.ValidString(fd.Message) || !utf8.ValidString(fd.Hint) {
				t.Fatalf("message is not valid UTF-8: %q", fd.Message)
			}
		}
	})
}

// TestCheckSBIHugeInput checks that 1 MiB of adversarial text is read in
// bounded time: the parts are cut at MaxPartLen and every rule is linear.
func TestCheckSBIHugeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MiB inputs are slow under -short")
	}
	for _, unit := range []string{"every ", "you said \"", "lazy ", "you were not ", "a'b ", "é", "I felt 40% ", "keep going ",
		"you handled it well ", "you were a real machine ", "you had never deployed ", "on purpose as ", "saved the day ",
		"that fires every time ", "everyone was thrilled "} {
		big := strings.Repeat(unit, (1<<20)/len(unit))
		fs := CheckSBI(SBI{Situation: big, Behavior: big, Impact: big})
		if !fs.Has(CodeInputTooLong) {
			t.Fatalf("%q: no %s finding", unit, CodeInputTooLong)
		}
	}
}

func FuzzParseSBI(f *testing.F) {
	for _, seed := range []string{
		"In Tuesday's standup, you interrupted Ana three times. As a result, she stopped sharing updates.",
		"Situation: in yesterday's retro\nBehaviour: you rolled your eyes\nImpact: Sam stopped contributing",
		"S:\nB:\nI:",
		"You cut off Ana twice during Tuesday's planning meeting. She didn't speak again.",
		"When you, when you, when you",
		"and and and the the the broke",
		"\"unclosed quote in the retro, you said",
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, fs := ParseSBI(text)
		for _, part := range []string{s.Situation, s.Behavior, s.Impact} {
			if len(part) > len(text) {
				t.Fatalf("part longer than the text: %q", part)
			}
			if utf8.ValidString(text) && !utf8.ValidString(part) {
				t.Fatalf("part is not valid UTF-8: %q", part)
			}
		}
		for _, fd := range fs {
			if !leadkit.ValidCode(fd.Code) {
				t.Fatalf("bad code %q", fd.Code)
			}
		}
		CheckSBI(s)
	})
}

// TestParseSBIHugeInput checks bounded time on 1 MiB of text.
func TestParseSBIHugeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MiB inputs are slow under -short")
	}
	for _, unit := range []string{"In the retro, you said ", "and the build broke ", "Situation: ", "é"} {
		s, fs := ParseSBI(strings.Repeat(unit, (1<<20)/len(unit)))
		if !fs.Has(CodeInputTooLong) {
			t.Fatalf("%q: no %s finding", unit, CodeInputTooLong)
		}
		CheckSBI(s)
	}
}
