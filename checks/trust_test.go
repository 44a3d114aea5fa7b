package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// The tests of this file hold the rules of issue 14, one table per rule, with the issue's
// examples: a false alarm costs a newsroom more than a miss, and an explanation must agree
// with the row it explains.

func obs(entity, indicator, period string, value float64, source, release string) reference.Observation {
	return reference.Observation{Entity: entity, Indicator: indicator, Period: period, Basis: "annual", Value: value,
		Kind: "actual", Source: source, SourceURL: "https://example.org/" + source + "/" + release, Release: release}
}

func figureClaim(entity, indicator, period string, value, step float64, mods ...func(*extract.Claim)) extract.Claim {
	c := extract.Claim{Value: value, Step: step, Unit: "percent", Qualifier: "exact", Indicator: indicator,
		Entity: entity, Period: period, PeriodExplicit: true, Basis: "annual", Kind: "actual"}
	for _, m := range mods {
		m(&c)
	}
	return c
}

func saying(sentence, quote string) func(*extract.Claim) {
	return func(c *extract.Claim) { c.Sentence, c.Quote = sentence, quote }
}

// trustCase is one claim judged against a small table, with what the row must say.
type trustCase struct {
	name      string
	claim     extract.Claim
	published string
	table     []reference.Observation
	opts      func(*Options)

	verdict   string
	reason    string   // checked when set
	refSource string   // checked when set
	explains  []string // phrases the explanation holds
	lacks     []string // phrases it must not hold
}

func runTrustCases(t *testing.T, cases []trustCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.Names = map[string]string{"RUS": "Russia", "USA": "the United States", "DEU": "Germany", "GBR": "the United Kingdom"}
			if tt.opts != nil {
				tt.opts(&opts)
			}
			got, err := Judge(tt.claim, date(tt.published), fakeReference{observations: tt.table}, opts)
			if err != nil {
				t.Fatalf("Judge: %v", err)
			}
			if got.Verdict != tt.verdict {
				t.Errorf("verdict = %s, want %s (%s)", got.Verdict, tt.verdict, got.Explanation)
			}
			if tt.reason != "" && got.Reason != tt.reason {
				t.Errorf("reason = %q, want %q", got.Reason, tt.reason)
			}
			if tt.refSource != "" && got.RefSource != tt.refSource {
				t.Errorf("ref source = %q, want %q", got.RefSource, tt.refSource)
			}
			checkExplanation(t, got.Explanation, tt.explains)
			for _, p := range tt.lacks {
				if strings.Contains(got.Explanation, p) {
					t.Errorf("explanation %q holds %q", got.Explanation, p)
				}
			}
			checkOneReference(t, got)
		})
	}
}

// checkOneReference checks that a row's reference fields and its explanation rest on one
// figure of one source: the first source an explanation quotes ("Per X (release D)" or "per X
// (release D)") is the row's, and the figure it quotes is the row's.
func checkOneReference(t *testing.T, r Result) {
	t.Helper()
	if r.Verdict == NoReference || r.Verdict == Unchecked {
		if r.Reason == "" || r.Reason == reasonOther {
			t.Errorf("%s without a reason: %s", r.Verdict, r.Explanation)
		}
	} else if r.Reason != "" {
		t.Errorf("%s with a reason %q", r.Verdict, r.Reason)
	}
	if r.RefValue == nil || isEventIndicator(r.Claim.Indicator) {
		return
	}
	lower := strings.ToLower(r.Explanation)
	i := strings.Index(lower, "per ")
	if i < 0 {
		t.Errorf("explanation %q quotes no source, though the row's is %s", r.Explanation, r.RefSource)
		return
	}
	want := fmt.Sprintf("%s (release %s)", r.RefSource, r.RefRelease)
	if !strings.HasPrefix(r.Explanation[i+4:], want) {
		t.Errorf("explanation %q quotes first another source than the row's %s", r.Explanation, want)
	}
	value := formatValue(*r.RefValue, indicatorUnitOr(r.Claim.Indicator, r.Claim.Unit))
	if !strings.Contains(r.Explanation, value) {
		t.Errorf("explanation %q lacks the row's figure %s", r.Explanation, value)
	}
}

// revisionsFixture is a measurement like the default data's: GDP growth moves up to 1.08
// points (p95) in its first year, 2.5 in its second.
func revisionsFixture() FixedRevisions {
	quantiles := func(p95 float64) []float64 {
		q := make([]float64, 101)
		for p := range q {
			q[p] = p95 * float64(p) / 95
		}
		return q
	}
	return FixedRevisions{Cells: []reference.RevisionCell{
		{Indicator: "gdp_growth", Age: "<1y", Unit: "pp", Sources: []string{"World Bank WDI"}, Figures: 241, Revised: 146, Quantiles: quantiles(1.08)},
		{Indicator: "gdp_growth", Age: "1-2y", Unit: "pp", Sources: []string{"World Bank WDI"}, Figures: 480, Revised: 335, Quantiles: quantiles(2.5)},
		{Indicator: "gdp_growth", Age: "2-5y", Unit: "pp", Sources: []string{"World Bank WDI"}, Figures: 1486, Quantiles: quantiles(2.12)},
		{Indicator: "gdp_growth", Age: "5y+", Unit: "pp", Sources: []string{"World Bank WDI"}, Figures: 12, Quantiles: quantiles(9)},
		{Indicator: "gdp", Age: "<1y", Unit: "%", Sources: []string{"World Bank WDI"}, Figures: 239, Quantiles: quantiles(28)},
	}}
}

func withRevisions(o *Options) { o.Revisions = revisionsFixture() }

func TestAMarginLearnedFromTheTable(t *testing.T) {
	// releases from a year after the article to today: the article is not older than they span
	usa2004 := []reference.Observation{obs("USA", "gdp_growth", "2004", 3.8, "World Bank WDI", "2006-01-02"),
		obs("USA", "gdp_growth", "2004", 3.8, "World Bank WDI", "2026-07-01")}
	usa2024 := []reference.Observation{obs("USA", "gdp", "2024", 29.3e12, "World Bank WDI", "2025-12-17"),
		obs("USA", "gdp", "2024", 29.298e12, "World Bank WDI", "2026-07-01")}
	runTrustCases(t, []trustCase{
		{
			name:      "an archive claim within the measured revisions of a young figure is not flagged, and the margin is named",
			claim:     figureClaim("USA", "gdp_growth", "2004", 5.8, 0.1),
			published: "2005-01-12", table: usa2004, opts: withRevisions,
			verdict: NoReference, reason: ReasonBeforeReleases, refSource: "World Bank WDI",
			explains: []string{"every release the table holds came out after the article (2005-01-12)",
				"within 2.5 points (the 95th percentile of how far World Bank WDI figures of GDP growth one to two years old moved by the latest release,",
				"480 measured, which the claimed figure, under a year old, could still undergo)"},
		},
		{
			name:      "an archive claim beyond the measured revisions is flagged, and the margin is named",
			claim:     figureClaim("USA", "gdp_growth", "2004", 9.9, 0.1),
			published: "2005-01-12", table: usa2004, opts: withRevisions,
			verdict: Inconsistent, refSource: "World Bank WDI",
			explains: []string{"all released after the article, and lies further from them than 2.5 points"},
		},
		{
			name:      "without a measurement the configured margin decides, and is named",
			claim:     figureClaim("USA", "gdp_growth", "2004", 5.8, 0.1),
			published: "2005-01-12", table: usa2004,
			verdict: Inconsistent, explains: []string{"further from them than 1 point (the configured revision margin)"},
		},
		{
			name:      "a lower percentile gives a smaller margin",
			claim:     figureClaim("USA", "gdp_growth", "2004", 5.8, 0.1),
			published: "2005-01-12", table: usa2004,
			opts:    func(o *Options) { withRevisions(o); o.RevisionPercentile = 50 },
			verdict: Inconsistent, explains: []string{"further from them than 1.32 points (the 50th percentile"},
		},
		{
			name:      "an age measured on too few figures is not used",
			claim:     figureClaim("USA", "gdp_growth", "1990", 5.8, 0.1, func(c *extract.Claim) { c.Period = "1990" }),
			published: "2005-01-12",
			table:     []reference.Observation{obs("USA", "gdp_growth", "1990", 1.9, "World Bank WDI", "2026-07-01")},
			opts:      withRevisions,
			verdict:   Inconsistent, explains: []string{"(the configured revision margin)"},
		},
		{
			name:      "a level in an article after a release is judged with the configured margin, not the measured one",
			claim:     extract.Claim{Value: 27.5e12, Step: 1e11, Unit: "USD", Indicator: "gdp", Entity: "USA", Period: "2024", Kind: "actual"},
			published: "2026-01-10", table: usa2024, opts: withRevisions,
			verdict: Inconsistent, refSource: "World Bank WDI",
		},
	})
}

func TestBoundsAreBounds(t *testing.T) {
	russia2024 := []reference.Observation{obs("RUS", "gdp_growth", "2024", 4.92, "World Bank WDI", "2026-07-01")}
	bounded := func(value, step float64, q string) extract.Claim {
		return figureClaim("RUS", "gdp_growth", "2024", value, step, hedged(q))
	}
	runTrustCases(t, []trustCase{
		{name: "more than 5% is not 4.92, though 4.92 rounds to 5", claim: bounded(5, 1, "more_than"), published: "2026-08-01", table: russia2024,
			verdict: Inconsistent, explains: []string{"the claim's more than 5%"}},
		{name: "more than 4.5% is 4.92", claim: bounded(4.5, 0.1, "more_than"), published: "2026-08-01", table: russia2024, verdict: Consistent},
		{name: "over 4.95% is not 4.92", claim: bounded(4.95, 0.01, "more_than"), published: "2026-08-01", table: russia2024, verdict: Inconsistent},
		{name: "less than 5% is 4.92", claim: bounded(5, 1, "less_than"), published: "2026-08-01", table: russia2024, verdict: Consistent},
		{name: "under 4.9% is not 4.92", claim: bounded(4.9, 0.1, "less_than"), published: "2026-08-01", table: russia2024, verdict: Inconsistent},
		{name: "nearly 5% is 4.92, just below it", claim: bounded(5, 1, "nearly"), published: "2026-08-01", table: russia2024, verdict: Consistent},
		{name: "almost 4.9% is not 4.92, above it", claim: bounded(4.9, 0.1, "nearly"), published: "2026-08-01", table: russia2024, verdict: Inconsistent},
		{name: "about 5% is 4.92", claim: bounded(5, 1, "approx"), published: "2026-08-01", table: russia2024, verdict: Consistent},
		{name: "a plain 5% is 4.92, by rounding", claim: bounded(5, 1, "exact"), published: "2026-08-01", table: russia2024, verdict: Consistent},
		{name: "at least 5% is not 4.92", claim: bounded(5, 1, "at_least"), published: "2026-08-01", table: russia2024, verdict: Inconsistent},
	})
}

func TestDefinitionsAreRespected(t *testing.T) {
	germany := []reference.Observation{obs("DEU", "unemployment_rate", "2024", 3.4, "World Bank WDI", "2026-07-01")}
	unemployment := func(value float64, sentence, quote string, mods ...func(*extract.Claim)) extract.Claim {
		return figureClaim("DEU", "unemployment_rate", "2024", value, 0.1, append(mods, saying(sentence, quote))...)
	}
	russiaCPI := []reference.Observation{obs("RUS", "inflation", "2024", 8.43, "World Bank WDI", "2026-07-01")}
	runTrustCases(t, []trustCase{
		{
			name: "Germany's registered rate as the Bundesagentur counts it is not judged against the ILO-modelled rate",
			claim: unemployment(5.7, "Germany's jobless rate was 5.7% in 2024, the Bundesagentur said.", "5.7%",
				citing("the Bundesagentur")),
			published: "2025-01-31", table: germany,
			verdict: NoReference, reason: ReasonOtherDefinition, refSource: "World Bank WDI",
			explains: []string{"the claim's 5.7% is registered unemployment (as the Bundesagentur counts it)",
				"the table holds Germany's unemployment rate in 2024 only as the ILO-modelled rate",
				"per World Bank WDI (release 2026-07-01), it was 3.4%"},
		},
		{
			name:      "registered unemployment named in the sentence is not judged against the ILO-modelled rate",
			claim:     unemployment(5.7, "Registered unemployment stood at 5.7% in 2024.", "5.7%"),
			published: "2025-01-31", table: germany,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"registered unemployment"},
		},
		{
			name:      "a series of the registered definition from the cited source is judged",
			claim:     unemployment(5.7, "Registered unemployment stood at 5.7% in 2024, the Bundesagentur said.", "5.7%", citing("Bundesagentur")),
			published: "2025-01-31",
			table:     append([]reference.Observation{obs("DEU", "unemployment_rate", "2024", 5.7, "Bundesagentur für Arbeit", "2025-01-03")}, germany...),
			verdict:   Consistent, refSource: "Bundesagentur für Arbeit",
		},
		{
			name:      "the ILO rate named is judged against the ILO-modelled series, and the row names the definition",
			claim:     unemployment(3.4, "By the ILO measure, unemployment was 3.4% in 2024.", "3.4%"),
			published: "2026-08-01", table: germany,
			verdict: Consistent, explains: []string{"Germany's unemployment rate (ILO-modelled) in 2024 was 3.4%"},
		},
		{
			name:      "a wrong ILO rate is flagged",
			claim:     unemployment(6.1, "By the ILO measure, unemployment was 6.1% in 2024.", "6.1%"),
			published: "2026-08-01", table: germany,
			verdict: Inconsistent,
		},
		{
			name: "December-on-December inflation is not judged against the annual average",
			claim: figureClaim("RUS", "inflation", "2024", 9.52, 0.01,
				saying("Consumer prices rose 9.52% in 2024, December on December.", "9.52%")),
			published: "2025-01-15", table: russiaCPI,
			verdict: NoReference, reason: ReasonOtherDefinition,
			explains: []string{"is December-on-December inflation", "only as annual-average inflation", "World Bank WDI (release 2026-07-01)"},
		},
		{
			name: "an annual average named is judged as one: a figure far from it is flagged",
			claim: figureClaim("RUS", "inflation", "2024", 9.52, 0.01,
				saying("Inflation averaged 9.52% in 2024, the annual average.", "9.52%")),
			published: "2026-08-01", table: russiaCPI,
			verdict: Inconsistent,
		},
		{
			name: "a month's inflation in December is that month's rate, not a way to measure the year",
			claim: figureClaim("RUS", "inflation", "2024-12", 9.5, 0.1, func(c *extract.Claim) { c.Basis = "yoy" },
				saying("Inflation was 9.5% in December.", "9.5%")),
			published: "2025-01-15",
			table:     []reference.Observation{{Entity: "RUS", Indicator: "inflation", Period: "2024-12", Basis: "yoy", Value: 9.52, Kind: "actual", Source: "Rosstat", Release: "2025-01-15"}},
			verdict:   Consistent,
		},
		{
			name: "GNP growth is not judged against GDP growth",
			claim: figureClaim("RUS", "gdp_growth", "2024", 6.1, 0.1,
				saying("Gross national product grew 6.1% in 2024.", "grew 6.1%")),
			published: "2026-08-01", table: []reference.Observation{obs("RUS", "gdp_growth", "2024", 4.92, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"is GNP or national income", "only as GDP"},
		},
		{
			name: "GDP at purchasing power parity is not judged against GDP in current dollars",
			claim: extract.Claim{Value: 6.9e12, Step: 1e11, Unit: "USD", Indicator: "gdp", Entity: "RUS", Period: "2024", Kind: "actual",
				Sentence: "At purchasing power parity, Russia's GDP was $6.9 trillion in 2024.", Quote: "$6.9 trillion"},
			published: "2026-08-01", table: []reference.Observation{obs("RUS", "gdp", "2024", 2.17e12, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"dollars at purchasing power parity", "current US dollars at market exchange rates"},
		},
		{
			name: "general-government debt is not judged against central-government debt, and the held figure is named",
			claim: figureClaim("GBR", "government_debt", "2016", 87, 1,
				saying("General government debt was 87% of GDP in 2016.", "87%")),
			published: "2026-08-01", table: []reference.Observation{obs("GBR", "government_debt", "2016", 155.58, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonOtherDefinition,
			explains: []string{"is the general government's figures", "only as the central government's figures", "155.58%"},
		},
		{
			name: "a fiscal year claim names the fiscal year the table lacks",
			claim: figureClaim("RUS", "gdp_growth", "FY2024", 4.9, 0.1,
				saying("The economy grew 4.9% in the fiscal year 2024.", "grew 4.9%")),
			published: "2026-08-01", table: []reference.Observation{obs("RUS", "gdp_growth", "2024", 4.92, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonNoFigure, explains: []string{"fiscal year 2024"},
		},
	})
}

func TestTimeIsSaid(t *testing.T) {
	runTrustCases(t, []trustCase{
		{
			name:    "an undated claim matching today's figure says it is judged as of today",
			claim:   russiaClaim("2024", 4.92, 0.01),
			table:   russiaGrowth,
			verdict: Consistent, explains: []string{"the article's date is unknown, so it is judged with the figures known today"},
		},
		{
			name:    "an undated claim matching no figure says it is judged as of today",
			claim:   russiaClaim("2024", 7.1, 0.1),
			table:   russiaGrowth,
			verdict: Inconsistent, explains: []string{"judged with the figures known today"},
		},
		{
			name:    "an undated claim matching a superseded figure is neither revised nor outdated",
			claim:   russiaClaim("2023", 3.6, 0.1, citing("Rosstat")),
			table:   russiaGrowth,
			verdict: NoReference, reason: ReasonUndatedEarlier,
			explains: []string{"the article's date is unknown, so whether it was current when written cannot be told"},
			lacks:    []string{"before the article"},
		},
		{
			name:      "revised means revised after the article appeared",
			claim:     russiaClaim("2024", 4.1, 0.1),
			published: "2025-03-04", table: russiaGrowth,
			verdict: Revised, explains: []string{"current when the article appeared and revised to 4.3% on 2025-04-11"},
		},
		{
			name:      "a figure revised before the article is outdated, never revised",
			claim:     russiaClaim("2023", 3.6, 0.1),
			published: "2025-03-04", table: russiaGrowth,
			verdict: Outdated, explains: []string{"already revised to 4.1% on 2025-02-07, before the article of 2025-03-04"},
		},
	})
}

// TestRevisedNeverPrecedesTheArticle judges every figure a release ever gave, in articles of
// many dates: a revised row's revision comes after the article, an outdated row's before it.
func TestRevisedNeverPrecedesTheArticle(t *testing.T) {
	opts := DefaultOptions()
	for _, published := range []string{"2023-03-01", "2024-03-01", "2025-03-04", "2025-06-01", "2026-05-15", "2026-08-01"} {
		for _, o := range russiaGrowth {
			if o.Kind != "actual" {
				continue
			}
			claim := russiaClaim(o.Period, o.Value, 0.01)
			got, err := Judge(claim, date(published), fakeReference{observations: russiaGrowth}, opts)
			if err != nil {
				t.Fatal(err)
			}
			_, after, found := strings.Cut(got.Explanation, "revised to ")
			if !found {
				continue
			}
			on := after[strings.Index(after, " on ")+4:][:10]
			switch got.Verdict {
			case Revised:
				if on <= published {
					t.Errorf("%s of %s: revised on %s, not after the article: %s", o.Period, published, on, got.Explanation)
				}
			case Outdated:
				if on > published {
					t.Errorf("%s of %s: outdated by a revision of %s, after the article: %s", o.Period, published, on, got.Explanation)
				}
			}
		}
	}
}

func TestOneReferencePerRow(t *testing.T) {
	runTrustCases(t, []trustCase{
		{
			name:      "an outdated figure rests on its own source's current figure, the other source named after",
			claim:     russiaClaim("2023", 3.6, 0.1),
			published: "2025-03-04", table: russiaGrowth,
			verdict: Outdated, refSource: "Rosstat",
			explains: []string{"Per Rosstat (release 2025-02-07), Russia's GDP growth in 2023 was 4.1%", "World Bank WDI (release 2026-07-01) now puts it at 4.07%"},
		},
		{
			name:      "a figure another source confirms rests on that source, the cited one named after",
			claim:     russiaClaim("2024", 4.9, 0.1, citing("Rosstat")),
			published: "2026-08-01", table: russiaGrowth,
			verdict: Consistent, refSource: "World Bank WDI",
			explains: []string{"Per World Bank WDI (release 2026-07-01)", "the cited source, Rosstat, gives 4.3% (release 2025-04-11)"},
		},
		{
			name:      "an inconsistent figure rests on the preferred source",
			claim:     russiaClaim("2023", 5.2, 0.1),
			published: "2025-03-04", table: russiaGrowth,
			verdict: Inconsistent, refSource: "World Bank WDI",
		},
	})
}

func TestTargetsAndAttributions(t *testing.T) {
	ukInflation := []reference.Observation{obs("GBR", "inflation", "2024", 3.27, "World Bank WDI", "2026-07-01")}
	imf := func(value float64) reference.Observation {
		return obs("RUS", "inflation", "2024", value, "IMF WEO", "2025-04-22")
	}
	attributed := figureClaim("RUS", "inflation", "2024", 8, 1, citing("the IMF"),
		saying("The IMF had estimated inflation at 8% in 2024.", "8%"))
	runTrustCases(t, []trustCase{
		{
			name: "the Bank's 2% target is unchecked as a target, never a forecast for a date",
			claim: figureClaim("GBR", "inflation", "2024", 2, 1, ofKind("forecast"),
				saying("Inflation stayed above the Bank's 2% target throughout 2024.", "2%")),
			published: "2025-01-15", table: ukInflation,
			verdict: Unchecked, reason: ReasonTarget, explains: []string{"is a policy target", "the table holds no targets"},
			lacks: []string{"forecast by", "projection"},
		},
		{
			name: "a target of 2% is a target",
			claim: figureClaim("GBR", "inflation", "2024", 2, 1, ofKind("forecast"),
				saying("The Bank has a target of 2% for inflation.", "2%")),
			published: "2025-01-15", table: ukInflation,
			verdict: Unchecked, reason: ReasonTarget,
		},
		{
			name: "the outturn beside a target is judged",
			claim: figureClaim("GBR", "inflation", "2024", 3.3, 0.1,
				saying("CPIH inflation was 3.3% in 2024, above the 2% target.", "3.3%")),
			published: "2026-08-01", table: ukInflation,
			verdict: Consistent,
		},
		{
			name:      "a figure attributed to the IMF is judged against the IMF's figures",
			claim:     attributed,
			published: "2026-08-01", table: []reference.Observation{imf(8.0), obs("RUS", "inflation", "2024", 8.43, "World Bank WDI", "2026-07-01")},
			verdict: Consistent, refSource: "IMF WEO", explains: []string{"the source the article cites"},
		},
		{
			name:      "a figure attributed to the IMF that the IMF's figures do not hold is flagged against them",
			claim:     figureClaim("RUS", "inflation", "2024", 12, 1, citing("the IMF"), saying("The IMF had estimated inflation at 12% in 2024.", "12%")),
			published: "2026-08-01", table: []reference.Observation{imf(8.0), obs("RUS", "inflation", "2024", 8.43, "World Bank WDI", "2026-07-01")},
			verdict: Inconsistent, refSource: "IMF WEO",
		},
		{
			name:      "a figure attributed to the IMF with no IMF figures in the table has no reference, though another source agrees",
			claim:     attributed,
			published: "2026-08-01", table: []reference.Observation{obs("RUS", "inflation", "2024", 8.43, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonCitedSource, refSource: "World Bank WDI",
			explains: []string{"matching the claim's 8%, but the claim cites the IMF, which the table does not hold"},
		},
		{
			name:      "a figure attributed to the IMF with no IMF figures in the table has no reference",
			claim:     figureClaim("RUS", "inflation", "2024", 12, 1, citing("the IMF"), saying("The IMF had estimated inflation at 12% in 2024.", "12%")),
			published: "2026-08-01", table: []reference.Observation{obs("RUS", "inflation", "2024", 8.43, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonCitedSource, explains: []string{"the claim cites the IMF, which the table does not hold"},
		},
	})
}

// TestAnEarlierReleaseTheTableLacks: a dated claim that matches no release, where the table
// holds none from the first year after the period, may quote a first estimate since revised;
// it stays flagged, and the row says it may repeat an earlier release, which was not the figure
// current when the article appeared either, within the configured margin only.
func TestAnEarlierReleaseTheTableLacks(t *testing.T) {
	china2023 := []reference.Observation{
		obs("CHN", "gdp_growth", "2023", 5.415, "World Bank WDI", "2025-12-17"),
		obs("CHN", "gdp_growth", "2023", 5.416, "World Bank WDI", "2026-07-01"),
	}
	withFirst := append([]reference.Observation{obs("CHN", "gdp_growth", "2023", 5.2, "World Bank WDI", "2024-07-01")}, china2023...)
	earlier := "may repeat an earlier release the table lacks; either way, it was not the figure current when the article appeared"
	runTrustCases(t, []trustCase{
		{name: "the first estimate, written after the table's first release", claim: figureClaim("CHN", "gdp_growth", "2023", 5.2, 0.1),
			published: "2026-03-14", table: china2023, verdict: Inconsistent, explains: []string{"no release from before 2025-12-17", earlier}},
		{name: "a figure further off than the configured margin is wrong, not outdated", claim: figureClaim("CHN", "gdp_growth", "2023", 3.5, 0.1),
			published: "2026-03-14", table: china2023, verdict: Inconsistent, lacks: []string{earlier}},
		{name: "with the first estimate in the table, it is outdated", claim: figureClaim("CHN", "gdp_growth", "2023", 5.2, 0.1),
			published: "2026-03-14", table: withFirst, verdict: Outdated},
		{name: "an undated article keeps its own rule", claim: figureClaim("CHN", "gdp_growth", "2023", 3.5, 0.1),
			published: "", table: china2023, lacks: []string{earlier}, verdict: Inconsistent},
	})
}

// TestAnArticleOlderThanTheTableByMoreThanItSpans: the revisions the table measures are moves
// between its own releases; a figure of an article older than every release by more than
// they span (a 1987 wire story against editions of 2018 to 2026) has been through moves none
// of them saw, and the tail of the measured ones (RevisionPercentileBeyondSpan) bounds it.
func TestAnArticleOlderThanTheTableByMoreThanItSpans(t *testing.T) {
	canada1986 := []reference.Observation{obs("CAN", "gdp_growth", "1986", 4.1, "World Bank WDI", "2018-08-01"),
		obs("CAN", "gdp_growth", "1986", 3.97, "World Bank WDI", "2026-07-01")}
	growth := func(value float64) extract.Claim { return figureClaim("CAN", "gdp_growth", "1986", value, 0.1) }
	beyond := "the article is older than the releases by more than they span"
	runTrustCases(t, []trustCase{
		{name: "within the tail of the moves, the first estimate of its day is not flagged", claim: growth(1.4), published: "1987-06-18",
			table: canada1986, opts: withRevisions, verdict: NoReference, reason: ReasonBeforeReleases,
			explains: []string{"within 2.61 points (the 99th percentile", beyond}},
		{name: "beyond the tail it is flagged", claim: growth(0.5), published: "1987-06-18",
			table: canada1986, opts: withRevisions, verdict: Inconsistent, explains: []string{"further from them than 2.61 points (the 99th percentile", beyond}},
		{name: "the percentile is configured", claim: growth(1.4), published: "1987-06-18", table: canada1986,
			opts:    func(o *Options) { withRevisions(o); o.RevisionPercentileBeyondSpan = 95 },
			verdict: Inconsistent, explains: []string{"(the 95th percentile"}},
		{name: "an article within the span keeps the usual percentile", claim: growth(1.4), published: "2017-06-18",
			table: []reference.Observation{obs("CAN", "gdp_growth", "1986", 4.1, "World Bank WDI", "2018-08-01"), obs("CAN", "gdp_growth", "1986", 3.97, "World Bank WDI", "2026-07-01")},
			opts:  withRevisions, verdict: Inconsistent, lacks: []string{beyond, "99th"}},
	})
}

// TestGrowthOfGDPPerHeadInDollars: "GDP per capita rose 5.9%" may be the growth of the dollar
// figure, which news quotes as often as the real rate the table holds; a claim that matches
// the dollar figures' growth is not flagged, one that matches neither is, and one that says
// "real" is judged as real.
func TestGrowthOfGDPPerHeadInDollars(t *testing.T) {
	usa := []reference.Observation{
		obs("USA", "gdp_per_capita_growth", "2023", 2.04, "World Bank WDI", "2025-07-01"),
		obs("USA", "gdp_per_capita", "2023", 82586.78, "World Bank WDI", "2025-07-01"),
		obs("USA", "gdp_per_capita", "2022", 78008.69, "World Bank WDI", "2025-07-01"),
	}
	perHead := func(value float64, sentence string) extract.Claim {
		return figureClaim("USA", "gdp_per_capita_growth", "2023", value, 0.1, saying(sentence, sentence))
	}
	runTrustCases(t, []trustCase{
		{name: "the growth of the dollar figure is not flagged", claim: perHead(5.9, "US GDP per capita rose 5.9% in 2023."),
			published: "2025-08-01", table: usa, verdict: NoReference, reason: ReasonOtherDefinition,
			explains: []string{"GDP per capita in current US dollars grew 5.87% in 2023"}},
		{name: "a figure that matches neither is flagged", claim: perHead(5.5, "US GDP per capita rose 5.5% in 2023."),
			published: "2025-08-01", table: usa, verdict: Inconsistent, lacks: []string{"current US dollars"}},
		{name: "a real rate is judged as real", claim: perHead(5.9, "US real GDP per capita rose 5.9% in 2023."),
			published: "2025-08-01", table: usa, verdict: Inconsistent},
		{name: "the real rate matches", claim: perHead(2.0, "US GDP per capita rose 2.0% in 2023."),
			published: "2025-08-01", table: usa, verdict: Consistent},
	})
}
