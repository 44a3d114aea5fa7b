package extract

import "testing"

// TestAsideDateIsNotTheFigures (blind round 47): a date inside a relative clause set off by
// commas after the subject ("Senegal, which began producing oil in 2024, grew 5.7 per cent")
// says when something happened to that subject; the main clause's figure is not of that date.
// Senegal's growth was judged as 2024's, and the year went on to the next sentence, where
// South Africa's right 1.1% for 2025 was flagged. An aside with a figure of its own dates
// that figure, and a date of the main clause is still the figure's.
func TestAsideDateIsNotTheFigures(t *testing.T) {
	ex := testExtractor(t)
	checkClaimsRead(t, ex, []struct{ text, want string }{
		{"Senegal, which began producing oil in 2024, grew 5.7 per cent.", "5.7 actual -"},
		{"Argentina, whose president took office in December 2023, saw inflation of 117.8%.", "117.8 actual -"},
		{"Mexico's central bank governor, who took office in 2024, said inflation was 3.8%.", "3.8 actual -"},
		{"Croatia, which joined the euro in January 2023, then grew 2.8 per cent.", "2.8 actual -"},
		// near-misses: the main clause's own date, an aside with a figure, a restrictive clause
		{"The euro area, which Croatia joined in 2023, grew 0.9% in 2024.", "0.9 actual 2024"},
		{"Senegal, where growth was 4.6% in 2023, grew 5.7 per cent in 2024.", "5.7 actual 2024; 4.6 actual 2023"},
		{"In 2023, Croatia, which had joined the euro, grew 2.8 per cent.", "2.8 actual 2023"},
	})
}

// TestOtherEventClauseDateIsNotTheFigures (blind round 47 and its family): a date in a clause
// that "after", "before", "because", "since", "once" or "until" opens, with a verb of its own,
// is when that other event happened: "US inflation eased to 2.9% after the Fed began raising
// rates in March 2022" was judged as March 2022's rate (8.5%) and flagged. A phrase with no
// verb, a clause that holds the figure, and a date of the figure's own stay as they were.
func TestOtherEventClauseDateIsNotTheFigures(t *testing.T) {
	ex := testExtractor(t)
	checkClaimsRead(t, ex, []struct{ text, want string }{
		{"US inflation eased to 2.9% after the Fed began raising rates in March 2022.", "2.9 actual -"},
		{"Inflation in Egypt slowed to 12%, after the pound was floated in March 2024.", "12 actual -"},
		{"After the pound was floated in March 2024, Egypt's inflation slowed to 12%.", "12 actual -"},
		{"Britain's unemployment rate fell to 4% once the furlough scheme ended in September 2021.", "4 actual -"},
		{"US inflation fell to 3% after peaking in June 2022.", "3 actual -"},
		{"Germany's inflation has averaged 1.4% since the euro was launched in 1999.", "1.4 actual -"},
		// near-misses: a phrase with no verb, the figure's own date, a clause that holds the
		// figure, "when" and "as", which set the event at the figure's time
		{"US unemployment fell to 3.9% in 2022 after the Fed began raising rates in March 2022.", "3.9 actual 2022"},
		{"After the pound was floated, Egypt's inflation slowed to 12% in 2025.", "12 actual 2025"},
		{"Germany's inflation was 0.6% in 1999, when the euro was launched.", "0.6 actual 1999"},
		{"US inflation fell to 3% in 2023 after peaking in June 2022.", "3 actual 2023"},
		{"Germany's economy grew 1.9% as exports rose in 2017.", "1.9 actual 2017"},
	})
}

// TestEarlierChangeDatesAreNotTheFigures (blind round 45): the years of a change with no
// figure that "after", "following" or "since" sets before figure k ("grew 0.2% after
// contractions in 2023 and 2024") are the change's, not the figure's: Germany's right 0.2% for
// 2025 was judged as 2023's and as 2024's, two false alarms. And a figure in a "while" clause
// set after a dated one ("Swedish inflation was 0.7% in 2025, while growth recovered to 1.5%
// after a 0.2% contraction in 2023") is the year after the one it follows or the main
// clause's year; which, the sentence does not say.
func TestEarlierChangeDatesAreNotTheFigures(t *testing.T) {
	ex := testExtractor(t)
	checkClaimsRead(t, ex, []struct{ text, want string }{
		{"Germany's economy grew 0.2% after contractions in 2023 and 2024.", "0.2 actual -"},
		{"Iceland's economy grew 1.2% following a recession in 2009.", "1.2 actual -"},
		{"Greece's GDP rose 2.3% after the slump of 2020.", "2.3 actual -"},
		{"German inflation was 2.2% in 2025, while growth recovered to 0.2% after contractions in 2023 and 2024.", "2.2 actual 2025; 0.2 actual 2025"},
		{"Swedish inflation was 0.7% in 2025, while growth recovered to 1.5% after a 0.2% contraction in 2023.", "0.7 actual 2025; 1.5 actual -; -0.2 previous 2023"},
		// near-misses: the figure's own year, a change with a figure of its own and no
		// clause beside it, the year of the figure's own phrase
		{"Germany's economy grew 0.2% in 2025 after contractions in 2023 and 2024.", "0.2 actual 2025"},
		{"Sweden's growth recovered to 1.5% after a 0.2% contraction in 2023.", "1.5 actual 2024; -0.2 previous 2023"},
		{"Germany's economy grew 0.2% after the government's stimulus in 2024.", "0.2 actual 2024"},
	})
}
