package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQuarterlyMonthlyAndRateFamiliesEndToEnd checks dated articles of the families the
// default database holds by quarter, month and date against it: quarterly GDP growth on each
// economy's basis, US inflation by month, and Bank of England rate changes. Correct figures
// are consistent, wrong ones inconsistent, and a quarter's first estimate revised (in an
// article of 2023, when it was current) or outdated (in one of 2025, after its revision), each
// explained with the release it matches; a figure on another basis or of another frequency is
// never judged against the table's. BLS does not revise its index and a rate change is not
// revised, so those families have no revised figures. Exchange rates are extracted as
// written, in either direction ("the euro averaged $1.06" is dollars per euro).
func TestQuarterlyMonthlyAndRateFamiliesEndToEnd(t *testing.T) {
	type want struct{ verdict, source, explains string }
	tests := []struct {
		article string
		want    map[string]want // a phrase of the quote: verdict, reference source, phrase of the explanation
	}{
		{"gdp_quarters_2023.txt", map[string]want{
			"2.1% annualised rate": {"revised", "BEA via SECO real-time data set",
				"the claim's 2.1% matches BEA real-time vintage 2023-Q3 of 2023-09-14, current when the article appeared and revised to 2.45% on 2024-12-13"},
			"3.5% annualised rate": {"inconsistent", "BEA", "the claim's 3.5% matches no release of BEA or BEA via SECO real-time data set"},
			"annualised rate of 4.8%": {"revised", "Cabinet Office of Japan via SECO real-time data set",
				"(annualised q/q growth derived from the vintage's real GDP levels); the claim's 4.8% matches Cabinet Office real-time vintage 2023-Q3 of 2023-09-14"},
			"expanded 0.1%": {"consistent", "Eurostat via SECO real-time data set",
				"the euro area's GDP growth in Q2 2023 was 0.07% (q/q growth derived from the vintage's real GDP levels), matching the claim's 0.1%"},
			"annualised rate of 0.5%": {"no_reference", "",
				"only quarter on quarter (0.07%, Eurostat via SECO real-time data set release 2024-12-13) and year on year (0.55%"},
		}},
		{"gdp_quarters_2025.txt", map[string]want{
			"2.4% annualised rate": {"consistent", "BEA",
				"Per BEA (release 2024-12-19), the United States' GDP growth in Q2 2023 was 2.45% (annualised q/q growth derived from the vintage's real GDP levels), matching the claim's 2.4%"},
			"2.1% annualised rate": {"outdated", "BEA via SECO real-time data set", "already revised to 2.45% on 2024-12-13, before the article of 2025-02-10; BEA (release 2024-12-19) now puts it at 2.45%"},
		}},
		{"cpi_monthly.txt", map[string]want{
			"rose 3.2%": {"consistent", "US BLS",
				"Per US BLS (release 2023-08-31), the United States' inflation in July 2023 was 3.18% (y/y inflation derived from the unadjusted CPI-U index), matching the claim's 3.2%, the source the article cites"},
			"increased 4.2%": {"inconsistent", "US BLS", "the claim's 4.2% matches no release of US BLS"},
			"was 6.8%": {"no_reference", "",
				"the table holds the United Kingdom's inflation by year (1960 to 2025), not for July 2023; for 2023 it was 6.79% (World Bank WDI, release 2026-07-01)"},
			"rose 0.2%": {"no_reference", "", "only year on year (3.18%, US BLS release 2023-08-31), not month on month as the claim states"},
		}},
		{"exchange_rates.txt", map[string]want{
			"yen averaged 149.6": {"consistent", "Federal Reserve Board",
				"Japan's exchange rate in October 2023 was 149.59 yen per US dollar, matching the claim's 149.6 yen per US dollar"},
			"euro averaged $1.06": {"consistent", "Federal Reserve Board",
				"$1.0565 per euro (the inverse of 0.9465 euros per US dollar as published), matching the claim's $1.06 per euro"},
			"Sterling averaged $1.30":    {"inconsistent", "Federal Reserve Board", "the claim's $1.30 per pound matches no release"},
			"Swiss franc traded at 0.90": {"no_reference", "", "which a figure of a day is never judged against"},
		}},
		{"bank_rate.txt", map[string]want{
			"interest rates to 5.25%": {"consistent", "Bank of England",
				"was raised from 5% to 5.25% on 3 August 2023 (Official Bank Rate change of 2023-08-03), matching the claim's 5.25% on 3 August 2023"},
			"key rate to 5.25%": {"inconsistent", "Bank of England",
				"was not changed in July 2023: it stood at 5% from 22 June 2023 until 2 August 2023"},
			"Bank Rate to 5.5%":      {"inconsistent", "Bank of England", "the claim's 5.5% on 3 August 2023 matches no change then"},
			"benchmark rate to 5.5%": {"no_reference", "", "holds no changes of the United States' policy rate"},
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.article, ".txt"), func(t *testing.T) {
			code, out, errOut := run(t, "", "check", filepath.Join("testdata", "series", tt.article), "--format", "jsonl", "--db", testDB(t))
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			seen := map[string]bool{}
			for _, r := range jsonlRows(t, out) {
				for phrase, w := range tt.want {
					if !strings.Contains(r.str("quote"), phrase) {
						continue
					}
					seen[phrase] = true
					if r.str("verdict") != w.verdict || !strings.Contains(r.str("explanation"), w.explains) {
						t.Errorf("%q: %s: %s\nwant %s, explained with %q", r.str("quote"), r.str("verdict"), r.str("explanation"), w.verdict, w.explains)
					}
					if w.source != "" && (r.str("ref_source") != w.source || r.str("ref_release") == "" || r.str("ref_url") == "") {
						t.Errorf("%q: reference %q (release %q, url %q), want %s with its release and URL",
							r.str("quote"), r.str("ref_source"), r.str("ref_release"), r.str("ref_url"), w.source)
					}
				}
			}
			for phrase := range tt.want {
				if !seen[phrase] {
					t.Errorf("no claim quoting %q was found", phrase)
				}
			}
		})
	}
}
