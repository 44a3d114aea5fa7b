package quantity

import (
	"testing"
	"unicode/utf8"
)

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"GDP grew 3.6% in 2023", "$1.2bn (£600m)", "between 2% and 3%", "6-7%", "from 252 to 287 miles",
		"three hundred and twenty", "two-thirds", "one in three", "a dozen", "US$ 150 million",
		"+1-222-2222/2222", "2-1", "1,000,000,000,000,000,000,000", "99999999999999999999",
		"12.5.6", "5/17/2018", "2 1/4", "- 1 4/5", "HK$", "$", "£", "10 €", ".08", "-",
		"one and a half million", "\xff1", "€\xe2\x82", "3 dozens", "between 1 and 2 billion dollars",
		// Characters of web text next to and inside numbers.
		"grew\u00a05.0%", "\u22120.5%", "\u201c40%\u201d", "\u00ab12%\u00bb", "\u20132.5%", "\u2248$40m", "\u00b13",
		"3\u200b.6%", "\u200e4.25%", "\ufeff120 jobs", "1,\u00ad200", "\u0665\u0660\u066a", "\u06f1\u06f2",
		"\u0967\u0968\u0969", "\uff15\uff0e\uff12\uff05", "18\uff05", "\u200b", "5\u200b", "\u0665\xd9",
		"<= 30", "50 or more", "at most 100 and at least 20",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, q := range Scan(text) {
			if q.Start < prevEnd || q.Start > q.End || q.End > len(text) {
				t.Fatalf("span [%d,%d) out of order or outside text of %d bytes (previous end %d)", q.Start, q.End, len(text), prevEnd)
			}
			if q.NumStart < q.Start || q.NumEnd > q.End || q.NumStart > q.NumEnd {
				t.Fatalf("number [%d,%d) outside phrase [%d,%d)", q.NumStart, q.NumEnd, q.Start, q.End)
			}
			// Rune boundaries are only defined for valid UTF-8; invalid bytes must not crash.
			for _, i := range []int{q.Start, q.End, q.NumStart, q.NumEnd} {
				if utf8.ValidString(text) && i < len(text) && !utf8.RuneStart(text[i]) {
					t.Fatalf("offset %d splits a rune in %q", i, text)
				}
			}
			if q.ValueMax != nil && *q.ValueMax < q.Value {
				t.Fatalf("range %v..%v is reversed", q.Value, *q.ValueMax)
			}
			prevEnd = q.End
		}
	})
}
