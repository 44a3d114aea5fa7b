package extract

import (
	"fmt"
	"testing"
	"time"
)

var (
	mpcDate  = time.Date(2024, 9, 20, 0, 0, 0, 0, time.UTC)
	rateDate = time.Date(2024, 2, 5, 0, 0, 0, 0, time.UTC)
)

// sharedCommitteeFamilies: "the MPC", "the Monetary Policy Committee" is the rate-setting body
// of many central banks (the Bank of England's, the South African Reserve Bank's, the Bank of
// Zambia's, the Central Bank of Nigeria's...). The committee is the one of the bank or country
// the text is about: named before it, in a header, a dateline or the sentence. Read as the
// Bank of England's, the South African repo rate of 8% was a Bank Rate and flagged against 5%.
var sharedCommitteeFamilies = []family{
	{name: "a committee under another bank's header or dateline", published: mpcDate, wordings: []string{
		// the bank's own statement
		"Statement of the Monetary Policy Committee\nIssued by Lesetja Kganyago, Governor of the South African Reserve Bank\n19 September 2024\n\nAgainst this backdrop, the MPC decided to cut the repo rate by 25 basis points to 8 percent.",
		// wire copy
		"PRETORIA, Sept 19 (Reuters) - South Africa's central bank cut interest rates for the first time in four years on Thursday. The Monetary Policy Committee reduced the repo rate by 25 basis points to 8%, Governor Lesetja Kganyago said.",
		// a local newspaper
		"Relief for South African borrowers: the Reserve Bank's Monetary Policy Committee (MPC) on Thursday lowered the repo rate by 25 basis points to 8%.",
		// a possessive country
		"South Africa's MPC lowered the repo rate by a quarter point to 8% on Thursday.",
	}, want: []string{"policy_rate ZAF 8"}},
	{name: "a committee of a bank named in capitals, and the figures after it", published: mpcDate, wordings: []string{
		"BANK OF ZAMBIA — MONETARY POLICY COMMITTEE STATEMENT\nLusaka, 14 August 2024\n\nThe Monetary Policy Committee decided to raise the Monetary Policy Rate by 50 basis points to 13.5 percent.\n\nAnnual overall inflation rose to 15.2 percent in July.",
		"LUSAKA, Aug 14 (Reuters) - The Monetary Policy Committee raised the policy rate by 50 basis points to 13.5% on Wednesday. Annual inflation rose to 15.2 percent in July.",
		"The Monetary Policy Committee of the Bank of Zambia raised the policy rate by 50 basis points to 13.5 percent. Annual inflation rose to 15.2 percent in July.",
	}, want: []string{"policy_rate ZMB 13.5", "inflation ZMB 15.2 actual 2024-07"}},
	{name: "a committee after its country's central bank", published: mpcDate, wordings: []string{
		"ABUJA, July 23 (Reuters) - Nigeria's central bank raised its benchmark rate on Tuesday. The MPC lifted the rate by 50 basis points to 26.75%, Governor Olayemi Cardoso said.",
		"The Central Bank of Nigeria raised rates again on Tuesday. Its Monetary Policy Committee lifted the policy rate by 50 basis points to 26.75%.",
	}, want: []string{"policy_rate NGA 26.75"}},
	// near misses: the Bank of England's committee stays its own
	{name: "the Bank of England's committee is still Britain's", published: mpcDate, wordings: []string{
		"The Bank of England's Monetary Policy Committee cut Bank Rate to 5% in August 2024.",
		"LONDON, Aug 1 (Reuters) - The MPC cut Bank Rate to 5% in August 2024.",
		"The MPC voted to cut Bank Rate to 5% in August 2024.",
		"Britain's economy is slowing. The Monetary Policy Committee cut Bank Rate to 5% in August 2024.",
		"The Federal Reserve cut rates by half a point on Wednesday. In Britain, the MPC cut Bank Rate to 5% in August 2024.",
	}, want: []string{"policy_rate GBR 5 actual 2024-08"}},
	{name: "the Bank of England's own summary", published: mpcDate, wordings: []string{
		"Monetary Policy Summary, August 2024\nThe Bank of England's Monetary Policy Committee (MPC) sets monetary policy to meet the 2% inflation target. At its meeting ending on 31 July 2024, the MPC voted by a majority of 5-4 to reduce Bank Rate by 0.25 percentage points, to 5%.",
	}, want: []string{"inflation GBR 2 forecast", "policy_rate GBR 5 actual 2024-07-31"}},
}

// policyRateFamilies: the rate a central bank holds, keeps or cuts is its policy rate, never
// the inflation or unemployment rate named before it; and a bare plural "rates" ("negative
// rates") refers back to no measure. Read otherwise, "Bank Indonesia kept the BI-Rate at 6.00
// percent" was an inflation of 6%, "The Bank of Thailand held the rate at 2.5 percent" an
// unemployment rate, and "Negative rates of minus 0.1%" Japan's inflation.
var policyRateFamilies = []family{
	{name: "a central bank of the lexicon holds its rate", published: rateDate, wordings: []string{
		"Indonesia's annual inflation was 2.61 percent in December 2023. Bank Indonesia kept the BI-Rate at 6.00 percent in January 2024.",
		"Indonesia's inflation eased to 2.61% in December 2023. In January 2024 Bank Indonesia held its benchmark BI-Rate at 6.00%.",
	}, want: []string{"inflation IDN 2.61 actual 2023-12", "policy_rate IDN 6"}},
	{name: "the rate after an unemployment rate", published: rateDate, wordings: []string{
		"Thailand's unemployment rate was 1 percent in 2023. The Bank of Thailand held the rate at 2.5 percent.",
		"Unemployment in Thailand stood at 1 percent in 2023, while the Bank of Thailand kept its rate at 2.5 percent.",
	}, want: []string{"unemployment_rate THA 1 actual 2023", "policy_rate THA 2.5"}},
	{name: "the rate after an inflation rate", published: rateDate, wordings: []string{
		"Ghana's inflation eased to 23.2% in December 2023. The Bank of Ghana kept the rate at 30%.",
		"Ghana's annual inflation slowed to 23.2 per cent in December 2023, and the Bank of Ghana held the rate at 30 per cent.",
	}, want: []string{"inflation GHA 23.2 actual 2023-12", "policy_rate GHA 30"}},
	{name: "a headline run into the one before it", published: time.Date(2024, 6, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's unemployment falls to 7.1%, lowest since 2014\nUS core PCE prices rise 2.6% y/y in May, slowest in three years\nTurkey's central bank holds rate at 50% for third month",
		"Brazil's unemployment falls to 7.1%, lowest since 2014\nTurkey's central bank holds rate at 50% for third month",
	}, want: []string{"unemployment_rate BRA 7.1", "policy_rate TUR 50"}},
	{name: "negative rates are no inflation", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"2013: Abenomics; the BOJ sets a 2% inflation target.\n\n2016: Negative rates of minus 0.1% are introduced.",
		"In 2013 the BOJ set a 2% inflation target. Negative rates of minus 0.1% followed in 2016.",
	}, want: []string{"inflation JPN 2 forecast"}},
	{name: "negative rates after an inflation figure", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japanese inflation was 0.5% in 2015. Negative rates of -0.1% followed in 2016.",
		"Japan's consumer prices rose 0.5% in 2015. In 2016, negative rates of minus 0.1% were introduced.",
	}, want: []string{"inflation JPN 0.5 actual 2015"}},
	// near misses: a rate that refers back still does, and so do bare "rates" in a list whose
	// measure the sentence names
	{name: "negative rates in a list of inflation rates", published: time.Date(1987, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Consumer price inflation was highest in Italy at 4.2 pct, followed by West Germany and Japan with negative rates of 0.5 pct and 1.4 pct respectively.",
	}, want: []string{"inflation ITA 4.2", "inflation DEU -0.5", "inflation JPN -1.4"}},
	{name: "the rate after inflation is still inflation", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's inflation was 0.5% in 2015, and the rate rose to 0.8% in 2016.",
		"Japanese inflation was 0.5% in 2015. The rate rose to 0.8% in 2016.",
	}, want: []string{"inflation JPN 0.5 actual 2015", "inflation JPN 0.8 actual 2016"}},
	{name: "an annualised pace still refers back", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's GDP rose 1.2% in the fourth quarter of 2023. Annualised rates of 4.9% were last seen in 2020.",
		"Japan's GDP rose 1.2% in the fourth quarter of 2023. Annualized rates of 4.9% were last seen in 2020.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2023-Q4", "gdp_growth JPN 4.9 actual 2020"}},
}

// sharedCommitteeDoubt: with two countries' banks named before it, the committee is no one's:
// never Britain's Bank Rate.
var sharedCommitteeDoubt = []string{
	"The Federal Reserve held rates on Wednesday, and the Bank of Japan on Thursday. The MPC then cut the repo rate to 8%.",
	"KAMPALA, Aug 6 - The Monetary Policy Committee (MPC) has decided to maintain the Central Bank Rate at 10.25 percent.",
	"Bank of Uganda\nMonetary Policy Statement for August 2024\n\nThe MPC decided to keep the policy rate at 10.25 percent.",
}

func TestS26SharedCommittee(t *testing.T) {
	runFamilies(t, mpcDate, sharedCommitteeFamilies)
	ex := testExtractor(t)
	for i, text := range sharedCommitteeDoubt {
		t.Run(fmt.Sprintf("doubt/%d", i), func(t *testing.T) {
			for _, c := range ex.Claims(Article{Text: text, Published: mpcDate}, Options{}) {
				if c.Entity == "GBR" || c.Source == "Bank of England" {
					t.Errorf("%q: claim %q is %s's (%s), want no Bank of England", text, c.Quote, c.Entity, c.Source)
				}
			}
		})
	}
}

func TestS26PolicyRateFamilies(t *testing.T) {
	runFamilies(t, rateDate, policyRateFamilies)
}
