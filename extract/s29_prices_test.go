package extract

import (
	"testing"
	"time"
)

var pricesDate = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

// A noun before "price inflation", "inflation" or "prices" names the part of the price index
// that is meant, and the figure is not the country's consumer-price inflation. Nouns the
// tagger took for adjectives by their ending ("hospital", "cereal", "vegetable", "chemical",
// "material"), and hyphenated compounds ending in such a noun before "price" ("shop-price",
// "used-car price"), were read as the headline measure (noun_modifier.go). The wordings are
// after wire copy, statistics-office releases, trade-body statements, columns and Indian,
// British and American usage; the controls keep the headline measure with its neutral
// modifiers.
var pricesFamilies = []family{
	{name: "a noun in -al or -able before price inflation names a part of the index", published: pricesDate, wordings: []string{
		"Hospital price inflation in Germany was 4.5% in 2024.",
		"In Germany, hospital price inflation reached 4.5 per cent in 2024, insurers said.",
		"Germany's hospital inflation hit 4.5% in 2024, according to the health ministry.",
		"German hospital prices rose 4.5% in 2024, the statistics office said.",
		"Hospital inflation ran at 4.5% in Germany in 2024, well above the general rate.",
		"Q: What was hospital price inflation in Germany in 2024? A: 4.5%.",
		"Health: Hospital price inflation in Germany was 4.5% in 2024. Pharmacy prices in Japan fell 1.2% in 2024.",
		"Cereal prices in India rose 8.7% in 2023, official data showed.",
		"Cereal inflation in India was 8.7% in 2023.",
		"Vegetable price inflation in India hit 8.7% in 2023, the statistics ministry said.",
		"India's vegetable inflation was 8.7 per cent in 2023.",
		"Chemical prices in Germany rose 4.5% in 2024.",
		"Material price inflation in Britain was 10% in 2022, builders said.",
		"Mineral prices in Australia rose 10% in 2022.",
		"Electronics prices in Japan fell 1.2% in 2024.",
	}, want: []string{"!inflation"}},
	{name: "a hyphenated compound ending in a noun names the goods priced", published: pricesDate, wordings: []string{
		"Shop-price inflation in Britain was 4.3% in 2023.",
		"Britain's shop-price inflation was 4.3% in 2023, the British Retail Consortium said.",
		"UK used-car price inflation was 4.3% in 2023.",
		"Hospital-price inflation in Germany was 4.5% in 2024.",
		"Energy-price inflation in Spain reached 30% in 2022.",
	}, want: []string{"!inflation"}},
	{name: "sectors already read as parts stay parts", published: pricesDate, wordings: []string{
		"Food price inflation in India hit 8.7% in 2023.",
		"UK shop price inflation was 4.3% in 2023.",
		"Medical inflation in the United States ran at 3% in 2024.",
		"Rent inflation in Canada was 7.5% in 2023.",
		"House price inflation in Britain was 10% in 2022.",
		"Energy price inflation in Spain reached 30% in 2022.",
		"Services inflation in the euro area was 4% in 2023.",
		"Goods inflation in the euro area was 4% in 2023.",
		"Wage inflation in Britain was 7% in 2023.",
		"Import price inflation in Japan was 30% in 2022.",
		"Producer price inflation in Germany was 30% in 2022.",
		"Tuition inflation in the United States was 5% in 2023.",
		"Fuel prices in Nigeria rose 40% in 2023.",
		"Airfare inflation in the United States was 25% in 2022.",
		"Used car prices in the United States rose 37% in 2021.",
		"Asset-price inflation in China was 20% in 2021.",
		"House-price inflation in Britain was 10% in 2022.",
		"Electricity price inflation in Germany was 30% in 2022.",
		"Healthcare inflation in the United States was 4% in 2023.",
		"Housing inflation in the United States was 8% in 2023.",
	}, want: []string{"!inflation"}},
	{name: "the headline measure with its neutral modifiers stays the country's inflation", published: pricesDate, wordings: []string{
		"Consumer price inflation in Germany was 5.9% in 2023.",
		"Consumer-price inflation in Germany was 5.9% in 2023.",
		"German inflation was 5.9% in 2023.",
		"Price inflation in Germany was 5.9% in 2023.",
		"Annual inflation in Germany was 5.9% in 2023.",
		"Inflation in Germany, measured by consumer prices, was 5.9% in 2023.",
		"Consumer prices in Germany rose 5.9% in 2023.",
		"The cost of living in Germany rose 5.9% in 2023.",
		"CPI inflation in Germany was 5.9% in 2023.",
		"Prices in Germany rose 5.9% in 2023.",
		"General inflation in Germany was 5.9% in 2023.",
		"Official inflation in Germany was 5.9% in 2023.",
		"Overall inflation in Germany was 5.9% in 2023.",
		"Headline inflation in Germany was 5.9% in 2023.",
		"Germany's annual inflation rate was 5.9% in 2023.",
		"Year-on-year price inflation in Germany was 5.9% in 2023.",
		"Year-on-year inflation in Germany was 5.9% in 2023.",
		"Massive inflation in Germany was 5.9% in 2023.",
	}, want: []string{"inflation DEU 5.9 actual 2023"}},
	{name: "a neutral adjective with a plural of its own stays neutral", published: pricesDate, wordings: []string{
		"Negative inflation in Japan was 0.2% in 2021.",
	}, want: []string{"inflation JPN -0.2 actual 2021"}},
}

func TestS29Prices(t *testing.T) {
	runFamilies(t, pricesDate, pricesFamilies)
}
