package extract

import "testing"

// The findings of the s21 attack (notes/s21-attack3.md) on the measure a phrase names: "rate
// of X" names X whatever says who publishes it, and a modifier that widens a measure past its
// headline definition (expanded, broad, U-6, modified, "including discouraged work-seekers")
// names another measure than the one the table holds, as "youth" and "core" do.

// A6: "official" says who publishes a rate, not that it is the central bank's: "the official
// rate of inflation" is inflation, and a bare "the official rate" after a sentence about a
// measure is that measure's, as "the rate" is. A central bank that sets the rate, "Bank Rate",
// "official interest rate" and "official cash rate" still name the policy rate.
func TestA6AnOfficialRateOfAMeasureIsThatMeasure(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "official rate of inflation", wordings: []string{
			"Britain's official rate of inflation was 3.3% in 2024.",
			"The official rate of inflation in Britain was 3.3% in 2024.",
			"In 2024 the UK's official rate of inflation averaged 3.3%.",
			"Britain’s official rate of inflation stood at 3.3 per cent in 2024.",
		}, want: []string{"inflation GBR 3.3 actual 2024"}},
		{name: "official rate of unemployment", wordings: []string{
			"The official rate of unemployment in Britain was 4.4% in 2024.",
			"Britain's official rate of unemployment was 4.4% in 2024.",
			"Britain’s official rate of unemployment averaged 4.4 per cent in 2024.",
		}, want: []string{"unemployment_rate GBR 4.4 actual 2024"}},
		// A bare "the official rate" names Bank Rate in British copy as often as the rate just
		// named (the review of this stop: "inflation was 2.6% in 2021, and the official rate was
		// 0.1%" is Bank Rate): it is no claim, of either.
		{name: "a bare official rate after inflation", wordings: []string{
			"Some say UK inflation was 10% in 2024; the official rate was 3.3%.",
			"Some people say British inflation was 10% in 2024; the official rate was 3.3%.",
		}, want: []string{"!policy_rate"}}, // (the 10% is a claim the official figure answers: withdrawnClaim)
		{name: "a bare official rate in the sentence after", wordings: []string{
			"Inflation in Britain was 3.3% in 2024. The official rate had been 6.8% a year earlier.",
		}, want: []string{"inflation GBR 3.3 actual 2024"}},
		{name: "a bare official rate after unemployment", wordings: []string{
			"Unemployment in Britain was 4.4% in 2024; the official rate was 4.4%.",
		}, want: []string{"unemployment_rate GBR 4.4 actual 2024"}},
		{name: "a bare official rate that is Bank Rate", wordings: []string{
			"Inflation in Britain was 2.6% in 2021, and the official rate was 0.1% for most of the year.",
			"Unemployment in Britain was 4.5% in 2021, and the official rate was 0.1%.",
		}, want: []string{"* GBR * actual 2021"}},
		{name: "near miss: official inflation rate", wordings: []string{
			"Britain's official inflation rate was 3.3% in 2024.",
			"The UK's official inflation rate averaged 3.3% in 2024.",
		}, want: []string{"inflation GBR 3.3 actual 2024"}},
		{name: "near miss: South Africa's official unemployment rate is the headline", wordings: []string{
			"South Africa's official unemployment rate rose to 32.9% in 2024.",
			"South Africa’s official unemployment rate was 32.9 per cent in 2024, Stats SA said.",
		}, want: []string{"unemployment_rate ZAF 32.9 actual 2024"}},
		{name: "near miss: a central bank's official rate", wordings: []string{
			"The Bank of England raised the official rate to 5.25% in 2023.",
			"The Bank of England held its official rate at 5.25% in 2023.",
		}, want: []string{"policy_rate GBR 5.25 actual 2023"}},
		{name: "near miss: official interest rate, Bank Rate, official cash rate", wordings: []string{
			"The official interest rate in Britain was 4.75% in 2024.",
			"The Bank of England cut Bank Rate to 4.75% in 2024.",
		}, want: []string{"policy_rate GBR 4.75 actual 2024"}},
		{name: "near miss: Australia's official cash rate", wordings: []string{
			"Australia's official cash rate was 4.35% in 2024.",
			"The Reserve Bank of Australia held the official cash rate at 4.35% in 2024.",
		}, want: []string{"policy_rate AUS 4.35 actual 2024"}},
	})
}

// A7, A9: a measure widened past its headline definition, by a modifier of its phrase or by
// words after the figure or earlier in its clause, is another measure: South Africa's expanded
// rate, the US U-6 rate, Ireland's modified domestic demand and modified GNI.
func TestA7A9AWidenedMeasureIsAnotherMeasure(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "expanded or broad rate alone", wordings: []string{
			"South Africa's expanded unemployment rate was 41.9% in 2024.",
			"South Africa’s broad unemployment rate was 41.9 per cent in 2024.",
			"The expanded unemployment rate in South Africa rose to 41.9% in 2024.",
			"The U-6 unemployment rate was 7.5% in 2024.",
			"Ireland's modified GNI grew 4.7% in 2024.",
			"Ireland's modified gross national income rose 4.7% in 2024.",
			"Ireland's economy, measured by modified domestic demand, grew 2.7% in 2024.",
		}, want: []string{"!unemployment_rate"}},
		{name: "no growth claim for a modified aggregate", wordings: []string{
			"Ireland's modified GNI grew 4.7% in 2024.",
			"Ireland's economy, measured by modified domestic demand, grew 2.7% in 2024.",
			"Ireland’s economy, as measured by modified domestic demand, expanded 2.7% in 2024.",
		}, want: []string{"!gdp_growth"}},
		{name: "South Africa: the headline and the expanded rate", wordings: []string{
			"South Africa's official rate of unemployment was 32.3% in 2024, while the expanded rate was 41.9%.",
			"South Africa's official unemployment rate was 32.3% in 2024; on the expanded definition it was 41.9%.",
			"South Africa's unemployment rate was 32.3% in 2024, or 41.9% on the expanded definition.",
			"South Africa's unemployment rate was 32.3% in 2024, and 41.9% including discouraged work-seekers.",
			"Unemployment in South Africa was 32.3% in 2024 (41.9% on the broad measure).",
		}, want: []string{"unemployment_rate ZAF 32.3 actual 2024"}},
		{name: "US: the headline and U-6", wordings: []string{
			"US unemployment was 4% in 2024, while the broader U-6 measure was 7.5%.",
			"The US unemployment rate was 4% in 2024 (7.5% on the U-6 measure).",
			"America's unemployment rate was 4% in 2024, or 7.5% including discouraged workers and part-timers who want full-time work.",
			"US unemployment was 4% in 2024, while a broader measure was 7.5%.",
			"US unemployment was 4% in 2024; the broader measure of unemployment was 7.5%.",
			"US unemployment was 4% in 2024; on a wider definition it was 7.5%.",
		}, want: []string{"unemployment_rate USA 4 actual 2024"}},
		{name: "near miss: a headline figure given by the survey that defines it", wordings: []string{
			"South Africa's unemployment rate was 32.3% in 2024 on the official definition.",
			"South Africa's unemployment rate, as measured by the labour force survey, was 32.3% in 2024.",
		}, want: []string{"unemployment_rate ZAF 32.3 actual 2024"}},
		{name: "near miss: the index's full name holds a modifier of another noun", wordings: []string{
			"US consumer prices, as measured by the consumer price index for all urban consumers, rose 2.9% in 2024.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
		{name: "near miss: an inflation rate and its core", wordings: []string{
			"US inflation was 2.9% in 2024, or 3.2% excluding food and energy.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
		{name: "near miss: the economy expanded", wordings: []string{
			"South Africa's economy expanded 0.6% in 2024.",
			"The South African economy expanded by 0.6% in 2024.",
		}, want: []string{"gdp_growth ZAF 0.6 actual 2024"}},
	})
}
