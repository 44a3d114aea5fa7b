package extract

import (
	"testing"
	"time"
)

var s27SignsDate = time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)

// s27SignFamilies: a fall named after "after" with "by" ("after contracting by 0.5 percent")
// is read as a change noun in comparison with the figure before it. The reading copied the
// earlier figure's ("grew by 0.2 percent") and with it its sign, so the fall came out as a
// rise of 0.5, and the figure coordinated with it ("and 0.9 percent in 2023") as well.
var s27SignFamilies = []family{
	{name: "a fall by an amount after a rise keeps its sign, and so does the figure listed with it", wordings: []string{
		"According to Destatis, price-adjusted GDP grew by 0.2 percent in 2025, after contracting by 0.5 percent in 2024 and 0.9 percent in 2023.",
		"Germany's economy expanded 0.2% in 2025 after shrinking by 0.5% in 2024 and 0.9% in 2023.",
		"German GDP rose by 0.2 per cent in 2025, after falling by 0.5 per cent in 2024 and by 0.9 per cent in 2023.",
		"Germany's GDP growth was 0.2 percent in 2025, after contracting by 0.5 percent in 2024 and 0.9 percent in 2023.",
		"The German economy grew by 0.2 pct in 2025, after declining by 0.5 pct in 2024 and 0.9 pct in 2023.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU -0.5 previous 2024", "gdp_growth DEU -0.9 previous 2023"}},
	{name: "a fall by an amount after a rise, alone", wordings: []string{
		"Germany's GDP grew by 0.2 percent in 2025, after contracting by 0.5 percent in 2024.",
		"Germany's economy expanded by 0.2% in 2025, after shrinking by 0.5% in 2024.",
		"Germany's GDP grew by 0.2 percent in 2025, after a contraction of 0.5 percent in 2024.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU -0.5 previous 2024"}},
	{name: "a rise by an amount after a fall is a rise", wordings: []string{
		"Germany's GDP fell by 0.3% in 2025, after growing by 0.5% in 2024.",
		"German output shrank by 0.3 percent in 2025, after expanding by 0.5 percent in 2024.",
	}, want: []string{"gdp_growth DEU -0.3 actual 2025", "gdp_growth DEU 0.5 previous 2024"}},
	{name: "a fall with its verb coordinated with a figure of the same verb shares its sign", wordings: []string{
		"Germany's economy contracted 0.5% in 2024 and 0.9% in 2023.",
		"Germany's economy contracted by 0.5 percent in 2024 and 0.9 percent in 2023.",
		"German GDP shrank 0.5 pct in 2024 and 0.9 pct in 2023, Destatis said.",
		"The German economy had contracted by 0.5% in 2024 and 0.9% in 2023.",
	}, want: []string{"gdp_growth DEU -0.5 * 2024", "gdp_growth DEU -0.9 * 2023"}},
	// near misses: a figure with a verb of its own, or of another measure, takes no sign
	{name: "near miss: a rise with its own verb after the fall", wordings: []string{
		"Germany's GDP grew by 0.2 percent in 2025, after contracting by 0.5 percent in 2024 and expanding by 0.9 percent in 2023.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU -0.5 previous 2024", "gdp_growth DEU 0.9 * 2023"}},
	{name: "near miss: the fall and a rise of its own", wordings: []string{
		"Germany's economy contracted 0.5% in 2024 and grew 0.9% in 2025.",
	}, want: []string{"gdp_growth DEU -0.5 actual 2024", "gdp_growth DEU 0.9 actual 2025"}},
	{name: "near miss: a fall beside another measure's level", wordings: []string{
		"Germany's GDP fell 0.5% in 2024 while inflation was 0.9%.",
		"Germany's economy contracted 0.5% in 2024, and inflation was 0.9%.",
	}, want: []string{"gdp_growth DEU -0.5 actual 2024", "inflation DEU 0.9 actual 2024"}},
	{name: "near miss: a fall in comparison beside another measure's level", wordings: []string{
		"Germany's GDP grew by 0.2 percent in 2025, after contracting by 0.5 percent in 2024, while inflation was 0.9 percent in 2024.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU -0.5 previous 2024", "inflation DEU 0.9 actual 2024"}},
	{name: "near miss: a level reached after a fall is no fall", wordings: []string{
		"Germany's inflation rate rose to 2.2 percent in 2025, after falling to 0.5 percent in 2024.",
	}, want: []string{"inflation DEU 2.2 actual 2025", "inflation DEU 0.5 previous 2024"}},
}

func TestS27SignFamilies(t *testing.T) {
	runFamilies(t, s27SignsDate, s27SignFamilies)
}

// s27AgeFamilies: a number that is the object of "aged" or of the noun "age" is an age that
// bounds the group measured, and measures nothing. Bare, it borrowed the percent of the rate
// beside it: "an unemployment rate of 3.2% for people aged 15 and above" gave a rate of 15.
var s27AgeFamilies = []family{
	{name: "an age after a rate is no rate", wordings: []string{
		"The survey shows an unemployment rate of 3.2% in 2023 for Indians aged 15 and above.",
		"The survey put India's unemployment rate at 3.2% in 2023 for people aged 15 and over.",
		"Official data show a jobless rate of 3.2% in 2023 among Indians aged 15 and older.",
		"India recorded an unemployment rate of 3.2 per cent in 2023 for persons aged 15 years and above.",
		"The PLFS gives India an unemployment rate of 3.2% in 2023 for those over the age of 15.",
		"India's unemployment rate was 3.2% in 2023 for people aged 15 and above.",
		"Among Indians aged 15 and over, the unemployment rate was 3.2% in 2023.",
	}, want: []string{"unemployment_rate IND 3.2 actual 2023"}},
	{name: "both bounds of an age range are ages", wordings: []string{
		"Spain had an unemployment rate of 12.1% in 2023 for people aged between 16 and 64.",
		"Spain had an unemployment rate of 12.1% in 2023 for people between the ages of 16 and 64.",
		"Spain had an unemployment rate of 12.1% in 2023 for people aged 16 to 64.",
		"Spain's unemployment rate was 12.1% in 2023 for people aged 16-64.",
	}, want: []string{"unemployment_rate ESP 12.1 actual 2023"}},
	{name: "an age after a population's share is no population", wordings: []string{
		"India's population grew to 1.43 billion in 2023, with 26% aged under 15.",
		"India's population reached 1.43 billion in 2023, 26 percent of them aged below 15.",
	}, want: []string{"population IND 1430000000 actual 2023"}},
	// near misses: a figure after "age" that is no object of it, or a rate after the group
	{name: "near miss: a rate stated after the age group", wordings: []string{
		"For people aged 15 and above, India's unemployment rate was 3.2% in 2023.",
		"India's unemployment rate for those aged 15 and over was 3.2 percent in 2023.",
	}, want: []string{"unemployment_rate IND 3.2 actual 2023"}},
	{name: "near miss: figures after an aged population are still figures", wordings: []string{
		"Japan's ageing population pushed its unemployment rate to 2.6% in 2023.",
		"In an age of high prices, US inflation was 4.1% in 2023.",
	}, want: []string{"* * * actual 2023"}},
}

// s27AgeGroupFamilies: a jobless rate bounded to an age group that leaves out part of the
// working-age population is that group's rate, no national one: "the unemployment rate for
// those aged 15 to 24 was 45.5%" was judged against South Africa's 32.1% and flagged.
var s27AgeGroupFamilies = []family{
	{name: "a jobless rate of an age group is no national rate", wordings: []string{
		"South Africa's unemployment rate for those aged 15 to 24 was 45.5% in 2023.",
		"The unemployment rate for South Africans aged 15 to 24 was 45.5 per cent in 2023, Stats SA said.",
		"South Africa's unemployment rate was 45.5% in 2023 for those aged 15 to 24.",
		"South Africa's jobless rate for people aged between 15 and 24 stood at 45.5 percent in 2023.",
		"South Africa's unemployment rate for those aged under 25 was 45.5% in 2023.",
		"The US unemployment rate for Americans aged 25 and over was 3% in 2023.",
		"The US unemployment rate for workers aged 25 to 54 was 3.2% in 2023.",
	}},
	{name: "a group's rate beside the national one", wordings: []string{
		"South Africa's unemployment rate was 32.1% in 2023, while the rate for those aged 15 to 24 was 45.5%.",
	}, want: []string{"unemployment_rate ZAF 32.1 actual 2023"}},
	// near misses: the working-age population a national rate counts
	{name: "near miss: a national rate for the working-age population", wordings: []string{
		"South Africa's unemployment rate was 32.1% in 2023 for those aged 15 to 64.",
		"South Africa's unemployment rate for those aged 15 to 64 was 32.1% in 2023.",
		"South Africa's unemployment rate was 32.1% in 2023 for people aged 15 and above.",
		"South Africa's official unemployment rate, which covers people aged 15-64, was 32.1% in 2023.",
	}, want: []string{"unemployment_rate ZAF 32.1 actual 2023"}},
}

func TestS27AgeGroupFamilies(t *testing.T) {
	runFamilies(t, s27SignsDate, s27AgeGroupFamilies)
}

func TestS27AgeFamilies(t *testing.T) {
	runFamilies(t, s27SignsDate, s27AgeFamilies)
}

// s27QuarterFamilies: a quarter named by its last month takes the year written after it, and
// a quarter named with no year that an outturn reports is one that is over.
var s27QuarterFamilies = []family{
	{name: "a quarter named by its month takes the year after it", published: time.Date(2026, 3, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The ABS says annual CPI inflation in Australia was 2.4 per cent in the year to the December quarter 2024.",
		"Australia's consumer price index rose 2.4 per cent in the twelve months to the December quarter 2024, the ABS said.",
		"Australian inflation was 2.4% in the December quarter of 2024.",
		"In the December quarter 2024, Australia's annual inflation rate was 2.4 per cent.",
	}, want: []string{"inflation AUS 2.4 actual 2024-Q4"}},
	{name: "a quarter named by its month, with its year, that is not the latest", published: time.Date(2026, 3, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's economy grew 0.3 per cent in the March quarter 2025, the ABS said.",
		"Australian GDP rose 0.3% in the March quarter of 2025.",
	}, want: []string{"gdp_growth AUS 0.3 actual 2025-Q1"}},
	{name: "near miss: a quarter named by its month alone is the latest", published: time.Date(2026, 3, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australian inflation was 2.4% in the December quarter.",
	}, want: []string{"inflation AUS 2.4 actual 2025-Q4"}},
	{name: "a quarter under way is no outturn's: the last one that is over", published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy contracted by 0.3% in the second quarter.",
		"German GDP shrank 0.3 percent in the second quarter, Destatis said.",
		"The German economy declined by 0.3 per cent in the second quarter, official figures showed.",
		"According to Destatis, Germany's gross domestic product fell 0.3% in the second quarter.",
	}, want: []string{"gdp_growth DEU -0.3 actual 2025-Q2"}},
	{name: "a quarter under way, listed after a year's quarter", published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The ONS says the UK economy grew by 0.7% in the first three months of 2025 and by 0.3% in the second quarter.",
	}, want: []string{"gdp_growth GBR 0.7 actual 2025-Q1", "gdp_growth GBR 0.3 actual 2025-Q2"}},
	{name: "a quarter named by its month under way is no outturn's", published: time.Date(2026, 3, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's economy grew 0.3 per cent in the March quarter, the ABS said.",
	}, want: []string{"gdp_growth AUS 0.3 actual 2025-Q1"}},
	// near misses: a forecast of the quarter under way, a quarter over, a year written
	{name: "near miss: a forecast of the quarter under way is of that quarter", published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Economists expect Germany's economy to grow 0.3% in the second quarter.",
		"Germany's economy is forecast to grow 0.3 percent in the second quarter.",
	}, want: []string{"gdp_growth DEU 0.3 forecast 2026-Q2"}},
	{name: "near miss: a quarter that is over", published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy grew 0.3% in the first quarter.",
	}, want: []string{"gdp_growth DEU 0.3 actual 2026-Q1"}},
	{name: "near miss: a quarter with its year", published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy grew 0.3% in the second quarter of 2025.",
	}, want: []string{"gdp_growth DEU 0.3 actual 2025-Q2"}},
}

func TestS27QuarterFamilies(t *testing.T) {
	runFamilies(t, s27SignsDate, s27QuarterFamilies)
}

// s27SameMonthFamilies: a change of prices from a month to the same month is over twelve
// months, a year-on-year rate to the second month; the month word alone ("to December") made
// it a monthly change, and a year beside it the year's average.
var s27SameMonthFamilies = []family{
	{name: "a rise from December to December is the year's to December", published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2025 as a whole, US consumer prices rose 2.7% from December to December.",
		"US consumer prices rose 2.7 percent from December to December in 2025, the Labor Department said.",
		"The US consumer price index rose 2.7% from December 2024 to December 2025.",
		"US consumer prices rose 2.7% in 2025 on a December-to-December basis.",
		"In 2025, US consumer prices rose 2.7 per cent December over December.",
	}, want: []string{"inflation USA 2.7 actual 2025-12 yoy"}},
	{name: "a rise from December to December in a year that is not the latest", published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2022, US consumer prices rose 6.5% from December to December.",
		"The US CPI rose 6.5% from December 2021 to December 2022.",
		"US consumer prices rose 6.5 percent from December to December in 2022.",
	}, want: []string{"inflation USA 6.5 actual 2022-12 yoy"}},
	{name: "each figure its own span", published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 2.9% from December 2023 to December 2024 and 2.7% from December 2024 to December 2025.",
	}, want: []string{"inflation USA 2.9 actual 2024-12 yoy", "inflation USA 2.7 actual 2025-12 yoy"}},
	{name: "a span set off by commas dates each figure by its own year", published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in Argentina fell to 117.8% in 2024, measured December on December, from 211.4% in 2023.",
		"Argentina's consumer prices rose 117.8 percent in 2024, December to December, down from 211.4 percent in 2023.",
	}, want: []string{"inflation ARG 117.8 actual 2024-12 yoy", "inflation ARG 211.4 previous 2023-12 yoy"}},
	{name: "a span from a month to the same month of a year not said has no period", published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 3.4% from December to December, the Labor Department said.",
	}, want: []string{"inflation USA 3.4 actual - yoy"}},
	// near misses: a span of one month is a monthly change; a year's average stays the year's
	{name: "near miss: from one month to the next is a monthly change", published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 0.4% from November to December 2025.",
		"US consumer prices rose 0.4% from November to December.",
	}, want: []string{"inflation USA 0.4 actual - unknown"}},
	{name: "near miss: the year's average beside it", published: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 4.1% in 2023, while from December to December they rose 3.4%.",
	}, want: []string{"inflation USA 4.1 actual 2023 annual", "inflation USA 3.4 actual 2023-12 yoy"}},
}

func TestS27SameMonthFamilies(t *testing.T) {
	runFamilies(t, s27SignsDate, s27SameMonthFamilies)
}
