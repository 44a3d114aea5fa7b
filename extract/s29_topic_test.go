package extract

import (
	"testing"
	"time"
)

var topicDate = time.Date(2026, 9, 27, 0, 0, 0, 0, time.UTC)

// A country named only as the object of another country's verb or preposition is not what
// the sentences after, with no country of their own, are about (object_mention.go; attack 16,
// t32).
var topicFamilies = []family{
	{name: "the subject of a sentence naming two, not its object, is carried", published: topicDate, wordings: []string{
		// wire
		"Japan fell behind Germany to become the world's fourth-largest economy in dollar terms in 2023. The unemployment rate was 2.5 percent in 2024.",
		"Japan fell behind Germany to become the world's fourth-largest economy. The population was 124.5 million in 2023. The unemployment rate was 2.5 percent in 2024.",
		"Japan slipped behind Germany in the global rankings last year. Unemployment stood at 2.5% in 2024.",
		"Japan was overtaken by Germany as the third-largest economy. The jobless rate was 2.5% in 2024.",
		// encyclopedia
		"In 2023, Japan fell behind Germany in nominal GDP. The unemployment rate was 2.5 percent in 2024.",
		"Japan trails Germany in nominal output. Its unemployment rate was 2.5% in 2024.",
		"Japan overtook Germany as Asia's biggest creditor in the 1980s. The unemployment rate was 2.5 percent in 2024.",
		// Q&A
		"Q: Is Japan still the third-largest economy? A: No. Japan fell behind Germany in 2023. Q: What about jobs? A: The unemployment rate was 2.5 percent in 2024.",
		"Japan, unlike Germany, avoided a recession. The unemployment rate was 2.5 percent in 2024.",
		// trade
		"Japan signed a trade agreement with Germany in March. The unemployment rate was 2.5% in 2024.",
	}, want: []string{"unemployment_rate JPN 2.5 actual 2024"}},
	{name: "columns: the subject that passes or trails another", published: topicDate, wordings: []string{
		"India has surpassed Britain as the fifth-largest economy. Unemployment was 4.2% in 2024.",
		"In 2022, India overtook Britain in nominal GDP. Unemployment was 4.2% in 2024.",
		"India is now ahead of Britain in the IMF's rankings. The unemployment rate was 4.2 per cent in 2024.",
	}, want: []string{"unemployment_rate IND 4.2 actual 2024"}},
	{name: "Nigerian and Asian wire copy", published: topicDate, wordings: []string{
		"Vietnam outpaced Thailand in 2024. The jobless rate stood at 2.2 per cent in 2024.",
		"Vietnam has outstripped Thailand in export growth. Unemployment stood at 2.2% in 2024.",
	}, want: []string{"unemployment_rate VNM 2.2 actual 2024"}},
	{name: "GDP after the naming sentence is the subject's", published: topicDate, wordings: []string{
		"Japan fell behind Germany to become the world's fourth-largest economy. Real GDP grew 1.5 percent in 2023.",
		"Japan overtook Germany as the world's third-largest economy. GDP grew 1.5% in 2023.",
	}, want: []string{"gdp_growth JPN 1.5 actual 2023"}},
	{name: "every figure after the naming sentence is the subject's", published: topicDate, wordings: []string{
		"Japan fell behind Germany to become the world's fourth-largest economy in dollar terms in 2023. Real GDP grew 1.5 percent in 2023 and just 0.1 percent in 2024. The unemployment rate was 2.5 percent in 2024.",
		"Japan fell behind Germany to become the world's fourth-largest economy. Real GDP grew 1.5 percent in 2023 and 0.1 percent in 2024. The population was 124.5 million in 2023. The unemployment rate was 2.5 percent in 2024.",
	}, want: []string{"gdp_growth JPN 1.5 actual 2023", "gdp_growth JPN 0.1 actual 2024", "unemployment_rate JPN 2.5 actual 2024"}},
}

// Controls: the other country is a subject, or named again, or both are subjects.
var topicControlFamilies = []family{
	{name: "the other country named again keeps the figure", published: topicDate, wordings: []string{
		"Japan fell behind Germany in 2023. Germany's unemployment rate was 3.4% in 2024.",
		"Japan fell behind Germany in 2023. Germany, meanwhile, had an unemployment rate of 3.4% in 2024.",
		"Japan fell behind Germany in 2023. In Germany, the unemployment rate was 3.4% in 2024.",
	}, want: []string{"unemployment_rate DEU 3.4 actual 2024"}},
	{name: "a second subject is not an object", published: topicDate, wordings: []string{
		"Japan said Germany's economy had overtaken it. The unemployment rate was 3.4% in 2024.",
		"Japan expects Germany to stay ahead. The unemployment rate was 3.4% in 2024.",
		"Japan and Germany both slowed in 2023. The unemployment rate was 3.4% in 2024.",
		"Japan grew slowly, while Germany stagnated. The unemployment rate was 3.4% in 2024.",
		"Japan fell behind Germany and France in 2023. The unemployment rate was 3.4% in 2024.",
		// unsure (a parenthetical between subject and verb): no country, as before
		"India, in 2022, overtook Britain. Unemployment was 4.2% in 2024.",
	}},
	{name: "a country a verb acts on otherwise is not dropped for the subject", published: topicDate, wordings: []string{
		"The United States sanctioned Iran in 2018. Inflation hit 40% in 2019.",
		"Russia invaded Ukraine in February 2022. GDP shrank 29% that year.",
		"Germany bailed out Greece in 2010. Unemployment hit 27% in 2013.",
		"China slapped tariffs on Canada in March. Unemployment was 6.8% in April.",
	}},
	{name: "the other country as a later subject takes the figures after it", published: topicDate, wordings: []string{
		"Japan fell behind Germany. Germany, meanwhile, grew 0.3% in 2024. The unemployment rate was 3.4% in 2024.",
		"Japan fell behind Germany in 2023. The German economy grew 0.3% in 2024. The unemployment rate was 3.4% in 2024.",
	}, want: []string{"gdp_growth DEU 0.3 actual 2024", "unemployment_rate DEU 3.4 actual 2024"}},
}

func TestS29Topic(t *testing.T) {
	runFamilies(t, topicDate, topicFamilies)
}

func TestS29TopicControls(t *testing.T) {
	runFamilies(t, topicDate, topicControlFamilies)
}
