package extract

import (
	"testing"
	"time"
)

// TestAPersonsTargetIsNoRegions: a name the lexicon does not know that owns a target or a
// forecast of inflation or of a policy rate, which only a country sets, is a person's
// ("Milei's target for 2025 was 18.3%"), and so is a name after a title ("Mr Milei's"): read
// as a region, each dropped the country's target. A region's own growth or budget target, and
// a region's figure, stay the region's.
func TestAPersonsTargetIsNoRegions(t *testing.T) {
	published := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, familyDate, []family{
		{name: "a person's target or forecast of Argentina's inflation is Argentina's", published: published, wordings: []string{
			"Argentina's inflation was 219.9% in 2024. Milei's target for 2025 was 18.3%.",
			"Argentina's inflation was 219.9% in 2024; Milei's goal for 2025 was 18.3%.",
			"Argentina's inflation was 219.9% in 2024. Caputo's goal for 2025 was 18.3%.",
			"Argentina's inflation was 219.9% in 2024. Mr Milei's target for 2025 was 18.3%.",
			"Argentina's inflation was 219.9% in 2024. Javier Milei's target for 2025 was 18.3%.",
		}, want: []string{"inflation ARG 219.9 actual 2024", "inflation ARG 18.3 forecast 2025"}},
		{name: "a person's target or forecast of Turkey's inflation is Turkey's", published: published, wordings: []string{
			"Turkey's inflation was 58.5% in 2024. Erdogan's target for 2025 was 17.5%.",
			"Turkey's inflation was 58.5% in 2024. Simsek's forecast for 2025 was 17.5%.",
		}, want: []string{"inflation TUR 58.5 actual 2024", "inflation TUR 17.5 forecast 2025"}},
		{name: "a region's growth target is the region's", published: published, wordings: []string{
			"China's economy grew 5% in 2024. Guangdong's target for 2025 was 5%.",
		}, want: []string{"gdp_growth CHN 5 actual 2024"}},
		{name: "a region's figure is the region's", published: published, wordings: []string{
			"Canada's unemployment rate was 6.4% in 2024. Ontario's was 7.0%.",
		}, want: []string{"unemployment_rate CAN 6.4 actual 2024"}},
		{name: "a region's deficit target is the region's", published: published, wordings: []string{
			"Canada's deficit was 2% of GDP in 2024. Ontario's target for 2025 was 1%.",
		}, want: []string{"fiscal_balance CAN -2 actual 2024"}},
		{name: "a region's inflation is the region's", published: published, wordings: []string{
			"Argentina's inflation was 219.9% in 2024. Cordoba's was 200%.",
		}, want: []string{"inflation ARG 219.9 actual 2024"}},
	})
}
