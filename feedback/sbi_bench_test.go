package feedback

import (
	"strings"
	"testing"
)

// bench is a realistic SBI of about 300 characters with a few problems, so
// that every rule has work to do.
var bench = SBI{
	Situation: "In Tuesday's sprint planning with the payments team",
	Behavior:  `You weren't rude, but you interrupted Ana three times, said "we always overrun" and you didn't bother to check the estimate.`,
	Impact:    "I felt uneasy, Ana stopped sharing updates and we missed the dependency on the ledger service by two days.",
}

func BenchmarkCheckSBI(b *testing.B) {
	n := len(bench.Situation) + len(bench.Behavior) + len(bench.Impact)
	if n < 280 || n > 320 {
		b.Fatalf("benchmark input is %d characters, want about 300", n)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		CheckSBI(bench)
	}
}

func BenchmarkCheckSBILong(b *testing.B) {
	long := SBI{
		Situation: strings.Repeat(bench.Situation+". ", 200),
		Behavior:  strings.Repeat(bench.Behavior+" ", 200),
		Impact:    strings.Repeat(bench.Impact+" ", 200),
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(long.Situation) + len(long.Behavior) + len(long.Impact)))
	for b.Loop() {
		CheckSBI(long)
	}
}
