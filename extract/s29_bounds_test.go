package extract

import (
	"fmt"
	"testing"
	"time"
)

var boundsDate = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)

// boundFamily is a family whose claims also want a qualifier each, in order.
type boundFamily struct {
	family
	quals []string
}

// A verb of crossing a level ("passed", "crossed", "breached", "surpassed", "topped") says the
// series went above the figure: a lower bound, not its level ("Egypt's population passed 105
// million" was read as exactly 105 million and a table's 112.6 million called it wrong). A
// threshold after a verb of arrival ("hit the 240 million mark") is at least reached. A level
// reached ("hit 11%", "reached 72%", "peaked at", "topped out at", "rose to") stays exact.
var thresholdVerbFamilies = []boundFamily{
	{family{name: "a population that passed a level is above it", wordings: []string{
		"Egypt's population passed 105 million in 2023, the statistics agency CAPMAS said.",
		"CAIRO (Reuters) - Egypt's population crossed 105 million in 2023, according to the official statistics body.",
		"Egypt's population surpassed 105 million in 2023.",
		"Egypt's population topped 105 million in 2023, officials said.",
		"In 2023 Egypt's population passed 105 million, the statistics agency said.",
	}, want: []string{"population EGY 105000000 actual 2023"}}, []string{QualMoreThan}},
	{family{name: "debt that topped or breached a share of GDP is above it", wordings: []string{
		"Japan's government debt topped 250% of GDP in 2022.",
		"Japan's public debt breached 250% of GDP in 2022, the finance ministry said.",
		"Japanese government debt passed 250 per cent of GDP in 2022.",
		"Japan's government debt crossed 250% of GDP in 2022, a record.",
	}, want: []string{"government_debt JPN 250 actual 2022"}}, []string{QualMoreThan}},
	{family{name: "inflation that crossed a level is above it", wordings: []string{
		"Argentina's inflation crossed 200% in 2023, the INDEC said.",
		"Annual inflation in Argentina passed 200 percent in 2023.",
		"Argentina's inflation rate breached 200% in 2023.",
	}, want: []string{"inflation ARG 200 actual 2023"}}, []string{QualMoreThan}},
	{family{name: "unemployment that breached a level is above it", wordings: []string{
		"Spain's unemployment rate passed 20% in 2012.",
		"Unemployment in Spain breached 20 per cent in 2012.",
		"Spanish unemployment crossed 20% in 2012, official data showed.",
	}, want: []string{"unemployment_rate ESP 20 actual 2012"}}, []string{QualMoreThan}},
	{family{name: "a threshold reached is at least reached", wordings: []string{
		"Pakistan's population hit the 240 million mark in 2023, census data showed.",
		"Pakistan's population reached the 240 million mark in 2023.",
	}, want: []string{"population PAK 240000000 actual 2023"}}, []string{QualAtLeast}},
	{family{name: "a threshold crossed is passed", wordings: []string{
		"Pakistan's population crossed the 240 million mark in 2023.",
		"Pakistan's population passed the 240 million mark in 2023, census data showed.",
	}, want: []string{"population PAK 240000000 actual 2023"}}, []string{QualMoreThan}},
	// controls: a level reached
	{family{name: "control: inflation that hit or reached a level is at it", wordings: []string{
		"Turkey's inflation reached 72% in 2022.",
		"Turkey's inflation hit 72% in 2022.",
		"Turkish inflation rose to 72% in 2022.",
		"Turkey's inflation was 72% in 2022.",
	}, want: []string{"inflation TUR 72 actual 2022"}}, []string{QualExact}},
	{family{name: "control: a peak is a level", wordings: []string{
		"Argentina's inflation peaked at 211% in 2023.",
		"Argentina's inflation topped out at 211% in 2023.",
	}, want: []string{"inflation ARG 211 actual -"}}, []string{QualExact}},
	{family{name: "control: a bound already read stays", wordings: []string{
		"Spain's unemployment rate was above 20% in 2012.",
		"Spain's unemployment rate was more than 20% in 2012.",
		"Spain's unemployment rate exceeded 20% in 2012.",
	}, want: []string{"unemployment_rate ESP 20 actual 2012"}}, []string{QualMoreThan}},
}

// The number of a post of a thread or of an item of a list, at the start of its line ("1/",
// "2/", "5/", "1/5", "(2/7)", "2)", "(3)"), counts nothing: "5/ The UK population is 67
// million" gave a UK population of 5, "2/ Inflation averaged 9.1%" an inflation of 2. Each
// post is a sentence of its own, whatever the line before it ends with. A fraction, a date, a
// figure with its unit and a decimal that open a line keep their readings.
var postLabelFamilies = []boundFamily{
	{family{name: "a thread's posts are numbered", wordings: []string{
		"Thread on the UK economy:\n1/ GDP grew 4.1% in 2022.\n2/ Inflation averaged 9.1% in 2022.\n3/ The UK population was 67 million in 2022.",
		"UK economy, a thread 🧵\n1/5 GDP grew 4.1% in 2022.\n2/5 Inflation averaged 9.1% in 2022.\n(3/5) The UK population was 67 million in 2022.",
		"Thread on the UK economy\n\n1/ GDP grew 4.1% in 2022.\n\n2/ Inflation averaged 9.1% in 2022.\n\n3/ The UK population was 67 million in 2022.",
		"The UK economy in three facts:\n1) GDP grew 4.1% in 2022.\n2) Inflation averaged 9.1% in 2022.\n3) The UK population was 67 million in 2022.",
		"The UK economy in three facts\n(1) GDP grew 4.1% in 2022.\n(2) Inflation averaged 9.1% in 2022.\n(3) The UK population was 67 million in 2022.",
	}, want: []string{"gdp_growth GBR 4.1 actual 2022", "inflation GBR 9.1 actual 2022", "population GBR 67000000 actual 2022"}},
		[]string{QualExact, QualExact, QualExact}},
	{family{name: "a numbered item's figure after a change verb", wordings: []string{
		"Italy in 2023:\n1) Inflation rose 5.7% in Italy in 2023.",
		"Italy in 2023\n1/ Inflation rose 5.7% in Italy in 2023.",
		"Italy in 2023\n1/3 Inflation rose 5.7% in Italy in 2023.",
	}, want: []string{"inflation ITA 5.7 actual 2023"}}, []string{QualExact}},
	{family{name: "control: a figure with its unit opens the line", wordings: []string{
		"Portugal in 2023:\n6.5 per cent was Portugal's unemployment rate in 2023.",
		"Portugal in 2023:\n6.5% was Portugal's unemployment rate in 2023.",
	}, want: []string{"unemployment_rate PRT 6.5 actual 2023"}}, []string{QualExact}},
	{family{name: "control: a date opens the line", wordings: []string{
		"Poland:\n5/6/2023: Inflation in Poland was 11.4% in 2022.",
		"Poland:\n24/7 coverage: Inflation in Poland was 11.4% in 2022.",
	}, want: []string{"inflation POL 11.4 actual 2022"}}, []string{QualExact}},
}

func TestS29ThresholdVerbs(t *testing.T) {
	runBoundFamilies(t, thresholdVerbFamilies)
}

func TestS29PostLabels(t *testing.T) {
	runBoundFamilies(t, postLabelFamilies)
}

func runBoundFamilies(t *testing.T, families []boundFamily) {
	t.Helper()
	ex := testExtractor(t)
	for _, f := range families {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				claims := ex.Claims(Article{Text: text, Published: boundsDate}, Options{})
				checkFamily(t, text, claims, f.want)
				for k, q := range f.quals {
					if k < len(claims) && claims[k].Qualifier != q {
						t.Errorf("%q: claim %d %q qualifier %s, want %s", text, k, claims[k].Quote, claims[k].Qualifier, q)
					}
				}
			})
		}
	}
}
