package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestAClaimBetweenTheReleasesAroundItsDate holds the rule of gapAround with the United
// Kingdom's growth of 2010 as WDI's editions in the table give it: 1.69% in 2018 and 2.26% from
// 2025. The editions between them, which the table lacks, passed from one to the other.
func TestAClaimBetweenTheReleasesAroundItsDate(t *testing.T) {
	britain2010 := []reference.Observation{
		obs("GBR", "gdp_growth", "2010", 1.69454713975598, "World Bank WDI", "2018-08-01"),
		obs("GBR", "gdp_growth", "2010", 2.26054460931586, "World Bank WDI", "2025-12-17"),
		obs("GBR", "gdp_growth", "2010", 2.26054460931586, "World Bank WDI", "2026-07-01"),
	}
	runTrustCases(t, []trustCase{
		{name: "a figure between the editions around the article's date is not flagged",
			claim: figureClaim("GBR", "gdp_growth", "2010", 2.2, 0.1), published: "2023-10-20", table: britain2010,
			verdict: NoReference, reason: ReasonBetweenReleases,
			explains: []string{"2.26%", "lies between World Bank WDI's figure current when the article appeared (1.69%, release 2018-08-01)", "(2.26%, release 2025-12-17)"}},
		{name: "a figure nearer the earlier edition, in an article of another year, is not flagged either",
			claim: figureClaim("GBR", "gdp_growth", "2010", 1.9, 0.1), published: "2021-03-01", table: britain2010,
			verdict: NoReference, reason: ReasonBetweenReleases},
		{name: "a figure outside both is flagged",
			claim: figureClaim("GBR", "gdp_growth", "2010", 3.1, 0.1), published: "2023-10-20", table: britain2010,
			verdict: Inconsistent, lacks: []string{"lies between"}},
		{name: "below both is flagged",
			claim: figureClaim("GBR", "gdp_growth", "2010", 1.2, 0.1), published: "2023-10-20", table: britain2010,
			verdict: Inconsistent},
		{name: "an article soon after the release current then quotes that release or none",
			claim: figureClaim("GBR", "gdp_growth", "2010", 2.2, 0.1), published: "2018-09-15", table: britain2010,
			verdict: Inconsistent},
		{name: "an article after the last release has no gap to fall in",
			claim: figureClaim("GBR", "gdp_growth", "2010", 2.0, 0.1), published: "2026-09-01", table: britain2010,
			verdict: Inconsistent},
		{name: "the figure current then is still revised, not a gap",
			claim: figureClaim("GBR", "gdp_growth", "2010", 1.7, 0.1), published: "2023-10-20", table: britain2010,
			verdict: Revised},
		{name: "an undated article may have quoted an edition the table lacks",
			claim: figureClaim("GBR", "gdp_growth", "2010", 2.2, 0.1), published: "", table: britain2010,
			verdict: NoReference, reason: ReasonUndatedFirst, explains: []string{"the article's date is unknown", "came out 2018-08-01, more than a year after 2010"}},
		{name: "an undated article's figure further from every edition than revisions go is flagged",
			claim: figureClaim("GBR", "gdp_growth", "2010", 3.9, 0.1), published: "", table: britain2010,
			verdict: Inconsistent},
	})
}

// TestAQuartersEstimateBetweenVintages holds the rule of gapAround for a figure of a quarter:
// the real-time data sets the table holds keep a vintage a quarter, while offices publish a
// quarter's GDP in rounds a month or so apart. Japan's first-quarter growth of 2024, annualised,
// was -1.84% in the vintage of 19 June and -2.39% in that of 16 September; the Cabinet Office's
// release of 15 August, which the table lacks, put it at -2.3%.
func TestAQuartersEstimateBetweenVintages(t *testing.T) {
	japan := []reference.Observation{
		obs("JPN", "gdp_growth", "2024-Q1", -1.84, "Cabinet Office of Japan via SECO real-time data set", "2024-06-19"),
		obs("JPN", "gdp_growth", "2024-Q1", -2.3867, "Cabinet Office of Japan via SECO real-time data set", "2024-09-16"),
		obs("JPN", "gdp_growth", "2024-Q1", -2.207, "Cabinet Office of Japan via SECO real-time data set", "2024-12-13"),
	}
	quarter := func(v float64) extract.Claim {
		c := figureClaim("JPN", "gdp_growth", "2024-Q1", v, 0.1)
		c.Basis = "annualised"
		return c
	}
	for i := range japan {
		japan[i].Basis = "annualised"
	}
	runTrustCases(t, []trustCase{
		{name: "a quarter's figure two months after the vintage current then may quote a release between",
			claim: quarter(-2.3), published: "2024-08-15", table: japan,
			verdict: NoReference, reason: ReasonBetweenReleases, explains: []string{"release 2024-06-19", "release 2024-09-16"}},
		{name: "a week after that vintage it quotes that vintage or none",
			claim: quarter(-2.3), published: "2024-06-26", table: japan,
			verdict: Inconsistent},
		{name: "a quarter's figure outside both vintages is flagged",
			claim: quarter(-3.1), published: "2024-08-15", table: japan,
			verdict: Inconsistent},
	})
}

// TestARevisionOfTheArticlesOwnDay holds that a revision published the day an article
// appeared does not make the article's figure outdated: the release may have come after the
// story was written. Rosstat revised Russia's growth of 2023 from 3.6% to 4.1% on 2025-02-07.
func TestARevisionOfTheArticlesOwnDay(t *testing.T) {
	runTrustCases(t, []trustCase{
		{name: "an article of the revision's day quoting the estimate before it",
			claim: russiaClaim("2023", 3.6, 0.1, citing("Rosstat")), published: "2025-02-07", table: russiaGrowth,
			verdict: Revised},
		{name: "an article of the day after",
			claim: russiaClaim("2023", 3.6, 0.1, citing("Rosstat")), published: "2025-02-08", table: russiaGrowth,
			verdict: Outdated},
		{name: "an article of the revision's day quoting the revision",
			claim: russiaClaim("2023", 4.1, 0.1, citing("Rosstat")), published: "2025-02-07", table: russiaGrowth,
			verdict: Consistent},
	})
}

// TestAnUndatedQuartersFirstRoundMissing: an undated article may quote the first estimate of
// a quarter, published a month or so after it, which the real-time data sets the table holds
// (a vintage a quarter) lack. Japan's fourth quarter of 2023 was first put at -0.4% annualised
// on 15 February 2024 and revised to +0.4% on 11 March; the table holds it from the vintage of
// 13 March. A figure further off than revisions go stays flagged, so does a month's figure
// held from the end of the next month (its first round), and a dated article is judged by the
// releases around its date.
func TestAnUndatedQuartersFirstRoundMissing(t *testing.T) {
	const cabinet = "Cabinet Office of Japan via SECO real-time data set"
	japan := []reference.Observation{
		obs("JPN", "gdp_growth", "2023-Q4", 0.378, cabinet, "2024-03-13"),
		obs("JPN", "gdp_growth", "2023-Q4", 0.4387, cabinet, "2024-06-19"),
		obs("JPN", "gdp_growth", "2023-Q4", 0.664, cabinet, "2024-12-13"),
	}
	annualised := func(c *extract.Claim) { c.Basis = "annualised" }
	for i := range japan {
		japan[i].Basis = "annualised"
	}
	cpi := []reference.Observation{obs("USA", "inflation", "2025-01", 3.0012, "US BLS", "2025-02-28")}
	cpi[0].Basis = "yoy"
	runTrustCases(t, []trustCase{
		{name: "the undated first estimate of a quarter the table holds from a later round is not flagged",
			claim: figureClaim("JPN", "gdp_growth", "2023-Q4", -0.4, 0.1, annualised), table: japan, opts: withRevisions,
			verdict: NoReference, reason: ReasonUndatedFirst,
			explains: []string{"the article's date is unknown", "came out 2024-03-13, more than a month after Q4 2023"}},
		{name: "an undated quarter's figure further off than young figures are revised is flagged",
			claim: figureClaim("JPN", "gdp_growth", "2023-Q4", -4.0, 0.1, annualised), table: japan, opts: withRevisions,
			verdict: Inconsistent},
		{name: "the same figure in a dated article after the vintages is flagged",
			claim: figureClaim("JPN", "gdp_growth", "2023-Q4", -0.4, 0.1, annualised), published: "2025-06-01", table: japan, opts: withRevisions,
			verdict: Inconsistent},
		{name: "a month's figure held from the end of the next month has its first round held",
			claim: figureClaim("USA", "inflation", "2025-01", 3.5, 0.1, func(c *extract.Claim) { c.Basis = "yoy" }), table: cpi, opts: withRevisions,
			verdict: Inconsistent},
	})
}
