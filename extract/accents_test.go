package extract

import (
	"testing"
	"time"
)

// Names are matched with their accents folded away (fold.go): "Perú", "México", "Bogotá" and
// "Banco de México" were no place at all, and the figures of a story about them took the
// country of the text before, or none (blind round 31: "BOGOTÁ -- The peso averaged about
// 4,070" was Mexico's peso, the default of "peso"). A dateline's place in capitals may carry
// accents too ("SÃO PAULO", "ZÜRICH"), and a dateline may end in a double hyphen the tokenizer
// drops ("WASHINGTON -- The Fed"). A story filed from a market city (datelines.csv: "SYDNEY",
// "MUMBAI") is at home there: "here" is its country. Controls: a letter with no ASCII base keeps its spelling, a
// heading in capitals before a double hyphen is no place, and a city of datelines.csv names
// no country for the figures after it, only the home of its currency.
var accentFamilies = []family{
	{name: "an accented name in running text", wordings: []string{
		"Inflation in Perú rose to 5.2% in September.",
		"Inflation in Peru rose to 5.2% in September.",
		"Peru’s inflation rose to 5.2% in September.",
	}, want: []string{"inflation PER 5.2 * 2026-09"}},
	{name: "accents of a capital and an institution", wordings: []string{
		"The Bogotá government said the economy grew 1.7% in 2025.",
		"BOGOTÁ, Oct 3 (Reuters) - The government met on Friday. The economy grew 1.7% in 2025, the statistics agency said.",
		"BOGOTÁ -- The government met on Friday. The economy grew 1.7% in 2025, the statistics agency said.",
	}, want: []string{"gdp_growth COL 1.7 * 2025"}},
	{name: "an institution with an accent", wordings: []string{
		"Banco de México said inflation averaged 4.7% in 2024.",
		"Banco de Mexico said inflation averaged 4.7% in 2024.",
	}, want: []string{"inflation MEX 4.7 * 2024"}},
	{name: "a dateline in capitals with accents and a double hyphen", wordings: []string{
		"BOGOTÁ -- The peso weakened to 4,100 per dollar on Friday.",
		"BOGOTA -- The peso weakened to 4,100 per dollar on Friday.",
		"BOGOTÁ — The peso weakened to 4,100 per dollar on Friday.",
	}, want: []string{"exchange_rate COL 4100 * *"}},
	{name: "a market city's dateline: the home of \"here\"", wordings: []string{
		"SYDNEY, Oct 3 (Reuters) - Unemployment here rose to 4.5% in September.",
	}, want: []string{"unemployment_rate AUS 4.5 * 2026-09"}},
	{name: "a market city's dateline: the home of \"here\" (2)", wordings: []string{
		"MUMBAI - Inflation here eased to 1.5% in September.",
	}, want: []string{"inflation IND 1.5 * 2026-09"}},
	// controls
	{name: "control: a market city names no country for other figures", wordings: []string{
		"SÃO PAULO -- Inflation rose to 5.2% in September.",
		"ZURICH - Inflation rose to 0.2% in September.",
	}, want: []string{"!inflation"}},
	{name: "control: a heading in capitals before a double hyphen", wordings: []string{
		"EXCLUSIVE -- The peso weakened to 18.3 per dollar on Friday.",
	}, want: []string{"exchange_rate MEX 18.3 * *"}},
}

func TestAccentFolding(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC), accentFamilies)
}

func TestNameKeyOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Peru", "Peru"},
		{"Perú", "Peru"},
		{"SÃO", "SAO"},
		{"Côte", "Cote"},
		{"d’Ivoire", "d'Ivoire"},
		{"Türkiye", "Turkiye"},
		{"Tromsø", "Tromsø"}, // ø decomposes to no ASCII letter
		{"Straße", "Straße"},
		{"Москва", "Москва"},
		{"", ""},
	} {
		if got := nameKeyOf(c.in); got != c.want {
			t.Errorf("nameKeyOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
