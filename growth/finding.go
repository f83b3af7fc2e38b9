package growth

import (
	"fmt"
	"strings"

	"github.com/leadkit/leadkit"
)

// addFinding appends one finding to fs.
func addFinding(fs *leadkit.Findings, code, field string, sev leadkit.Severity, msg, hint string) {
	*fs = append(*fs, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: msg, Hint: hint})
}

// counted writes n with the singular or plural noun: "1 rating", "0
// ratings". A noun holding %d takes n itself: "is 1 round", "are 3 rounds".
func counted(n int, one, many string) string {
	noun := many
	if n == 1 {
		noun = one
	}
	if strings.Contains(noun, "%d") {
		return fmt.Sprintf(noun, n)
	}
	return fmt.Sprintf("%d %s", n, noun)
}
