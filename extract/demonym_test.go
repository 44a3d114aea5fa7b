package extract

import (
	"testing"
	"time"
)

var march2025 = time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)

// A demonym or a country's name that modifies a noun naming no measure of an economy
// ("American tariffs", "the American jobs report", "US trade policy", "US Treasury yields",
// "strong American demand") is a partner or an actor in a story from elsewhere: counted as
// the last country named, it gave a Johannesburg story's inflation to the United States, where
// it was flagged against the BLS's 3.0%, and made an Ottawa or a Seoul story's figure nobody's
// (two countries named just before). Before a measure the table holds, or in a paragraph
// that names no other place, the country is still the story's.
var demonymModifierFamilies = []family{
	{name: "a demonym before a noun of no measure, in a story from an unknown place, is nobody's", published: march2025, wordings: []string{
		"JOHANNESBURG - Investors fretted over American trade policy. Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG - The rand weakened after the American jobs report. Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG (Reuters) - The rand firmed as American tariffs were delayed. Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG - Shoppers are fuming over American trade rules! Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG - The investors are worrying about the American tariff policies. Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG - Local markets were rattled by US trade policy. Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG - Mining shares slipped as US Treasury yields climbed. Consumer inflation accelerated to 3.2% in January.",
		"JOHANNESBURG - US President Donald Trump said he would act. Consumer inflation accelerated to 3.2% in January.",
	}},
	{name: "a demonym before a noun of no measure leaves the home a dateline or a name gives", published: march2025, wordings: []string{
		"OTTAWA - Exporters braced for American tariffs. Annual inflation was 1.9% in January.",
		"OTTAWA (Reuters) - Canadian exporters braced for steep American tariffs. Annual inflation was 1.9% in January.",
		"Canada's factories braced for American tariffs. Annual inflation was 1.9% in January.",
	}, want: []string{"inflation CAN 1.9 actual 2025-01"}},
	{name: "a demonym before demand leaves the home a dateline gives", published: march2025, wordings: []string{
		"SEOUL - Korean chipmakers rose on strong American demand. Consumer prices rose 2.2% in January.",
		"SEOUL - Korean chip makers are rising because of the strong American demand. Consumer prices rose 2.2% in January.",
	}, want: []string{"inflation KOR 2.2 actual 2025-01"}},
	{name: "a demonym before a noun of no measure leaves the country named before", published: march2025, wordings: []string{
		"South Africa's rand slid after the American jobs report. Consumer inflation accelerated to 3.2% in January.",
		"The South African rand slid on US trade policy worries. Consumer inflation accelerated to 3.2% in January.",
	}, want: []string{"inflation ZAF 3.2 actual 2025-01"}},
	{name: "a demonym before a measure the table holds is the country measured, wherever the story is from", published: march2025, wordings: []string{
		"JOHANNESBURG - American inflation rose again. Inflation was 3.0% in January.",
		"JOHANNESBURG - The American economy slowed. Inflation was 3.0% in January.",
		"JOHANNESBURG - American unemployment is low. Inflation was 3.0% in January.",
		"JOHANNESBURG - American consumer prices climbed again. Inflation was 3.0% in January.",
		"JOHANNESBURG - The US Consumer Price Index rose. Inflation was 3.0% in January.",
		"JOHANNESBURG - US year-on-year consumer price inflation picked up. Inflation was 3.0% in January.",
	}, want: []string{"inflation USA 3 actual 2025-01"}},
	{name: "a demonym before a noun of no measure is the story's when nothing places it elsewhere", published: march2025, wordings: []string{
		"WASHINGTON - Exporters braced for American tariffs. Inflation was 3.0% in January.",
		"Investors fretted over American trade policy. Inflation was 3.0% in January.",
		"The US imposed tariffs. Inflation was 3.0% in January.",
		"American shoppers are feeling the pinch. Inflation was 3.0% in January.",
	}, want: []string{"inflation USA 3 actual 2025-01"}},
	{name: "a country's own markets are its story", published: march2025, wordings: []string{
		"Irish shares rose to a record high. Inflation fell to 2.3% in January.",
		"Irish markets reach all-time high. Inflation fell to 2.3% in January.",
	}, want: []string{"inflation IRL 2.3 actual 2025-01"}},
}

func TestDemonymModifyingNoMeasureIsNotTheStory(t *testing.T) {
	runFamilies(t, march2025, demonymModifierFamilies)
}

// A country named in a quotation spoken by someone the paragraph places in another country
// ('"Trade with America is our lifeline," the minister told reporters in Ottawa'), or after
// "trade with", is the speaker's partner: read as the last country named, it gave a
// Canadian story's 1.9% inflation of January 2025 to the United States, and it was flagged.
var quotedPartnerFamilies = []family{
	{name: "a country quoted by a speaker placed elsewhere is nobody's figure", published: march2025, wordings: []string{
		`"Trade with America is our lifeline," the minister told reporters in Ottawa. Inflation was 1.9% in January.`,
		`"America is our biggest customer," the minister told reporters in Ottawa. Inflation was 1.9% in January.`,
		`“Without America we are nothing,” a trade official said in Ottawa on Tuesday. Inflation was 1.9% in January.`,
	}},
	{name: "a country quoted by a speaker of a named country leaves the speaker's", published: march2025, wordings: []string{
		`“We cannot survive without America,” Canada's trade minister said. Inflation was 1.9% in January.`,
		`Canada's trade minister said: "Trade with America is our lifeline." Inflation was 1.9% in January.`,
		`"America buys three quarters of what we sell," said the Canadian minister. Inflation was 1.9% in January.`,
		"Canada's trade with America is its lifeline. Inflation was 1.9% in January.",
	}, want: []string{"inflation CAN 1.9 actual 2025-01"}},
	{name: "a country quoted where nothing places the speaker elsewhere is still the story's", published: march2025, wordings: []string{
		`"America's economy is strong," the president told reporters in Washington. Inflation was 3.0% in January.`,
		`"Inflation is too high in America," the economist said. Inflation was 3.0% in January.`,
		`"America is back," he said. Inflation was 3.0% in January.`,
	}, want: []string{"inflation USA 3 actual 2025-01"}},
}

func TestQuotedPartnerIsNotTheStory(t *testing.T) {
	runFamilies(t, march2025, quotedPartnerFamilies)
}

func TestQuotationAround(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{`"Trade with America is vital," he said.`, "America", true},
		{`“Trade with America is vital,” he said.`, "America", true},
		{`He said "trade is vital" to America.`, "America", false},
		{`He said “trade is vital” to America.`, "America", false},
		{`"Yes," he said. "America is vital."`, "America", true},
		{`"Yes," he said of America.`, "America", false},
		{`"America is vital, he said`, "America", false}, // never closed in the paragraph
	} {
		toks := tokenize(tc.text, 0, len(tc.text))
		m := -1
		for i := range toks {
			if toks[i].text == tc.name {
				m = i
			}
		}
		_, _, got := quotationAround(toks, &match{first: m, last: m})
		if got != tc.want {
			t.Errorf("quotationAround(%q, %s) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// What comes to a country and stays there (tourists, visitors, capital inflows) is that
// country's story, where a partner of trade after "to" is not: "Foreign investors returned to
// India" already named India, but "Tourist arrivals to Thailand rose" made the growth after it
// nobody's. A paragraph that places the story elsewhere keeps it there.
var inboundFlowFamilies = []family{
	{name: "what comes to a country is its story", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Tourist arrivals to Thailand rose 20% in 2024. The economy grew 2.5% in 2024.",
		"Foreign visitors to Thailand hit a record in 2024. The economy grew 2.5% in 2024.",
		"BANGKOK - International tourist arrivals to Thailand rebounded in 2024. The economy grew 2.5% in 2024.",
		"Arrivals to Thailand was very strong last year. The economy grew 2.5% in 2024.",
	}, want: []string{"gdp_growth THA 2.5 actual 2024"}},
	{name: "what comes to a country in a story from elsewhere is not its story", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Malaysia's economy was strong in 2024. Chinese tourist arrivals to Thailand fell. Inflation was 1.8% in 2024.",
		"KUALA LUMPUR - Tourist arrivals to Thailand fell in 2024. Inflation was 1.8% in 2024.",
	}, want: []string{"inflation MYS 1.8 actual 2024"}},
	{name: "a partner of trade after to is still no story", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Exports to China rose in 2024. Inflation was 2.9% in 2024.",
		"Shipments to Thailand rose in 2024. Inflation was 2.9% in 2024.",
	}},
}

func TestInboundFlowToACountryIsItsStory(t *testing.T) {
	runFamilies(t, march2025, inboundFlowFamilies)
}

// TestDemonymOpeningAStoryFromAnUnknownPlaceIsNotDiscounted: after a dateline of a place the
// lexicon does not know, a demonym that opens the story is its subject's country, not a
// partner's: "TORONTO, March 5 (Reuters) - Canadian stocks tracked Wall Street lower as U.S.
// tariffs took effect" had discounted Canada and left Wall Street's United States, against
// whose CPI Canada's 1.9% was flagged (a regression the sixth attack's rerun of the fifth
// attack's cases found).
func TestDemonymOpeningAStoryFromAnUnknownPlaceIsNotDiscounted(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"TORONTO, March 5 (Reuters) - Canadian stocks tracked Wall Street lower as U.S. tariffs took effect. Inflation accelerated to 1.9% in January.",
		"TORONTO - Canadian shares followed Wall Street down as American tariffs bit. Inflation accelerated to 1.9% in January.",
		"CALGARY (Reuters) - The Canadian oil sector lagged Wall Street as U.S. tariffs took effect. Inflation accelerated to 1.9% in January.",
	} {
		for _, c := range ex.Claims(Article{Text: text, Published: published}, Options{}) {
			if c.Entity == "USA" {
				t.Errorf("%q: claim %q is the United States'", text, c.Quote)
			}
		}
	}
}
