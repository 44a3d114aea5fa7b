package extract

import (
	"testing"
	"time"
)

// A reported figure that the article answers with its own figure of the same measure, country
// and period is the speaker's, not the article's (contradicted.go). Blind round 31's senator
// ("A senator said this week that the economy shrank 1% last year. Is that correct? ... No.
// The economy grew 0.6% in 2025") and round 34's business secretary ("said Britain \"grew ...
// at 1.6%\" ... the UK's growth rate was 1.4%, not 1.6%") were judged as the article's. The
// answer may follow the claim by paragraphs, or come before it when the speaker's sentence calls
// the figure false. Controls keep a reported figure that agrees with the article's or that
// nothing answers, a blog's claim reported after the article's figure and not called false,
// two figures the article states itself, figures of other periods, and forecasts.
var contradictedFamilies = []family{
	{name: "a reported figure answered later", wordings: []string{
		"QUESTION: A senator said this week that Mexico's economy shrank 1% last year. Is that correct?\n\nGOVERNOR: No. The economy grew 0.6% in 2025; it did not shrink.",
		"A senator claimed on Tuesday that Mexico's economy shrank 1% in 2025.\n\nOUR RULING: False.\n\nThe statistics office's data are clear. The economy grew 0.6% in 2025.",
		"\"Mexico's economy shrank 1% last year,\" the senator said.\n\nIn fact the economy grew 0.6% in 2025, according to the latest figures.",
		"According to the senator, Mexico's economy shrank 1% last year. In truth, the economy grew 0.6% in 2025.",
	}, want: []string{"gdp_growth MEX 0.6 * 2025"}},
	{name: "a speaker's \"our economy\" answered", wordings: []string{
		"Inflation in Britain was 1.3% in 2024. \"Our economy grew by 3% last year,\" Canada's finance minister said. In fact Canada's GDP grew 1.7% in 2024.",
	}, want: []string{"inflation GBR 1.3 actual 2024", "gdp_growth CAN 1.7 actual 2024"}, published: familyDate},
	{name: "a quoted figure in a fact-check's claim box", wordings: []string{
		"WHAT WAS SAID: the business secretary said Britain \"grew faster than France last year, at 1.6%\".\n\nOUR RULING: Half right.\n\nFrance grew 0.8%. But the UK's growth rate was 1.4%, not 1.6%.",
	}, want: []string{"gdp_growth FRA 0.8 * 2025", "gdp_growth GBR 1.4 * 2025"}},
	{name: "the article's figure first, then a speaker's it calls false", wordings: []string{
		"Mexico's economy grew 0.6% in 2025. A senator falsely claimed the economy shrank 1% last year.",
		"Mexico's economy grew 0.6% in 2025. A senator claimed that the economy shrank 1% last year, a figure economists dismissed as unfounded.",
	}, want: []string{"gdp_growth MEX 0.6 * 2025"}},
	// Blind round 25's Argentine lawmakers and round 31's Nigerian minister, once a dateline in
	// capitals gave their sentences a country: the official figure set against the claim right
	// after it, and a claim its own sentence dismisses.
	{name: "a reported figure answered by the official figure right after it", wordings: []string{
		"BUENOS AIRES — Opposition lawmakers claimed this week that consumer prices had risen 300% in 2024. The official figure, confirmed by the World Bank, is 219.9%, and inflation has since fallen sharply.",
		"A union leader said Argentina's inflation was 300% in 2024. The actual rate was 219.9%.",
		"A senator claimed that inflation in Argentina reached 300% in 2024. The actual figure was 219.9%.",
	}, want: []string{"inflation ARG 219.9 * 2024"}},
	{name: "a reported figure its own sentence dismisses", wordings: []string{
		"At a rally on Saturday, a minister told supporters that Nigeria's economy grew 9 per cent last year, a claim economists dismissed. Official data show growth of 4.0 per cent in 2025.",
		"A minister said Nigeria's economy grew 9 per cent in 2025, a figure analysts disputed. Growth was 4.0 per cent in 2025, according to official data.",
	}, want: []string{"gdp_growth NGA 4 * 2025"}},
	// controls
	{name: "control: evidence cited after a claim, not set against it", wordings: []string{
		"The minister said Mexico's economy grew 1% last year. Official figures show the economy grew 0.6% in 2025.",
	}, want: []string{"gdp_growth MEX 1 * 2025", "gdp_growth MEX 0.6 * 2025"}},
	{name: "control: the official figure of another period", wordings: []string{
		"A union leader said Argentina's inflation was 300% in 2024. The official inflation rate was 31.5% in 2025.",
	}, want: []string{"inflation ARG 300 * 2024", "inflation ARG 31.5 * 2025"}},
	{name: "control: an office's figure and another rate after it (wire copy)", wordings: []string{
		"Australia's seasonally adjusted unemployment rate rose to 8.4 pct in March, the Statistics Bureau said. Unadjusted, the rate eased to 9.0 pct in March.",
		"Australia's unemployment rate rose to 8.4 pct in March, the bureau said. The unadjusted rate was 9.0 pct in March, but the trend is flat.",
		"Australia's seasonally-adjusted unemployment rate eased to 8.2 pct in February, the Statistics Bureau said. But unadjusted, the rate rose to 9.1 pct in February.",
	}, want: []string{"unemployment_rate * * * *", "unemployment_rate * * * *"}},
	{name: "control: no correction, no claim verb", wordings: []string{
		"The minister said Mexico's economy grew 1% last year. Mexico's economy grew 0.6% in 2025, official figures show.",
		"Mexico's economy grew 0.6% in 2025. The economy grew 1% last year, the minister said.",
	}, want: []string{"gdp_growth MEX * * 2025", "gdp_growth MEX * * 2025"}},
	{name: "control: a speaker's figure after the article's, not called false", wordings: []string{
		"US consumer prices rose 3.2% in July from a year earlier, the Labor Department said. A blog claimed that consumer prices in the United States increased 4.2% in July from a year ago.",
	}, want: []string{"inflation USA 3.2 * 2026-07", "inflation USA 4.2 * 2026-07"}},
	{name: "control: a reported figure that agrees", wordings: []string{
		"The minister said Mexico's economy grew 0.6% last year. The economy grew 0.6% in 2025.",
		"The minister said Mexico's economy grew 0.6% last year. The economy grew 0.58% in 2025.",
	}, want: []string{"gdp_growth MEX 0.6 * 2025", "gdp_growth MEX * * 2025"}},
	{name: "control: a reported figure nothing answers", wordings: []string{
		"A senator said this week that Mexico's economy shrank 1% last year. Inflation was 3.8% in 2025.",
	}, want: []string{"gdp_growth MEX -1 * 2025", "inflation MEX 3.8 * 2025"}},
	{name: "control: two figures the article states itself", wordings: []string{
		"Mexico's economy grew 0.6% in 2025. Later data showed the economy grew 0.8% in 2025.",
	}, want: []string{"gdp_growth MEX 0.6 * 2025", "gdp_growth MEX 0.8 * 2025"}},
	{name: "control: a figure of an office is no speaker's", wordings: []string{
		"Russia's economy grew 4.3% in 2024, Rosstat said. Russia's economy grew 4.1% in 2024.",
	}, want: []string{"gdp_growth RUS 4.3 * 2024", "gdp_growth RUS 4.1 * 2024"}},
	{name: "control: another period", wordings: []string{
		"A senator said Mexico's economy shrank 1% in 2024. The economy grew 0.6% in 2025.",
	}, want: []string{"gdp_growth MEX -1 * 2024", "gdp_growth MEX 0.6 * 2025"}},
	{name: "control: a forecast", wordings: []string{
		"The minister said Mexico's economy would grow 2% in 2027. The IMF expects growth of 1.5% in 2027.",
	}, want: []string{"gdp_growth MEX 2 forecast 2027", "gdp_growth MEX 1.5 forecast 2027"}},
}

func TestContradictedReportedFigure(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 24, 0, 0, 0, 0, time.UTC), contradictedFamilies)
}

// TestClaimTheArticleCallsFalse (blind round 49): a figure a speaker claims, which the
// article calls false in the same sentence ("A listener email insists Japan's inflation was 5%
// in 2024; Mara explains why that's wrong", "The senator falsely claimed ...") or answers with
// its own figure and then denies ("... put 2025 growth at 5.0%. You can doubt them, but \"2%\"
// is not the official number."), is the speaker's, and not judged as the article's. A word of
// falsity about something else, or a figure the article states itself, is judged.
func TestClaimTheArticleCallsFalse(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 24, 0, 0, 0, 0, time.UTC), []family{
		{name: "called false in its own sentence", wordings: []string{
			"A listener email insists Japan's inflation was 5% in 2024; Mara explains why that's wrong.",
			"A listener insists Japan's inflation was 5% in 2024, which is wrong.",
			"The senator falsely claimed Japan's inflation was 5% in 2024.",
			"A viral post says Japan's inflation was 5% in 2024, a claim that is false.",
		}, want: nil},
		{name: "answered, then denied", wordings: []string{
			"1/ A viral post claims China's economy grew only 2% in 2025. Let's look at the data.\n\n2/ Official figures put China's 2025 growth at 5.0%. You can doubt them, but \"2%\" is not the official number.",
		}, want: []string{"gdp_growth CHN 5 actual 2025"}},
		// near-misses: the falsity is of something else, or the article's own figure
		{name: "a word of falsity about something else", wordings: []string{
			"The minister said Japan's inflation was 2.7% in 2024, rejecting claims that the yen is too weak.",
			"Japan's inflation was 2.7% in 2024, and critics who call that wrong are mistaken.",
		}, want: []string{"inflation JPN 2.7 actual 2024"}},
	})
}
