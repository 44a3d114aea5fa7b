package extract

import (
	"testing"
	"time"
)

// currencyDatelineFamilies are exchange rates of a currency named by its word alone ("the
// peso", "the rupee"), which several countries share, in stories filed from one of them. The
// word's default (Mexico's peso, India's rupee) made "MANILA - The peso averaged 55.63 to the
// dollar in 2023" Mexico's rate and flagged it against 17.76; the dateline says whose it is,
// as a country named in the text does.
var currencyDatelineFamilies = []family{
	{name: "a Manila dateline's peso is the Philippine peso", published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"MANILA - The peso averaged 55.63 to the dollar in 2023, the central bank said.",
		"MANILA, Jan 8 (Reuters) - The peso averaged 55.63 per dollar in 2023.",
		"Manila — The peso averaged 55.63 against the US dollar in 2023.",
	}, want: []string{"exchange_rate PHL 55.63 actual 2023"}},
	{name: "a Santiago dateline's peso is Chile's", published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"SANTIAGO - The peso averaged 839 per dollar in 2023.",
		"SANTIAGO, Jan 8 (Reuters) - The peso averaged 839 to the dollar in 2023, the central bank said.",
	}, want: []string{"exchange_rate CHL 839 actual 2023"}},
	{name: "a Karachi dateline's rupee is Pakistan's", published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"KARACHI - The rupee averaged 280.4 per dollar in 2023, the central bank said.",
		"KARACHI, Jan 8 (Reuters) - The rupee averaged 280.4 to the dollar in 2023.",
	}, want: []string{"exchange_rate PAK 280.4 actual 2023"}},
	{name: "a Colombo dateline's rupee is Sri Lanka's", published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"COLOMBO, Jan 8 (Reuters) - The rupee averaged 327.5 per dollar in 2023.",
		"COLOMBO - The rupee averaged 327.5 to the dollar in 2023, the central bank said.",
		"The Sri Lankan rupee averaged 327.5 per dollar in 2023.",
	}, want: []string{"exchange_rate LKA 327.5 actual 2023"}},
	// near misses: the dateline's country has a currency of another name, or is the default's,
	// or an adjective says whose the currency is
	{name: "a dateline names no namesake: the word's own country", published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"MEXICO CITY - The peso averaged 17.76 per dollar in 2023.",
		"LONDON (Reuters) - The peso averaged 17.76 per dollar in 2023.",
		"MANILA - The Mexican peso averaged 17.76 per dollar in 2023.",
	}, want: []string{"exchange_rate MEX 17.76 actual 2023"}},
	{name: "a New Delhi dateline's rupee stays India's", published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"NEW DELHI - The rupee averaged 82.6 per dollar in 2023.",
		"KARACHI - The Indian rupee averaged 82.6 per dollar in 2023.",
	}, want: []string{"exchange_rate IND 82.6 actual 2023"}},
}

func TestCurrencyDatelineFamilies(t *testing.T) {
	runFamilies(t, familyDate, currencyDatelineFamilies)
}
