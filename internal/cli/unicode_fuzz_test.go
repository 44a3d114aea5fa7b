package cli

import (
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/input"
)

// besideANumber are what web text puts next to figures: spaces that replace a space before
// the number, and invisible characters inserted before it.
var besideANumber = []struct {
	text    string
	isSpace bool
}{
	{"\u00a0", true}, {"\u202f", true}, {"\u2009", true}, {"\u3000", true},
	{"\u200b", false}, {"\u2060", false}, {"\ufeff", false}, {"\u200e", false}, {"\u2066", false},
}

// FuzzUnicodeBesideANumberKeepsItsValue checks whole articles: a no-break or other Unicode
// space in place of the space before a number, or an invisible character before it, never
// changes the claims read, and their offsets stay on the characters of the text as read.
func FuzzUnicodeBesideANumberKeepsItsValue(f *testing.F) {
	lex, err := extract.DefaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	extractor := extract.New(lex)
	for _, s := range []string{
		"Russia's economy grew 3.6% in 2023, and inflation was 7.4%.",
		"MOSCOW, March 4, 2025. Unemployment fell to 2.5% last year from 3.2% in 2023.",
		"China's GDP reached $17.8 trillion in 2023; growth was 5.2 per cent.",
		"The euro area shrank by 0.1% in the third quarter.",
	} {
		for k := range besideANumber {
			f.Add(s, uint(k*7), uint8(k))
		}
	}
	claimsOf := func(text string) []extract.Claim {
		a := &extract.Article{ID: "a", Text: text}
		return input.Item{Article: a}.Claims(extractor, extract.Options{All: true})
	}
	f.Fuzz(func(t *testing.T, text string, at uint, kind uint8) {
		if len(text) > 4096 || !utf8.ValidString(text) {
			return
		}
		var starts []int
		for i := 0; i < len(text); i++ {
			if text[i] >= '0' && text[i] <= '9' && (i == 0 || text[i-1] < '0' || text[i-1] > '9') {
				starts = append(starts, i)
			}
		}
		if len(starts) == 0 {
			return
		}
		i := starts[at%uint(len(starts))]
		ins := besideANumber[int(kind)%len(besideANumber)]
		var variant string
		switch {
		case ins.isSpace && i > 0 && text[i-1] == ' ':
			variant = text[:i-1] + ins.text + text[i:]
		case ins.isSpace:
			return
		default:
			variant = text[:i] + ins.text + text[i:]
		}
		plain, fancy := claimsOf(text), claimsOf(variant)
		if len(plain) != len(fancy) {
			t.Fatalf("%q: %d claims, %q: %d", text, len(plain), variant, len(fancy))
		}
		for k := range plain {
			p, q := plain[k], fancy[k]
			if p.Value != q.Value || p.Unit != q.Unit || p.Indicator != q.Indicator || p.Entity != q.Entity || p.Period != q.Period || p.Quote != q.Quote {
				t.Fatalf("claim %d of %q read as %v %s %s, of %q as %v %s %s", k, text, p.Value, p.Unit, p.Quote, variant, q.Value, q.Unit, q.Quote)
			}
			if q.Start < 0 || q.End > len(variant) || q.Start > q.End || !utf8.ValidString(variant[:q.Start]) || !utf8.ValidString(variant[:q.End]) {
				t.Fatalf("claim %d of %q has offsets %d:%d off the characters of the text", k, variant, q.Start, q.End)
			}
		}
	})
}
