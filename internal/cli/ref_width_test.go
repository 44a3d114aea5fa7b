package cli

import (
	"strconv"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

func TestRefTablesFitTheTerminal(t *testing.T) {
	db := testDB(t)
	tests := []struct {
		name string
		args []string
		// whole are cells that must be shown unbroken at 80 columns.
		whole []string
	}{
		{"ref sources", []string{"ref", "sources"}, []string{"legislation.gov.uk", "2013-09-26"}},
		{"ref stats", []string{"ref", "stats"}, []string{"gdp_growth", "2002-12-31"}},
		{"ref list", []string{"ref", "list", "--entity", "RUS"}, []string{"participation_rate_female"}},
		{"ref show", []string{"ref", "show", "Russia", "gdp_growth", "2023"}, []string{"4.08252481259281", "World Bank WDI", "2025-02-07"}},
		{"ref show of events", []string{"ref", "show", "--entity", "RUS", "--indicator", "sanctions_imposed"}, []string{"sanctions_imposed", "2014-03-17"}},
		{"ref diff --list", []string{"ref", "diff", "--list"}, []string{"2013-09-26"}},
		{"ref alias list", []string{"ref", "alias", "list"}, []string{"Africa Eastern and Southern"}},
		{"ref diff", []string{"ref", "diff", "7", "10"}, []string{"gdp_growth", "-1.2"}},
	}
	for _, width := range []string{"80", "100"} {
		t.Run(width, func(t *testing.T) {
			t.Setenv("COLUMNS", width)
			columns, _ := strconv.Atoi(width)
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					code, out, errOut := run(t, "", append(tt.args, "--db", db)...)
					if code != ExitOK {
						t.Fatalf("exit %d: %s", code, errOut)
					}
					for i, line := range strings.Split(out, "\n") {
						if w := twwidth.Width(line); w > columns {
							t.Errorf("line %d is %d columns wide: %q", i+1, w, line)
							break
						}
					}
					for _, cell := range tt.whole {
						if !strings.Contains(out, cell) {
							t.Errorf("%q is not shown whole", cell)
						}
					}
				})
			}
		})
	}
}
