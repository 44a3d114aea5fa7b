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

func TestHelpSaysWhatTheCommandDoes(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    []string
		notWant []string
	}{
		{"check names every kind of article", []string{"check", "--help"}, []string{".txt", ".md", ".html", ".docx", ".jsonl", "--verbose"}, nil},
		{"extract offers no colour of verdicts it has not", []string{"extract", "--help"}, []string{"--format", "no effect here"}, []string{"verdicts of the table in colour"}},
		{"serve shows the header its API needs", []string{"serve", "--help"}, []string{"Content-Type: application/json", `{"status":"ok","version"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", tt.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("help lacks %q:\n%s", want, out)
				}
			}
			for _, not := range tt.notWant {
				if strings.Contains(out, not) {
					t.Errorf("help says %q:\n%s", not, out)
				}
			}
		})
	}
}
