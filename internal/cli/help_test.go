package cli

import (
	"strings"
	"testing"
)

func TestHelpShowsSwitchesPlainly(t *testing.T) {
	for _, args := range [][]string{{"check", "--help"}, {"extract", "-h"}, {"serve", "--help"}, {"ref", "--help"}} {
		code, out, errOut := run(t, "", args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if strings.Contains(out, "[=true|false]") {
			t.Errorf("%v: help shows [=true|false]:\n%s", args, out)
		}
		if !strings.Contains(out, "-h, --help ") {
			t.Errorf("%v: help lacks --help:\n%s", args, out)
		}
	}
}

func TestSwitchesStillTakeAValue(t *testing.T) {
	db := testDB(t)
	for _, tc := range []struct {
		flag string
		code int
	}{
		{"--summary", ExitOK},
		{"--summary=false", ExitOK},
		{"--summary=true", ExitOK},
		{"--summary=maybe", ExitUsage},
	} {
		code, _, errOut := run(t, "", "check", "../../examples/economy-roundup.txt", "--db", db, "-q", "--format", "csv", tc.flag)
		if code != tc.code {
			t.Errorf("%s: exit %d, want %d: %s", tc.flag, code, tc.code, errOut)
		}
		wantSummary := tc.flag == "--summary" || tc.flag == "--summary=true"
		if code == ExitOK && strings.Contains(errOut, "articles read") != wantSummary {
			t.Errorf("%s: summary printed: %v, want %v ", tc.flag, !wantSummary, wantSummary)
		}
	}
}
