package extract

import (
	"testing"
	"time"
)

// measuresFamilies (s28 attack 13): what a figure measures when the words that say it come
// after the figure, in a clause that shares (gaps) the verb and subject of the clause before.
// "The national unemployment rate was 13.3% in 2024, and 36.7% among young people" linked the
// youth rate to Morocco's national rate and flagged it; "Brazil's GDP grew 3.4% in 2024, or
// 2.9% in per capita terms" read the per-head growth as the economy's.
var measuresFamilies = []family{
	{name: "a gapped figure for a group of people is the group's", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Morocco's national unemployment rate was 13.3% in 2024, and 36.7% among young people.",                     // wire
		"In Morocco the jobless rate was 13.3% in 2024 and 36.7% among youth, the planning commission said.",        // broadsheet
		"Morocco's unemployment rate stood at 13.3 percent in 2024, and at 20 percent for women.",                   // business daily
		"Unemployment in Morocco reached 13.3% in 2024, but 19.2% for graduates.",                                   // fact-check
		"The unemployment rate of Morocco was 13.3% in 2024 and 36.7% amongst the young.",                           // translated
		"Morocco's unemployment rate was 13.3% in 2024, and 36.7% among 15- to 24-year-olds.",                       // statistics office
		"Morocco's unemployment rate was 13.3% in 2024, while among graduates it was 19%.",                          // op-ed
		"Morocco's unemployment rate was 13.3% in 2024; among young people it was 36.7%.",                           // blog
		"Morocco's unemployment rate was 13.3% in 2024, whereas among women the rate was 20%.",                      // central bank
		"According to the HCP, Morocco's unemployment rate was 13.3% in 2024 and 36.7% among people aged 15 to 24.", // wire
		"Morocco's unemployment rate in 2024 was 13.3% overall and 25.1% for workers without a degree.",             // broadcaster
	}, want: []string{"unemployment_rate MAR 13.3 actual 2024"}},
	{name: "a main figure's own phrase for a group of people", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Morocco's unemployment rate was 36.7% among young people in 2024.",
		"Morocco's unemployment rate stood at 20% for women in 2024.",
		"Morocco's unemployment rate was 25% in rural areas in 2024.",
	}},
	{name: "a gapped figure for a part of the country is the part's", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Morocco's unemployment rate was 13.3% in 2024, and 25% in rural areas.",
		"Morocco's jobless rate was 13.3 per cent in 2024 and 11 per cent in the capital.",
		"Morocco's unemployment rate was 13.3% in 2024, and 11% in Rabat.",
		"Morocco's unemployment rate was 13.3% in 2024, and 17% in urban areas, the HCP said.",
		"Morocco's unemployment rate was 13.3% in 2024 but 21% in the south.",
		"Morocco's unemployment rate was 13.3% in 2024, and 21% in the Oriental region.",
		"Morocco's unemployment rate was 13.3% in 2024, and 16% in Casablanca-Settat.",
	}, want: []string{"unemployment_rate MAR 13.3 actual 2024"}},
	// near misses: a time, a country, a way of counting or a rank after the gapped figure
	// leaves it the measure's
	{name: "a gapped figure for another year is the country's", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Morocco's unemployment rate was 13.3% in 2024, and 13% in 2023.",
		"Morocco's unemployment rate was 13.3% in 2024, and 13% for 2023.",
		"Morocco's unemployment rate was 13.3% in 2024, and 13% in the year before.",
	}, want: []string{"unemployment_rate MAR 13.3 actual 2024", "unemployment_rate MAR 13 actual 2023"}},
	{name: "a figure for the working-age population is the country's", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Morocco's unemployment rate was 13.3% for people aged 15 and above in 2024.",
		"In 2024 Morocco's unemployment rate stood at 13.3% among those aged 15 and over.",
	}, want: []string{"unemployment_rate MAR 13.3 actual *"}},
	{name: "a month the dates did not take is no group", wordings: []string{
		"US inflation was 2.4% in both April and May 2025.",
	}, want: []string{"inflation USA 2.4 actual 2025-05"}},
	{name: "a gapped figure for another country is that country's", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The unemployment rate was 13.3% in Morocco in 2024, and 7.4% in France.",
		"The unemployment rate was 13.3% in Morocco in 2024 and 7.4% for France.",
	}, want: []string{"unemployment_rate MAR 13.3 actual 2024", "unemployment_rate FRA 7.4 actual 2024"}},
	{name: "a way of counting after a figure keeps its measure", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's economy grew 3.4% in real terms in 2024.",
		"Brazil's economy grew 3.4% in constant prices in 2024.",
		"Brazil's economy grew 3.4% in 2024, among the fastest rates in the region.",
		"Brazil's economy grew 3.4% in 2024, in the fastest expansion since 2021.",
	}, want: []string{"gdp_growth BRA 3.4 actual 2024"}},

	{name: "a gapped or restated figure per head is growth per head", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's GDP grew 3.4% in 2024, or 2.9% in per capita terms.",                     // wire
		"Brazil's economy grew 3.4% in 2024. It expanded 2.9% in per-head terms.",          // broadsheet
		"Brazil's GDP grew 3.4% in 2024, and 2.9% on a per capita basis.",                  // statistics office
		"Brazil's GDP grew 3.4% in 2024, or 2.9% per head.",                                // business daily
		"Brazil's economy expanded 3.4% in 2024. Measured per head, it grew 2.9%.",         // op-ed
		"Brazil's GDP rose by 3.4 percent in 2024, or by 2.9 percent per person.",          // translated
		"Brazil's output grew 3.4% in 2024. Expressed per capita, it rose 2.9%.",           // fact-check
		"Brazil's GDP grew 3.4% in 2024 and 2.9% on a per-person basis, IBGE data showed.", // wire
	}, want: []string{"gdp_growth BRA 3.4 actual 2024", "gdp_per_capita_growth BRA 2.9 actual 2024"}},
	// near misses: a per-head phrase of no output measure, or a level per head
	{name: "spending per head is no output", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Per head of population, spending rose 2% in Brazil in 2024.",
		"Brazil's health spending rose 4% in 2024, or 2% per head.",
		"Measured per head, Brazil's health spending rose 2% in 2024.",
	}, want: []string{"!gdp_per_capita_growth"}},
	{name: "a level per head is no growth", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's GDP per capita stood at $10,000 in 2024.",
	}, want: []string{"!gdp_per_capita_growth"}},
	{name: "growth measured some other way is the economy's", published: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Measured by output, Brazil's economy grew 3.4% in 2024.",
		"Adjusted for inflation, Brazil's economy grew 3.4% in 2024.",
	}, want: []string{"gdp_growth BRA 3.4 actual 2024"}},
}

func TestMeasuresFamilies(t *testing.T) {
	runFamilies(t, familyDate, measuresFamilies)
}
