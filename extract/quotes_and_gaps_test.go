package extract

import (
	"testing"
	"time"
)

// A quotation that opens at the verb leaves the clause's subject its subject, and a gapped
// clause's own year dates its figure over the year of the subject it borrows (attack round 21,
// fact-checks quoting politicians). The controls are the same sentences without the quotation
// marks and with the year after the figure.
var quotesAndGapsFamilies = []family{
	{name: "a quotation that opens at the verb", wordings: []string{
		"He also said US inflation \"hit 8% in 2022\".",
		"She said US inflation “hit 8% in 2022”.",
		"The senator said US inflation \"reached 8% in 2022\".",
	}, want: []string{"inflation USA 8 actual 2022"}},
	{name: "control: no quotation", wordings: []string{
		"He also said US inflation hit 8% in 2022.",
	}, want: []string{"inflation USA 8 actual 2022"}},
	{name: "a gapped clause with its own year before the figure", wordings: []string{
		"Italy's growth in 2008 was 3.2% and in 2024 just 0.5%.",
		"Italy's growth in 2008 was 3.2%, and in 2024 only 0.5%.",
	}, want: []string{"gdp_growth ITA 3.2 actual 2008", "gdp_growth ITA 0.5 actual 2024"}},
	{name: "control: the year after the gapped figure", wordings: []string{
		"Italy's growth was 3.2% in 2008 and 0.5% in 2024.",
	}, want: []string{"gdp_growth ITA 3.2 actual 2008", "gdp_growth ITA 0.5 actual 2024"}},
}

func TestQuotesAndGaps(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC), quotesAndGapsFamilies)
}
