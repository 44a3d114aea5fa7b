package extract

import (
	"testing"
	"time"
)

// A dateline in capitals names the country a wire story is filed from, and the mentions give
// that country to every sentence after the dateline (scanDateline), but its own sentence read
// the place as no name: "LISBON, Oct 3 (Reuters) - Inflation rose to 2.4%" made no claim, where
// "Lisbon, Oct 3 (Reuters) - ..." did (ownDatelineCountry). The wordings are after wire copy of
// several agencies; the controls keep a country or a bloc the sentence names itself.
var datelineOwnSentenceFamilies = []family{
	{name: "the first sentence after a dateline of a capital", wordings: []string{
		"CANBERRA - Inflation was 2.9% in 2025, the prime minister said.",
		"CANBERRA, Oct 3 (Reuters) - Inflation was 2.9% in 2025, the statistics bureau said.",
		"CANBERRA (AP) — Inflation was 2.9% in 2025, the statistics bureau said on Friday.",
	}, want: []string{"inflation AUS 2.9 * 2025"}},
	{name: "other capitals and agencies", wordings: []string{
		"LISBON, Oct 3 (Reuters) - Inflation rose to 2.4% in 2025, the statistics institute said.",
	}, want: []string{"inflation PRT 2.4 * 2025"}},
	{name: "a capital of two words", wordings: []string{
		"BUENOS AIRES — Consumer prices rose 219.9% in 2024, the statistics institute said.",
	}, want: []string{"inflation ARG 219.9 * 2024"}},
	{name: "a dateline with two dashes", wordings: []string{
		"ABUJA -- The economy grew 4.0 per cent in 2025, official data show.",
	}, want: []string{"gdp_growth NGA 4 * 2025"}},
	// controls
	{name: "control: a country the sentence names", wordings: []string{
		"TOKYO - German inflation was 2.3% in 2025, the Federal Statistical Office said.",
		"TOKYO, Oct 3 (Reuters) - Inflation in Germany was 2.3% in 2025.",
	}, want: []string{"inflation DEU 2.3 * 2025"}},
	{name: "control: a bloc the sentence names", wordings: []string{
		"BERLIN - Inflation in the euro zone was 2.1% in 2025.",
	}, want: []string{"inflation EMU 2.1 * 2025"}},
}

func TestDatelineGivesItsOwnSentenceACountry(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), datelineOwnSentenceFamilies)
}
