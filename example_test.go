package leadkit_test

import (
	"errors"
	"fmt"

	"github.com/leadkit/leadkit"
)

func ExampleFindings_Err() {
	findings := leadkit.Findings{
		{Code: "sbi.situation.vague", Field: "situation", Severity: leadkit.Warning, Message: `"recently" does not say when it happened.`},
		{Code: "sbi.impact.missing", Field: "impact", Severity: leadkit.Error, Message: "The impact is missing."},
	}
	fmt.Println(findings.Has("sbi.impact.missing"))

	err := findings.Err()
	fmt.Println(errors.Is(err, leadkit.ErrInvalid))

	var verr *leadkit.ValidationError
	if errors.As(err, &verr) {
		for _, f := range verr.Findings {
			fmt.Println(f)
		}
	}
	// Output:
	// true
	// true
	// warning sbi.situation.vague (situation): "recently" does not say when it happened.
	// error sbi.impact.missing (impact): The impact is missing.
}

func ExampleNewID() {
	id := leadkit.NewID()
	fmt.Println(id.Version())
	// Output: VERSION_7
}
