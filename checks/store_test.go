package checks

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestJudgeAgainstTheDefaultData judges the claims of the seed article (published
// 2025-03-04) against the reference database built from the embedded data, so that the
// verdicts hold for the figures and source names the tool actually ships.
func TestJudgeAgainstTheDefaultData(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	path := filepath.Join(t.TempDir(), "reference.db")
	if err := reference.Build(path); err != nil {
		t.Fatalf("build the default database: %v", err)
	}
	store, err := reference.Open(path)
	if err != nil {
		t.Fatalf("open the default database: %v", err)
	}
	defer store.Close()
	var _ Reference = store

	tests := []struct {
		name     string
		claim    extract.Claim
		verdict  string
		explains string
	}{
		{"Rosstat's first estimate for 2023 is outdated",
			russiaClaim("2023", 3.6, 0.1, citing("Rosstat")), Outdated, "already revised to 4.1% on 2025-02-07"},
		{"Rosstat's first estimate for 2024 is revised",
			russiaClaim("2024", 4.1, 0.1), Revised, "revised to 4.3% on 2025-04-11"},
		{"the official forecast for 2024 matches the ministry's projection",
			russiaClaim("2024", 3.9, 0.1, ofKind("forecast")), Consistent, "projected at 3.9%"},
		{"US sanctions imposed in 2014 match EO 13660",
			sanctionClaim("sanctions_imposed", "USA", "2014"), Consistent, "2014-03-06"},
		{"the extension through 6 March 2026 matches the notice of 2025-02-27",
			sanctionClaim("sanctions_extended_until", "USA", "2026-03-06"), Consistent, "(announced 2025-02-27)"},
	}
	opts := DefaultOptions()
	opts.Names = map[string]string{"RUS": "Russia", "USA": "the United States"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Judge(tt.claim, date("2025-03-04"), store, opts)
			if err != nil {
				t.Fatalf("Judge: %v", err)
			}
			if got.Verdict != tt.verdict || !strings.Contains(got.Explanation, tt.explains) {
				t.Errorf("got %s: %s\nwant %s, explained with %q", got.Verdict, got.Explanation, tt.verdict, tt.explains)
			}
			if got.RefSource == "" || got.RefURL == "" || got.RefRelease == "" {
				t.Errorf("reference without provenance: source %q url %q release %q", got.RefSource, got.RefURL, got.RefRelease)
			}
		})
	}
}
