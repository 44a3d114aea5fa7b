package extract

import (
	"testing"
	"time"
)

// borrowedFamilies are figures whose own phrase the reader did not take for a measure, and
// that took the measure of a neighbouring phrase or sentence instead: a translated "The
// consumer prices rose on annual average by 5.9 percent" after a sentence on growth became GDP
// growth, and "Japan's was 6.3‰" after "8.8 births per 1,000 inhabitants" a population of 6.3.
var borrowedFamilies = []family{
	{name: "an adverbial 'on average' does not hide the subject that rose", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy grew 1.8 percent in 2022. The consumer prices rose on annual average by 5.9 percent in 2023.",
		"Germany's economy grew 1.8 percent in 2022. Consumer prices rose on average by 5.9 percent in 2023.",
		"Germany's economy grew 1.8 percent in 2022. In 2023 the consumer prices increased on an annual average by 5.9 per cent.",
		"Germany's economy grew 1.8 percent in 2022. German consumer prices climbed on average by 5.9% in 2023, the statistics office said.",
		"Germany's economy grew 1.8 percent in 2022. Consumer prices went up on a yearly average by 5.9 pct in 2023.",
	}, want: []string{"gdp_growth DEU 1.8 actual 2022", "inflation DEU 5.9 actual 2023"}},
	{name: "an 'on average' that is no adverbial of the verb keeps its reading", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy grew 1.8 percent in 2022. Consumer prices rose by 5.9 percent in 2023.",
		"Germany's economy grew 1.8 percent in 2022. Consumer prices rose 5.9 percent on average in 2023.",
	}, want: []string{"gdp_growth DEU 1.8 actual 2022", "inflation DEU 5.9 actual 2023"}},
	{name: "a date after a semicolon is the date of that part's own figure", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"German consumer prices rose on annual average by 5.9 percent; in 2022 the rate had been 6.9 percent.",
		"German consumer prices rose by 5.9 percent; in 2022 the rate had been 6.9 percent.",
		"German consumer prices climbed 5.9 per cent; in 2022 they had risen 6.9 per cent.",
		"German consumer prices went up 5.9%; in 2022 the increase had been 6.9%.",
	}, want: []string{"inflation DEU 5.9 actual -", "inflation DEU 6.9 actual 2022"}},
	{name: "a date before the semicolon, or in the same part, still dates the figure", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"German consumer prices rose by 5.9 percent in 2023; the rate had been 6.9 percent in 2022.",
		"In 2023 German consumer prices rose by 5.9 percent; in 2022 the rate had been 6.9 percent.",
	}, want: []string{"inflation DEU 5.9 actual 2023", "inflation DEU 6.9 actual 2022"}},
	{name: "a date before the semicolon frames the part after it", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's death rate was 12.8 per mille in 2022; its population grew to 84.4 million.",
		"In 2022 Germany recorded a death rate of 12.8 per mille; its population grew to 84.4 million.",
	}, want: []string{"population DEU 84.4e6 actual 2022"}},
	{name: "a possessive whose noun is left out stands for an unknown measure it parallels", published: time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's birth rate fell to 8.8 per mille in 2022, i.e. 8.8 births per 1,000 inhabitants; Japan's was 6.3‰.",
		"Germany's birth rate fell to 8.8 per 1,000 inhabitants in 2022, while Japan's was 6.3.",
		"Germany's death rate was 12.3 per 1,000 people in 2022; Italy's was 12.1.",
		"Germany's savings rate rose to 11.4% in 2022, while France's was 17.5%.",
		"Germany's birth rate, at 8.8 births per 1,000 inhabitants in 2022, was above Japan's of 6.3.",
	}},
	{name: "a possessive whose noun is left out still stands for a known measure it parallels", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"France's unemployment rate was 7.3% in 2023; Spain's was 12.1%.",
		"France's unemployment rate stood at 7.3% in 2023, while Spain's was 12.1%.",
	}, want: []string{"unemployment_rate FRA 7.3 actual 2023", "unemployment_rate ESP 12.1 actual 2023"}},
	{name: "a figure counted per thousand states no indicator", published: time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's population was 6.3‰ in 2022.",
		"Japan's birth rate was 6.3 per mille in 2022.",
		"In 2022 Japan's population registered 6.3 per thousand births.",
		"Japan recorded a birth rate of 6.3 per 1,000 inhabitants in 2022.",
	}},
	{name: "a head count near a per-thousand rate is still a head count", published: time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's birth rate was 6.3 per thousand in 2022, and its population was 125 million.",
		"Japan's birth rate fell to 6.3 per mille in 2022, while its population was 125 million.",
	}, want: []string{"population JPN 125e6 actual 2022"}},
}

func TestBorrowedFamilies(t *testing.T) {
	runFamilies(t, familyDate, borrowedFamilies)
}

// agentlessEstimateFamilies are unemployment rates an agentless passive estimates ("was
// estimated at 80%", "is put at", "is thought to be"): nobody's statistic, often of another
// definition than the modelled series they were judged against. Named as such, the judge gives
// them no reference. A rate someone official states, or any other measure's estimate, keeps
// its reading.
var agentlessEstimateFamilies = []family{
	{name: "an unemployment rate estimated by no one named", published: time.Date(2019, 4, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Zimbabwe's unemployment rate was estimated at 80% in 2008.",
		"In 2008, unemployment in Zimbabwe was put at 80 percent.",
		"Zimbabwe's jobless rate in 2008 was thought to be about 80 per cent.",
		"Unemployment in Zimbabwe was believed to be 80% in 2008.",
		"In Zimbabwe the economy was in ruins in 2008, and unemployment was estimated at 80%.",
	}, want: []string{"unemployment_rate ZWE * actual 2008"}},
	{name: "an unemployment rate someone states keeps its source", published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's unemployment rate was estimated at 4.2% in 2023, the ONS said.",
		"According to the ONS, Britain's unemployment rate was estimated at 4.2% in 2023.",
		"Britain's unemployment rate was 4.2% in 2023.",
		"Britain's unemployment rate is expected to be 4.2% in 2023.",
	}, want: []string{"unemployment_rate GBR 4.2 * 2023"}},
	{name: "another measure's agentless estimate is still read as stated", published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's GDP growth was estimated at 0.3% in 2023.",
		"Britain's economic growth in 2023 was put at 0.3 per cent.",
	}, want: []string{"gdp_growth GBR 0.3 actual 2023"}},
}

func TestAgentlessEstimateFamilies(t *testing.T) {
	runFamilies(t, familyDate, agentlessEstimateFamilies)
	ex := testExtractor(t)
	for _, text := range agentlessEstimateFamilies[0].wordings {
		for _, c := range ex.Claims(Article{Text: text, Published: agentlessEstimateFamilies[0].published}, Options{}) {
			if c.Source != agentlessSource {
				t.Errorf("%q: %q source %q, want %q", text, c.Quote, c.Source, agentlessSource)
			}
		}
	}
	for _, f := range agentlessEstimateFamilies[1:] {
		for _, text := range f.wordings {
			for _, c := range ex.Claims(Article{Text: text, Published: f.published}, Options{}) {
				if c.Source == agentlessSource {
					t.Errorf("%q: %q source %q, want another", text, c.Quote, c.Source)
				}
			}
		}
	}
}

// borrowedOwnPhraseFamilies are figures whose own phrase names its measure in a way the reader
// passed over, so that it took the measure of the sentence before or of the clause before: "The
// year-on-year rate of increase in the CPI" after a sentence on GDP was GDP growth, and "and
// general government debt to decline from 96 percent of GDP" after a deficit was the deficit.
var borrowedOwnPhraseFamilies = []family{
	{name: "the rate of a change is of what the change is in", published: time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's real GDP grew 1.9 percent in 2023. The year-on-year rate of increase in the CPI was 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. The annual rate of increase in consumer prices was 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. The pace of increase in consumer prices quickened to 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. In February the rate of increase in consumer prices stood at 2.8 per cent.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023", "inflation JPN 2.8 actual 2024-02"}},
	{name: "the rate of a change in something else is no borrowed measure", published: time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's real GDP grew 1.9 percent in 2023. The rate of increase in wages was 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. The annual rate of increase in house prices was 2.8 percent in February.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023"}},
	{name: "a measure with an exclusion in parentheses is a measure of a part", published: time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's real GDP grew 1.9 percent in 2023. The year-on-year rate of increase in the CPI (all items less fresh food) was 2.0 percent in January and 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. The CPI (all items less fresh food) rose 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. Consumer prices (excluding fresh food) rose 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. Japanese consumer prices (ex fresh food and energy) rose 2.8% in February.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023"}},
	{name: "a parenthesis that excludes nothing leaves the measure whole", published: time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's real GDP grew 1.9 percent in 2023. Consumer prices (CPI) rose 2.8 percent in February.",
		"Japan's real GDP grew 1.9 percent in 2023. Consumer prices (all items) rose 2.8 percent in February.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023", "inflation JPN 2.8 actual 2024-02"}},
	{name: "a comparison that hangs from a verb of its own is of that verb's subject", published: time.Date(2024, 7, 29, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Egypt's overall fiscal deficit is projected to narrow to 7.4 percent of GDP in 2025, and general government debt to decline from 96 percent of GDP at end-June 2024.",
		"Egypt's budget deficit is expected to narrow to 7.4% of GDP in 2025, and public debt to fall from 96% of GDP at end-June 2024.",
		"Egypt's fiscal deficit will narrow to 7.4 pct of GDP in 2025, and government debt will decline from 96 pct of GDP at end-June 2024.",
	}, want: []string{"fiscal_balance EGY -7.4 forecast 2025", "government_debt EGY 96 previous 2024-06"}},
	{name: "a comparison after the same measure's figure is still compared with it", published: time.Date(2024, 7, 29, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Egypt's budget deficit narrowed to 7.4 percent of GDP in 2023 from 9.1 percent.",
		"Egypt's budget deficit narrowed to 7.4 percent of GDP in 2023, down from 9.1 percent.",
	}, want: []string{"fiscal_balance EGY -7.4 actual 2023", "fiscal_balance EGY -9.1 previous 2022"}},
}

func TestBorrowedOwnPhraseFamilies(t *testing.T) {
	runFamilies(t, familyDate, borrowedOwnPhraseFamilies)
}
