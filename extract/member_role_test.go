package extract

import (
	"testing"
	"time"
)

// A bloc or region named as the group a member ranks in names no place of the figure
// (unnamed_member.go): with no country named, the figure is an unnamed member's, and no
// claim; with one, that country's (blind round 27: a Sao Paulo paper's "Latin America's
// largest economy grew 3.4%" was judged as Latin America's; round 30: "Spain remained the euro
// zone's growth star, ... with output rising 2.8%" as the euro area's). The controls keep the
// bloc's own figures and a quiz's unnamed member.
var memberRoleFamilies = []family{
	{name: "a region's largest economy is a member", wordings: []string{
		"Brazil's central bank held rates.\n\nLatin America's largest economy grew 3.4% in 2024.",
		"Brazil's central bank held rates.\n\nLatin America's biggest economy grew 3.4% in 2024, the statistics office said.",
	}},
	{name: "a bloc's star is a member", wordings: []string{
		"Spain remained the euro zone's growth star last year, with output rising 2.8% in 2025 after 3.5% in 2024.",
		"Spain remained the euro zone's fastest-growing economy, with output rising 2.8% in 2025 after 3.5% in 2024.",
	}, want: []string{"gdp_growth ESP 2.8 * 2025", "gdp_growth ESP 3.5 * 2024"}},
	// controls
	{name: "control: the bloc's own figures", wordings: []string{
		"The euro zone's economy grew 0.9% in 2024.",
		"Growth in the euro zone was 0.9% in 2024.",
	}, want: []string{"gdp_growth EMU 0.9 * 2024"}},
	{name: "control: a quiz's unnamed member", wordings: []string{
		"Germany's economy shrank 0.5% in 2024. Which was the euro zone's fastest-growing economy in 2025, at 12.3%?",
		"Germany's economy shrank 0.5% in 2024. The euro zone's growth star expanded 12.3% in 2025.",
	}, want: []string{"gdp_growth DEU -0.5 * 2024"}},
	{name: "control: a region's own figure", wordings: []string{
		"Latin America's growth slowed to 2.2% in 2024.",
	}, want: []string{"gdp_growth LCN 2.2 * 2024"}},
}

func TestMemberRole(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), memberRoleFamilies)
}
