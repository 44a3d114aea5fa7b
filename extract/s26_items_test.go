package extract

import (
	"testing"
	"time"
)

var s26ItemsDate = time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)

// genericFamilies are figures of a general relation: the size of a shock that is the subject
// of a verb of causing in the present ("a 10 percent depreciation raises inflation by 1.8
// points"), the effect it has, what a study finds holds in general, and what happens in a
// model. Read as outturns, the size of a depreciation became India's inflation of 2019 and
// was flagged.
var genericFamilies = []family{
	{name: "the size of a shock and its effect are no outturn", wordings: []string{
		"India's central bank is watching the rupee. A 10 percent depreciation raises inflation by 1.8 percentage points within a year.",
		"India's central bank is watching the rupee. Economists reckon a 10% depreciation adds 1.8 points to inflation.",
		"India's central bank is watching the rupee. By the bank's rule of thumb, each 10% fall in the rupee lifts inflation by 1.8 percentage points.",
		"India's central bank is watching the rupee. Every 10 per cent rise in oil prices adds 0.2 points to inflation.",
		"In India, a 1 percentage point rise in rates reduces output by 0.5%.",
		"In Brazil, a 1 percentage point increase in the Selic would cut GDP growth by 0.3 percentage points.",
		"For Germany, a 10% rise in energy prices can push inflation up by 1.5 points.",
		"In Japan, any 10% depreciation of the yen will add about 1 percentage point to inflation over two years.",
	}},
	{name: "what a study finds holds in general is no outturn", wordings: []string{
		"We study India. Using a panel of 45 countries over 1990-2019, we show that a 10 percent depreciation raises inflation by 1.8 percentage points within a year.",
		"We study Argentina. We simulate a 1 percentage point increase in the policy rate and find that output falls by 0.5 percent after eight quarters.",
		"The paper studies Chile. We estimate that unemployment rises by 0.4 percentage points for every point of lost growth.",
		"The study covers Kenya. We found that inflation falls by 2 percentage points after a rate hike.",
	}},
	{name: "a model's world is no outturn", wordings: []string{
		"The paper studies Argentina. In a counterfactual with inflation of 5 percent, the effect doubles.",
		"The paper studies Argentina. In our model, output falls by 0.5 percent after a shock.",
		"The paper studies Argentina. In the simulations, unemployment rises to 7 percent.",
	}},
	{name: "a shock of a named place and period is real", wordings: []string{
		"A 10 percent depreciation of the rupee in 2022 raised India's inflation to 8 percent.",
		"A 10 percent depreciation of the rupee in 2022 lifted India's inflation to 8 percent.",
	}, want: []string{"inflation IND 8 actual 2022"}},
	{name: "a finding in the past tense of a period is real", wordings: []string{
		"We find that India's inflation rose to 8 percent in 2022.",
		"We show that inflation in India reached 8 percent in 2022.",
	}, want: []string{"inflation IND 8 actual 2022"}},
	{name: "a forecast a study makes of a year is still a forecast", wordings: []string{
		"We study India. We estimate that the economy grows 6.5% in 2024.",
	}, want: []string{"gdp_growth IND 6.5 forecast 2024"}},
	{name: "a scenario with a year is a forecast", wordings: []string{
		"The IMF discussed India. In the baseline scenario, growth slows to 6.3% in 2024.",
	}, want: []string{"gdp_growth IND 6.3 forecast 2024"}},
	{name: "a headline in the present is an outturn", wordings: []string{
		"India's inflation rises to 7.4% in July 2023",
		"India's inflation slows to 6.8% in August 2023",
		"Indian inflation jumps to 7.4% in July 2023.",
	}, want: []string{"inflation IND * actual *"}},
}

func TestS26GenericFamilies(t *testing.T) {
	runFamilies(t, s26ItemsDate, genericFamilies)
}

// listedGroupFamilies are figures of a group of countries named by its members: the group's
// average was given to the member named last and judged as its growth.
var listedGroupFamilies = []family{
	{name: "a group listed by its members has no single member's figure", published: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Growth in the region's three largest economies — Nigeria, South Africa and Angola — averaged 1.8 percent in 2023.",
		"Growth in the region's three largest economies (Nigeria, South Africa and Angola) averaged 1.8 percent in 2023.",
		"Growth in Nigeria and Angola averaged 1.8 percent in 2023.",
		"Inflation in big emerging economies such as Brazil, India and Turkey averaged 9 percent in 2022.",
		"Combined, Nigeria, South Africa and Angola grew 1.8 pct in 2023.",
		"Unemployment across Spain, Greece and Italy averaged 12 per cent in 2023.",
	}},
	{name: "a country set against a list keeps its figure", published: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unlike Nigeria and Ghana, Angola grew 1.0 percent in 2023.",
		"Angola grew 1.0 percent in 2023, slower than Nigeria and Ghana.",
	}, want: []string{"gdp_growth AGO 1 actual 2023"}},
	{name: "figures given one by one or respectively keep their countries", published: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Nigeria and Angola grew 2.9% and 1.0% respectively in 2023.",
		"Angola's economy grew 1.0 percent in 2023, while Nigeria grew 2.9 percent.",
	}, want: []string{"gdp_growth * * actual 2023", "gdp_growth * * actual 2023"}},
}

func TestS26ListedGroupFamilies(t *testing.T) {
	runFamilies(t, s26ItemsDate, listedGroupFamilies)
}

// numberedItemFamilies are lists of items that each stand on their own: an item that names
// no place of its own takes none from the items before, and one that names its own place is
// not outvoted by the places of the items before.
var numberedItemFamilies = []family{
	{name: "a numbered item takes no country from the items before", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Selected abstracts\n\nAbstract 1. We study India's 2016 demonetisation in India. GDP growth in India slowed to 6.8 percent in 2017.\n\nAbstract 2. Using a panel of 45 countries, we study exchange rates. In our sample, average inflation was 11.2 percent in 2019.",
		"Working papers\n\n1. \"Demonetisation in India.\" India's growth slowed to 6.8 percent in 2017.\n\n2. \"Exchange rates in 45 countries.\" Average inflation was 11.2 percent in 2019.",
		"Papers this week\n\nPaper 1. Growth in India and demonetisation. India's growth slowed to 6.8 percent in 2017.\n\nPaper 2. Inflation and exchange rates across 45 economies. The average inflation rate was 11.2 percent in 2019.",
	}, want: []string{"gdp_growth IND 6.8 actual 2017"}},
	{name: "a numbered item that names its place is that place's", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Working paper abstracts\n\n1. \"Mobile money in Kenya.\" Kenyan households gained. Kenya's economy grew 5.5 percent in 2014.\n\n2. \"Fuel subsidy removal and prices in Nigeria.\" After the removal of the subsidy in May 2023, pump prices nearly tripled. Headline inflation rose to 28.9 percent in December 2023.",
		"Digest\n\n1) Kenya: mobile money spreads among Kenyans. Kenya's economy grew 5.5 percent in 2014.\n\n2) Nigeria: after the removal of the subsidy in May 2023, pump prices nearly tripled. Headline inflation rose to 28.9 percent in December 2023.",
	}, want: []string{"gdp_growth KEN 5.5 actual 2014", "inflation NGA 28.9 actual 2023-12"}},
	{name: "the place of a list's title speaks for every item", published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Five things to know about Germany's economy\n\n1. Exports fell in 2023.\n\n2. Growth was weak. The economy shrank 0.3 percent in 2023.",
		"GERMANY: FIVE NUMBERS\n\n1. Exports fell in 2023.\n\n2. The economy shrank 0.3 percent in 2023.",
	}, want: []string{"gdp_growth DEU -0.3 actual 2023"}},
}

func TestS26NumberedItemFamilies(t *testing.T) {
	runFamilies(t, s26ItemsDate, numberedItemFamilies)
}
