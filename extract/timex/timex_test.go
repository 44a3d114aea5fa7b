package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

var published = time.Date(2025, 3, 4, 20, 24, 0, 0, time.UTC) // a Tuesday

func TestScan(t *testing.T) {
	type want struct {
		phrase, period, precision string
		explicit                  bool
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"year after in", "Initially imposed in 2014.", []want{{"2014", "2014", Year, true}}},
		{"US style date", "on March 6, 2026,", []want{{"March 6, 2026", "2026-03-06", Day, true}}},
		{"day first date", "on 6 March 2026", []want{{"6 March 2026", "2026-03-06", Day, true}}},
		{"ISO date", "on 2026-03-06.", []want{{"2026-03-06", "2026-03-06", Day, true}}},
		{"abbreviated month without year", "on Mar. 6 the", []want{{"Mar. 6", "2025-03-06", Day, false}}},
		{"ordinal day", "I'll go back 04th Jan 2019.", []want{{"04th Jan 2019", "2019-01-04", Day, true}}},
		{"month and year", "in January 2005", []want{{"January 2005", "2005-01", Month, true}}},
		{"bare month after in", "prices fell in January", []want{{"January", "2025-01", Month, false}}},
		{"bare month later in the year than publication", "in December", []want{{"December", "2024-12", Month, false}}},
		{"May the verb is not a month", "May said prices may rise", nil},
		{"third quarter without a year", "in the third quarter", []want{{"third quarter", "2024-Q3", Quarter, false}}},
		{"quarter of a year", "the fourth quarter of 2004", []want{{"fourth quarter of 2004", "2004-Q4", Quarter, true}}},
		{"possessive year", "2004's third quarter", []want{{"2004's third quarter", "2004-Q3", Quarter, true}}},
		{"Q3 with year", "Q3 2004 results", []want{{"Q3 2004", "2004-Q3", Quarter, true}}},
		{"hyphenated quarter", "third-quarter growth", []want{{"third-quarter", "2024-Q3", Quarter, false}}},
		{"quarter of last year", "the final quarter of last year", []want{{"final quarter of last year", "2024-Q4", Quarter, false}}},
		{"three months to December", "for the three months to December,", []want{{"three months to December", "2024-Q4", Quarter, false}}},
		{"12 months to in digits", "in the 12 months to March 2004", []want{{"12 months to March 2004", "FY2004", Year, true}}},
		{"3 months to in digits", "in the 3 months to June 2004", []want{{"3 months to June 2004", "2004-Q2", Quarter, true}}},
		{"last week across two months", "held rates at 5% last week", []want{{"last week", "", Week, false}}},
		{"this week", "this week's decision", []want{{"this week", "2025-03", Week, false}}},
		{"the fourth after the third quarter", "grew 0.4 pct in the third quarter of 2004 and 0.6 pct in the fourth.", []want{{"third quarter of 2004", "2004-Q3", Quarter, true}, {"fourth", "2004-Q4", Quarter, true}}},
		{"an ordinal that qualifies a noun is no quarter", "in the third quarter of 2004, the fourth largest rise", []want{{"third quarter of 2004", "2004-Q3", Quarter, true}}},
		{"fiscal year ending in a month", "in the fiscal year ending in March 2021", []want{{"year ending in March 2021", "FY2021", Year, true}}},
		{"year ending in a month ahead", "in the year ending in June", []want{{"year ending in June", "FY2025", Year, false}}},
		{"end-month", "fell to 11.8 pct at end-May from 12.0 pct", []want{{"May", "2024-05", Month, false}}},
		{"mid-month", "by mid-March", []want{{"March", "2025-03", Month, false}}},
		{"a name before a hyphen is no context", "the Anglo-March deal", nil},
		{"first half", "in the first half of 2005", []want{{"first half of 2005", "2005-H1", Half, true}}},
		{"H1", "H1 2005", []want{{"H1 2005", "2005-H1", Half, true}}},
		{"year to March", "in the year to March 2004", []want{{"year to March 2004", "FY2004", Year, true}}},
		// A day of the last month keeps the year after it (publication is March 2025).
		{"year ended a US-style day", "in the year ended June 30, 2024.", []want{{"year ended June 30, 2024", "FY2024", Year, true}}},
		{"year ended a day first", "in the year ended 30 June 2024.", []want{{"year ended 30 June 2024", "FY2024", Year, true}}},
		{"fiscal year ending on a day", "in the fiscal year ending March 31, 2021,", []want{{"year ending March 31, 2021", "FY2021", Year, true}}},
		{"12 months to a day", "in the 12 months to 30 September 2004", []want{{"12 months to 30 September 2004", "FY2004", Year, true}}},
		{"three months to a day", "in the three months to 30 September 2004", []want{{"three months to 30 September 2004", "2004-Q3", Quarter, true}}},
		{"year ended a day without a year", "in the year ended June 30", []want{{"year ended June 30", "FY2024", Year, false}}},
		{"year to a day of December", "in the year to December 31, 2003", []want{{"year to December 31, 2003", "2003", Year, true}}},
		{"a number after to that is no day", "in the year to 30 percent", nil},
		{"fiscal year", "fiscal 2004 and FY2005 and 2023-24", []want{
			{"fiscal 2004", "FY2004", Year, true}, {"FY2005", "FY2005", Year, true}, {"2023-24", "FY2024", Year, true}}},
		{"relative years", "last year, this year and next year", []want{
			{"last year", "2024", Year, false}, {"this year", "2025", Year, false}, {"next year", "2026", Year, false}}},
		{"relative month and quarter", "last month and last quarter", []want{
			{"last month", "2025-02", Month, false}, {"last quarter", "2024-Q4", Quarter, false}}},
		{"weekday after on", "Peskov stated on Tuesday.", []want{{"Tuesday", "2025-03-04", Day, false}}},
		{"last weekday", "last Monday", []want{{"last Monday", "2025-03-03", Day, false}}},
		{"yesterday", "said yesterday", []want{{"yesterday", "2025-03-03", Day, false}}},
		{"a year earlier follows the named period", "in the third quarter of 2004, from a year earlier", []want{
			{"third quarter of 2004", "2004-Q3", Quarter, true}, {"a year earlier", "2003-Q3", Quarter, false}}},
		{"a year earlier alone", "up 2% from a year earlier", []want{{"a year earlier", "2024", Year, false}}},
		{"year range", "from 2010 to 2015", []want{{"2010", "2010", Year, true}, {"2015", "2015", Year, true}}},
		{"fiscal year with one end digit", "in 2005-6,", []want{{"2005-6", "FY2006", Year, true}}},
		{"year then quarter code", "during 2017-Q1 and 2019 H2", []want{
			{"2017-Q1", "2017-Q1", Quarter, true}, {"2019 H2", "2019-H2", Half, true}}},
		{"ordinal in digits", "the 1st quarter of 2013", []want{{"1st quarter of 2013", "2013-Q1", Quarter, true}}},
		{"coming quarter", "in the coming quarter", []want{{"coming quarter", "2025-Q2", Quarter, false}}},
		{"this calendar year", "this calendar year", []want{{"this calendar year", "2025", Year, false}}},
		{"year to date", "down 20% in the year to date", []want{{"year to date", "2025", Year, false}}},
		{"that year takes the year named before", "In 2004 the economy grew. Unemployment rose to 4.4% that year.", []want{
			{"2004", "2004", Year, true}, {"that year", "2004", Year, false}}},
		{"the same year after a quarter", "in the third quarter of 2004; in the same year", []want{
			{"third quarter of 2004", "2004-Q3", Quarter, true}, {"the same year", "2004", Year, false}}},
		{"that quarter", "the third quarter of 2004 ... in that quarter", []want{
			{"third quarter of 2004", "2004-Q3", Quarter, true}, {"that quarter", "2004-Q3", Quarter, false}}},
		{"that year after two years is ambiguous", "in 2003 and 2004. That year", []want{
			{"2003", "2003", Year, true}, {"2004", "2004", Year, true}, {"That year", "", Year, false}}},
		{"that year with nothing before", "that year", []want{{"that year", "", Year, false}}},
		// a month of the year named before: not the last such month before the article (blind
		// round 98)
		{"a month of that year", "inflation was 3.2% in 2011 and 3.9% in September of that year", []want{
			{"2011", "2011", Year, true}, {"September of that year", "2011-09", Month, false}}},
		{"a month that year", "in 1995, and in May that year", []want{
			{"1995", "1995", Year, true}, {"May that year", "1995-05", Month, false}}},
		{"a month of the same year", "in the third quarter of 2004; in March of the same year", []want{
			{"third quarter of 2004", "2004-Q3", Quarter, true}, {"March of the same year", "2004-03", Month, false}}},
		{"a month of that year with nothing before", "in May of that year", []want{{"May of that year", "", Month, false}}},
		{"a month before that year-on-year", "in 2019. In March that year-on-year inflation slowed", []want{
			{"2019", "2019", Year, true}, {"March", "2025-03", Month, false}}},
		{"a month of that year after two years", "in 2003 and 2004, in May of that year", []want{
			{"2003", "2003", Year, true}, {"2004", "2004", Year, true}, {"May of that year", "", Month, false}}},
		{"that quarter after a year is unresolved", "in 2004, that quarter", []want{
			{"2004", "2004", Year, true}, {"that quarter", "", Quarter, false}}},
		{"in the quarter after a quarter", "stocks fell in the fourth quarter. Yesterday the office said GDP grew 0.2 pct in the quarter.", []want{
			{"fourth quarter", "2024-Q4", Quarter, false}, {"Yesterday", "2025-03-03", Day, false}, {"the quarter", "2024-Q4", Quarter, false}}},
		{"for the month after a month", "In January prices rose; for the month, food led.", []want{
			{"January", "2025-01", Month, false}, {"the month", "2025-01", Month, false}}},
		{"during the year after a year", "Exports rose in 1986, and during the year imports fell.", []want{
			{"1986", "1986", Year, true}, {"the year", "1986", Year, false}}},
		// the year a number after it names: not the one before (blind round 47)
		{"in the year and a year after a year", "rose in 2025, from 2.0% in the year 2024", []want{
			{"2025", "2025", Year, true}, {"2024", "2024", Year, true}}},
		{"during the year and a count after a year", "Exports rose in 1986, and during the year 1500 firms closed.", []want{
			{"1986", "1986", Year, true}, {"the year", "1986", Year, false}}},
		{"the whole year after a quarter is its year", "shrank in the fourth quarter of 2004. Over the whole year, the economy grew", []want{
			{"fourth quarter of 2004", "2004-Q4", Quarter, true}, {"the whole year", "2004", Year, false}}},
		{"the full year after a month is its year", "prices rose in December 2004; for the full year, inflation was", []want{
			{"December 2004", "2004-12", Month, true}, {"the full year", "2004", Year, false}}},
		{"the year as a whole after a quarter is its year", "grew in the fourth quarter of 2004, and over the year as a whole", []want{
			{"fourth quarter of 2004", "2004-Q4", Quarter, true}, {"the year", "2004", Year, false}}},
		{"the year that ended in a month", "grew in the year that ended in March 2021", []want{
			{"year that ended in March 2021", "FY2021", Year, true}}},
		{"for the year after a quarter is its year", "rose 4% in the third quarter of 2004 and for the year it came in at 4.4%", []want{
			{"third quarter of 2004", "2004-Q3", Quarter, true}, {"the year", "2004", Year, false}}},
		{"for the year after a month says nothing", "prices rose 0.3% in December 2004 and 3.1% for the year", []want{
			{"December 2004", "2004-12", Month, true}}},
		{"months of the year are of this year", "In the first two months of the year, inflation was 3.8 pct", []want{
			{"the year", "2025", Year, false}}},
		{"last summer before it ended is last year's", "at a peak of 11.7 pct last summer", []want{
			{"last summer", "2024", Year, false}}},
		{"next summer before it began is this year's", "next summer and this autumn", []want{
			{"next summer", "2025", Year, false}, {"this autumn", "2025", Year, false}}},
		{"the quarter with nothing before says nothing", "GDP grew 0.2 pct in the quarter.", nil},
		{"the quarter to a month is no anaphor", "in 2024-Q4 ... in the quarter to March", []want{
			{"2024-Q4", "2024-Q4", Quarter, true}, {"March", "2025-03", Month, false}}},
		{"year on year is no anaphor", "in 1986, the rise in the year on year index", []want{{"1986", "1986", Year, true}}},
		{"a month before a percentage is no day", "from its January 3% figure, and the March 2 pct rise", []want{
			{"January", "2025-01", Month, false}, {"March", "2025-03", Month, false}}},
		{"a half of a month is in the month", "accelerated to 4.45% in the first half of February", []want{
			{"February", "2025-02", Month, false}}},
		{"counts are not years", "more than 2000 jobs and 1,999 people and $2005", nil},
		{"decades are not years", "the 1990s", []want{{"1990s", "", Year, false}}}, // (TestS25Decades: a span, unresolved)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.text, published)
			if len(got) != len(tt.want) {
				t.Fatalf("Scan(%q) = %+v, want %d expressions", tt.text, got, len(tt.want))
			}
			for k, w := range tt.want {
				g := got[k]
				if p := tt.text[g.Start:g.End]; p != w.phrase || g.Period != w.period || g.Precision != w.precision || g.Explicit != w.explicit {
					t.Errorf("expression %d = %q %+v, want %+v", k, p, g, w)
				}
			}
		})
	}
}

func TestScanWithoutPublicationDate(t *testing.T) {
	got := Scan("last year and in 2014 and the third quarter", time.Time{})
	if len(got) != 3 {
		t.Fatalf("got %+v, want 3 expressions", got)
	}
	for _, k := range []int{0, 2} {
		if got[k].Period != "" || got[k].Reason != ReasonNoPublished {
			t.Errorf("relative expression %d = %+v, want no period and reason %q", k, got[k], ReasonNoPublished)
		}
	}
	if got[1].Period != "2014" {
		t.Errorf("explicit year = %+v, want 2014", got[1])
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" when none
	}{
		{"RT style second line", "RT.com\n04 Mar 2025, 20:24 GMT+10\nThe step is necessary", "2025-03-04"},
		{"US style own line", "Headline\nMarch 4, 2025\nBody text.", "2025-03-04"},
		{"ISO own line", "2025-03-04\nBody", "2025-03-04"},
		{"label", "Published: 4 March 2025 10:00\nBody", "2025-03-04"},
		{"place name", "LONDON, March 4, 2025 (Reuters) - Shares fell", "2025-03-04"},
		{"weekday first", "Tuesday, March 4, 2025\nBody", "2025-03-04"},
		{"place name in title case", "Brussels, 30 January 2025\nThe European Union on Monday", "2025-01-30"},
		{"capitalised words of a sentence are not a place", "Headline\nBrussels said on 30 January 2025 that it would act.", ""},
		// Place names of several words, from wire services and papers of several countries.
		{"place of two words", "New Delhi, February 3, 2025\nIndia's GDP grew 8.2 per cent.", "2025-02-03"},
		{"place of two words in capitals", "NEW YORK, March 4, 2025 (Reuters) - Stocks rose", "2025-03-04"},
		{"place with a particle", "Rio de Janeiro, 2 May 2024\nBrazil's economy", "2024-05-02"},
		{"place with a particle after two words", "Dar es Salaam, 12 June 2023\nTanzania's budget", "2023-06-12"},
		{"place of three words", "Bandar Seri Begawan, 1 July 2022\nBrunei", "2022-07-01"},
		{"place in another script", "São Paulo, 5 March 2025\nBrazil's central bank", "2025-03-05"},
		{"place with hyphens", "Port-au-Prince, 9 January 2024\nHaiti", "2024-01-09"},
		{"place of two words and a label", "Updated: Hong Kong, 4 March 2025\nShares", "2025-03-04"},
		{"a sentence's words before a comma are not a place", "Headline\nThe Fed said, on March 4, 2025, that it would act.", ""},
		{"a capitalised sentence before a comma is not a place", "Headline\nInflation in France fell, on March 4, 2025, to 2%.", ""},
		{"a biography's first line is no dateline", "Novelist dies\n\nBorn in Luton, Bedfordshire, on 5 April 1920, he was the only child.", ""},
		{"a preposition is no particle of a place", "Made in China, 5 April 2020, the shipment left.", ""},
		{"a lower-case word ends no place", "Headline\nPrices in Paris rose, March 4, 2025", ""},
		{"date in body text", "Headline\nThe sanctions were imposed on March 4, 2014 by the US.", ""},
		{"year only", "2025\nBody", ""},
		{"too far down", strings.Repeat("line\n", 12) + "March 4, 2025\n", ""},
		{"no digit", "Headline\nBy Jane Smith\nMarch the fourth", ""},
		// Bylines whose fields a separator parts: the date is one of the fields after the name.
		{"byline with bars", "By Staff Reporter | Lagos | 16 February 2024\nNigeria's inflation", "2024-02-16"},
		{"byline with a bar and the date alone", "By Jane Doe | 16 February 2024\nBody", "2024-02-16"},
		{"byline with a middle dot", "Headline\nJane Doe · Feb. 16, 2024\nBody", "2024-02-16"},
		{"a row of a table is no byline", "| 16 February 2024 | 2.3% |\nBody", ""},
		{"a byline's field of prose is no date", "By Jane Doe | prices rose on 16 February 2024\nBody", ""},
		{"a digit in the headline, the date below", "G20 meets\nMarch 4, 2025\nBody", "2025-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Dateline(tt.text)
			if tt.want == "" {
				if ok {
					t.Fatalf("Dateline = %v, want none", got)
				}
				return
			}
			if !ok || got.Format("2006-01-02") != tt.want {
				t.Fatalf("Dateline = %v, %v, want %s", got, ok, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2025-03-04", "2025-03-04T00:00:00Z"},
		{"2025-03-04T20:24:00+10:00", "2025-03-04T20:24:00+10:00"},
		{"March 4, 2025", "2025-03-04T00:00:00Z"},
		{"4 March 2025", "2025-03-04T00:00:00Z"},
		{"04 Mar 2025", "2025-03-04T00:00:00Z"},
		{" Mar. 4, 2025 ", "2025-03-04T00:00:00Z"},
		{"yesterday", ""},
		{"2025-02-30", ""},
		{"March 2025", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tt.in, got)
				}
				if !strings.Contains(err.Error(), "March 4, 2025") {
					t.Errorf("error %q does not name the accepted forms", err)
				}
				return
			}
			if err != nil || got.Format(time.RFC3339) != tt.want {
				t.Fatalf("ParseDate(%q) = %v, %v, want %s", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestIsDateNumber(t *testing.T) {
	tests := []struct {
		text, num string
		want      bool
	}{
		{"on March 6 the bank said", "6", true},
		{"on 6 March the bank said", "6", true},
		{"from its January 3% figure", "3", false},
		{"the March 2 pct rise", "2", false},
		{"in 2004 growth", "2004", true},
		{"2,004 jobs", "004", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.num)
		if got := IsDateNumber(tt.text, i, i+len(tt.num)); got != tt.want {
			t.Errorf("IsDateNumber(%q, %q) = %v, want %v", tt.text, tt.num, got, tt.want)
		}
	}
}

func TestIsWeekdayNameFoldsCase(t *testing.T) {
	// The definition: a weekday's name, or the abbreviations, in any case.
	want := func(w string) bool {
		_, ok := weekdayWords[strings.ToLower(w)]
		return ok || ascii.EqualFoldAny(w, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	}
	for _, w := range []string{"Monday", "MONDAY", "monday", "mOnDaY", "Tues", "THURS", "Thur", "Sat", "sun",
		"Sunday", "Mondays", "Month", "Mo", "March", "Wed", "Wednesdays", "Frida", "Friday", "Thursday", "", "S",
		"Saturday", "TUESDAY", "LONDON", "Published"} {
		if got := isWeekdayName(w); got != want(w) {
			t.Errorf("isWeekdayName(%q) = %v, want %v", w, got, want(w))
		}
	}
}

// TestMastheadDateline (blind round 64): the dates of mastheads and datelines whose other
// words are names, in any script, with brackets, dashes and slashes, are the article's; a line
// of prose with a date is still none.
func TestMastheadDateline(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"(Bloomberg) -- January 23, 2026", "2026-01-23"},
		{"Handelsblatt (English edition), Düsseldorf, 16 January 2026", "2026-01-16"},
		{"Les Echos (English edition) — Paris, 4 February 2026", "2026-02-04"},
		{"*Released February 18, 2026 — Washington, D.C.*", "2026-02-18"},
		{"Financial Times — Lagos / Johannesburg / Nairobi, 19 February 2026", "2026-02-19"},
		{"Governor's Statement — Monetary Policy Committee, February 6, 2026", "2026-02-06"},
		{"The Australian Financial Review — Canberra, May 12, 2026", "2026-05-12"},
		{"March 5, 2026 — Beijing", "2026-03-05"},
		{"REYKJAVÍK, 14 March 2009 — Iceland's economy shrank", ""}, // the dateline reader's, below
		{"Nikkei Weekly — Tokyo, February 22, 1999", "1999-02-22"},
		// a section's label before a dash (blind round 67)
		{"Special report — Riyadh, 28 April 2026", "2026-04-28"},
		{"*Data journalism — Mexico City, 12 March 2026*", "2026-03-12"},
		{"# World business briefs — Tuesday, January 20, 2026", "2026-01-20"},
		{"Prices in Paris rose sharply, and fell — March 4, 2025, then rose", ""},
		// a label after the dash, a field of a few words (blind round 68)
		{"*Buenos Aires Herald Review — published 12 January 2026*", "2026-01-12"},
		{"WASHINGTON — Updated January 9, 2026", "2026-01-09"},
		{"**The Brussels Briefing** — Morning newsletter, 27 April 2026", "2026-04-27"},
		{"Prices in Paris rose — and fell sharply in March, 4 March 2025", ""},
		// a label of a broadcast, a recording, an issue; a credit line's fields before it; a
		// line that a kind of text opens; other languages' months (blind rounds 103, 108-111)
		{"Q+A, ABC TV — broadcast 3 March 2017", "2017-03-03"},
		{"Broadcast Monday 8 March 2010.", "2010-03-08"},
		{"Issue of 23 May 2020", "2020-05-23"},
		{"Recorded in São Paulo, published 9 March 2023", "2023-03-09"},
		{"Transcript — \"Money Talks\" podcast, episode 212, recorded 11 April 2022", "2022-04-11"},
		{"Hong Kong, September 2006 — published 2006-09-05", "2006-09-05"},
		{"Speech by an opposition senator to the Argentine Senate, Buenos Aires, 9 August 2023", "2023-08-09"},
		{"Chequeado — Buenos Aires, 3 de septiembre de 2019 (English edition)", "2019-09-03"},
		{"CORRECTIV, Berlin — 9. Februar 2023 (English translation)", "2023-02-09"},
		{"Agência Lupa — Rio de Janeiro, 30 de setembro de 2014", "2014-09-30"},
		{"Les Décodeurs — Paris, 1er mars 2017", "2017-03-01"},
		{"Il Sole 24 Ore — Milano, 20 aprile 2017", "2017-04-20"},
		{"The figures come from the census report, published 9 March 2023.", ""},
		{"The report was recorded 9 March 2023.", ""},
		{"It was first broadcast on 3 March 2017, and drew millions.", ""},
		{"Speech by the governor, which was delivered in Lagos, 9 August 2023", ""},
		{"Paris, 20 avril 2017, when prices rose", ""},
		// prose
		{"Born in Luton, Bedfordshire, on 5 April 1920, he was the only child.", ""},
		{"Prices in Paris rose, March 4, 2025", ""},
		{"Made in China, 5 April 2020, the shipment left.", ""},
		{"The Fed said, on March 4, 2025, that it would act.", ""},
		{"Germany's economy, March 2025", ""},
	}
	for _, tt := range tests {
		got, ok := mastheadDateline(tt.line)
		if tt.want == "" {
			if ok {
				t.Errorf("mastheadDateline(%q) = %v, want none", tt.line, got)
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != tt.want {
			t.Errorf("mastheadDateline(%q) = %v, %v, want %s", tt.line, got, ok, tt.want)
		}
	}
	// whole texts, through Dateline
	for text, want := range map[string]string{
		"REYKJAVÍK, 14 March 2009 — Iceland's economy shrank 6.8% in 2009.":                                       "2009-03-14",
		"Yen Slides as BOJ Signals Patience\nBy Bloomberg News\n(Bloomberg) -- January 23, 2026\n\nThe yen fell.": "2026-01-23",
		"MOSCOW/KYIV, March 1, 2023 -- A year after Western governments froze half of Russia's reserves.":         "2023-03-01",
	} {
		if got, ok := Dateline(text); !ok || got.Format("2006-01-02") != want {
			t.Errorf("Dateline(%q) = %v, %v, want %s", text, got, ok, want)
		}
	}
}
