package checks

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClaimWords reads arbitrary sentences and quotes for targets and definitions: whatever
// the text, reading it must not panic, and a target's explanation quotes words of the
// sentence.
func FuzzClaimWords(f *testing.F) {
	f.Add("Inflation stayed above the Bank's 2% target throughout 2024.", "2%", "")
	f.Add("Germany's jobless rate was 5.7% in 2024, the Bundesagentur said.", "5.7%", "Bundesagentur")
	f.Add("Consumer prices rose 9.52% in 2024, December on December.", "9.52%", "")
	f.Add("a target of", "", "")
	f.Add("2% 2%", "2%", "target")
	f.Add("\xff\xfe target 3%", "3%", "\x00")
	f.Fuzz(func(t *testing.T, sentence, quote, source string) {
		for _, indicator := range []string{"inflation", "unemployment_rate", "gdp_growth", "government_debt"} {
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
