package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWDIFamiliesEndToEnd checks dated articles, one per family of the WDI indicators the
// extractor links, against the default database: a figure of the current edition is
// consistent, a wrong one inconsistent, and one of the 2018 edition revised (in an article
// of 2019, when it was current) or outdated (in one of 2026, after its revision), each
// explained with the edition it matches. Public finances are the central government's in
// the table, so a figure that matches none is not judged (news quotes the general
// government's). The fiscal balance has one edition only in the data (the repository holds
// no 2018 file of it), so it cannot be revised.
func TestWDIFamiliesEndToEnd(t *testing.T) {
	type want struct{ verdict, explains string }
	tests := []struct {
		article string
		want    map[string]want // entity: verdict and a phrase of the explanation
	}{
		{"gdp_per_capita.txt", map[string]want{
			"DEU": {"consistent", "Per World Bank WDI (release 2026-07-01), Germany's GDP per capita (current US$) in 2016 was $42948.94"},
			"FRA": {"inconsistent", "matches no release of World Bank WDI"},
			"USA": {"revised", "matches WDI 2018-08-01, current when the article appeared and revised to $57976.63 on 2026-07-01"},
		}},
		{"gdp_per_capita_2026.txt", map[string]want{
			"USA": {"outdated", "matches WDI 2018-08-01, already revised to $57976.63 on 2026-07-01, before the article of 2026-08-03"},
		}},
		{"government_debt.txt", map[string]want{
			"AUS": {"consistent", "(release 2026-07-01), Australia's central government debt (% of GDP) in 2016 was 54.46%"},
			// the 90% of the UK's general government is no error against the central government's
			// 155.58%: public finances are not judged against another government's figure
			"GBR": {"no_reference", "was 155.58%; the table holds central-government debt only"},
			"USA": {"revised", "matches WDI 2018-08-01, current when the article appeared and revised to 98.12% on 2026-07-01"},
		}},
		{"fiscal_balance.txt", map[string]want{
			"GBR": {"consistent", "(release 2026-07-01), the United Kingdom's central government fiscal balance (% of GDP) in 2016 was -3.78%"},
			"FRA": {"no_reference", "the table holds the central government's balance only"},
			"DEU": {"consistent", "was 0.74%, matching the claim's 0.7%"},
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.article, ".txt"), func(t *testing.T) {
			family := strings.TrimSuffix(strings.TrimSuffix(tt.article, ".txt"), "_2026")
			code, out, errOut := run(t, "", "check", filepath.Join("testdata", "wdi", tt.article), "--format", "jsonl", "--db", testDB(t))
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			seen := map[string]bool{}
			for _, r := range jsonlRows(t, out) {
				if r.str("indicator") != family {
					continue
				}
				entity := r.str("entity")
				w, ok := tt.want[entity]
				if !ok {
					t.Errorf("unexpected %s claim of %s: %s", family, entity, r.str("quote"))
					continue
				}
				seen[entity] = true
				if r.str("verdict") != w.verdict || !strings.Contains(r.str("explanation"), w.explains) {
					t.Errorf("%s: %s: %s\nwant %s, explained with %q", entity, r.str("verdict"), r.str("explanation"), w.verdict, w.explains)
				}
				if r.str("ref_source") != "World Bank WDI" || r.str("ref_release") == "" || r.str("ref_url") == "" {
					t.Errorf("%s: reference without provenance: %v", entity, r)
				}
			}
			for entity := range tt.want {
				if !seen[entity] {
					t.Errorf("no %s claim of %s was found", family, entity)
				}
			}
		})
	}
}
