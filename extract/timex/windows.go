package timex

import (
	"time"
	"unsafe"
)

// Windows scans the dates of a text one window after another, where a window holds the part
// the window before ended with: the dates of a sentence are read with the sentence before it,
// so that a long text with no full stop, cut in blocks, had every block scanned twice. What a
// window found in the middle of its last part is taken over by the next window, which scans
// only the head and the tail of that part again, when nothing found there can differ:
//
//   - An expression is read from the bytes of a few words around the candidate it starts at:
//     no rule looks further back than reachBack words or further ahead than reachAhead (words
//     here are runs of bytes between spaces, which every rule skips one run at a time). The
//     middle of a part starts middleFrom words into it and ends middleTail words before its
//     end, so that what was read there saw the same bytes in either window.
//   - The loop that reads the text was at the middle's start and at its end with no
//     expression under way across either (scanner.readTo), in the window before, and at its
//     start in the next window too.
//   - No rule, while reading the middle, looked back at the expressions found before it
//     (scanner.floor), which differ: the window before found those of the sentence before.
//
// A window whose part is short takes over nothing: its middle would be small, and finding it
// costs a walk over words.
type Windows struct {
	text      string
	published time.Time
	from, to  int    // the last window, text[from:to]
	part      int    // where its last part starts
	raw       []Expr // its dates as scanned, offsets from from
	spare     []Expr // the storage of the dates of the window before it, for the next
	// mid bounds the middle of the last part and midDates its dates in raw, when kept.
	mid      [2]int
	midDates [2]int
	kept     bool
	// took are the dates the last window took over from the one before, as [took[0],
	// took[1]) of its dates, and the index the first had among the one before's.
	took [3]int
}

// Words (runs of bytes between spaces) the rules read: no rule reading an expression that
// starts in a word reads beyond the reachAhead-th word after it ("12 months to in the end of
// March of 2004", periodTo and yearAfterMonth) or before the reachBack-th word before it ("the
// first two months of the year", atBareAnaphor). The middle of a part leaves more words at
// either end than a rule reads (the first word of a part may be the end of one, and a rule may
// look at the space past the last word it reads), and a few more for good measure.
const (
	reachAhead = 9
	reachBack  = 4
	middleFrom = reachBack + 4 // the middle starts at the part's ninth word
	middleTail = reachAhead + 4
	// minMiddlePart is the shortest part whose middle is worth keeping.
	minMiddlePart = 512
)

// Scan returns the dates of text[from:to], with offsets from from, as ScanInto would, written
// into buf's storage; text[part:to] is the window's last part, which the next window may
// begin with. The dates it returns are buf's; the Windows keeps its own.
func (w *Windows) Scan(buf []Expr, text string, from, part, to int, published time.Time) []Expr {
	if !w.Matters(part, to) {
		w.took = [3]int{}
		return ScanInto(buf, text[from:to], published)
	}
	lo, hi, marked := middleOf(text, part, to)
	s := scanner{text: text[from:to], published: published, out: buf[:0]}
	var took [3]int
	if marked {
		s.out = w.spare[:0] // (the dates are kept, and copied to buf)
	}
	if w.kept && from == w.part && part >= w.to && published == w.published && sameString(text, w.text) {
		// The last window's part begins this one, which goes on past the last one's end (a
		// window read again would take over its own middle): the part's head is read again,
		// then its middle taken over, once the head ends where the last window's did.
		lo, hi := w.mid[0]-from, w.mid[1]-from
		if s.scanTo(lo); s.readTo <= lo {
			took = [3]int{len(s.out), len(s.out) + w.midDates[1] - w.midDates[0], w.midDates[0]}
			shift := w.from - from
			for _, e := range w.raw[w.midDates[0]:w.midDates[1]] {
				e.Start += shift
				e.End += shift
				s.out = append(s.out, e)
			}
			s.i = hi
		} else {
			s.out, s.i, s.readTo = s.out[:0], 0, 0
		}
	}
	if !marked {
		w.kept, w.took = false, took
		s.scanTo(len(s.text))
		return s.out
	}
	next := Windows{text: text, published: published, from: from, to: to, part: part, mid: [2]int{lo, hi}, took: took}
	lo, hi = lo-from, hi-from
	s.scanTo(lo)
	next.midDates[0] = len(s.out)
	atLo := s.readTo <= lo
	s.floor, s.below = len(s.out), false
	s.scanTo(hi)
	next.midDates[1] = len(s.out)
	next.kept = atLo && s.readTo <= hi && !s.below
	s.scanTo(len(s.text))
	next.raw, next.spare = s.out, w.raw
	*w = next
	return append(buf[:0], s.out...)
}

// TookOver returns the dates of the window read last that were taken over from the window
// before, as [from, to) of its dates, and the index the first of them had among the window
// before's (from == to: none).
func (w *Windows) TookOver() (from, to, was int) {
	return w.took[0], w.took[1], w.took[2]
}

// Matters reports whether Scan may take over dates in a window whose last part is
// text[part:to], or keep some for the next: when not (most windows), ScanInto finds the same
// with no bookkeeping, which the next Scan takes over nothing from.
func (w *Windows) Matters(part, to int) bool { return w.kept || to-part >= minMiddlePart }

// Kept reports whether the next window may take over dates of the window read last.
func (w *Windows) Kept() bool { return w.kept }

// middleOf returns the middle of the part text[part:to] (see Windows), when it is long enough
// to keep.
func middleOf(text string, part, to int) (lo, hi int, ok bool) {
	if to-part < minMiddlePart {
		return 0, 0, false
	}
	lo = skipSpaces(text[:to], part)
	for n := 0; n < middleFrom; n++ { // the start of the (middleFrom+1)-th word
		for lo < to && !isSpace(text[lo]) {
			lo++
		}
		lo = skipSpaces(text[:to], lo)
	}
	hi = to
	for n := 0; n < middleTail; n++ { // the start of the middleTail-th word from the end
		hi = skipSpacesBack(text, hi)
		for hi > part && !isSpace(text[hi-1]) {
			hi--
		}
	}
	return lo, hi, part < lo && lo < hi && isSpace(text[lo-1]) && isSpace(text[hi-1])
}

// sameString reports whether a and b are the same string, not only equal ones.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}
