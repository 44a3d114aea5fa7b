// Package timex finds dates and periods in news text and resolves relative ones against the
// publication date.
//
// Scan makes one pass over the text and stops only at digits and at words that can begin a
// calendar expression (month and weekday names, "last", "next", "this", ordinals before
// "quarter"/"half", "Q3", "FY", "fiscal", "yesterday"); each hit is parsed in a small window.
package timex

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Precisions of a resolved Expr.
const (
	Year    = "year"
	Half    = "half"
	Quarter = "quarter"
	Month   = "month"
	Day     = "day"
	// Week is a week's: its Period is the month it lies in ("last week"), which dates an
	// event, never a figure of a month or a year.
	Week = "week"
)

// Expr is one date or period expression.
type Expr struct {
	Start, End int
	// Period is the resolved period: "2023", "2023-H1", "2023-Q3", "2023-07", "2026-03-06",
	// "FY2004"; "" when it could not be resolved (Reason says why).
	Period    string
	Precision string
	Explicit  bool   // false for relative phrases ("last year", "the third quarter")
	Reason    string // why Period is empty, e.g. "relative date and no publication date"
}

// ReasonNoPublished is the Reason of relative expressions scanned without a publication date.
const ReasonNoPublished = "relative date and no publication date"

// ReasonFiscalPart is the Reason of a quarter or half of a fiscal year ("Q2 FY2024"), which
// is a calendar quarter only by the country's fiscal calendar.
const ReasonFiscalPart = "a quarter or half of a fiscal year"

// ReasonLastMonth is the Reason of "last June" written later in the same year, which may be
// that June or the one a year before.
const ReasonLastMonth = "last and a month of the year of publication: this year's or the year before's"

// Scan returns the date and period expressions of text in order of position. published may
// be zero; relative expressions are then returned unresolved.
func Scan(text string, published time.Time) []Expr {
	scratch := scratchPool.Get().(*[]Expr)
	found := ScanInto(*scratch, text, published)
	if cap(found) > maxPooledExprs {
		// Too large to keep: the caller has it, and the scratch goes back as it was.
		scratchPool.Put(scratch)
		return found
	}
	// The result is copied out at its exact size: grown by append it took twice its size and
	// more, and claim-dense text holds a date every few words.
	var out []Expr
	if len(found) > 0 {
		out = append(out, found...)
	}
	*scratch = found[:0]
	scratchPool.Put(scratch)
	return out
}

// ScanInto is Scan writing into buf's storage (its contents are overwritten), for a caller
// that reads the dates of one window after another and keeps none of the slices: a
// claim-dense text is read in some five hundred windows a megabyte, each with dozens of dates.
func ScanInto(buf []Expr, text string, published time.Time) []Expr {
	s := scanner{text: text, published: published, out: buf[:0]}
	s.scan()
	return s.out
}

func (s *scanner) scan() { s.scanTo(len(s.text)) }

// scanTo reads on from s.i the expressions at the candidates before to, and leaves s.i where
// the loop goes on: at to or past it (past it when an expression read last runs past it, or
// when the next candidate lies beyond it). A window's scan is taken up again at a mark (Windows).
func (s *scanner) scanTo(to int) {
	text := s.text
	i := s.i
	for i < to {
		if i+8 <= len(text) && !s.byteByByte {
			next, held := s.candidates.Held(i) // most calls: Next inline
			if !held {
				next = s.nextCandidate(i)
			}
			if next > i {
				// (read at once: asked again, the candidates would give i itself)
				if i = next; i >= to {
					break
				}
			}
		}
		c := text[i]
		if c < 0x80 && !ascii.IsLetter(c) && !ascii.IsDigit(c) {
			i++
			continue
		}
		switch {
		case ascii.IsDigit(c):
			if i > 0 && ascii.IsWordByte(text[i-1]) {
				// (a typeset apostrophe's last byte is a word's: "the ’90s" is read here)
				if apostropheBefore(text, i) >= 0 {
					if end, ok := s.atDecade(i, digitsEnd(text, i)); ok {
						i, s.readTo = end, end
						continue
					}
				}
				i = alnumEnd(text, i)
				continue
			}
			de := digitsEnd(text, i) // (found once: every rule at digits asks how many there are)
			if end, ok := s.atDigits(i, de); ok {
				i, s.readTo = end, end
				continue
			}
			i = alnumEnd(text, de)
		case ascii.IsLetter(c):
			we := ascii.WordEnd(text, i)
			if mayBeTrigger(text[i:we]) && (i == 0 || !ascii.IsWordByte(text[i-1])) {
				if end, ok := s.atWord(i, we); ok {
					i, s.readTo = end, end
					continue
				}
			}
			i = we
		default:
			i++
		}
	}
	s.i = i
}

// scratchPool holds the slices the expressions are gathered in before the copy that Scan
// returns.
var scratchPool = sync.Pool{New: func() any { return new([]Expr) }}

// maxPooledExprs bounds the scratch slices kept: the one of a whole book of dates is let go.
const maxPooledExprs = 1 << 12

// nextCandidate returns the first byte at or after i that the scan loop must look at (the
// text's end when there is none): a digit, or the first letter of a word whose first three
// letters may begin a calendar word. What lies between is other words and the gaps between
// them, which the loop would only step over. The text is read in blocks of sixty-four bytes
// from its start, and the candidates of a block are found once, as bits, and kept for the
// calls that follow: the loop asks again after each candidate it has read.
func (s *scanner) nextCandidate(i int) int {
	return s.candidates.Next(s.text, i, blockCandidates)
}

// blockCandidates returns, a bit per byte, the candidates of text[block:block+64] (or of what
// is left of the text): the digits, and the starts of words that may begin a calendar word. A
// start is a letter after a byte that continues no word. The starts of words of three letters
// or more are found by their first three letters (calendarTriples) in the pass that sorts the
// block's bytes; only the words of one or two letters ("a", "Q3", "FY2004", and "of", "to" and
// the like) are looked at one by one.
func blockCandidates(text string, block int) uint64 {
	letters, digits, iToP, high, triples := ascii.Classes64Triples(text, block, notShortFirst, notShortLast, calendarTriples)
	var after uint64
	if block > 0 && ascii.IsWordByte(text[block-1]) {
		after = 1
	}
	starts := letters &^ ((letters|digits|high)<<1 | after)
	candidates := digits | starts&triples
	// The letters of the two bytes after each byte, those after the block included.
	var next1, next2 uint64
	if block+64 < len(text) && ascii.IsLetter(text[block+64]) {
		next1 = 1 << 63
		next2 = 1 << 62
	}
	if block+65 < len(text) && ascii.IsLetter(text[block+65]) {
		next2 |= 1 << 63
	}
	// The words of one or two letters, but for those that begin with a lower-case letter from
	// i to p, as "of", "in", "on", "is", "it", "or" do and no calendar word of one or two
	// letters does (TestShortCalendarWordsBeginOutsideTheirRange).
	short := starts &^ ((letters>>1|next1)&(letters>>2|next2) | iToP)
	if block+64+2 <= len(text) {
		// Every block but the last: the two bytes of a start lie in b, whose length the
		// compiler knows, so that reading them costs no bounds checks.
		b := text[block : block+64+2]
		for short != 0 {
			k := ascii.FirstBit(short)
			if shortTrigger(b[k], b[k+1]) {
				candidates |= short & -short
			}
			short &= short - 1
		}
		return candidates
	}
	for short != 0 {
		k := ascii.FirstBit(short)
		var second byte // a byte past the text is no letter
		if block+k+1 < len(text) {
			second = text[block+k+1]
		}
		if shortTrigger(text[block+k], second) {
			candidates |= short & -short
		}
		short &= short - 1
	}
	return candidates
}

// notShortFirst and notShortLast bound the first letters of the short words that are no
// calendar words, as blockCandidates turns them away.
const notShortFirst, notShortLast = 'i', 'p'

// shortTrigger reports whether the word of one or two letters that begins with first and
// second (a byte that is no letter for a word of one) is a calendar word, whatever its case.
func shortTrigger(first, second byte) bool {
	if !ascii.IsLetter(second) {
		return oneLetterTriggers&(1<<(first&31)) != 0
	}
	return twoLetterTriggers[first&31]&(1<<(second&31)) != 0
}

// calendarTripleGroups sorts the calendar words of three letters or more by their first two
// letters into the groups of calendarTriples, which passes three letters when one group has
// each of them in its place: "th" and "fi" together pass "tha", "thi", "thr", "thu" and
// "fir", "fis", "fin", and "fia" or "fhr" too, but not "the" or "for". So grouped, the word
// starts of the benchmark corpus's sentences with a figure that the groups pass and that begin
// no calendar word are about 3,500 of 229,000 (of which 20,600 begin one). A calendar word
// whose first two letters no group names falls into the first group, which then passes more
// (TestCalendarTripleGroupsNameEveryWord).
var calendarTripleGroups = [...]string{"ja ni no ye ne", "fi th", "pr su ju", "mo fo fr", "sa la pa oc", "tu tw co to fe", "de si se we", "ap ma cu au qu"}

// calendarTriples holds the first three letters of every calendar word of three letters or
// more, for blockCandidates.
var calendarTriples = func() *ascii.Triples {
	groups := make([][]string, len(calendarTripleGroups))
	for w := range calendarWordRoles {
		if len(w) >= 3 && ascii.IsLetter(w[0]) {
			g := max(calendarTripleGroup(w), 0)
			groups[g] = append(groups[g], w)
		}
	}
	return ascii.NewTriples(groups...)
}()

// calendarTripleGroup returns the group of calendarTripleGroups that names the first two
// letters of w, or -1.
func calendarTripleGroup(w string) int {
	for g, pairs := range calendarTripleGroups {
		if slices.Contains(strings.Fields(pairs), w[:2]) {
			return g
		}
	}
	return -1
}

// oneLetterTriggers holds the calendar words of one letter ("Q3", "a year earlier"), and
// twoLetterTriggers those of two ("FY2004"), a bit per letter indexed by its low five bits,
// whatever its case.
var oneLetterTriggers, twoLetterTriggers = func() (one uint32, two [32]uint32) {
	for w := range calendarWordRoles {
		switch {
		case !ascii.IsLetter(w[0]):
		case len(w) == 1:
			one |= 1 << (w[0] & 31)
		case len(w) == 2:
			two[w[0]&31] |= 1 << (w[1] & 31)
		}
	}
	return one, two
}()

// triggerShapes holds, for each pair of first two letters, a bit per length of a word that
// can begin an expression; it turns away ordinary words before any map lookup.
var triggerShapes = func() (t [26][26]uint16) {
	for w := range calendarWordRoles {
		if len(w) >= 2 && ascii.IsLetter(w[0]) && ascii.IsLetter(w[1]) {
			t[w[0]-'a'][w[1]-'a'] |= 1 << len(w)
		}
	}
	return t
}()

// mayBeTrigger is the cheap pre-test of the scan loop.
func mayBeTrigger(w string) bool {
	if len(w) == 1 {
		c := w[0] | 0x20
		return c == 'a' || c == 'q' || c == 'h'
	}
	if len(w) > maxWordLen {
		return false
	}
	a, b := w[0]|0x20, w[1]|0x20
	return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && triggerShapes[a-'a'][b-'a']&(1<<len(w)) != 0
}

func alnumEnd(text string, i int) int {
	for i < len(text) && ascii.IsWordByte(text[i]) && text[i] < 0x80 {
		i++
	}
	return i
}

type scanner struct {
	text      string
	published time.Time
	out       []Expr
	// byteByByte makes the loop look at every byte: the reference the skip to the next
	// candidate is tested against.
	byteByByte bool
	// candidates holds the candidates of the last block nextCandidate read.
	candidates ascii.BlockSkip
	// i is where the loop goes on (scanTo), and readTo the end of the expression it read last.
	i, readTo int
	// floor is the first of the expressions found that the rules which look back at earlier
	// ones may look at unseen (Windows); below is set when one looks further back, or finds
	// none there.
	floor int
	below bool
}

// earlier notes that a rule looks back at the expression found k-th (-1: it finds none
// before those it looked at).
func (s *scanner) earlier(k int) {
	if k < s.floor {
		s.below = true
	}
}

// add records an expression; relative ones without a publication date stay unresolved.
func (s *scanner) add(e Expr) {
	s.out = append(s.out, e)
}

// resolved builds the Expr of a relative period given a function of the publication date.
func (s *scanner) relative(start, end int, precision string, resolve func(pub time.Time) string) Expr {
	e := Expr{Start: start, End: end, Precision: precision}
	if s.published.IsZero() {
		e.Reason = ReasonNoPublished
		return e
	}
	e.Period = resolve(s.published)
	return e
}

// Periods are written for every date of every sentence that holds a figure. The years and
// months of news are cut out of one string built at start-up, so that most cost no
// allocation, and the others are put together without fmt.

// periodFirstYear and periodLastYear bound the years whose periods are precomputed: those
// isYearAt reads, and publication dates from the first newspapers on.
const periodFirstYear, periodLastYear = yearMin, yearMax

// yearDigits holds the four digits of each precomputed year back to back; monthDigits
// holds "YYYY-MM" for each of their months. They are written digit by digit: with fmt, the
// 5,200 periods took some seven million instructions of every run's start-up.
var yearDigits, monthDigits = func() (string, string) {
	years := make([]byte, 0, 4*(periodLastYear-periodFirstYear+1))
	months := make([]byte, 0, 12*7*(periodLastYear-periodFirstYear+1))
	for y := periodFirstYear; y <= periodLastYear; y++ { // (years of four digits)
		year := [4]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
		years = append(years, year[:]...)
		for m := 1; m <= 12; m++ {
			months = append(append(months, year[:]...), '-', byte('0'+m/10), byte('0'+m%10))
		}
	}
	return string(years), string(months)
}()

func yearPeriod(y int) string {
	if y < periodFirstYear || y > periodLastYear {
		return fmt.Sprintf("%04d", y)
	}
	k := 4 * (y - periodFirstYear)
	return yearDigits[k : k+4]
}

func monthPeriod(y int, m time.Month) string {
	if y < periodFirstYear || y > periodLastYear || m < time.January || m > time.December {
		return fmt.Sprintf("%04d-%02d", y, int(m))
	}
	k := 7 * (12*(y-periodFirstYear) + int(m) - 1)
	return monthDigits[k : k+7]
}

func quarterPeriod(y, q int) string { return partPeriod(yearPeriod(y), 'Q', q) }
func halfPeriod(y, h int) string    { return partPeriod(yearPeriod(y), 'H', h) }
func fiscalPeriod(y int) string     { return "FY" + yearPeriod(y) }

// partPeriod writes the period of part n ("Q3", "H1") of the year written year.
func partPeriod(year string, part byte, n int) string {
	return year + "-" + string(part) + strconv.Itoa(n)
}

func dayPeriod(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// latestYearOf returns the year of the latest period not starting after pub whose first
// month is startMonth: news says "the third quarter" for the one last reported.
func latestYearOf(pub time.Time, startMonth time.Month) int {
	if startMonth > pub.Month() {
		return pub.Year() - 1
	}
	return pub.Year()
}

// atDigits parses an expression that starts with the run of digits text[i:de].
func (s *scanner) atDigits(i, de int) (int, bool) {
	text := s.text
	switch de - i {
	case 1, 2:
		if !readsAfterFewDigits(text, de) {
			return 0, false // the figures of news: "1.2%", "3,400", "5)"
		}
	case 4:
	default:
		return 0, false // no rule reads three digits, or five or more
	}
	if mayBeDateAtDigits(text, i, de) {
		if d, ok := dateAt(text, i); ok {
			return s.addDate(d), true
		}
	}
	if de-i == 1 && de+2 < len(text) && ascii.IsLetter(text[de]) {
		// "1st quarter", "2nd half" (the ordinals ordinalWords holds are a digit and letters:
		// most figures of one digit are followed by a dot or a space, and looked up nothing).
		if n, ok := ordinalWords[lowerASCII(text[i:ascii.WordEnd(text, de)])]; ok {
			return s.atOrdinal(i, ascii.WordEnd(text, de), n)
		}
	}
	if end, ok := s.atDecade(i, de); ok {
		return end, true // "the 1990s", "the '90s": before a year ("the 1990's") or a figure
	}
	if de-i <= 2 {
		if de+5 <= len(text) && text[de] == '/' {
			if end, ok := s.atNumericMonth(i, de); ok {
				return end, true
			}
		}
		if n := atoi(text[i:de]); n == 3 || n == 6 || n == 12 {
			return s.atMonthsTo(i, de, n) // "12 months to March"
		}
		return 0, false
	}
	// (the year and the word after it, read once: the word is looked at again for "fiscal
	// year" below)
	y, ws, we, ok := yearAt(text, i, de)
	if !ok {
		return 0, false
	}
	// "2023-24", "2003/04": a fiscal year named by both calendar years.
	if de+2 <= len(text) && (text[de] == '-' || text[de] == '/' || hasPrefixAt(text, de, "–")) {
		sep := 1
		if text[de] != '-' && text[de] != '/' {
			sep = len("–")
		}
		k := de + sep
		ke := digitsEnd(text, k)
		switch {
		case ke-k == 1 && text[de] != '/' && atoi(text[k:ke]) == (y+1)%10 && (ke == len(text) || !ascii.IsWordByte(text[ke]) && text[ke] != '.'):
			// "2005-6": a fiscal year or season named by its end year's last digit.
			s.add(Expr{Start: i, End: ke, Period: fiscalPeriod(y + 1), Precision: Year, Explicit: true})
			return ke, true
		case ke-k == 2 && atoi(text[k:ke]) == (y+1)%100 && (ke == len(text) || !ascii.IsWordByte(text[ke])):
			s.add(Expr{Start: i, End: ke, Period: fiscalPeriod(y + 1), Precision: Year, Explicit: true})
			return ke, true
		case ke-k == 2 && sep == 1 && yearMonthAt(text, i, y, atoi(text[k:ke]), ke):
			// "in 2024-03": a year and its month, where no span of years can be meant
			s.add(Expr{Start: i, End: ke, Period: monthPeriod(y, time.Month(atoi(text[k:ke]))), Precision: Month, Explicit: true})
			return ke, true
		case ke-k == 4 && isYearAt(text, k, ke):
			y2 := atoi(text[k:ke])
			if y2 == y+1 && text[de] == '/' {
				s.add(Expr{Start: i, End: ke, Period: fiscalPeriod(y2), Precision: Year, Explicit: true})
				return ke, true
			}
			s.add(Expr{Start: i, End: de, Period: yearPeriod(y), Precision: Year, Explicit: true})
			s.add(Expr{Start: k, End: ke, Period: yearPeriod(y2), Precision: Year, Explicit: true})
			return ke, true
		}
	}
	// "2004's third quarter".
	if de+2 < len(text) && (text[de] == '\'' || hasPrefixAt(text, de, "’")) {
		k := de + 1
		if text[de] != '\'' {
			k = de + len("’")
		}
		if k < len(text) && (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !ascii.IsLetter(text[k+1])) {
			if end, ok := s.partOfYear(i, skipSpaces(text, k+1), y); ok {
				return end, true
			}
		}
	}
	// "2019 H2", "2017-Q1", "2017 q1".
	if k := de + 1; k+2 <= len(text) && (text[de] == ' ' || text[de] == '-') {
		if c := text[k] | 0x20; (c == 'q' || c == 'h') && ascii.IsDigit(text[k+1]) && (k+2 == len(text) || !ascii.IsWordByte(text[k+2])) {
			part := int(text[k+1] - '0')
			switch {
			case c == 'q' && part >= 1 && part <= 4:
				s.add(Expr{Start: i, End: k + 2, Period: quarterPeriod(y, part), Precision: Quarter, Explicit: true})
				return k + 2, true
			case c == 'h' && part >= 1 && part <= 2:
				s.add(Expr{Start: i, End: k + 2, Period: halfPeriod(y, part), Precision: Half, Explicit: true})
				return k + 2, true
			}
		}
	}
	// "the 2004 financial year", "2004 fiscal year".
	if ws < we && ascii.EqualFoldAny(text[ws:we], "fiscal", "financial") {
		if ys, ye := nextWord(text, we); ys < ye && ascii.EqualFold(text[ys:ye], "year") {
			s.add(Expr{Start: i, End: ye, Period: fiscalPeriod(y), Precision: Year, Explicit: true})
			return ye, true
		}
	}
	s.add(Expr{Start: i, End: de, Period: yearPeriod(y), Precision: Year, Explicit: true})
	return de, true
}

// readsAfterFewDigits reports whether a rule may read an expression at one or two digits that
// end at de: each reads a letter right after them or after spaces, a slash right after them,
// or a dash before a second day ("22-23 February", secondDayAt)
// (TestFewDigitsReadOnlyBeforeALetterSpaceOrSlash).
func readsAfterFewDigits(text string, de int) bool {
	return de < len(text) && (ascii.IsLetter(text[de]) || isSpace(text[de]) || text[de] == '/' || text[de] == '-' || strings.HasPrefix(text[de:], "–"))
}

func hasPrefixAt(text string, i int, p string) bool {
	return i+len(p) <= len(text) && text[i:i+len(p)] == p
}

// partOfYear reads "third quarter", "first half", "Q3", "H1" at i for the given year.
func (s *scanner) partOfYear(start, i int, y int) (int, bool) {
	text := s.text
	ws, we := nextWord(text, i)
	if ws != i || ws == we {
		return 0, false
	}
	if n, ok := ordinalWords[lowerASCII(text[ws:we])]; ok {
		k := we
		if k < len(text) && text[k] == '-' {
			k++
		}
		ps, pe := nextWord(text, k)
		if ps < pe && (ps == k || k == we) {
			switch {
			case ascii.EqualFoldAny(text[ps:pe], "quarter"):
				s.add(Expr{Start: start, End: pe, Period: quarterPeriod(y, n), Precision: Quarter, Explicit: true})
				return pe, true
			case ascii.EqualFoldAny(text[ps:pe], "half") && n <= 2:
				s.add(Expr{Start: start, End: pe, Period: halfPeriod(y, n), Precision: Half, Explicit: true})
				return pe, true
			}
		}
	}
	return 0, false
}

// lowerASCII returns the ASCII lower-case form of w, or "" when w is too long to be a
// calendar word. It is small enough to be inlined, so that the string stays on the stack of
// a caller that only looks it up.
func lowerASCII(w string) string {
	var buf [maxWordLen]byte
	return string(ascii.LowerInto(buf[:], w))
}

// addDate records a parsed month-based or ISO date.
func (s *scanner) addDate(d dateParts) int {
	switch {
	case d.hasDay && d.hasYear:
		t := time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC)
		s.add(Expr{Start: d.start, End: d.end, Period: dayPeriod(t), Precision: Day, Explicit: true})
	case d.hasDay:
		month, day := d.month, d.day
		s.add(s.relative(d.start, d.end, Day, func(pub time.Time) string {
			// "March 6" in an article: the nearest such day, a little ahead allowed.
			y := pub.Year()
			t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
			if t.Sub(pub) > 183*24*time.Hour {
				t = t.AddDate(-1, 0, 0)
			} else if pub.Sub(t) > 183*24*time.Hour {
				t = t.AddDate(1, 0, 0)
			}
			return dayPeriod(t)
		}))
	case d.hasYear:
		s.add(Expr{Start: d.start, End: d.end, Period: monthPeriod(d.year, d.month), Precision: Month, Explicit: true})
	default:
		month := d.month
		s.add(s.relative(d.start, d.end, Month, func(pub time.Time) string {
			return monthPeriod(latestYearOf(pub, month), month)
		}))
	}
	return d.end
}

// numericMonthContext reports a word before the number at i after which a month's name would
// be a date (monthContext: "in", "since", "the"), or an opening bracket: a month written in
// figures ("03/2024", "2024-03") is read as one only there, not in "Law 3/2024" or "Notice
// 2024-03".
func numericMonthContext(text string, i int) bool {
	if k := skipSpacesBack(text, i); k > 0 && text[k-1] == '(' {
		return true
	}
	ps, pe := prevWord(text, i)
	return ps < pe && pe-ps <= maxWordLen && monthContext[lowerASCII(text[ps:pe])]
}

// yearMonthAt reports "2024-03" or "2024/03" at i, year y and month m ending at end, as a
// month: m is a month, no year's two digits could end a span that starts in y ("2008-10" is
// 2008 to 2010, "1999-03" 1999 to 2003: both left as they were), nothing but a stop or a
// space follows, and a month's name would be a date where it stands.
func yearMonthAt(text string, i, y, m, end int) bool {
	if m < 1 || m > 12 || end < len(text) && (ascii.IsWordByte(text[end]) || text[end] == '-' || text[end] == '/') {
		return false
	}
	if end+1 < len(text) && text[end] == '.' && ascii.IsDigit(text[end+1]) {
		return false
	}
	last := y - y%100 + m // the year the two digits would name after y
	if last <= y {
		last += 100
	}
	return last-y > 20 && numericMonthContext(text, i)
}

// atNumericMonth reads "03/2024" or "3/2024", the month's one or two digits at [i, de): a month
// and its year, where a month's name would be a date (numericMonthContext); "Law 3/2024" is
// no month.
func (s *scanner) atNumericMonth(i, de int) (int, bool) {
	text := s.text
	ye := digitsEnd(text, de+1)
	if ye-de-1 != 4 || !isYearAt(text, de+1, ye) || ye < len(text) && (ascii.IsWordByte(text[ye]) || text[ye] == '/') {
		return 0, false
	}
	m := atoi(text[i:de])
	if m < 1 || m > 12 || !numericMonthContext(text, i) {
		return 0, false
	}
	s.add(Expr{Start: i, End: ye, Period: monthPeriod(atoi(text[de+1:ye]), time.Month(m)), Precision: Month, Explicit: true})
	return ye, true
}
