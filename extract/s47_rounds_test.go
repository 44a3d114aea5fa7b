package extract

import (
	"testing"
	"time"
)

// TestPartnerAfterAnOpeningNoun (blind round 246): a country after "with" right after the noun
// that opens a clause is that noun's partner, not the verb's subject: "The U.S. goods deficit
// with China shrank to ... $202 billion" was judged as China's GDP, and "Japan's trade surplus
// with the US shrank 10%" as the United States' growth.
func TestPartnerAfterAnOpeningNoun(t *testing.T) {
	published := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a balance with a partner", wordings: []string{
			"The U.S. goods deficit with China shrank to its smallest in two decades, at about $202 billion, from $295 billion in 2024.",
			"Japan's trade surplus with the US shrank 10% in 2025.",
			"The trade deficit with Mexico grew 8% in 2025.",
			"Trade with China fell 12% in 2025.",
			"In 2025, Germany's surplus with the United States rose 7%.",
		}, want: nil},
		// near-misses: an absolute clause hangs on a clause with a verb of its own
		{name: "an absolute clause after an object", wordings: []string{
			"Brazil's economy ended 2024 with growth running at 3.4%.",
		}, want: []string{"gdp_growth BRA 3.4 actual 2024"}},
		{name: "an absolute clause after a comma", wordings: []string{
			"The real grew stronger, with Brazil's GDP rising 3.4% in 2024.",
		}, want: []string{"gdp_growth BRA 3.4 actual 2024"}},
	})
}
