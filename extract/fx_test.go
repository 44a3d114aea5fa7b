package extract

import (
	"testing"
	"time"
)

// Exchange rates keep the value as written and a unit that names both currencies, the one
// counted first (DESIGN.md); the claim is the country's whose currency is quoted against the
// dollar. Each reading is written several ways. Where a movement ended in a month ("fell to
// $1.21 in October") is the price of a day in it, not the month's average the table holds: the
// period is left empty, with a note.
func TestExchangeRates(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text                 string
		entity, unit, period string
		value                float64
	}{
		{"The yen weakened to 151 per dollar in October 2023.", "JPN", "JPY/USD", "", 151},
		{"The yen fell to 151 yen per dollar in October 2023.", "JPN", "JPY/USD", "", 151},
		{"In October 2023 the yen slid to 151 against the dollar.", "JPN", "JPY/USD", "", 151},
		{"The euro traded at $1.08 in October 2023.", "EMU", "USD/EUR", "", 1.08}, // a price, not the average
		{"The pound fell to $1.21 in October 2023.", "GBR", "USD/GBP", "", 1.21},
		{"Sterling stood at $1.21 in October 2023.", "GBR", "USD/GBP", "", 1.21},
		{"The Australian dollar fell to 63 US cents in October 2023.", "AUS", "USD/AUD", "", 0.63},
		{"The rouble weakened to 100 to the dollar in August 2023.", "RUS", "RUB/USD", "", 100},
		{"The dollar bought 151 yen in October 2023.", "JPN", "JPY/USD", "", 151},
		{"One dollar bought 151 yen on average in October 2023.", "JPN", "JPY/USD", "2023-10", 151},
		{"In October 2023 the dollar was worth 151 yen.", "JPN", "JPY/USD", "", 151},
	}
	for _, tt := range tests {
		claims := ex.Claims(Article{Text: tt.text, Published: published}, Options{})
		var got []Claim
		for _, c := range claims {
			if c.Indicator == "exchange_rate" {
				got = append(got, c)
			}
		}
		if tt.entity == "" {
			if len(got) != 0 {
				t.Errorf("%q: exchange rate claims %s, want none", tt.text, describe(got))
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: %d exchange rate claims, want 1:\n%s", tt.text, len(got), describe(claims))
			continue
		}
		c := got[0]
		if c.Entity != tt.entity || c.Unit != tt.unit || c.Period != tt.period || c.Value != tt.value {
			t.Errorf("%q: got %s %s %s %g, want %s %s %s %g", tt.text, c.Entity, c.Unit, c.Period, c.Value, tt.entity, tt.unit, tt.period, tt.value)
		}
	}
}

// A sum of money in one currency converted into another, or a currency's change, is no rate.
func TestNoExchangeRate(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"The firm said its profits were 40m rupees ($915,000; £486,000) for the three months to December.",
		"Oasis singer Liam Gallagher has been fined 50,000 euros (£35,000) after a fight in a German hotel.",
		"The euro rose 0.5% against the dollar on Thursday.",
		"The dollar index fell to 104 in October.",
		"Inflation in the euro area was 2.9% in October, against 4.3% in September.",
		"Canada's inflation rate is currently hovering around the four pct mark.",
	} {
		for _, c := range ex.Claims(Article{Text: text, Published: published}, Options{}) {
			if c.Indicator == "exchange_rate" {
				t.Errorf("%q: exchange rate claim %q %s %g", text, c.Quote, c.Unit, c.Value)
			}
		}
	}
}

// exchangeRateClaims returns the exchange-rate claims of text.
func exchangeRateClaims(ex *Extractor, text string, published time.Time) []Claim {
	var got []Claim
	for _, c := range ex.Claims(Article{Text: text, Published: published}, Options{}) {
		if c.Indicator == "exchange_rate" {
			got = append(got, c)
		}
	}
	return got
}

// Finding 1 of s20-attack-falsealarm2: a bare figure "against/versus/to the dollar" with no
// unit is read as the market quotes the pair, whichever currency the sentence names first:
// sterling, the euro, the Australian and New Zealand dollars and the Irish pound in dollars
// per unit, the others in units per dollar. A figure with its unit keeps its direction.
func TestFalseAlarm2BareRateQuotedAsTheMarket(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2025, 8, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, entity, unit string
		value              float64
	}{
		{"The pound averaged 1.28 against the dollar in 2024.", "GBR", "USD/GBP", 1.28},
		{"Sterling averaged 1.28 against the US dollar last year, the ONS said.", "GBR", "USD/GBP", 1.28},
		{"The pound averaged 1.28 to the dollar in 2024.", "GBR", "USD/GBP", 1.28},
		{"Sterling averaged 1.28 versus the dollar in 2024.", "GBR", "USD/GBP", 1.28},
		{"The pound traded at an average of 1.28 against the US dollar in 2024.", "GBR", "USD/GBP", 1.28},
		{"The euro averaged 1.08 against the dollar in 2024.", "EMU", "USD/EUR", 1.08},
		{"In 2000 the euro averaged 0.92 against the dollar.", "EMU", "USD/EUR", 0.92},
		{"STERLING AVERAGED 1.63 AGAINST THE DOLLAR IN 1987", "GBR", "USD/GBP", 1.63},
		{"The Australian dollar averaged 0.66 against the US dollar in 2024.", "AUS", "USD/AUD", 0.66},
		{"The dollar averaged 1.08 against the euro in 2024.", "EMU", "USD/EUR", 1.08},
		// near-misses: the yen and others are quoted per dollar, whoever is named first
		{"The yen averaged 151 against the dollar in 2024.", "JPN", "JPY/USD", 151},
		{"The rupee averaged 83.7 to the dollar in 2024.", "IND", "INR/USD", 83.7},
		{"The dollar averaged 151 against the yen in 2024.", "JPN", "JPY/USD", 151},
		// near-misses: a unit or "per" says the direction
		{"The pound averaged 0.78 per dollar in 2024.", "GBR", "GBP/USD", 0.78},
		{"The pound averaged $1.28 in 2024.", "GBR", "USD/GBP", 1.28},
		{"The euro averaged 1.08 dollars in 2024.", "EMU", "USD/EUR", 1.08},
		{"The euro averaged 0.92 euros per dollar in 2024.", "EMU", "EUR/USD", 0.92},
		{"The yen averaged 151 yen per dollar in 2024.", "JPN", "JPY/USD", 151},
	}
	for _, tt := range tests {
		got := exchangeRateClaims(ex, tt.text, published)
		if len(got) != 1 {
			t.Errorf("%q: %d exchange rate claims, want 1: %s", tt.text, len(got), describe(got))
			continue
		}
		if c := got[0]; c.Entity != tt.entity || c.Unit != tt.unit || c.Value != tt.value {
			t.Errorf("%q: got %s %s %g, want %s %s %g", tt.text, c.Entity, c.Unit, c.Value, tt.entity, tt.unit, tt.value)
		}
	}
}

// Finding 2 of s20-attack-falsealarm2: the table holds a month's and a year's average rate,
// so a rate of a month or a year is judged (keeps its period) only when the text states an
// average; a rate the currency hit, touched, stood or traded at in the period is a price of
// some day in it and keeps no period, whatever the verb.
func TestFalseAlarm2RateAtAPointIsNoAverage(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2025, 8, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text   string
		period string // of the first exchange-rate claim
	}{
		{"The yen hit 160 per dollar in July 2024.", ""},
		{"The yen touched 160 per dollar in 2024.", ""},
		{"The yen breached 160 against the dollar in July 2024.", ""},
		{"The dollar topped 160 yen in July 2024.", ""},
		{"The dollar reached 160 yen last year.", ""},
		{"In July 2024 the yen was at 160 per dollar.", ""},
		{"The yen stood at 160 to the dollar in July 2024.", ""},
		{"The yen strengthened to 140 per dollar in September 2024.", ""},
		{"The yen was revalued to 308 per dollar in December 1971.", ""},
		{"The pound hit $1.34 in 2024.", ""},
		{"Sterling traded at $1.29 in July 2024.", ""},
		{"The euro was at $1.04 in late November 2024.", ""},
		{"The yen averaged 151 per dollar in 2024 and hit 161.9 in July.", "2024"},
		// near-misses: averages stay judged
		{"The yen averaged 151 per dollar in 2024.", "2024"},
		{"The pound traded at an average of $1.28 in 2024.", "2024"},
		{"The yen's average rate was 157.5 per dollar in July 2024.", "2024-07"},
		{"The yen was 157.5 per dollar on average in July 2024.", "2024-07"},
		{"In March 2024 the pound bought $1.27 on average.", "2024-03"},
		{"One dollar bought 151 yen on average in 2024.", "2024"},
		{"The pound averaged $1.28 in 2024, up from $1.24 in 2023.", "2024"},
	}
	for _, tt := range tests {
		got := exchangeRateClaims(ex, tt.text, published)
		if len(got) == 0 {
			t.Errorf("%q: no exchange rate claim", tt.text)
			continue
		}
		if got[0].Period != tt.period {
			t.Errorf("%q: period %q, want %q (%s)", tt.text, got[0].Period, tt.period, describe(got))
		}
	}
	// the figures after an average it states follow it; one after a verb of its own does not
	got := exchangeRateClaims(ex, "The pound averaged $1.28 in 2024, up from $1.24 in 2023.", published)
	if len(got) != 2 || got[1].Period != "2023" {
		t.Errorf("previous average: %s", describe(got))
	}
	got = exchangeRateClaims(ex, "The yen averaged 151 per dollar in 2024 and hit 161.9 in July.", published)
	if len(got) == 2 && got[1].Period != "" {
		t.Errorf("a level hit after an average: %s", describe(got))
	}
}

// TestARateWithoutAUnitIsMarkedQuotedByConvention: the judge may read a bare rate either
// way, so the claim says when its direction came from the market's convention, not the text.
func TestARateWithoutAUnitIsMarkedQuotedByConvention(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text         string
		byConvention bool
	}{
		{"The pound averaged 1.28 against the dollar in 2024.", true},
		{"Sterling averaged 0.78 against the US dollar in 2024.", true},
		{"The dollar averaged 151 against the yen in 2024.", true},
		{"The pound averaged $1.28 in 2024.", false},
		{"The pound averaged 0.78 pounds per dollar in 2024.", false},
		{"The yen averaged 151 per dollar in 2024.", false},
	} {
		claims := ex.Claims(Article{Text: tc.text, Published: published}, Options{})
		if len(claims) != 1 || claims[0].Indicator != "exchange_rate" {
			t.Errorf("%q: got %s, want one exchange rate", tc.text, describe(claims))
			continue
		}
		if got := claims[0].QuoteByConvention; got != tc.byConvention {
			t.Errorf("%q (%s): QuoteByConvention = %v, want %v", tc.text, claims[0].Unit, got, tc.byConvention)
		}
	}
}
