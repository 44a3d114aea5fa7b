package extract

import (
	"testing"
	"time"
)

// The parties of an event of war are no place of the figures around them (event_mentions.go;
// blind round 43: a Polish and a Russian story judged as Ukraine's). The wordings are after
// magazine features and wire copy; the controls keep a country named in the figure's own
// phrase, and the agent of a measure rather than of an event.
var eventMentionFamilies = []family{
	{name: "the invaded and the invader in the figure's sentence", wordings: []string{
		"Poland's economy grew 2.6% in 2009. Inflation returned with a vengeance after Russia's invasion of Ukraine: 14.4% in 2022 and 11.5% in 2023.",
		"Poland's economy grew 2.6% in 2009. After the invasion of Ukraine, inflation rose to 14.4% in 2022 and 11.5% in 2023.",
		"Poland's economy grew 2.6% in 2009. Following Russia's full-scale war in Ukraine, inflation hit 14.4% in 2022 and 11.5% in 2023.",
	}, want: []string{"gdp_growth POL 2.6 actual 2009", "inflation POL 14.4 actual 2022", "inflation POL 11.5 actual 2023"}},
	{name: "the invaded in the sentence before", wordings: []string{
		"Russia's economy grew 3.6% in 2023, Rosstat said. The invasion of Ukraine had begun in 2022. Inflation was 8.4% in 2024.",
	}, want: []string{"gdp_growth RUS 3.6 actual 2023", "inflation RUS 8.4 actual 2024"}},
	// controls
	{name: "control: the country in the figure's own phrase", wordings: []string{
		"After Russia's invasion, Ukraine's economy shrank 28.8% in 2022.",
		"Ukraine's economy shrank 28.8% in 2022 after the invasion of Ukraine.",
	}, want: []string{"gdp_growth UKR -28.8 actual 2022"}},
}

func TestEventMentionsAreNoPlace(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC), eventMentionFamilies)
}

// A clause of contrast ("when", "while", "whereas") set beside the figure of the country the
// text was about does not turn the text to the contrasted country: "Yet Poland became the only
// EU economy to avoid recession in 2009, growing 2.6% when Germany shrank 5.5%." made the
// Polish inflation after it Germany's (blind round 43; updateFocus, contrastAfterOwnFigure).
// The control is a fact-check of Spain that sets two other countries side by side.
var contrastFocusFamilies = []family{
	{name: "the text's country after a clause of contrast", wordings: []string{
		"Poland's unemployment rate fell to 2.8% in 2022. Poland avoided recession in 2009, growing 2.6% when Germany shrank 5.5%. Inflation was 14.4% in 2022.",
		"Poland's unemployment rate fell to 2.8% in 2022. The economy grew 2.6% in 2009, while Germany shrank 5.5%. Inflation was 14.4% in 2022.",
		"Poland's unemployment rate fell to 2.8% in 2022. The economy grew 2.6% in 2009, whereas Germany's shrank 5.5%. Inflation was 14.4% in 2022.",
	}, want: []string{"unemployment_rate POL 2.8 actual 2022", "gdp_growth POL 2.6 actual 2009", "gdp_growth DEU -5.5 actual 2009", "inflation POL 14.4 actual 2022"}},
}

func TestContrastKeepsTheTextsCountry(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC), contrastFocusFamilies)
}
