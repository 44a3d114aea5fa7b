package extract

import (
	"strings"
	"testing"
)

var trimCases = []string{
	"", " ", "in", " In ", "THAN", "\tsince\n", "from\v", "\fover\r", "against", "the ",
	"\u00a0in", "in\u00a0", "\u0130n", "\u212Aelvin", "sin\u0307ce", " = 100", "=100", "\u2003= 100",
	"prices", " constant prices", "\u00a0dollars", "(base", "base (", "a very long word indeed here",
	"\xff", "in\xff", " \u0085money",
}

func TestLowerTrimmed(t *testing.T) {
	for _, w := range trimCases {
		if got, want := lowerTrimmed(w), strings.ToLower(strings.TrimSpace(w)); got != want {
			t.Errorf("lowerTrimmed(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestFirstAfterSpace(t *testing.T) {
	for _, s := range trimCases {
		want := byte(0)
		if tr := strings.TrimSpace(s); tr != "" {
			want = tr[0]
		}
		if got := firstAfterSpace(s); got != want {
			t.Errorf("firstAfterSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLowerTrimmed(f *testing.F) {
	for _, w := range trimCases {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lowerTrimmed(w), strings.ToLower(strings.TrimSpace(w)); got != want {
			t.Errorf("lowerTrimmed(%q) = %q, want %q", w, got, want)
		}
		want := byte(0)
		if tr := strings.TrimSpace(w); tr != "" {
			want = tr[0]
		}
		if got := firstAfterSpace(w); got != want {
			t.Errorf("firstAfterSpace(%q) = %q, want %q", w, got, want)
		}
	})
}

func FuzzStartsLower(f *testing.F) {
	for _, s := range trimCases {
		f.Add(s, "from ")
	}
	f.Add("FROM 2% to 3%", "from ")
	f.Add("From\u212A", "from ")
	f.Fuzz(func(t *testing.T, s, prefix string) {
		prefix = strings.ToLower(prefix)
		for i := 0; i < len(prefix); i++ {
			if prefix[i] >= 0x80 {
				return // startsLower takes an ASCII prefix
			}
		}
		if got, want := startsLower(s, prefix), strings.HasPrefix(strings.ToLower(s), prefix); got != want {
			t.Errorf("startsLower(%q, %q) = %v, want %v", s, prefix, got, want)
		}
	})
}

func FuzzLoweredStretch(f *testing.F) {
	f.Add("GDP in Germany grew 1.2% in 1980, Inflation in FRANCE rose to 2.3% in 1981", 3, 17)
	f.Add("Prices in Zürich ROSE 2% in 1990 and 3% in 1991, SAID the office", 5, 9)
	f.Fuzz(func(t *testing.T, text string, step, width int) {
		if len(text) == 0 {
			return
		}
		step = step%len(text) + 1
		if step <= 0 {
			step += len(text)
		}
		width = (width%len(text)+len(text))%len(text) + 1
		var l loweredStretch
		for from := 0; from < len(text); from += step {
			to := min(len(text), from+width)
			got, gotOK := l.lowered(text, from, to)
			want, wantOK := lowerASCIIText(text[from:to])
			if got != want || gotOK != wantOK {
				t.Fatalf("lowered(%d, %d) = %q, %v; want %q, %v", from, to, got, gotOK, want, wantOK)
			}
		}
	})
}
