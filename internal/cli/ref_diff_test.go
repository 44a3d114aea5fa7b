package cli

import (
	"strings"
	"testing"
)

func TestRefDiffAcceptsTheSourceAndDateItPrints(t *testing.T) {
	db := testDB(t)
	tests := []struct {
		name    string
		a, b    string
		code    int
		want    string // in stdout, or in stderr when code is not 0
		wantOut string
	}{
		{"ids", "7", "10", ExitOK, "3 figures differ", ""},
		{"source and date", "Rosstat 2023-02-20", "Rosstat 2024-02-07", ExitOK, "3 figures differ", `release 7 (Rosstat 2023-02-20 "Rosstat first estimate")`},
		{"source in another case, spaces around", "rosstat 2023-02-20", "  ROSSTAT   2024-02-07 ", ExitOK, "3 figures differ", ""},
		{"a source of several words", "US BLS 1913-02-28", "us bls 1913-03-31", ExitOK, "1 figure differs", "US BLS 1913-03-31"},
		{"two releases of one day", "Rosstat 2023-02-20", "Rosstat 2025-02-07", ExitUsage, `"Rosstat 2025-02-07" names 2 releases of that day: give one of the ids 11`, ""},
		{"a day with no release of the source", "Rosstat 2023-02-21", "Rosstat 2024-02-07", ExitUsage, `no such release "Rosstat 2023-02-21"`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", "ref", "diff", "--db", db, "-f", "table", tt.a, tt.b)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			got := out
			if code != ExitOK {
				got = errOut
			}
			// What comes before the table, however it was wrapped.
			before, _, _ := strings.Cut(got, "┌")
			firstLine := strings.Join(strings.Fields(before), " ")
			if !strings.Contains(firstLine, tt.want) || !strings.Contains(firstLine, tt.wantOut) {
				t.Errorf("heading %q; want %q and %q", firstLine, tt.want, tt.wantOut)
			}
		})
	}
}
