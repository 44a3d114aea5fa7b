package extract

import (
	"testing"
	"time"
)

// A group's name in a phrase that names one unnamed member of it is no mention of the group:
// the text goes on about the member (memberPhraseMention). Blind round 33: "PARIS (AFP) - The
// eurozone's second-largest economy grew 0.8 percent in 2025 ... Inflation slowed to 0.9
// percent last year. Unemployment edged up to 7.5 percent." was judged as the euro area's
// inflation and unemployment. With a capital's dateline the figures are that country's; with
// none they are no one's. Controls: the group's own economy, and its members in the plural,
// are mentions of the group.
var memberMentionFamilies = []family{
	{name: "a member phrase after a capital's dateline", wordings: []string{
		"MADRID (Reuters) - The euro zone's fourth-largest economy grew 2.8% in 2025. Unemployment fell to 10.5% last year.",
		"MADRID (Reuters) - The eurozone's fourth-biggest economy grew 2.8% in 2025. Unemployment fell to 10.5% last year.",
		"MADRID (Reuters) - The euro area's star performer grew 2.8% in 2025. Unemployment fell to 10.5% last year.",
	}, want: []string{"unemployment_rate ESP 10.5 * 2025"}},
	{name: "a member phrase in apposition to its member", wordings: []string{
		"MADRID (Reuters) - Spain, the euro zone's fourth-largest economy, grew 2.8% in 2025. Unemployment fell to 10.5% last year.",
		"Spain, the euro zone's fourth-largest economy, grew 2.8% in 2025. Unemployment fell to 10.5% last year.",
	}, want: []string{"gdp_growth ESP 2.8 * 2025", "unemployment_rate ESP 10.5 * 2025"}},
	{name: "a member phrase of a region", wordings: []string{
		"BRASILIA (Reuters) - Latin America's largest economy grew 3.4% in 2025. Inflation eased to 4.8% last year.",
		"BRASILIA (Reuters) - Latin America’s biggest economy grew 3.4% in 2025. Inflation eased to 4.8% last year.",
	}, want: []string{"inflation BRA 4.8 * 2025"}},
	{name: "a member phrase and no place of the text", wordings: []string{
		"The eurozone's second-largest economy grew 0.8 percent in 2025. Inflation slowed to 0.9 percent last year. Unemployment edged up to 7.5 percent.",
		"The EU's most populous country grew 0.2 percent in 2025. Inflation slowed to 2.3 percent last year.",
		"The biggest euro-area economy grew 0.2 percent in 2025. Inflation slowed to 2.3 percent last year.",
	}, want: []string{"!inflation"}},
	// blind round 43: a magazine feature on Ireland
	{name: "a member phrase picked by an ordinal", wordings: []string{
		"Ireland's economy grew 11.0% in 1997. A decade later it was the first euro-area country to fall into recession: output fell 4.5% in 2008 and 5.1% in 2009.",
		"Ireland's economy grew 11.0% in 1997. A decade later it was the first eurozone country to fall into recession: output fell 4.5% in 2008 and 5.1% in 2009.",
	}, want: []string{"gdp_growth IRL 11 * 1997", "gdp_growth IRL -4.5 * 2008", "gdp_growth IRL -5.1 * 2009"}},
	// controls
	{name: "control: the group's own economy", wordings: []string{
		"The euro zone's economy grew 0.9% in 2025. Inflation slowed to 2.4% last year.",
		"The eurozone economy grew 0.9% in 2025. Inflation slowed to 2.4% last year.",
	}, want: []string{"gdp_growth EMU 0.9 * 2025", "inflation EMU 2.4 * 2025"}},
	{name: "control: the group's members in the plural", wordings: []string{
		"The euro zone's largest economies grew slowly in 2025. Inflation slowed to 2.4% last year.",
	}, want: []string{"inflation EMU 2.4 * 2025"}},
}

func TestMemberPhraseMention(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC), memberMentionFamilies)
}
