package extract

import (
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
			got := excerpt(tt.text, tt.from, tt.to, tt.qStart, tt.qEnd)
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
