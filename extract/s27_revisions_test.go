package extract

import (
	"fmt"
	"testing"
	"time"
)

// Revisions the text narrates and figures it attributes to a national office (s27 attack 10,
// /work/notes/s27-attack10.md, family B and BL-1): the figure a revision replaced is an
// earlier estimate, not the year's outturn, whether the revision moves it "from X to Y" (B1),
// says it was "later revised to" Y (B2) or states the figure as it stands now after a
// semicolon (B3); and a figure a statistics office is cited for is that office's (S).

var s27RevisionsDate = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

var s27RevisionFamilies = []family{
	// B1: "from X to Y" within one period, moved by a verb that revises the figure itself
	{name: "a revision from X to Y within one year", wordings: []string{
		"After a census revision, China's growth in 2023 was raised from 5.2% to 5.4%.",          // fact-check
		"China's 2023 GDP growth was revised up from 5.2% to 5.4%, the statistics bureau said.",  // wire
		"China's growth for 2023 has been upgraded from 5.2% to 5.4% after the economic census.", // broadsheet
		"The growth rate of China's economy in 2023 was raised from 5.2 percent to 5.4 percent.", // translated
	}, want: []string{"gdp_growth CHN 5.4 actual 2023", "gdp_growth CHN 5.2 previous -"}},
	{name: "a revision from X to Y by the office's own verb", wordings: []string{
		"The statistics bureau revised China's 2023 growth from 5.2% to 5.4%.", // bulletin
		"Beijing's statisticians revised China's 2023 growth rate from 5.2% to 5.4%.",
	}, want: []string{"gdp_growth CHN 5.2 previous -", "gdp_growth CHN 5.4 actual 2023"}},
	{name: "a year's inflation lowered from X to Y", wordings: []string{
		"Brazil's inflation for 2023 was lowered from 4.8% to 4.6% after a methodology review.",
		"Brazil's 2023 inflation rate was revised down from 4.8% to 4.6%.",
	}, want: []string{"inflation BRA 4.6 actual 2023", "inflation BRA 4.8 previous -"}},
	// near misses of B1: a decision, two periods, a change over time, a fronted date
	{name: "a rate raised by a decision keeps both values", wordings: []string{
		"In Britain, Bank Rate was raised from 5% to 5.25% in August 2023.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023-08", "policy_rate GBR 5 previous -"}},
	{name: "a year's policy rate raised by a decision", wordings: []string{
		"Britain's policy rate was raised from 5% to 5.25% in 2023.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023", "policy_rate GBR 5 previous -"}},
	{name: "a move between two years", wordings: []string{
		"Inflation in Brazil rose from 5.8% in 2022 to 4.6% in 2023.",
	}, want: []string{"inflation BRA 4.6 actual 2023", "inflation BRA 5.8 previous 2022"}},
	{name: "a slowdown is a change", wordings: []string{
		"Brazil's growth slowed from 3% to 2.9% in 2023.",
	}, want: []string{"gdp_growth BRA 2.9 actual 2023", "gdp_growth BRA 3 previous -"}},
	// (the level the fall started from is of a period before 2023 that the text does not
	// name, as with "slowed from 3% to 2.9% in 2023": TestDatesOfOtherEvents)
	{name: "a fall over a fronted year is no revision", wordings: []string{
		"In 2023, inflation in Brazil was cut from 5.8% to 4.6%.",
	}, want: []string{"inflation BRA 4.6 actual 2023", "inflation BRA 5.8 previous -"}},
	// B2: "X, later revised to Y": X is an earlier estimate with no word of its own for it
	{name: "a figure later revised", wordings: []string{
		"Britain's economy fell 11% in 2020, later revised to a fall of 10.3%.",       // fact-check
		"The British economy shrank by 11% in 2020; this was later revised to 10.3%.", // translated
	}, want: []string{"gdp_growth GBR -11 previous -", "gdp_growth GBR -10.3 actual 2020"}},
	{name: "a figure later revised, its revision no claim of its own", wordings: []string{
		"UK GDP shrank 11% in 2020, a figure since revised to 10.3%.",                       // broadsheet
		"Britain's output contracted 11% in 2020, which was subsequently revised to 10.3%.", // wire
		"UK GDP grew 7.5% in 2021, which was subsequently revised up to 8.5%.",
	}, want: []string{"gdp_growth GBR * previous -"}},
	{name: "a figure since revised up", wordings: []string{
		"Britain's economy grew 7.5% in 2021, a figure later revised upward to 8.5%.",
	}, want: []string{"gdp_growth GBR 7.5 previous -", "gdp_growth GBR 8.5 actual 2021"}},
	// near misses of B2: the new figure of a revision, another figure revised
	{name: "the new figure of a revision is the outturn", wordings: []string{
		"France's economy grew 1.1% in 2024, revised from 0.9%.",
	}, want: []string{"gdp_growth FRA 1.1 actual 2024", "gdp_growth FRA 0.9 previous -"}},
	{name: "another figure revised after it", wordings: []string{
		"France's economy grew 1.1% in 2024, and inflation was later revised to 2.3%.",
	}, want: []string{"gdp_growth FRA 1.1 actual 2024", "inflation FRA 2.3 actual 2024"}},
	// B3: a first estimate and, after a semicolon, the figure as it stands now
	{name: "a first estimate and the current figure after a semicolon", wordings: []string{
		"Argentina's economy contracted by 1.7% in 2024, according to the first estimate; the World Bank now records -1.3%.",
	}, want: []string{"gdp_growth ARG -1.7 previous -"}},
	{name: "a first estimate and the office's current figure after a semicolon", wordings: []string{
		"Argentina's GDP shrank 1.7% in 2024 by the first estimate; INDEC now puts it at -1.3%.",
		"Argentina's economy contracted 1.7% in 2024 in the initial estimate; the statistics office has since put it at -1.3%.",
	}, want: []string{"gdp_growth ARG -1.7 previous -", "gdp_growth ARG -1.3 actual 2024"}},
	// near misses of B3: another place's figure after the semicolon; a first estimate alone
	{name: "a first estimate with another place's figure after it", wordings: []string{
		"Greece's economy grew 2.3% in 2024 by the first estimate; the euro area now shows 0.9%.",
	}, want: []string{"gdp_growth GRC 2.3 actual 2024"}},
	{name: "a first estimate that nothing supersedes", wordings: []string{
		"Russia's GDP grew by 4.1% in 2024, according to the first estimate.",
	}, want: []string{"gdp_growth RUS 4.1 actual 2024"}},
}

func TestS27RevisionFamilies(t *testing.T) {
	runFamilies(t, s27RevisionsDate, s27RevisionFamilies)
}

// TestS27CitedOfficeIsTheSource (S): a figure attributed to a national statistics office
// ("per Stats SA", "according to INDEC", "ELSTAT said") has that office as its source, not
// another source named later in the sentence for another figure.
func TestS27CitedOfficeIsTheSource(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct{ text, source string }{
		{"South Africa's GDP grew 0.7% in 2023, per Stats SA, a figure the World Bank now puts at 0.8%.", "Statistics South Africa"},
		{"South Africa's GDP grew 0.7% in 2023, per Statistics South Africa.", "Statistics South Africa"},
		{"Per the ONS, Britain's economy grew 0.1% in 2023.", "ONS"},
		{"Argentina's economy contracted by 1.7% in 2024, according to INDEC's first estimate; the World Bank now records -1.3%.", "INDEC"},
		{"Greece's economy grew 2.3% in 2024, outpacing the euro area, ELSTAT said in its first estimate.", "ELSTAT"},
		{"The UAE's economy grew 3.6% in 2023, according to the Federal Competitiveness and Statistics Centre.", "FCSC"},
		// a shared name that the office's own name in parentheses or commas says which
		{"France's unemployment rate rose to 8.1% in March 2023, the National Statistics Institute (INSEE) said.", "INSEE"},
		{"French consumer prices rose 4.9% in 2023, the National Statistics Institute, INSEE, said.", "INSEE"},
		{"Chile's consumer prices rose 7.6% in 2023, the National Statistics Institute said.", "National Statistics Institute"},
		{"Britain's economy grew 4.4% in 1987, the Central Statistical Office (CSO) said.", "Central Statistical Office"},
		// near miss: "per" of a rate is no source
		{"South Africa's GDP per capita fell 0.5% in 2023.", ""},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			claims := ex.Claims(Article{Text: tc.text, Published: s27RevisionsDate}, Options{})
			if len(claims) == 0 {
				t.Fatalf("%q: no claim", tc.text)
			}
			if claims[0].Source != tc.source {
				t.Errorf("%q: source %q, want %q", tc.text, claims[0].Source, tc.source)
			}
		})
	}
}

// TestS27StatisticsOfficesReadAsSources: every national statistics office added to
// institutions.csv in s27 is read as the source of a figure it is cited for, in two frames
// (a closing "according to" and a reporting verb), and gives the figure its country when the
// name stands for one office only.
func TestS27StatisticsOfficesReadAsSources(t *testing.T) {
	ex := testExtractor(t)
	offices := []struct{ phrase, country, entity, source string }{
		{"the Hellenic Statistical Authority", "Greece", "GRC", "ELSTAT"},
		{"ELSTAT", "Greece", "GRC", "ELSTAT"},
		{"INDEC", "Argentina", "ARG", "INDEC"},
		{"the Federal Competitiveness and Statistics Centre", "the UAE", "ARE", "FCSC"},
		{"FCSC", "the UAE", "ARE", "FCSC"},
		{"the General Authority for Statistics", "Saudi Arabia", "SAU", "GASTAT"},
		{"GASTAT", "Saudi Arabia", "SAU", "GASTAT"},
		{"the Planning and Statistics Authority", "Qatar", "QAT", "Planning and Statistics Authority"},
		{"CAPMAS", "Egypt", "EGY", "CAPMAS"},
		{"the High Commission for Planning", "Morocco", "MAR", "High Commission for Planning"},
		{"the Statistical Centre of Iran", "Iran", "IRN", "Statistical Centre of Iran"},
		{"the Central Bureau of Statistics", "Israel", "ISR", "Central Bureau of Statistics"},
		{"the National Institute of Statistics", "Romania", "ROU", "National Institute of Statistics"},
		{"the National Statistics Institute", "Spain", "ESP", "National Statistics Institute"},
		{"Statistics Portugal", "Portugal", "PRT", "Statistics Portugal"},
		{"Statbel", "Belgium", "BEL", "Statbel"},
		{"STATEC", "Luxembourg", "LUX", "STATEC"},
		{"Statistics Iceland", "Iceland", "ISL", "Statistics Iceland"},
		{"Statistics Estonia", "Estonia", "EST", "Statistics Estonia"},
		{"Statistics Lithuania", "Lithuania", "LTU", "Statistics Lithuania"},
		{"the Central Statistical Bureau of Latvia", "Latvia", "LVA", "Central Statistical Bureau of Latvia"},
		{"the Czech Statistical Office", "the Czech Republic", "CZE", "Czech Statistical Office"},
		{"the Hungarian Central Statistical Office", "Hungary", "HUN", "Hungarian Central Statistical Office"},
		{"KSH", "Hungary", "HUN", "Hungarian Central Statistical Office"},
		{"the Statistical Office of the Slovak Republic", "Slovakia", "SVK", "Statistical Office of the Slovak Republic"},
		{"the Croatian Bureau of Statistics", "Croatia", "HRV", "Croatian Bureau of Statistics"},
		{"Cystat", "Cyprus", "CYP", "Cystat"},
		{"the Swiss Federal Statistical Office", "Switzerland", "CHE", "Swiss Federal Statistical Office"},
		{"Ukrstat", "Ukraine", "UKR", "Ukrstat"},
		{"Geostat", "Georgia", "GEO", "Geostat"},
		{"Armstat", "Armenia", "ARM", "Armstat"},
		{"Belstat", "Belarus", "BLR", "Belstat"},
		{"the Statistics Bureau of Japan", "Japan", "JPN", "Statistics Bureau of Japan"},
		{"KOSTAT", "South Korea", "KOR", "Statistics Korea"},
		{"the Census and Statistics Department", "Hong Kong", "HKG", "Census and Statistics Department"},
		{"the Singapore Department of Statistics", "Singapore", "SGP", "Singapore Department of Statistics"},
		{"SingStat", "Singapore", "SGP", "Singapore Department of Statistics"},
		{"the Department of Statistics Malaysia", "Malaysia", "MYS", "Department of Statistics Malaysia"},
		{"DOSM", "Malaysia", "MYS", "Department of Statistics Malaysia"},
		{"the General Statistics Office", "Vietnam", "VNM", "General Statistics Office"},
		{"the Department of Census and Statistics", "Sri Lanka", "LKA", "Department of Census and Statistics"},
		{"Stats NZ", "New Zealand", "NZL", "Statistics New Zealand"},
		{"the National Administrative Department of Statistics", "Colombia", "COL", "DANE"},
		{"INEI", "Peru", "PER", "INEI"},
		{"STATIN", "Jamaica", "JAM", "STATIN"},
		{"Statistics Botswana", "Botswana", "BWA", "Statistics Botswana"},
		{"the Namibia Statistics Agency", "Namibia", "NAM", "Namibia Statistics Agency"},
		{"ZamStats", "Zambia", "ZMB", "ZamStats"},
		{"ZIMSTAT", "Zimbabwe", "ZWE", "ZIMSTAT"},
		{"the Ethiopian Statistics Service", "Ethiopia", "ETH", "Ethiopian Statistics Service"},
		{"NISR", "Rwanda", "RWA", "NISR"},
		{"Statistics Mauritius", "Mauritius", "MUS", "Statistics Mauritius"},
		{"Statistics Sierra Leone", "Sierra Leone", "SLE", "Statistics Sierra Leone"},
		{"the Tanzania National Bureau of Statistics", "Tanzania", "TZA", "National Bureau of Statistics"},
	}
	for _, o := range offices {
		for _, text := range []string{
			fmt.Sprintf("%s's economy grew 2.1%% in 2023, according to %s.", o.country, o.phrase),
			fmt.Sprintf("Inflation in %s was 2.1%% in 2023, %s said.", o.country, o.phrase),
		} {
			t.Run(o.phrase, func(t *testing.T) {
				claims := ex.Claims(Article{Text: text, Published: s27RevisionsDate}, Options{})
				if len(claims) != 1 {
					t.Fatalf("%q: got %d claims, want 1:\n%s", text, len(claims), describe(claims))
				}
				if c := claims[0]; c.Source != o.source || c.Entity != o.entity {
					t.Errorf("%q: source %q entity %s, want %q %s", text, c.Source, c.Entity, o.source, o.entity)
				}
			})
		}
	}
}
