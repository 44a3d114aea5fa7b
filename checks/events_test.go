package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
)

func sanctionClaim(indicator, jurisdiction, period string) extract.Claim {
	return extract.Claim{
		Unit: "date", Qualifier: "exact", Indicator: indicator, Entity: "RUS",
		Jurisdiction: jurisdiction, Period: period, PeriodExplicit: true, Kind: "actual",
	}
}

func TestJudgeEvents(t *testing.T) {
	tests := []struct {
		name       string
		claim      extract.Claim
		published  string
		asOf       string
		verdict    string
		refPeriod  string
		refRelease string
		explains   []string
	}{
		{
			name:      "US sanctions imposed in 2014 match EO 13660 at year precision",
			claim:     sanctionClaim("sanctions_imposed", "USA", "2014"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-03-06", refRelease: "2014-03-06",
			explains: []string{"Per Federal Register, the United States imposed sanctions on Russia on 2014-03-06 (EO 13660), which matches the claim's 2014."},
		},
		{
			name:      "an extension through 6 March 2026 announced before the article is consistent",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2026-03-06"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2026-03-06", refRelease: "2025-02-27",
			explains: []string{"(announced 2025-02-27)", "extended its sanctions on Russia until 2026-03-06"},
		},
		{
			name:      "an extension known only after the article cannot confirm it",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2027-03-06"),
			published: "2025-03-04",
			verdict:   Inconsistent, refPeriod: "2026-03-06", refRelease: "2025-02-27",
			explains: []string{"matches no such event by the United States announced by the article's date (2025-03-04)"},
		},
		{
			name:      "the same extension counts for an article written after it was announced",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2027-03-06"),
			published: "2026-03-01",
			verdict:   Consistent, refPeriod: "2027-03-06", refRelease: "2026-02-19",
		},
		{
			name:      "a month claim matches any day of that month",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2026-03"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2026-03-06",
		},
		{
			name:      "a day claim must be the exact day",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2026-03-07"),
			published: "2025-03-04",
			verdict:   Inconsistent, refPeriod: "2026-03-06",
		},
		{
			// as the EU's 28 February 2022 decisions fall between its packages of 25 February
			// and 2 March, which the default table records
			name:      "a day inside a run of measures the table records in part is not judged",
			claim:     sanctionClaim("sanctions_imposed", "USA", "2014-03-10"),
			published: "2025-03-04",
			verdict:   NoReference, refPeriod: "2014-03-06",
			explains: []string{"on 2014-03-06 and on 2014-03-16, a run of measures less than 31 days apart", "the claim's 10 March 2014 may be one it lacks"},
		},
		{
			name:      "a day months from the measures around it is not condemned by an incomplete timeline",
			claim:     sanctionClaim("sanctions_imposed", "USA", "2014-06-02"),
			published: "2025-03-04",
			verdict:   NoReference, refPeriod: "2014-03-16",
		},
		{
			name:      "a run of measures says nothing of an extension's date",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2026-03-07"),
			published: "2026-03-01",
			verdict:   Inconsistent, refPeriod: "2026-03-06",
		},
		{
			name:      "a quarter claim matches an event inside it",
			claim:     sanctionClaim("sanctions_imposed", "USA", "2014-Q4"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-12-19",
		},
		{
			name:      "a year with no US event is no_reference and names the nearest one",
			claim:     sanctionClaim("sanctions_imposed", "USA", "2016"),
			published: "2025-03-04",
			verdict:   NoReference, refPeriod: "2014-12-19",
			explains: []string{"EO 13685", "holds no event by the United States in the claim's 2016", "not every decision"},
		},
		{
			name:      "events of the claim's jurisdiction are preferred",
			claim:     sanctionClaim("sanctions_imposed", "EUU", "2014-03"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-03-17",
		},
		{
			name:      "jurisdiction codes are compared loosely",
			claim:     sanctionClaim("sanctions_imposed", "US", "2014-03-06"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-03-06",
		},
		{
			name:      "with no jurisdiction any event counts",
			claim:     sanctionClaim("sanctions_imposed", "", "2014-03-17"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-03-17",
		},
		{
			name:      "another jurisdiction's event confirms but never condemns",
			claim:     sanctionClaim("sanctions_imposed", "GBR", "2015"),
			published: "2025-03-04",
			verdict:   NoReference,
			explains:  []string{"no sanctions imposed by GBR against Russia"},
		},
		{
			name:      "another jurisdiction's matching event confirms with a note",
			claim:     sanctionClaim("sanctions_imposed", "GBR", "2014"),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-03-06",
			explains: []string{"the table has no such event by GBR"},
		},
		{
			name:      "a type with no events has no reference",
			claim:     sanctionClaim("sanctions_lifted", "USA", "2025"),
			published: "2025-03-04",
			verdict:   NoReference,
		},
		{
			name:      "as of before the 2025 notice the renewal the article reports is not known",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2026-03-06"),
			published: "2025-03-04",
			asOf:      "2025-01-01",
			verdict:   NoReference, refPeriod: "2025-03-06", refRelease: "2024-03-04",
			explains: []string{"as of 2025-01-01", "no renewal by the United States"},
		},
		{
			name:      "a wrong end date for a renewal the table knows is inconsistent",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2025-09-06"),
			published: "2025-03-04",
			verdict:   Inconsistent, refPeriod: "2026-03-06", refRelease: "2025-02-27",
		},
		{
			name:      "a renewal round the table does not hold is no evidence against the article",
			claim:     sanctionClaim("sanctions_extended_until", "USA", "2028-03-06"),
			published: "2027-03-01",
			verdict:   NoReference, refPeriod: "2027-03-06", refRelease: "2026-02-19",
			explains: []string{"no renewal by the United States"},
		},
		{
			name: "with no jurisdiction read, another regime's dates never condemn",
			claim: func() extract.Claim {
				c := sanctionClaim("sanctions_imposed", "USA", "2013")
				c.Jurisdiction = ""
				return c
			}(),
			published: "2025-03-04",
			verdict:   NoReference,
			explains:  []string{"does not say who imposed the sanctions"},
		},
		{
			name: "with no jurisdiction read, any regime's event confirms",
			claim: func() extract.Claim {
				c := sanctionClaim("sanctions_imposed", "USA", "2014")
				c.Jurisdiction = ""
				return c
			}(),
			published: "2025-03-04",
			verdict:   Consistent, refPeriod: "2014-03-06",
		},
		{
			name:    "a sanctions claim with no target is unchecked",
			claim:   func() extract.Claim { c := sanctionClaim("sanctions_imposed", "USA", "2014"); c.Entity = ""; return c }(),
			verdict: Unchecked,
		},
		{
			name:    "a period that is not a date is unchecked",
			claim:   sanctionClaim("sanctions_imposed", "USA", "last spring"),
			verdict: Unchecked,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.Names = map[string]string{"RUS": "Russia", "USA": "the United States"}
			opts.AsOf = date(tt.asOf)
			got, err := Judge(tt.claim, date(tt.published), fakeReference{events: russiaSanctions}, opts)
			if err != nil {
				t.Fatalf("Judge: %v", err)
			}
			if got.Verdict != tt.verdict {
				t.Errorf("verdict = %q, want %q (%s)", got.Verdict, tt.verdict, got.Explanation)
			}
			if got.RefPeriod != tt.refPeriod {
				t.Errorf("ref period = %q, want %q", got.RefPeriod, tt.refPeriod)
			}
			if tt.refRelease != "" && got.RefRelease != tt.refRelease {
				t.Errorf("ref release = %q, want %q", got.RefRelease, tt.refRelease)
			}
			if got.RefValue != nil || got.Delta != nil {
				t.Errorf("an event result has a ref value %v or delta %v", deref(got.RefValue), deref(got.Delta))
			}
			if tt.refPeriod != "" && (got.RefSource == "" || got.RefURL == "") {
				t.Errorf("source %q url %q: want both", got.RefSource, got.RefURL)
			}
			checkExplanation(t, got.Explanation, tt.explains)
		})
	}
}

func TestPeriodSpan(t *testing.T) {
	tests := []struct {
		period, from, to string
	}{
		{"2014", "2014-01-01", "2014-12-31"},
		{"FY2004", "2004-01-01", "2004-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2014-Q4", "2014-10-01", "2014-12-31"},
		{"2014-H1", "2014-01-01", "2014-06-30"},
		{"2026-03-06", "2026-03-06", "2026-03-06"},
	}
	for _, tt := range tests {
		span, ok := periodSpan(tt.period)
		if !ok || span.from.Format(dateLayout) != tt.from || span.to.Format(dateLayout) != tt.to {
			t.Errorf("periodSpan(%q) = %v..%v (%v), want %s..%s", tt.period, span.from, span.to, ok, tt.from, tt.to)
		}
	}
	for _, bad := range []string{"", "20x4", "2014-Q5", "2014-13", "March"} {
		if _, ok := periodSpan(bad); ok {
			t.Errorf("periodSpan(%q) accepted", bad)
		}
	}
}

// TestSanctionsTimelineIncomplete is finding A3/A4 of the second false-alarm attack (s20): the
// timeline holds orders, packages and main decisions, so a date it lacks is no_reference; it
// contradicts only a claim of the first sanctions; a claim of several jurisdictions is judged
// against each, whatever their order, and the worst verdict stands.
func TestSanctionsTimelineIncomplete(t *testing.T) {
	first := func(jurisdiction, period string) extract.Claim {
		c := sanctionClaim("sanctions_imposed", jurisdiction, period)
		c.Qualifier = extract.QualFirst
		return c
	}
	tests := []struct {
		name    string
		claim   extract.Claim
		verdict string
	}{
		{"US designations after the last recorded order (2024)", sanctionClaim("sanctions_imposed", "USA", "2024-02-23"), NoReference},
		{"US measures of 2017 between recorded orders", sanctionClaim("sanctions_imposed", "USA", "2017"), NoReference},
		{"EU listings of September 2014 between packages", sanctionClaim("sanctions_imposed", "EUU", "2014-09"), NoReference},
		{"a date before any recorded event, not said to be the first", sanctionClaim("sanctions_imposed", "USA", "2010"), NoReference},
		{"near-miss: a recorded order stays consistent", sanctionClaim("sanctions_imposed", "USA", "2014-03-06"), Consistent},
		{"near-miss: a recorded package stays consistent", sanctionClaim("sanctions_imposed", "EUU", "2014-03"), Consistent},
		{"the first US sanctions in March 2014", first("USA", "2014-03"), Consistent},
		{"the first sanctions, no jurisdiction, in 2014", first("", "2014"), Consistent},
		{"the first sanctions in 2022, after the recorded ones of 2014", first("", "2022"), Inconsistent},
		{"the EU's first sanctions in 2016", first("EUU", "2016"), Inconsistent},
		{"the first sanctions dated before the first recorded", first("USA", "2010"), Inconsistent},
		{"near-miss: a first claim of a jurisdiction the table lacks is not condemned", first("GBR", "2022"), NoReference},
		{"the EU and the US in March 2014, both recorded", sanctionClaim("sanctions_imposed", "EUU+USA", "2014-03"), Consistent},
		{"the EU and the US in 2023, the EU's packages only", sanctionClaim("sanctions_imposed", "EUU+USA", "2023"), NoReference},
		{"the EU and the US, first in 2022", first("EUU+USA", "2022"), Inconsistent},
	}
	ref := fakeReference{events: russiaSanctions}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Judge(tt.claim, date("2025-03-04"), ref, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tt.verdict {
				t.Errorf("verdict = %q, want %q (%s)", got.Verdict, tt.verdict, got.Explanation)
			}
			if got.Claim.Jurisdiction != tt.claim.Jurisdiction {
				t.Errorf("jurisdiction = %q, want %q", got.Claim.Jurisdiction, tt.claim.Jurisdiction)
			}
		})
	}
}
