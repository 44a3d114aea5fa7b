package extract

import (
	"testing"
	"time"
)

// A place the lexicon does not know, named right after a figure ("4.1% in Alabama"), makes
// the figure that place's: the country the article spoke of before is not its country (issue
// 12's third attack: a state's rate was judged against the nation's). Each wording follows a
// sentence about the country, whose claim is the only one wanted.
var placeAfterFigureFamilies = []family{
	{name: "a state or a province after the figure", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy grew 2.8% in 2024. Unemployment was 4.1% in Alabama in 2024.",
		"The US economy grew 2.8% in 2024. The jobless rate stood at 3.4% in Texas last year.",
		"The US economy grew 2.8% in 2024. Prices rose 3.1 percent across California in 2024, state officials said.",
		"The US economy grew 2.8% in 2024. Unemployment held at 4.1 per cent throughout Ohio in 2024.",
		"The US economy grew 2.8% in 2024. Inflation was 2.6% in Florida and 2.9% in Nevada in 2024.",
		"The US economy grew 2.8% in 2024. The unemployment rate was 5.6% among Hispanics in 2024.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "a region or a city after the figure", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy shrank 0.2% in 2024. Inflation hit 2.4% in Bavaria in 2024, the state statistics office said.",
		"Germany's economy shrank 0.2% in 2024. Unemployment rose to 7.3% in Saxony last year.",
		"Germany's economy shrank 0.2% in 2024. Consumer prices climbed 2.1 pct in Hamburg in 2024.",
	}, want: []string{"gdp_growth DEU -0.2 actual 2024"}},
	{name: "a known country, a date or a people after the figure keeps its reading", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy grew 2.8% in 2024. Unemployment was 4.1% in 2024, Reuters reported.",
		"The US economy grew 2.8% in 2024. Unemployment was 4.1% in December 2024.",
		"The US economy grew 2.8% in 2024. Unemployment was 4.1% for Americans in 2024.",
		"The US economy grew 2.8% in 2024. Unemployment was 4.1% in the United States in 2024.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024", "unemployment_rate USA 4.1 actual *"}},
}

func TestPlaceAfterFigureIsNotTheCountry(t *testing.T) {
	runFamilies(t, familyDate, placeAfterFigureFamilies)
}

// A capital city's name before a measure as a noun that modifies it is the city's series, as
// its possessive is ("Tokyo's consumer prices"): Tokyo's consumer price index is published
// weeks before Japan's and reported as such, and was judged against Japan's inflation. A
// city-state's name (Singapore) is its country's, and a capital that speaks or owns a budget
// stands for its government.
var capitalBeforeMeasureFamilies = []family{
	{name: "a capital before prices or unemployment is the city's", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Tokyo consumer prices, a leading indicator of nationwide trends, rose 2.2% in 2024.",
		"Tokyo consumer prices rose 2.2 pct in 2024.",
		"The Tokyo consumer price index rose 2.2 per cent in 2024.",
		"London house prices fell 2% in 2024.",
		"Mexico City inflation was 4.4% in 2024.",
		"Paris unemployment was 7.1% in 2024.",
	}},
	{name: "a city-state's or a country's name before prices is the country's", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Singapore consumer prices rose 2.4% in 2024.",
		"Singapore's consumer prices rose 2.4 per cent in 2024.",
	}, want: []string{"inflation SGP 2.4 actual 2024"}},
	{name: "a capital that speaks stands for its government", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Tokyo said consumer prices rose 2.7% in 2024.",
		"Tokyo says consumer prices rose 2.7 pct in 2024.",
	}, want: []string{"inflation JPN 2.7 actual 2024"}},
}

func TestCapitalBeforeMeasureIsTheCity(t *testing.T) {
	runFamilies(t, familyDate, capitalBeforeMeasureFamilies)
}

// Georgia is a country and a US state. A sentence that places it (another state, Atlanta,
// "state officials") was already read as the state; one that does not say which is the
// republic's only when the article has a word of the republic's own copy (its capital, its
// currency, its statistics office, its neighbours); else it makes no claim, and its figure
// is no other country's either.
var unplacedGeorgiaFamilies = []family{
	{name: "Georgia with nothing of the republic is no claim", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Georgia's unemployment rate was 3.5% in 2024.",
		"In Georgia, unemployment averaged 3.5% in 2024.",
		"Georgia's population reached 11.2 million in 2024.",
		"Unemployment in Georgia was 3.5 percent in 2024.",
		"Georgia's economy grew 3.1% in 2024, outpacing the nation.",
	}},
	{name: "Georgia after the US is no claim and not the US's", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy grew 2.8% in 2024. Georgia's unemployment rate was 3.5% in 2024.",
		"The US economy grew 2.8% in 2024. Unemployment in Georgia was 3.5% in 2024.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "Georgia in an article with the republic's words is the republic", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"TBILISI - Georgia's economy grew 9.4% in 2024.",
		"Georgia's economy grew 9.4% in 2024. The lari firmed against the dollar.",
		"Georgia's economy grew 9.4% in 2024, Geostat said.",
		"Georgia's economy grew 9.4% in 2024, outpacing neighbours Armenia and Azerbaijan.",
		"The Georgian economy grew 9.4% in 2024.",
	}, want: []string{"gdp_growth GEO 9.4 actual 2024"}},
}

func TestUnplacedGeorgiaIsNoClaim(t *testing.T) {
	runFamilies(t, familyDate, unplacedGeorgiaFamilies)
}
