package extract

import (
	"testing"
	"time"
)

var supersededDate = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

// A figure on a definition since replaced is of another measure than the series the table
// holds (supersededDefinition). Wordings after statistics offices' notes, wires, fact checks
// and Indian and Nigerian business pages, where series were rebased or redefined.
var supersededDefinitionFamilies = []family{
	{name: "a figure on a replaced definition is not the current series", wordings: []string{
		"Nigeria's unemployment rate, by the old method, was 33.3% in 2020.",
		"Under the old methodology, Nigeria's unemployment rate was 33.3% in 2020.",
		"Nigeria's unemployment rate was 33.3% in 2020 under the previous methodology.",
		"According to the old methodology, Nigerian unemployment stood at 33.3% in 2020.",
		"Using the former definition, Nigeria's jobless rate hit 33.3% in 2020.",
		"Based on the discontinued series, Nigeria's unemployment rate was 33.3% in 2020.",
		"Nigeria's jobless rate was 33.3% in 2020 on the old-style measure, the statistics bureau said.",
	}, want: []string{"!unemployment_rate"}},
	{name: "a country's own count is not the international series", published: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's unemployment rate on the national definition was 6.0% in 2024.",
		"Germany's jobless rate, by the national measure, was 6.0% in 2024.",
		"Under Germany's own definition, unemployment was 6.0% in 2024.",
		"Germany's unemployment rate was 6.0% in 2024 on the registered count basis.",
		"Britain's unemployment rate was 4.0% in 2024 on the claimant count definition.",
		"By its own methodology, Germany's labour agency put unemployment at 6.0% in 2024.",
	}, want: []string{"!unemployment_rate"}},
	{name: "the international definition or a national survey keeps the figure", published: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's unemployment rate was 3.4% in 2024.",
		"Spain's unemployment rate was 11.4% in 2024, on the national survey.",
	}, want: []string{"unemployment_rate * * actual 2024"}},
	{name: "two readings of one period on an old and a new series", wordings: []string{
		"India's economy grew 4.5% in 2013 on the old series, against 6.4% on the new one.",
		"On the old base year, India's economy grew 4.5% in 2013; on the new base it grew 6.4%.",
		"India's GDP grew 4.5% in 2013 by the former method, but 6.4% by the revised method.",
	}, want: []string{"!gdp_growth"}},
	{name: "an earlier reading, a basis or a replacing definition alone keeps the figure", wordings: []string{
		"Unemployment in Spain fell to 11.8% in 2023, down from 12.9% in the previous survey.",
	}, want: []string{"unemployment_rate ESP 11.8 actual 2023", "unemployment_rate ESP 12.9 previous *"}},
	{name: "a basis of the current series keeps the figure", wordings: []string{
		"India's economy grew 7% in 2023 on an annual basis.",
		"Under the new methodology, India's economy grew 7% in 2023.",
		"India's economy grew 7% in 2023 under the old government's last budget.",
		"In the earlier part of 2023, India's economy grew 7% in 2023, the statistics office said.",
		"India's economy grew 7% in 2023 on a national accounts basis.",
		"India's economy, by its own measure, grew 7% in 2023.",
		"India's economy grew 7% in 2023, building on an earlier measure of reform.",
	}, want: []string{"gdp_growth IND 7 actual 2023"}},
}

func TestS29SupersededDefinitionFamilies(t *testing.T) {
	runFamilies(t, supersededDate, supersededDefinitionFamilies)
}
