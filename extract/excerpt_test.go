package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("growth of 1% and ", 100) + "inflation of 2.5% in 2024 " + strings.Repeat("and 3% más ", 100)
	q := strings.Index(long, "inflation of 2.5%")
	tests := []struct {
		name         string
		text         string
		from, to     int
		qStart, qEnd int
		wantWhole    bool
		wantCutLeft  bool
		wantCutRight bool
	}{
		{name: "a short sentence is whole", text: "GDP grew 2% in 2024.", from: 0, to: 20, qStart: 0, qEnd: 11, wantWhole: true},
		{name: "a long sentence is cut around the quote", text: long, from: 0, to: len(long), qStart: q, qEnd: q + 17, wantCutLeft: true, wantCutRight: true},
		{name: "a quote at the start is cut on the right only", text: long, from: 0, to: len(long), qStart: 0, qEnd: 9, wantCutRight: true},
		{name: "a quote at the end is cut on the left only", text: long, from: 0, to: len(long), qStart: len(long) - 6, qEnd: len(long), wantCutLeft: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, at := excerpt(tt.text, tt.from, tt.to, tt.qStart, tt.qEnd, nil)
			if quote := tt.text[tt.qStart:tt.qEnd]; !strings.HasPrefix(got[at:], quote) {
				t.Errorf("excerpt %q: the quote is not at %d", got, at)
			}
			quote := tt.text[tt.qStart:tt.qEnd]
			if !strings.Contains(got, quote) {
				t.Errorf("excerpt %q lost the quote %q", got, quote)
			}
			if tt.wantWhole && got != tt.text[tt.from:tt.to] {
				t.Errorf("excerpt %q, want the whole sentence", got)
			}
			if len(got) > maxSentenceBytes+2*len("…") {
				t.Errorf("excerpt of %d bytes, want at most %d", len(got), maxSentenceBytes)
			}
			if strings.HasPrefix(got, "…") != tt.wantCutLeft || strings.HasSuffix(got, "…") != tt.wantCutRight {
				t.Errorf("excerpt %q: cut left %v right %v, want %v %v", got, strings.HasPrefix(got, "…"), strings.HasSuffix(got, "…"), tt.wantCutLeft, tt.wantCutRight)
			}
			if !utf8.ValidString(got) {
				t.Errorf("excerpt %q splits a character", got)
			}
		})
	}
}

// TestExcerptsOfALongSentenceAreShared walks a quote through a long sentence (with words of
// several bytes a character): each excerpt holds its quote whole, never splits a character,
// stays within the bound, keeps words on both sides of a quote cut on both sides, and the
// figures of one stretch share one string rather than each carrying a copy.
func TestExcerptsOfALongSentenceAreShared(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "inflation in Côte d’Ivoire rose %d.5%% in 2024, ", 100+i) // each figure once
	}
	text := b.String()
	var cache excerptCache
	distinct := map[string]bool{}
	for i := range 200 {
		quote := fmt.Sprintf("%d.5%%", 100+i)
		at := strings.Index(text, quote)
		got, in := excerpt(text, 0, len(text), at, at+len(quote), &cache)
		if again, againIn := excerpt(text, 0, len(text), at, at+len(quote), nil); got != again || in != againIn {
			t.Fatalf("%s: %q with the cache, %q without", quote, got, again)
		}
		distinct[got] = true
		i := strings.Index(got, quote)
		if !strings.HasPrefix(got[in:], quote) {
			t.Fatalf("%s: not at %d of %q", quote, in, got)
		}
		switch {
		case i < 0:
			t.Fatalf("%s: excerpt %q lost the quote", quote, got)
		case !utf8.ValidString(got):
			t.Fatalf("%s: excerpt %q splits a character", quote, got)
		case len(got) > maxSentenceBytes+len("……"):
			t.Fatalf("%s: excerpt of %d bytes", quote, len(got))
		case strings.HasPrefix(got, "…") && strings.HasSuffix(got, "…") && (i < 100 || len(got)-i < 100):
			t.Fatalf("%s: quote at %d of a cut excerpt of %d bytes: too near its edge", quote, i, len(got))
		}
	}
	if len(distinct) > 200/5 {
		t.Errorf("200 quotes took %d excerpts: the figures of a stretch do not share one", len(distinct))
	}
}
