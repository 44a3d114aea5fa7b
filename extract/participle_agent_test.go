package extract

import (
	"testing"
	"time"
)

// A figure set beside another country's takes the place a participle or a label gives it, and
// that place is not the sentence's (participleAgentAfter, placeLabelBefore, comparedTerm;
// blind round 26: "China's 5.0% growth in 2024 far outpaced the 2.8% posted by the United
// States" judged the 2.8% as China's, and six more such rows). The wordings are after wire
// copy, Karachi, Sydney and Toronto papers; the controls keep a participle of no place and a
// country's own figure above a bare number.
var participleAgentFamilies = []family{
	{name: "a participle and its agent or place", wordings: []string{
		"China's 5.0% growth in 2024 far outpaced the 2.8% posted by the United States.",
		"China's 5.0% growth in 2024 was well above the 2.8% recorded in the United States.",
		"China's 5.0% growth in 2024 dwarfed the 2.8% seen in the United States.",
	}, want: []string{"gdp_growth USA 2.8 * 2024", "gdp_growth CHN 5 * 2024"}},
	{name: "a label before a colon", wordings: []string{
		"Canadian inflation averaged 2.4% in 2024 (Australia: 3.2%; Japan: 2.7%).",
		"Canadian inflation averaged 2.4% in 2024 (Australia: 3.2%, Japan: 2.7%).",
	}, want: []string{"inflation CAN 2.4 * 2024", "inflation AUS 3.2 * 2024", "inflation JPN 2.7 * 2024"}},
	{name: "the yardstick's country is not the sentence's", wordings: []string{
		"Pakistan's inflation eased to 12.6pc in 2024. Unemployment was 5.5pc in 2024. Inflation of 12.6pc in 2024 was far above the 5.0pc recorded in India.",
	}, want: []string{"inflation PAK 12.6 * 2024", "unemployment_rate PAK 5.5 * 2024", "inflation PAK 12.6 * 2024", "inflation IND 5 * 2024"}},
	// controls
	{name: "control: a participle of no place", wordings: []string{
		"China's economy grew 5.0% in 2024, the figure published by the statistics bureau.",
	}, want: []string{"gdp_growth CHN 5 * 2024"}},
	{name: "control: a country's own figure above a bare number", wordings: []string{
		"Inflation in India was above 5% in 2024.",
	}, want: []string{"inflation IND 5 * 2024"}},
}

func TestParticipleAgent(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), participleAgentFamilies)
}
