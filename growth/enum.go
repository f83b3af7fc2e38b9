package growth

import (
	"fmt"
	"strconv"
	"strings"
)

// The enums of this package share one text form: lower-case snake case, the
// zero value unset. These helpers keep their String, MarshalText and
// UnmarshalText methods one line each; names[0] is always "" (unset).

func enumString[E ~uint8](e E, typ string, names []string) string {
	if e > 0 && int(e) < len(names) {
		return names[e]
	}
	return typ + "(" + strconv.Itoa(int(e)) + ")"
}

func enumMarshal[E ~uint8](e E, typ string, names []string) ([]byte, error) {
	if e == 0 || int(e) >= len(names) {
		return nil, fmt.Errorf("growth: cannot marshal invalid %s %d", typ, uint8(e))
	}
	return []byte(names[e]), nil
}

func enumUnmarshal[E ~uint8](e *E, text []byte, typ string, names []string) error {
	s := strings.TrimSpace(string(text))
	for i := 1; i < len(names); i++ {
		if strings.EqualFold(s, names[i]) || strings.EqualFold(strings.ReplaceAll(s, " ", "_"), names[i]) {
			*e = E(i)
			return nil
		}
	}
	return fmt.Errorf("growth: unknown %s %q (want %s)", typ, text, strings.Join(names[1:], ", "))
}
