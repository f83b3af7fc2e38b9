package feedback

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	f, err := os.Open(os.Getenv("PROBE"))
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "|")
		if len(parts) != 3 {
			continue
		}
		fs := CheckSBI(SBI{parts[0], parts[1], parts[2]})
		var cs []string
		for _, x := range fs {
			if x.Severity > 0 && !strings.HasSuffix(x.Code, "personal") && !strings.HasSuffix(x.Code, "quoted") {
				cs = append(cs, strings.TrimPrefix(x.Code, "sbi."))
			}
		}
		t.Logf("%-60.60s %v", parts[1]+" / "+parts[2], cs)
	}
}
