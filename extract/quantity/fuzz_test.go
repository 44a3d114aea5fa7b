package quantity

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/testcorpus"
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
		// En dash minus, apostrophe thousands, decimal comma and middle dot, footnote marks.
		"was \u20130.5%", "(\u20130.9%)", "2\u20133%", "2 \u20133%", "\u20120.3", "\u20100.3", "123\u2019975\u2019371",
		"124'000'000", "the '90s", "1980's", "\u201908", "12'34", "83,5 million", "$1,08", "6,9 per cent",
		"1,5bn", "5\u00b79%", "020\u00b77946\u00b70000", "1\u00b7", "3.3%(1)", "3.3% (1).", "in 2024 (1)", "2.5 (2.1) pct",
		"(1)", "((1))", "%(1", "in 2025.[2] Inflation", "2024[^12]", "[123]", "[1234]", "[", "[^", "2025.\u00b2 X", "3.\u2074",
		// A level passed, named by "mark"; Deutsche marks as money.
		"the $3.5 trillion mark in", "the 3 million mark.", "a 10 billion mark loan", "24.8 billion marks", "the mark",
		"topped the 4 trillion mark in", "exceeded the 600 trillion yen mark", "above the mark", "below the 2,000 mark", "the 4 trillion mark",
		// Longer than a block of the skip.
		"Unemployment fell to three million, or one in ten workers, from 3.1m a year ago; twenty-one firms hired.",
		"Prices of everything from bread and cheese to houses and holidays went up by about a fifth.",
		// Numbers past a scale they passed, and figures longer than a mantissa (issue 12).
		"three thousand three thousand percent", "five hundred six hundred", "a dozen dozen eggs",
		"one hundred and twenty-three thousand one hundred and twenty-three thousand", "0.00000000000000000000001%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTriggerSkip(t, text)
		checkShortcuts(t, text)
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

// checkTriggerSkip holds the scan, which skips to the next byte that may start a quantity a block
// of sixty-four bytes at a time, to the scan that looks at every byte.
func checkTriggerSkip(t *testing.T, text string) {
	t.Helper()
	ref := scanner{text: text, byteByByte: true}
	want, got := ref.scan(), Scan(text)
	if !sameQuantities(got, want) {
		t.Fatalf("scan of %q skipping to triggers:\n%+v\nbyte by byte:\n%+v", text, got, want)
	}
}

func TestTriggerSkipFindsWhatEveryByteFinds(t *testing.T) {
	texts := []string{
		"Unemployment fell to three million, or one in ten workers, from 3.1m a year ago.",
		"Five thousand jobs; twenty-one firms; a sixfold rise; hundreds of millions of dollars.",
		"He said:\u00a0\u201cthree\u201d times, then \u2212four and \u00bd a point at http://x.org/12",
		"Words\u00e9three after a non-ASCII letter; caf\u00e9 two; na\u00efve one.",
		"12345678 abcdefgh.ijklmnop:qrstuvwx twentyfold THOUSANDS Billion",
		"e.g. .5% and 1.25 and .75 of a point",
	}
	// All of them in one text too, so that the sixty-four-byte blocks see each word and mark
	// at every place in a block and across its end.
	texts = append(texts, strings.Join(texts, " "), strings.Join(texts, "\n")+" the thousands")
	for _, text := range texts {
		for pad := 0; pad < 256; pad++ { // every alignment of the blocks and of their fours
			checkTriggerSkip(t, strings.Repeat(" ", pad)+text)
		}
	}
	if !testing.Short() {
		for _, text := range testcorpus.Texts(t) {
			checkTriggerSkip(t, text)
		}
	}
}

// TestNumberWordStartGroupsNameEveryWord holds numberWordStartGroups to the number words: a
// word whose first two letters no group names still triggers the loop (it falls into the first
// group), but makes that group pass more.
func TestNumberWordStartGroupsNameEveryWord(t *testing.T) {
	for w := range allNumberWords {
		if len(w) >= 3 && numberWordStartGroup(w) < 0 {
			t.Errorf("no group of numberWordStartGroups names %q, the first two letters of %q", w[:2], w)
		}
	}
}

// TestEveryNumberWordTriggers puts every number word, in three cases, at every place of a block
// and across its end, and across the end of four blocks: its first letter must be a trigger,
// for the loop reads it nowhere else.
func TestEveryNumberWordTriggers(t *testing.T) {
	for w := range allNumberWords {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for at := 1; at < 64*5+2; at++ {
				text := strings.Repeat("x", at-1) + " " + form + " and so on, to the end of the next block of the text"
				var skip scanner
				skip.text = text
				if next := skip.nextTrigger(at - 1); next != at {
					t.Fatalf("the next trigger from %d of %q is at %d, want %d, the start of %q", at-1, text, next, at, form)
				}
			}
		}
	}
}

// sameQuantities compares two scans field by field, a NaN equal to a NaN.
func sameQuantities(a, b []Quantity) bool {
	if len(a) != len(b) {
		return false
	}
	same := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
	for i := range a {
		p, q := a[i], b[i]
		if (p.ValueMax == nil) != (q.ValueMax == nil) || p.ValueMax != nil && !same(*p.ValueMax, *q.ValueMax) {
			return false
		}
		p.ValueMax, q.ValueMax = nil, nil
		if !same(p.Value, q.Value) || !same(p.Step, q.Step) {
			return false
		}
		p.Value, q.Value, p.Step, q.Step = 0, 0, 0, 0
		if p != q {
			return false
		}
	}
	return true
}
