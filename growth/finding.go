package growth

import "github.com/leadkit/leadkit"

// addFinding appends one finding to fs.
func addFinding(fs *leadkit.Findings, code, field string, sev leadkit.Severity, msg, hint string) {
	*fs = append(*fs, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: msg, Hint: hint})
}
