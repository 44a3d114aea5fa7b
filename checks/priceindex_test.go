package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestAnotherPriceIndexIsNotJudgedAgainstTheCPI: the RPI, RPIX, CPIH, CPIF, the EU's
// harmonised index and the US PCE index are published beside the consumer price index and
// differ from it by points, so an inflation figure said to be of one of them, in the words of
// British, Swedish, European and American reporting, is not judged against a CPI series; a
// figure of the CPI, or of no index named, still is, and when a sentence names two indices the
// one nearest the figure decides.
func TestAnotherPriceIndexIsNotJudgedAgainstTheCPI(t *testing.T) {
	wdi := func(entity string, value float64) []reference.Observation {
		release := "2026-07-01"
		if entity == "GBR" {
			// Britain's WDI series is the CPI's in the edition of 2018-08-01 and CPIH's from
			// 2025-12-17 on (release_definitions.csv, TestBritainsCPIHIsNotTheCPI): these
			// cases, about the words that name an index, are set against a CPI series
			release = "2018-08-01"
		}
		return []reference.Observation{obs(entity, "inflation", "2023", value, "World Bank WDI", release)}
	}
	inflation := func(entity string, value float64, sentence, quote string) extract.Claim {
		return figureClaim(entity, "inflation", "2023", value, 0.1, saying(sentence, quote))
	}
	otherIndex := func(name string, claim extract.Claim, table []reference.Observation, index string) trustCase {
		return trustCase{name: name, claim: claim, published: "2026-08-01", table: table,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{index, "only as the consumer price index"}}
	}
	bls := []reference.Observation{{Entity: "USA", Indicator: "inflation", Period: "2023-07", Basis: "yoy", Value: 3.2,
		Kind: "actual", Source: "US BLS", Release: "2023-08-10"}}
	monthly := func(sentence, quote string, value float64) extract.Claim {
		c := figureClaim("USA", "inflation", "2023-07", value, 0.1, saying(sentence, quote))
		c.Basis = "yoy"
		return c
	}
	runTrustCases(t, []trustCase{
		otherIndex("RPI inflation, as British papers write it",
			inflation("GBR", 9.7, "Britain's RPI inflation was 9.7% in 2023.", "9.7%"), wdi("GBR", 6.79), "the retail prices index (RPI)"),
		otherIndex("the retail prices index named in full",
			inflation("GBR", 9.7, "Inflation as measured by the retail prices index averaged 9.7% in 2023.", "9.7%"), wdi("GBR", 6.79), "(RPI)"),
		otherIndex("RPIX, the old target measure",
			inflation("GBR", 9.1, "RPIX inflation stood at 9.1% in 2023.", "9.1%"), wdi("GBR", 6.79), "RPIX"),
		otherIndex("CPIH, the ONS's lead measure",
			inflation("GBR", 6.8, "CPIH inflation averaged 6.8% in 2023, the ONS said.", "6.8%"), wdi("GBR", 6.79), "CPIH"),
		otherIndex("CPIF, the Riksbank's target measure",
			inflation("SWE", 6.0, "Swedish inflation measured by the CPIF was 6.0% in 2023.", "6.0%"), wdi("SWE", 8.55), "CPIF"),
		otherIndex("HICP inflation, as Eurostat reports it",
			inflation("FRA", 5.7, "France's HICP inflation was 5.7% in 2023, Eurostat said.", "5.7%"), wdi("FRA", 4.88), "HICP"),
		otherIndex("the harmonised index of consumer prices named in full",
			inflation("FRA", 5.7, "The harmonised index of consumer prices rose 5.7% in 2023.", "5.7%"), wdi("FRA", 4.88), "(HICP)"),
		otherIndex("the PCE price index, the Fed's gauge",
			inflation("USA", 3.7, "The personal consumption expenditures price index rose 3.7% in 2023.", "3.7%"), wdi("USA", 4.12), "PCE"),
		{name: "CPI inflation named is judged against the CPI series", claim: inflation("GBR", 6.8, "UK CPI inflation averaged 6.8% in 2023.", "6.8%"),
			published: "2026-08-01", table: wdi("GBR", 6.79), verdict: Consistent},
		{name: "a wrong figure of the consumer price index is still flagged", claim: inflation("GBR", 12.0, "The consumer price index rose 12.0% in 2023.", "12.0%"),
			published: "2026-08-01", table: wdi("GBR", 6.79), verdict: Inconsistent},
		{name: "no index named: judged against the CPI series", claim: inflation("GBR", 6.8, "Inflation in Britain averaged 6.8% in 2023.", "6.8%"),
			published: "2026-08-01", table: wdi("GBR", 6.79), verdict: Consistent},
		{name: "of two indices in a sentence, the CPI is nearest the CPI figure", claim: inflation("GBR", 6.8, "CPI inflation averaged 6.8% in 2023, against 9.7% on the RPI.", "6.8%"),
			published: "2026-08-01", table: wdi("GBR", 6.79), verdict: Consistent},
		otherIndex("of two indices in a sentence, the RPI is nearest the RPI figure",
			inflation("GBR", 9.7, "CPI inflation averaged 6.8% in 2023, against 9.7% on the RPI.", "9.7%"), wdi("GBR", 6.79), "(RPI)"),
		{name: "a month's CPI inflation is judged against the BLS's CPI", claim: monthly("US CPI inflation eased to 3.2% in July.", "3.2%", 3.2),
			published: "2023-08-15", table: bls, verdict: Consistent},
		{name: "a month's PCE inflation is not judged against the BLS's CPI", claim: monthly("PCE inflation eased to 3.3% in July.", "3.3%", 3.3),
			published: "2023-08-31", table: bls, verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"PCE"}},
	})
}

// TestTheQuoteIsReadWhereItStands: the figures of a long sentence share one excerpt, which can
// hold the same words twice; a definition cue is read from the place the extractor says the
// quote stands, not from the first place its words appear.
func TestTheQuoteIsReadWhereItStands(t *testing.T) {
	sentence := "CPIH inflation was 6.8% in 2023 and was 6.8% again on the RPI, the ONS said."
	second := strings.LastIndex(sentence, "6.8%")
	table := []reference.Observation{obs("GBR", "inflation", "2023", 6.79, "World Bank WDI", "2026-07-01")} // CPIH's (release_definitions.csv)
	at := func(i int) func(*extract.Claim) { return func(c *extract.Claim) { c.QuoteInSentence = i } }
	runTrustCases(t, []trustCase{
		{name: "the first 6.8% is CPIH's", claim: figureClaim("GBR", "inflation", "2023", 6.8, 0.1, saying(sentence, "6.8%"), at(strings.Index(sentence, "6.8%"))),
			published: "2026-08-01", table: table, verdict: Consistent},
		{name: "the second 6.8% is the RPI's", claim: figureClaim("GBR", "inflation", "2023", 6.8, 0.1, saying(sentence, "6.8%"), at(second)),
			published: "2026-08-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"(RPI)"}},
		{name: "a place the quote is not at is not believed", claim: figureClaim("GBR", "inflation", "2023", 6.8, 0.1, saying(sentence, "6.8%"), at(3)),
			published: "2026-08-01", table: table, verdict: Consistent},
	})
}

// TestBritainsCPIHIsNotTheCPI: WDI's editions from 2025-12-17 on carry the ONS's CPIH for the
// United Kingdom (2022: 7.92, where the CPI averaged 9.1), and British copy means the CPI by
// inflation: "UK inflation averaged 9.1% in 2022" was flagged against 7.92. A claim that names
// no index, or the CPI, is not judged against those editions; one that names CPIH is; the
// edition of 2018-08-01 (the CPI's) and other countries' series are judged as before.
func TestBritainsCPIHIsNotTheCPI(t *testing.T) {
	inflation := func(entity, period string, value float64, sentence, quote string) extract.Claim {
		return figureClaim(entity, "inflation", period, value, 0.1, saying(sentence, quote))
	}
	cpih := []reference.Observation{obs("GBR", "inflation", "2022", 7.92, "World Bank WDI", "2026-07-01")}
	both := []reference.Observation{obs("GBR", "inflation", "2015", 0.05, "World Bank WDI", "2018-08-01"),
		obs("GBR", "inflation", "2015", 0.37, "World Bank WDI", "2026-07-01")}
	runTrustCases(t, []trustCase{
		{name: "no index named: not judged against CPIH", claim: inflation("GBR", "2022", 9.1, "UK inflation averaged 9.1% in 2022.", "9.1%"),
			published: "2026-08-01", table: cpih, verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"the consumer price index", "only as CPIH"}},
		{name: "the CPI named: not judged against CPIH", claim: inflation("GBR", "2022", 9.1, "Britain's CPI inflation averaged 9.1 per cent in 2022.", "9.1 per cent"),
			published: "2026-08-01", table: cpih, verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"only as CPIH"}},
		{name: "the consumer prices index named: not judged against CPIH", claim: inflation("GBR", "2022", 9.1, "The consumer prices index rose 9.1% on average in 2022, the ONS said.", "9.1%"),
			published: "2026-08-01", table: cpih, verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "CPIH named: judged against CPIH", claim: inflation("GBR", "2022", 7.9, "Inflation as measured by CPIH averaged 7.9% in 2022.", "7.9%"),
			published: "2026-08-01", table: cpih, verdict: Consistent},
		{name: "a wrong CPIH figure is flagged", claim: inflation("GBR", "2022", 5.0, "CPIH inflation averaged 5.0% in 2022.", "5.0%"),
			published: "2026-08-01", table: cpih, verdict: Inconsistent},
		{name: "the CPI's edition still judges a claim naming no index", claim: inflation("GBR", "2015", 0.05, "UK inflation averaged 0.05% in 2015.", "0.05%"),
			published: "2026-08-01", table: both, verdict: Consistent},
		{name: "a claim citing the World Bank quotes its figure, CPIH's", claim: func() extract.Claim {
			c := inflation("GBR", "2022", 7.9, "UK inflation averaged 7.9% in 2022, according to the World Bank.", "7.9%")
			c.Source = "World Bank"
			return c
		}(), published: "2026-08-01", table: cpih, verdict: Consistent},
		{name: "another country's series is the CPI's", claim: inflation("FRA", "2022", 5.2, "French inflation averaged 5.2% in 2022.", "5.2%"),
			published: "2026-08-01", table: []reference.Observation{obs("FRA", "inflation", "2022", 5.22, "World Bank WDI", "2026-07-01")}, verdict: Consistent},
	})
}
