package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// readBehindTexts are texts with every rule that reads before a number, each after the bytes
// that may open it and after those that rule it out.
var readBehindTexts = []string{
	"-5%", "a -5% fall", "−5%", "sub-5% growth", "minus-5", "minus 5", "negative 5", "$5", "US$ 5", "us $5", "HK$5",
	"£5", "€ 5", "Rs. 5", "Rs 5", "USD 5", "RM5", "> 5%", ">= 5%", "<5", "=5", "~5", "≈5", "about 5", "nearly 5.5%",
	"less than or equal to 5", "up to 5", "between 5 and 6", "between 5% and 6%", "from 5 to 6", "rose from 5% to 6%",
	"rose 5%", "fell by 5", "cut rates by 0.25", "a rise of 5%", "raised $5bn", "dollar 22.5 million",
	"percent of 10", "per cent of 10", ", 5", "(5%)", "[5]", "\"5%\"", "5, 6, 7", "1.1%, 2.2%, 3.3%", "x\t5", ".5", "a.5",
	"No. 10", "#10", "AD 79", "FTSE 100", "2 1/4", "3-4", "a 2-3% rise", "$5-$6", "5/6", "5 % and 6 %",
}

// readAfterTexts are texts with every rule that reads after a number (a scale word, a unit,
// a bound, a change, a ratio, a range's second half, digit groups), each before the blanks of
// skipBlank and of thousandsSpaces, wide ones included.
var readAfterTexts = []string{
	"5 million", "5\u00a0million", "5\u202fmillion", "5\u2009million", "5\tmillion", "2.5bn", "5 per cent", "5 percent",
	"5\u00a0%", "5 % of", "5 percentage points", "5% or more", "50 or more", "30 or fewer", "less than 30 or equal",
	"5 to 6", "5-6", "5–6", "5 – 6", "5~6", "5/6", "5 and 6", "5%-6%", "a 2% rise", "3% higher", "one in three", "1 in 5",
	"1 out of 5", "1,23,456", "12,34,567.89", "40 000", "40\u00a0000", "40\u202f000", "1 414 021 100", "version 2.0",
	"figure 3.1", "5 dozen", "5 thousand",
}

// checkShortcuts holds the scan with its shortcuts (see shortcuts) to the scan without them.
func checkShortcuts(t *testing.T, text string) {
	t.Helper()
	saved := shortcuts
	defer func() { shortcuts = saved }()
	shortcuts = false
	want := Scan(text)
	shortcuts = true
	if got := Scan(text); !sameQuantities(got, want) {
		t.Fatalf("%.200q: with the shortcuts %+v, without %+v", text, got, want)
	}
}

// TestScanShortcuts holds the shortcuts over the corpus, the dense texts and texts of every
// rule that reads before or after a number, each alone, after or before every byte and joined.
func TestScanShortcuts(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	texts = append(texts, strings.Join(readBehindTexts, " "), strings.Join(readBehindTexts, ", "),
		strings.Join(readAfterTexts, " "), strings.Join(readAfterTexts, ", "))
	for _, text := range readBehindTexts {
		texts = append(texts, text)
		for c := range 256 {
			texts = append(texts, string(rune(c))+text, string([]byte{byte(c)})+text, "x"+string([]byte{byte(c)})+" "+text)
		}
	}
	for _, text := range readAfterTexts {
		digits := strings.IndexFunc(text, func(r rune) bool { return r < '0' || r > '9' })
		for c := range 256 {
			texts = append(texts, text+string([]byte{byte(c)}), text+string(rune(c))+"x")
			if digits > 0 {
				texts = append(texts, text[:digits]+string([]byte{byte(c)})+text[digits:], text[:digits]+string(rune(c))+text[digits:])
			}
		}
	}
	for _, text := range texts {
		checkShortcuts(t, text)
	}
}

// TestWordBehind holds the scan that asks the rules reading before a number after a word only
// of those that may take it (behindRoles, in behindRolesAt) to the scan that asks them all,
// after every word of the lexicons they read, in every case, and after ordinary words; and
// after two such words, where the rule that takes the second moves the phrase's start and the
// others read before it ("minus $5", "by about 5%", "negative USD 5").
func TestWordBehind(t *testing.T) {
	var words []string
	for _, set := range [][]string{keys(currencyCodes), keys(lowerCurrencyCodes), keys(currencyWords),
		keys(qualifierLastWords), keys(changeWords), keys(changeNouns), keys(dollarPrefixes), keys(detachedDollarPrefixes),
		{"of", "minus", "negative", "between", "from", "by", "the", "and", "in", "were", "raised", "percent", "per", "cent", "sub", "a", "x"}} {
		for _, w := range set {
			words = append(words, w, strings.ToLower(w), strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], "M"+w)
		}
	}
	for _, w := range words {
		for _, tail := range []string{"5", "5%", "2.5 million", "5 to 6%", "10bn", "5 dollars"} {
			checkShortcuts(t, w+" "+tail)
			checkShortcuts(t, "cut rates "+w+" "+tail)
			checkShortcuts(t, "a rise of "+w+"  "+tail)
			checkShortcuts(t, "$"+w+" "+tail)
			checkShortcuts(t, "7"+w+"\t"+tail)
		}
	}
	var firsts []string
	for _, set := range [][]string{keys(currencyWords)[:5], keys(qualifierLastWords), keys(changeWords)[:20],
		{"of", "minus", "negative", "between", "from", "by", "USD", "usd", "MUSD", "dollar", "percent", "per cent", "$", "the"}} {
		for _, w := range set {
			firsts = append(firsts, w, strings.ToUpper(w))
		}
	}
	for _, second := range append(words, "$", "US$", "-", "about", "$US") {
		for _, first := range firsts {
			for _, tail := range []string{"5", "5%", "2.5 million", "5 to 6%"} {
				checkShortcuts(t, first+" "+second+" "+tail)
				checkShortcuts(t, first+" "+second+tail)
			}
		}
	}
}

// TestUnitLeadWords holds the scan that takes a word after a number that unitLeadWords does
// not hold for a counted noun at once to the scan that looks it up as a unit first, after
// every word and symbol of the unit and currency lexicons, in every case, and after ordinary
// words.
func TestUnitLeadWords(t *testing.T) {
	var words []string
	for _, set := range [][]string{keys(unitAfterWords), keys(currencyCodes), keys(lowerCurrencyCodes), keys(currencyWords),
		keys(currencyAdjectives), keys(unitSymbols), keys(unitWords), keys(unitFirstWords),
		{"hong kong dollars", "new zealand dollars", "south african rand", "people", "of", "in", "Nations", "years", "x"}} {
		for _, w := range set {
			words = append(words, w, strings.ToLower(w), strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], "M"+w)
		}
	}
	for _, w := range words {
		for _, text := range []string{"5 " + w, "5 " + w + "/h", "5 " + w + "2 of land", "1 " + w, "2,000 " + w + " a year",
			"3.5 million " + w + " of coal an hour", "5  " + w + " per day", "20 " + w + " 30 cents", "one " + w} {
			checkShortcuts(t, text)
		}
	}
}

// TestQualifierBeforeFindsTheFirstPhrase holds qualifierBefore to the reading of the hedges in
// order (the first phrase whose words end the text before the number wins), after every
// phrase, in every case, alone and after each other phrase's words.
func TestQualifierBeforeFindsTheFirstPhrase(t *testing.T) {
	first := func(words []string) (int, string) { // the number of words of the hedge, and it
		for _, p := range qualifierPhrases {
			k := len(p.words)
			if k > len(words) {
				continue
			}
			match := true
			for m, w := range p.words {
				if !strings.EqualFold(words[len(words)-k+m], w) {
					match = false
					break
				}
			}
			if match {
				return k, p.qualifier
			}
		}
		return 0, ""
	}
	for _, p := range qualifierPhrases {
		for _, q := range append(qualifierPhrases, qualifierPhrase{words: []string{"rose"}}) {
			for _, words := range [][]string{p.words, append(append([]string{}, q.words...), p.words...),
				append(append([]string{}, p.words[1:]...), q.words...)} {
				for _, text := range []string{strings.Join(words, " "), strings.ToUpper(strings.Join(words, " "))} {
					s := scanner{text: text + " 5"}
					at, qual := s.qualifierBefore(len(text) + 1)
					k, want := first(words)
					wantAt := len(text) + 1
					if k > 0 {
						wantAt = len(strings.Join(words[:len(words)-k], " "))
						if k < len(words) {
							wantAt++
						}
					}
					if qual != want || at != wantAt {
						t.Fatalf("%q: qualifierBefore %d %q, want %d %q", text, at, qual, wantAt, want)
					}
				}
			}
		}
	}
}
