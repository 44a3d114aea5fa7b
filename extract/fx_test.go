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
		{"The euro traded at $1.08 in October 2023.", "EMU", "USD/EUR", "2023-10", 1.08},
		{"The pound fell to $1.21 in October 2023.", "GBR", "USD/GBP", "", 1.21},
		{"Sterling stood at $1.21 in October 2023.", "GBR", "USD/GBP", "2023-10", 1.21},
		{"The Australian dollar fell to 63 US cents in October 2023.", "AUS", "USD/AUD", "", 0.63},
		{"The rouble weakened to 100 to the dollar in August 2023.", "RUS", "RUB/USD", "", 100},
		{"The dollar bought 151 yen in October 2023.", "JPN", "JPY/USD", "2023-10", 151},
		{"One dollar bought 151 yen in October 2023.", "JPN", "JPY/USD", "2023-10", 151},
		{"In October 2023 the dollar was worth 151 yen.", "JPN", "JPY/USD", "2023-10", 151},
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
