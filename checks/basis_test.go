package checks

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// usFigure is a US figure of the fake table.
func usFigure(indicator, period, basis string, value float64, release, derivation string) reference.Observation {
	return reference.Observation{
		Entity: "USA", Indicator: indicator, Period: period, Basis: basis, Value: value, Kind: "actual",
		Source: "BEA", SourceURL: "https://example.org/bea/" + release, Release: release, Label: "BEA " + release,
		Derivation: derivation,
	}
}

var usFigures = fakeReference{observations: []reference.Observation{
	usFigure("gdp_growth", "2023", "annual", 2.5, "2024-03-28", ""),
	usFigure("gdp_growth", "2023-Q3", "annualised", 4.9, "2023-10-26", "annualised q/q growth derived from levels"),
	usFigure("gdp_growth", "2023-Q3", "yoy", 2.9, "2023-10-26", "y/y growth derived from levels"),
	usFigure("gdp", "2023", "annual", 27.36e12, "2024-03-28", ""),
	usFigure("gdp_per_capita", "2023", "annual", 81695, "2024-03-28", ""),
	usFigure("inflation", "2023", "annual", 4.1, "2024-01-31", ""),
	usFigure("inflation", "2023-07", "yoy", 3.1778, "2023-08-31", "y/y inflation derived from the index"),
}}

// TestNeighbouringMeasuresAreNeverConfused judges claims that sit next to a measure the table
// holds: another basis, another frequency, nominal against real, a total against a value per
// head. None of them is judged against the neighbour.
func TestNeighbouringMeasuresAreNeverConfused(t *testing.T) {
	us := func(indicator, period, basis string, value, step float64, unit, sentence string) extract.Claim {
		return basisClaim("USA", indicator, period, basis, value, step, unit, inSentence(sentence))
	}
	tests := []struct {
		name     string
		claim    extract.Claim
		verdict  string
		explains string
	}{
		{"an unstated quarterly basis is read as the headline, and one that matches the y/y rate instead is not flagged",
			us("gdp_growth", "2023-Q3", "unknown", 2.9, 0.1, extract.UnitPercent, "The economy grew 2.9% in the third quarter."),
			NoReference, "read as year on year, per BEA (release 2023-10-26), the United States' GDP growth in Q3 2023 was 2.9%"},
		{"an unstated quarterly basis that matches no basis is flagged against the headline",
			us("gdp_growth", "2023-Q3", "unknown", 3.6, 0.1, extract.UnitPercent, "The economy grew 3.6% in the third quarter."),
			Inconsistent, "was 4.9% (annualised q/q growth derived from levels)"},
		{"a q/q claim against a table of annualised and y/y rates",
			us("gdp_growth", "2023-Q3", "qoq", 1.2, 0.1, extract.UnitPercent, "The economy grew 1.2% in the third quarter."),
			NoReference, "holds the United States' GDP growth in Q3 2023 only annualised quarter on quarter (4.9%, BEA release 2023-10-26) and year on year (2.9%, BEA release 2023-10-26), not quarter on quarter"},
		{"a nominal growth rate is not judged against real growth, though it matches",
			us("gdp_growth", "2023", "annual", 2.5, 0.1, extract.UnitPercent, "Nominal GDP grew 2.5% in 2023."),
			NoReference, "the sentence speaks of nominal GDP, and the table holds the United States' GDP growth in 2023 in real terms"},
		{"a real level is not judged against GDP in current dollars",
			us("gdp", "2023", "annual", 22.4e12, 1e11, "USD", "Real GDP, in chained 2017 dollars, was $22.4 trillion."),
			NoReference, "the sentence speaks of real GDP (constant prices)"},
		{"a value per head linked to GDP is judged against GDP per capita",
			us("gdp", "2023", "annual", 81700, 100, "USD", "GDP per head was $81,700 in 2023."),
			Consistent, "the United States' GDP per capita in 2023 was $81695"},
		{"a value per head that matches neither is not called wrong",
			us("gdp", "2023", "annual", 60000, 1000, "USD", "GDP per head was $60,000 in 2023."),
			NoReference, "matches neither the United States' GDP in 2023 nor the GDP per capita"},
		{"a total in a sentence about GDP per head is still judged as a total",
			us("gdp", "2023", "annual", 27.4e12, 1e11, "USD", "GDP was $27.4 trillion in 2023, or $81,700 per head."),
			Consistent, "the United States' GDP in 2023 was $27.36 trillion"},
		{"a month's inflation of an economy with a monthly series is judged against the month",
			us("inflation", "2023-07", "yoy", 3.2, 0.1, extract.UnitPercent, "Inflation was 3.2% in July."),
			Consistent, "(y/y inflation derived from the index)"},
		{"a quarter's inflation is no_reference and names the year's average",
			us("inflation", "2023-Q3", "yoy", 3.5, 0.1, extract.UnitPercent, "Inflation was 3.5% in the third quarter."),
			NoReference, "holds the United States' inflation by month (July 2023) and by year (2023), not for Q3 2023; for 2023 it was 4.1% (BEA, release 2024-01-31), which a figure of a quarter is never judged against"},
		{"a quarter the table does not reach is no_reference and says which quarters it holds",
			us("gdp_growth", "2026-Q2", "annualised", 1.5, 0.1, extract.UnitPercent, "The economy grew at a 1.5% annualised rate in the second quarter."),
			NoReference, "the table has no figure for the United States' GDP growth in Q2 2026; it holds the United States' GDP growth by quarter (Q3 2023)."},
	}
	opts := DefaultOptions()
	opts.Names = map[string]string{"USA": "the United States"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Judge(tt.claim, date("2024-06-01"), usFigures, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tt.verdict || !strings.Contains(got.Explanation, tt.explains) {
				t.Errorf("got %s: %s\nwant %s, explained with %q", got.Verdict, got.Explanation, tt.verdict, tt.explains)
			}
		})
	}
}

func TestDerivedFiguresAllowForTheirDerivation(t *testing.T) {
	iv := interval{2.35, 2.45}
	tests := []struct {
		name string
		obs  reference.Observation
		want bool
	}{
		{"a published figure just outside is outside", usFigure("gdp_growth", "2023-Q2", "annualised", 2.4504, "x", ""), false},
		{"a derived figure within 0.01 points is inside", usFigure("gdp_growth", "2023-Q2", "annualised", 2.4504, "x", "derived"), true},
		{"a derived figure further out is outside", usFigure("gdp_growth", "2023-Q2", "annualised", 2.4701, "x", "derived"), false},
		{"an inverted rate is allowed the rounding of the published one, relative to it",
			reference.Observation{Indicator: "exchange_rate", Value: 2.45015, Derivation: "the inverse"}, true},
		{"and no more", reference.Observation{Indicator: "exchange_rate", Value: 2.4506, Derivation: "the inverse"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := iv.containsFigure(tt.obs); got != tt.want {
				t.Errorf("containsFigure(%v) = %v, want %v", tt.obs.Value, got, tt.want)
			}
		})
	}
}

func TestCurrencyPairsAreWrittenInWords(t *testing.T) {
	tests := []struct {
		value float64
		unit  string
		want  string
	}{
		{1.0899182561, "USD/EUR", "$1.0899 per euro"},
		{151.4551, "JPY/USD", "151.46 yen per US dollar"},
		{0.9175, "EUR/USD", "0.9175 euros per US dollar"},
		{7.1, "XXX/USD", "7.1 XXX per US dollar"},
	}
	for _, tt := range tests {
		if got := formatValue(tt.value, tt.unit); got != tt.want {
			t.Errorf("formatValue(%v, %s) = %q, want %q", tt.value, tt.unit, got, tt.want)
		}
	}
	for _, notPair := range []string{"USD", "percent", "JPY/", "usd/eur", "LCU/USD/X"} {
		if isCurrencyPair(notPair) {
			t.Errorf("%q read as a pair of currencies", notPair)
		}
	}
}

// FuzzCurrencyPair reads any unit: a pair is two three-letter upper-case codes, and writing a
// rate in it never fails.
func FuzzCurrencyPair(f *testing.F) {
	for _, seed := range []string{"JPY/USD", "USD/EUR", "", "/", "LCU/USD", "usd/eur", "ÉUR/USD"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, unit string) {
		numerator, denominator, ok := currencyPair(unit)
		if !ok {
			return
		}
		if numerator+"/"+denominator != unit || len(numerator) != 3 || len(denominator) != 3 {
			t.Fatalf("currencyPair(%q) = %q, %q", unit, numerator, denominator)
		}
		if text := formatValue(1.5, unit); !strings.Contains(text, "1.5") {
			t.Fatalf("formatValue(1.5, %q) = %q", unit, text)
		}
	})
}

// otherFrequencyHeld skips the figures of a frequency whose periods are shorter than the
// claim's: longestSpan must bound every period periodSpan reads of that frequency.
func TestLongestSpanBoundsEveryPeriod(t *testing.T) {
	var periods []string
	for _, year := range []string{"1999", "2000", "2023", "2024"} {
		periods = append(periods, year, "FY"+year, year+"-H1", year+"-H2", year+"-01-31", year+"-02-29", year+"-12-31")
		for q := 1; q <= 4; q++ {
			periods = append(periods, fmt.Sprintf("%s-Q%d", year, q))
		}
		for m := 1; m <= 12; m++ {
			periods = append(periods, fmt.Sprintf("%s-%02d", year, m))
		}
	}
	for _, period := range periods {
		span, ok := periodSpan(period)
		if !ok {
			continue
		}
		k := slices.Index(heldFrequencies[:], frequencyOf(period))
		if k < 0 {
			t.Fatalf("%s: frequency %q is not held", period, frequencyOf(period))
		}
		if days := int(span.to.Sub(span.from).Hours() / 24); days > longestSpan[k] {
			t.Errorf("%s spans %d days, longestSpan of a %s is %d", period, days, heldFrequencies[k], longestSpan[k])
		}
	}
}
