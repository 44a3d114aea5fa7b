package extract

import (
	"testing"
	"time"
)

// A sentence that opens with a word of home and names no country ("At home the picture is
// gloomier.") turns the text to the country it was filed from: the figures after it are that
// country's, not those of the country the story told of before (blind round 27: an Austrian
// paper's "At home the picture is gloomier. The economy shrank 0,7 % in 2024, and unemployment
// was 5,2 %" was judged as Russia's). The controls keep a text with no dateline, a home
// sentence that names its country, and a dateline with no turn home.
var homeOpenedFamilies = []family{
	{name: "a turn home after a foreign story", wordings: []string{
		"Vienna, 01.11.2026. Russia's economy, according to Rosstat, grew 4.3% in 2024.\n\nAt home the picture is gloomier. The economy shrank 0.7% in 2024, and unemployment was 5.2%.",
		"VIENNA (APA) - Russia's economy grew 4.3% in 2024.\n\nBack home, the picture is gloomier. The economy shrank 0.7% in 2024, and unemployment was 5.2%.",
		"Vienna, 1 November. Russia's economy grew 4.3% in 2024. Domestically, things look worse. The economy shrank 0.7% in 2024, and unemployment was 5.2%.",
	}, want: []string{"gdp_growth RUS 4.3 * 2024", "gdp_growth AUT -0.7 * 2024", "unemployment_rate AUT 5.2 * 2024"}},
	// controls
	{name: "control: no dateline", wordings: []string{
		"Russia's economy grew 4.3% in 2024.\n\nAt home the picture is gloomier. The economy shrank 0.7% in 2024.",
	}, want: []string{"gdp_growth RUS 4.3 * 2024", "gdp_growth RUS -0.7 * 2024"}},
	{name: "control: the home sentence names its country", wordings: []string{
		"VIENNA (APA) - Russia's economy grew 4.3% in 2024. At home in Germany, the picture is gloomier. The economy shrank 0.5% in 2024.",
	}, want: []string{"gdp_growth RUS 4.3 * 2024", "gdp_growth DEU -0.5 * 2024"}},
	{name: "control: no turn home", wordings: []string{
		"VIENNA (APA) - Russia's economy grew 4.3% in 2024. The picture is mixed. The economy's unemployment rate was 2.5% in 2024.",
	}, want: []string{"gdp_growth RUS 4.3 * 2024", "unemployment_rate RUS 2.5 * 2024"}},
}

func TestHomeOpened(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), homeOpenedFamilies)
}
