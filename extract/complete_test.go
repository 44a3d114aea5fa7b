package extract

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// FuzzWrittenAsItsEnd holds writtenAsItsEnd, which lowers the words before a year only when
// they may end it, to the same test made on the lowered words always.
func FuzzWrittenAsItsEnd(f *testing.F) {
	for _, seed := range []string{"at the end of 2022", "by end-2022", "inflation ended 2023 at 23.2%", "CLOSED 2023 at", "late in 2022", "the END 2022", "ÉND 2022 at", "\u212aend 2022", "grew 1.2% in 1981, inflation"} {
		at := strings.IndexAny(seed, "0123456789")
		f.Add(seed, max(at, 0), max(at, 0)+4)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			return
		}
		e := timex.Expr{Start: start, End: end}
		if got, want := writtenAsItsEnd(text, e), writtenAsItsEndLowered(text, e); got != want {
			t.Fatalf("writtenAsItsEnd(%q, [%d,%d)) = %t, want %t", text, start, end, got, want)
		}
	})
}

// writtenAsItsEndLowered is writtenAsItsEnd as it was written before it looked at the window
// first: it lowers the words before the year in every case.
func writtenAsItsEndLowered(text string, e timex.Expr) bool {
	if e.End <= e.Start || e.Start <= 0 || e.End > len(text) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, e.Start-16):e.Start], " "))
	wordBefore := func(w string) bool {
		cut, ok := strings.CutSuffix(before, w)
		return ok && (cut == "" || !ascii.IsLetter(cut[len(cut)-1]))
	}
	for _, w := range []string{"end of", "end-", "end", "close of"} {
		if strings.HasSuffix(before, w) {
			return wordBefore(w)
		}
	}
	if !strings.HasPrefix(strings.TrimLeft(text[e.End:], " "), "at ") {
		return false
	}
	for _, w := range []string{"ended", "ending", "ends", "closed", "closing", "closes", "finished", "finishing", "finishes"} {
		if wordBefore(w) {
			return true
		}
	}
	return false
}
