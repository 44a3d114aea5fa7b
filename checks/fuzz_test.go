package checks

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClaimWords reads arbitrary sentences and quotes for targets and definitions: whatever
// the text, reading it must not panic, a target's explanation quotes words of the sentence,
// and a claim reads from the sentence's reading what reading the sentence afresh for it gives.
func FuzzClaimWords(f *testing.F) {
	f.Add("Inflation stayed above the Bank's 2% target throughout 2024.", "2%", "")
	f.Add("Germany's jobless rate was 5.7% in 2024, the Bundesagentur said.", "5.7%", "Bundesagentur")
	f.Add("Consumer prices rose 9.52% in 2024, December on December.", "9.52%", "")
	f.Add("a target of", "", "")
	f.Add("2% 2%", "2%", "target")
	f.Add("\xff\xfe target 3%", "3%", "\x00")
	f.Add("İSTANBUL \u212a: a\u00a0target\u2028of 2% GNP", "2%", "Federal Labour Office")
	f.Add("\xe2\x80\xa8x\xe2\x80 goal\xc2 3%\xa0aim", "3%", "")
	f.Add("India's population was 1.21 billion in 2011, according to the census.", "1.21 billion", "")
	f.Add("census", "", "census")
	f.Add("India's population counted in 2011 was 1.21 billion.", "India's population counted in 2011 was 1.21 billion", "")
	f.Add("In 2006, 140 million people were enumerated.", "140 million people", "")
	f.Add("counted", "", "")
	f.Add("were counted", "", "")
	f.Add("headcount was", "headcount", "")
	f.Add("US inflation, on the chained CPI measure, was 2.8% in January.", "US inflation, on the chained CPI measure", "")
	f.Add("C-CPI-U chained CPI-U 2.8%", "2.8%", "Truflation")
	f.Fuzz(func(t *testing.T, sentence, quote, source string) {
		sameReadingAsSentence(t, sentence, quote, source)
		sameWordsAsFields(t, sentence)
		sameLowerText(t, sentence)
		for _, indicator := range []string{"inflation", "unemployment_rate", "gdp_growth", "government_debt", "population"} {
			c := figureClaim("DEU", indicator, "2024", 2, 1, saying(sentence, quote), citing(source))
			j := judgement{claim: c, opts: DefaultOptions()}
			_ = j.claimedDefinition()
			res, ok := j.policyTarget()
			if !ok {
				continue
			}
			if res.Verdict != Unchecked || res.Reason != ReasonTarget {
				t.Fatalf("target %q: %s %q", quote, res.Verdict, res.Reason)
			}
			if utf8.ValidString(sentence) && !strings.Contains(res.Explanation, "policy target") {
				t.Fatalf("explanation %q", res.Explanation)
			}
		}
	})
}

// FuzzStatesLevel: the clause reader of a policy rate's figure (s20 attack 2, finding 7)
// takes any sentence and quote position without failing.
func FuzzStatesLevel(f *testing.F) {
	f.Add("The Bank of England raised rates to 5.25%, the 14th increase since December 2021, when they stood at 0.1%.", 86, 18)
	f.Add("The BoE lifted Bank Rate to 5.25% – its 14th consecutive hike since December 2021, when rates were 0.1%.", 0, 400)
	f.Add("İSTANBUL \u212a — rates were 0.1%", 3, 5)
	f.Add("\xff\xfe, when \xe2\x80 stood 3%", -1, 2)
	f.Fuzz(func(t *testing.T, sentence string, at, quoteLen int) {
		statesLevel(lowerText(sentence), at, quoteLen)
	})
}
