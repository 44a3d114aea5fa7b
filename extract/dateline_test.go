package extract

import (
	"strings"
	"testing"
	"time"
)

// The datelines of wire copy and of other outlets, and lines that only look like one. Two
// readers of them disagreed: one on the text of a line (the article's mentions and the home of
// "here") and one on its words (whether a paragraph is placed elsewhere than a country it names
// in passing). One took "ST. JOHN'S" and a place of up to 30 letters, the other neither; one
// took any comma after a run of capitals ("GDP, the broadest measure" was a dateline), and
// neither read "Kuala Lumpur, Dec 3 (Bernama) --", "Frankfurt/Main, 3 Dec (dpa) -" or
// "ISLAMABAD: ". LONDON and PARIS named no country: London and Paris are no capitals of
// entities.csv (in a sentence they are more often a venue or a city), and are now places of
// datelines.csv. Now one reader serves the three: place is the place's words as the line writes
// them, code the country it names ("" for a place the lexicon does not know, which lends none;
// "-" for a line that opens with no dateline).
var datelineRows = []struct{ line, place, code string }{
	// Reuters
	{"LONDON, Dec 3 (Reuters) - Prices rose.", "LONDON", "GBR"},
	{"OTTAWA, Dec 3 (Reuters) - Prices rose.", "OTTAWA", "CAN"},
	{"NEW DELHI, Jan 30 (Reuters) - Growth slowed.", "NEW DELHI", "IND"},
	{"BRUSSELS/LONDON, Jan 5 (Reuters) - Prices rose.", "BRUSSELS", ""},
	{"RIO DE JANEIRO, March 4, 2025 (Thomson Reuters Foundation) - Prices rose.", "RIO DE JANEIRO", "BRA"}, // (datelines.csv: the home of "here", no mention)
	{"HANOI (Reuters) - The economy grew.", "HANOI", "VNM"},
	{"LISBON - Remittances rose.", "LISBON", "PRT"},
	{"MEXICO CITY, Dec 3 (Reuters) - Prices rose.", "MEXICO CITY", "MEX"},
	{"THE HAGUE, Dec 3 (Reuters) - Prices rose.", "THE HAGUE", "NLD"},
	// AP: a city named with its country or state
	{"NEW YORK - Prices rose.", "NEW YORK", ""},
	{"WASHINGTON (AP) — Prices rose.", "WASHINGTON", "USA"},
	{"SAO PAULO, Brazil — Prices rose.", "SAO PAULO", "BRA"},
	{"SAO PAULO, Brazil (AP) — Prices rose.", "SAO PAULO", "BRA"},
	{"ST. JOHN'S, Antigua (AP) — Prices rose.", "ST. JOHN'S", "ATG"},
	{"KANSAS CITY, Mo. (AP) — Prices rose.", "KANSAS CITY", ""},
	{"LANSING, Michigan: Prices rose.", "LANSING", ""},
	{"WASHINGTON, D.C.: Prices rose.", "WASHINGTON", ""}, // (a figure "here" is the District's)
	{"MOSCOW, Idaho (AP) — Prices rose.", "MOSCOW", ""},
	// AFP, Bloomberg, Xinhua, dpa, Bernama, APP, PTI
	{"PARIS (AFP) - Prices rose.", "PARIS", "FRA"},
	{"PARIS, Texas (AP) — Prices rose.", "PARIS", ""},
	{"LONDON, Ontario (CP) — Prices rose.", "LONDON", ""},
	{"WELLINGTON (Reuters) - Prices rose.", "WELLINGTON", "NZL"},
	{"WELLINGTON, Fla. (AP) — Prices rose.", "WELLINGTON", ""},
	{"London, Dec 3 (PA) - Prices rose.", "London", "GBR"},
	{"TOKYO, Dec 3 (Bloomberg) -- Prices rose.", "TOKYO", "JPN"},
	{"BEIJING, Dec. 3 (Xinhua) -- Prices rose.", "BEIJING", "CHN"},
	{"Frankfurt/Main, 3 Dec (dpa) - Prices rose.", "Frankfurt", ""},
	{"Kuala Lumpur, Dec 3 (Bernama) -- Prices rose.", "Kuala Lumpur", "MYS"},
	{"KUALA LUMPUR — Growth slowed.", "KUALA LUMPUR", "MYS"},
	{"ISLAMABAD, Dec 3 (APP): Prices rose.", "ISLAMABAD", "PAK"},
	{"New Delhi, Dec 3 (PTI) The economy grew.", "New Delhi", "IND"},
	{"ISLAMABAD: The economy grew.", "ISLAMABAD", "PAK"},
	{"DHAKA, March 5 - Prices rose.", "DHAKA", "BGD"},
	{"MOSCOW, February 7. /TASS/. The economy grew.", "MOSCOW", "RUS"},
	{"SEOUL, (Yonhap) -- The economy grew.", "SEOUL", "KOR"},
	{"ANKARA (AA) - The economy grew.", "ANKARA", "TUR"},
	{"SHENZHEN - Exports rose.", "SHENZHEN", ""},
	{"MUMBAI - Prices rose.", "MUMBAI", "IND"},
	{"JOHANNESBURG - Stocks fell.", "JOHANNESBURG", "ZAF"},
	{"LAGOS - Stocks fell.", "LAGOS", ""},
	// European papers: a date in figures, and a full stop after the date (blind round 27: an
	// Austrian paper's "Vienna, 01.11.2026." left "At home" with no country)
	{"Vienna, 01.11.2026. The economy shrank.", "Vienna", "AUT"},
	{"Madrid, 3/11/2026 - Prices rose.", "Madrid", "ESP"},
	{"Ankara, 3 November. Prices rose.", "Ankara", "TUR"},
	{"BERLIN, 01.11.2026 - Prices rose.", "BERLIN", "DEU"},
	// near-misses: lines that open with no dateline
	{"Vienna, 01.11.2026 was a cold day.", "", "-"},
	{"Vienna, 3 / 11 / 2026 - Prices rose.", "", "-"},
	{"Vienna, 01.11. The economy shrank.", "", "-"},
	{"LONDON: Prices rose.", "LONDON", "GBR"},
	{"LAGOS: Prices rose.", "", "-"}, // (a colon after a place the lexicon does not know: a kicker's shape)
	{"EXCLUSIVE: Prices rose.", "", "-"},
	{"GDP (2024): +3.4%", "", "-"},
	{"US CPI (Jan): 3.0% y/y", "", "-"},
	{"FATAL FORCE (MACROSPACE)", "", "-"},
	{"WINNERS (once)", "", "-"},
	{"AUSTRALIA SET TO GROW, BUT UNEMPLOYMENT MAY RISE", "", "-"},
	{"NO REASON TO CUT RATES - BUNDESBANK'S SCHLESINGER", "", "-"},
	{"UKIP, which campaigned on a slogan", "", "-"},
	{"UK ECONOMY GROWS 0.5% - Prices rose.", "", "-"},
	{"US - China talks stall.", "", "-"},
	{"GDP, the broadest measure, grew 2%.", "", "-"},
	{"London, the capital, grew 2%.", "", "-"},
	{"On Tuesday, March 4 - Prices rose.", "", "-"},
	{"The economy grew - as expected.", "", "-"},
	{"US inflation was 3%.", "", "-"},
	{"NEW YORK", "", "-"},
	{"THE WORLD'S BIGGEST ECONOMIES ARE SLOWING - Prices rose.", "", "-"},
	{"", "", "-"},
}

// TestDatelineReadersAgree runs every row through the three readers of a dateline: the reader
// itself, the home of "here" (datelineCountry, on the article's text), the article's mentions
// (scanDateline, on a line's words) and a demonym's paragraph placed elsewhere
// (placedElsewhere).
func TestDatelineReadersAgree(t *testing.T) {
	lex := testExtractor(t).lex
	for _, tc := range datelineRows {
		toks := tokenize(tc.line, 0, len(tc.line))
		place := ""
		if d, ok := datelineToks(toks); ok {
			place = tc.line[toks[d.place.from].start:toks[d.place.to-1].end]
		}
		code, named, ok := lex.datelinePlace(toks)
		if !ok {
			code = "-"
		}
		if tc.code != "-" && place != tc.place || code != tc.code {
			t.Errorf("%q: dateline %q of %q, want %q of %q", tc.line, place, code, tc.place, tc.code)
		}
		wantHome := strings.Trim(tc.code, "-")
		text := tc.line + "\nHere inflation was 2%."
		st := &articleState{lex: lex, art: Article{Text: text, Published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)}, mentions: map[string]float64{}, ownMentions: map[string]bool{}}
		if got := st.datelineCountry(indexOf(text, "Here")); got != wantHome {
			t.Errorf("%q: datelineCountry %q, want %q", tc.line, got, wantHome)
		}
		st.scanDateline(toks)
		if named && st.mentions[wantHome] == 0 || !named && len(st.mentions) > 0 {
			t.Errorf("%q: scanDateline counted %v, want %q", tc.line, st.mentions, wantHome)
		}
		if tc.code == "-" {
			continue
		}
		// a demonym that modifies a noun of no measure, after the dateline: peripheral unless
		// the dateline names its country
		para := tc.line + " American tariffs bit."
		ptoks := tokenize(para, 0, len(para))
		var m *match
		for _, e := range lex.findEntities(ptoks, false) {
			if ptoks[e.first].text == "American" {
				m = &e
			}
		}
		if m == nil {
			t.Fatalf("%q: no mention of American", para)
		}
		if got, want := lex.placedElsewhere(ptoks, m, -1, -1), tc.code != "USA"; got != want {
			t.Errorf("%q: placed elsewhere %v, want %v", para, got, want)
		}
	}
}

// A dateline of a capital makes the figures after it with no place of their own its country's,
// and is the home of "here": "BERLIN - ", "OTTAWA (Reuters) - " did so, "LONDON (Reuters) - "
// and "PARIS (AFP) - " did neither, for London and Paris are no capitals of entities.csv (in a
// sentence they are more often a venue or a city: "Speaking in London", "In Paris,
// unemployment was 7.8%"). They are places of datelines.csv now: the home of "here" and "our",
// and the place a paragraph's "British shares" are at home in. They lend no figure with no
// place of its own their country, as a capital's dateline does: from London and Paris the wires
// cover the world, the euro zone, the OECD and the markets, and "LONDON (Reuters) - Turkish
// assets slid ... Inflation averaged 58.5%" would have been Britain's. A dateline of a place the
// lexicon does not know, or of a town that shares a capital's name ("PARIS, Texas"), lends no
// country.
var capitalDatelineFamilies = []family{
	{name: "a dateline of London is the home of here and our", wordings: []string{
		"LONDON - Unemployment here averaged 4.3% in 2024.",
		"LONDON (Reuters) - Unemployment here averaged 4.3 percent in 2024, the minister said.",
		"LONDON, Dec 3 (Bloomberg) -- \"Unemployment here averaged 4.3% in 2024,\" the minister said.",
		"London, Dec 3 (PA) - Shares fell.\nHere, unemployment averaged 4.3% in 2024.",
		"By Jane Doe\nLONDON - Shares fell. Unemployment here averaged 4.3% in 2024.",
		"LONDON: Unemployment here averaged 4.3 per cent in 2024.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024"}},
	{name: "a dateline of Paris is the home of here and our", wordings: []string{
		"PARIS (AFP) - Unemployment here averaged 7.4% in 2024.",
		"PARIS, Dec 3 (Xinhua) -- \"Our economy grew 1.1% in 2024,\" the minister said.",
		"PARIS - \"Unemployment here averaged 7.4% in 2024,\" the minister said.",
	}, want: []string{"* FRA * actual 2024"}},
	{name: "a dateline of London keeps a British modifier at home", wordings: []string{
		"LONDON (Reuters) - British shares fell on Tuesday. Unemployment averaged 4.3% in 2024.",
		"LONDON (AP) — British retailers cut prices. Unemployment averaged 4.3% in 2024.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024"}},
	{name: "a dateline of London or Paris lends a bare figure no country", wordings: []string{
		"LONDON (Reuters) - Shares fell on Tuesday. Unemployment averaged 4.3% in 2024.",
		"LONDON (Reuters) - Turkish assets slid on Tuesday as investors fled the lira. Inflation averaged 58.5% in 2024.",
		"PARIS (AFP) - Shares fell on Tuesday. Unemployment averaged 7.4% in 2024.",
		// nor does it discount a country named beside another: the two stand
		"WELLINGTON - Dairy prices rose at the latest auction, helped by Chinese and American buyers. The jobless rate was 5.1% in the December quarter.",
		"LONDON (Reuters) - Copper rose, helped by Chinese and American buyers. Inflation was 2.5% in 2024.",
	}},
	{name: "a dateline of Paris leaves the OECD's figure the OECD's", wordings: []string{
		"PARIS (Reuters) - The OECD said growth in its member countries slowed. Growth was 1.7% in 2024.",
	}, want: []string{"gdp_growth OED 1.7 actual 2024"}},
	{name: "other capitals keep their datelines", wordings: []string{
		"BERLIN (dpa) - Shares fell on Tuesday. Unemployment averaged 3.4% in 2024.",
		"Berlin, Dec 3 (dpa) - Shares fell on Tuesday. Unemployment averaged 3.4% in 2024.",
	}, want: []string{"unemployment_rate DEU 3.4 actual 2024"}},
	{name: "a dateline of a title-case capital with its date", wordings: []string{
		"Kuala Lumpur, Dec 3 (Bernama) -- Shares fell on Tuesday. Unemployment averaged 3.3% in 2024.",
	}, want: []string{"unemployment_rate MYS 3.3 actual 2024"}},
	{name: "a dateline of a place the lexicon does not know lends no country", wordings: []string{
		"SHENZHEN - Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"MUMBAI (PTI) - Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"LAGOS (Reuters) - Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"NEW YORK (AP) — Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"PARIS, Texas (AP) — Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"LONDON, Ontario (CP) — Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"BRUSSELS/LONDON, Jan 5 (Reuters) - Shares fell on Tuesday. Unemployment averaged 5.1% in 2024.",
		"SHENZHEN - Unemployment here averaged 5.1% in 2024.",
		"LAGOS: Unemployment here averaged 5.1% in 2024.",
	}},
	{name: "London and Paris in a sentence are still a venue or a city", wordings: []string{
		"Speaking in London, the minister said the economy grew 1.1% in 2024.",
		"In London, unemployment was 5.6% in 2024.",
		"In Paris, unemployment was 7.8% in 2024.",
		"The Paris-based think tank said growth was 1.1% in 2024.",
		"London house prices fell 2% in 2024.",
	}},
}

func TestCapitalDatelinesNameTheirCountry(t *testing.T) {
	runFamilies(t, familyDate, capitalDatelineFamilies)
}

// FuzzDatelineToks holds the reader's spans inside the line's words, whatever the line.
func FuzzDatelineToks(f *testing.F) {
	for _, tc := range datelineRows {
		f.Add(tc.line)
	}
	for _, s := range []string{"A/", "AB/CD,", "ABC, Dec", "ABC, Dec.", "ABC (", "ABC (x", "ABC /x/", "ST.", "ABC, X.", "ABC, X,", "ABC, X, Dec 3 (", "ABC --"} {
		f.Add(s)
	}
	lex := testExtractor(f).lex
	f.Fuzz(func(t *testing.T, line string) {
		toks := tokenize(line, 0, len(line))
		d, ok := datelineToks(toks)
		if !ok {
			return
		}
		for _, sp := range []span{d.place, d.second, d.qualifier} {
			if sp.from < 0 || sp.to > len(toks) || sp.from > sp.to {
				t.Fatalf("%q: span %v outside %d words", line, sp, len(toks))
			}
		}
		if d.place.to == 0 {
			t.Fatalf("%q: a dateline of no place", line)
		}
		lex.datelinePlace(toks)
	})
}
