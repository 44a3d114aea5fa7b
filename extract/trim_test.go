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
