package extract

import (
	"testing"
	"time"
)

// The findings of the s20 attack on false alarms that concern negation, names and comparison
// (notes/s20-attack-falsealarm.md): each family is the reading the finding wants, written in
// several outlets' styles, with the near-misses that must keep their reading.

// attackDate is the date the attack on false alarms ran its sentences with.
var attackDate = time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)

// A3: a country's name inside a currency's sign or name ("US$", "US $", "U.S.$", "US
// dollars") is no mention of the country: the figure is the GDP of the country the sentence
// is about.
func TestA3ANameInACurrencySignIsNoMention(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "Germany's GDP in US dollars", wordings: []string{
			"Germany’s GDP was US$4.66 trillion in 2024.",
			"Germany's GDP was US $4.66 trillion in 2024.",
			"Germany's GDP was U.S.$4.66 trillion in 2024.",
			"German GDP was worth US$4.66tn in 2024.",
			"Germany’s gross domestic product reached US$4.66 trillion in 2024, the IMF said.",
			"In 2024, Germany's GDP stood at US$4.66 trillion.",
		}, want: []string{"gdp DEU 4.66e12 actual 2024"}},
		{name: "GDP per head in US dollars", wordings: []string{
			"Germany’s GDP per capita was US$56,100 in 2024.",
			"Germany's GDP per head was US $56,100 in 2024.",
		}, want: []string{"gdp_per_capita DEU 56100 actual 2024"}},
		{name: "other countries in US dollars", wordings: []string{
			"China's GDP was US$18.7 trillion in 2024.",
			"China’s economy was worth US$18.7tn in 2024.",
		}, want: []string{"gdp CHN 1.87e13 actual 2024"}},
		{name: "near miss: the United States' own GDP", wordings: []string{
			"US GDP was US$29.3 trillion in 2024.",
			"The US economy was worth $29.3 trillion in 2024.",
			"America's GDP reached US$29.3 trillion in 2024.",
		}, want: []string{"gdp USA 2.93e13 actual 2024"}},
		{name: "near miss: an exchange rate in US dollars", wordings: []string{
			"The euro averaged US$1.08 in 2024.",
			"In 2024 the euro averaged US$1.08.",
		}, want: []string{"exchange_rate EMU 1.08 actual 2024"}},
	})
}

// A9: a figure the sentence rejects states nothing: the complement of a negative implicative
// ("failed to", "was unable to", "fell short of reaching"), "not" set straight before a figure
// in apposition or contrast, and a that-clause a negated predicate of truth governs. "not
// only grew 2%", "not far from 2%" keep their figure.
func TestA9AFigureTheSentenceRejectsIsNoClaim(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "a negative implicative", wordings: []string{
			"Britain’s economy failed to grow 2% in 2024.",
			"Britain's economy was unable to grow 2% in 2024.",
			"Germany’s economy was unable to return to 2% growth in 2024.",
			"The UK economy fails to hit 2 per cent growth in 2024, figures show.",
			"Britain's economy fell short of reaching 2% growth in 2024.",
			"German inflation failed to fall below 2% in 2024.",
			"In 2024 the German economy again failed to expand by 2 pct.",
		}},
		{name: "a negated predicate of truth", wordings: []string{
			"It is not true that Germany’s economy grew 3% in 2024.",
			"It is not the case that Germany's economy grew 3 per cent in 2024.",
			"It isn't true that German GDP grew 3% in 2024.",
			"It is false that Germany's economy grew by 3 pct in 2024.",
		}},
		{name: "not in apposition beside the figure stated", wordings: []string{
			"Britain’s economy grew 1.1% in 2024, not 2% as the minister claimed.",
			"Britain's economy grew 1.1% in 2024, not the 2% the minister claimed.",
			"UK GDP rose 1.1 per cent in 2024 – not 2 per cent, as the chancellor said.",
			"British growth was 1.1% in 2024 (not 2%, as reported earlier).",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024"}},
		{name: "near miss: a figure stated after a rejected one", wordings: []string{
			"After failing to grow in 2023, Britain’s economy grew 1.1% in 2024.",
			"Britain's economy, which failed to grow in 2023, grew 1.1% in 2024.",
			"It is true that Britain's economy grew 1.1% in 2024.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024"}},
		{name: "near miss: a figure in a clause of its own after the rejected verb", wordings: []string{
			"Germany's economy failed to grow in 2023, shrinking 0.9%.",
			"Germany’s economy failed to expand in 2023, contracting by 0.9 per cent.",
			"West German output failed to grow in 2023, falling 0.9 pct.",
			"Germany's economy failed to grow in 2023 and shrank 0.9%.",
		}, want: []string{"gdp_growth DEU -0.9 actual 2023"}},
		{name: "near miss: not only, not far from", wordings: []string{
			"Britain’s economy not only grew 1.1% in 2024 but also created jobs.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024"}},
		{name: "near miss: not far from", wordings: []string{
			"British inflation was not far from 3.3% in 2024.",
		}, want: []string{"!gdp_growth"}},
	})
}

// A11: a level compared, past its own date, with a time before it ("than before the
// pandemic", "than pre-Covid", "than at the end of 2019") is the change over all the years
// since, not the year's growth; against the year before it is the year's change.
func TestA11ALevelAgainstATimeBeforeItIsNoYearsGrowth(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "against a time with no date", wordings: []string{
			"Germany’s economy was 0.1% larger in 2024 than before the pandemic.",
			"German GDP was 0.1% higher in 2024 than pre-Covid.",
			"Germany's economy was 0.1 per cent bigger in 2024 than before the Covid-19 pandemic, Destatis said.",
			"The German economy was 0.1 pct larger in 2024 than before the crisis.",
		}, want: []string{"gdp_growth DEU 0.1 actual -"}},
		{name: "against a date years before", wordings: []string{
			"German output was 0.3% bigger in 2024 than at the end of 2019.",
			"Germany's economy was 0.3% larger in 2024 than in 2019.",
			"German GDP was 0.3 per cent higher in 2024 than in late 2019.",
		}, want: []string{"gdp_growth DEU 0.3 actual 2020/2024"}},
		{name: "near miss: against the year before", wordings: []string{
			"Germany's economy was 0.1% larger in 2024 than in 2023.",
			"British GDP was 0.1% higher in 2024 than in the previous year.",
		}, want: []string{"gdp_growth * 0.1 actual 2024"}},
		{name: "near miss: prices against a year earlier", published: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US consumer prices were 2.9% higher in December than a year earlier.",
			"US consumer prices in December were 2.9 per cent higher than a year earlier.",
		}, want: []string{"inflation USA 2.9 actual 2024-12 yoy"}},
	})
}
