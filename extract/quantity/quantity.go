// Package quantity finds the quantities of news text as a reader reads them: each number with
// its scale, unit, range, qualifier and change word.
//
// Scan makes one pass over the text looking only for cheap triggers (a digit, or a word
// shaped like a number word) and parses a small window around each hit, so its cost is close
// to that of reading the text once. Around a hit it reads ranges as one quantity ("6-7%",
// "two or three", "$5/$6"), units from the embedded lexicon units.csv (InClaimUnits turns
// the stated sub-units and basis points into claim units), money in its news forms, and
// numerals in words, fractions, scientific notation and vague counts ("dozens"). Numbers that
// are no amount are left out: names and identifiers ("FTSE 100", "Boeing 747"), addresses,
// clock times, eras, scores, ranks and "one" as a pronoun. A text whose numbers are written
// in other scripts or cut by invisible characters is scanned again as a folded copy; offsets
// are always byte offsets into the text given.
package quantity

import (
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// Quantity is one number found in a text.
type Quantity struct {
	Start, End       int // the whole phrase: qualifier, currency sign, number, scale, unit
	NumStart, NumEnd int // the number itself ("3.6", "two-thirds", "1.2bn")

	Value    float64  // in base units: "$1.2bn" is 1.2e9; "3.6%" is 3.6
	ValueMax *float64 // upper end of a range ("between 2% and 3%", "6-7%")
	Step     float64  // place value of the last stated digit, in Value's units
	Unit     string   // percent, pp, USD, EUR, GBP, RUB, JPY, CNY, ..., a singular noun, or ""

	Qualifier string // exact, approx, nearly, more_than, less_than, at_least, at_most
	Change    string // "up"/"down" when the number is an amount of change ("rose 0.3 points")
}

// Units this package produces besides currency codes and nouns.
const (
	UnitPercent = "percent"
	UnitPP      = "pp"
	UnitPoint   = "point" // "rose 30 points": index points, or percentage points left unsaid
	UnitBP      = "bp"    // basis points, as stated: InClaimUnits makes them pp
)

// Scan returns the quantities of text in order of position. Numbers that are part of a date
// expression (years, days of a month) are not returned: timex finds those.
//
// Value carries the sign written in the text ("-0.3%", "minus 5"); the direction of a change
// word is in Change, so "shrank 0.3%" is Value 0.3 with Change "down".
func Scan(text string) []Quantity {
	// News holds a figure every 300 bytes or so: room for that many saves most of the growth.
	return ScanInto(make([]Quantity, 0, len(text)/300+1), text)
}

// ScanInto is Scan writing into buf's storage (its contents are overwritten), for a caller that
// reuses one slice over many texts.
func ScanInto(buf []Quantity, text string) []Quantity {
	s := scanner{text: text, out: buf[:0]}
	return s.scan()
}

// scan reads the text from s.at on, and returns s.out when the text is read or, with s.at set
// to where it stopped, at the end of the number that filled a batch (growBatch).
func (s *scanner) scan() []Quantity {
	text := s.text
	i := s.at
	for i < len(text) {
		if i+8 <= len(text) && !s.byteByByte {
			next, held := s.heldTrigger(i)
			if !held {
				next = s.nextTrigger(i)
			}
			if next > i {
				i = next
				continue
			}
		} else if s.stopping {
			s.stopping, s.byteByByte = false, false
			s.at = i
			return s.out
		}
		c := text[i]
		if !ascii.IsWordByte(c) && c != '.' {
			if c == ':' && i+2 < len(text) && text[i+1] == '/' && text[i+2] == '/' {
				i = urlEnd(text, i) // numbers in a URL are not claims
				continue
			}
			i++ // spaces and punctuation: the common case
			continue
		}
		switch {
		case ascii.IsLetter(c): // the common case first
			end := ascii.WordEnd(text, i)
			if mayBeNumberWord(text[i:end]) && (!wordByteBefore(text, i) || startsToken(text, i)) {
				if next, ok := s.wordsAt(i, end); ok {
					i = next
					continue
				}
			}
			i = end
		case ascii.IsDigit(c):
			i = s.digitsAt(i)
		case c == '.' && i+1 < len(text) && ascii.IsDigit(text[i+1]) && startsToken(text, i):
			// A bare decimal such as ".25".
			i = s.digitsAt(i)
		case c >= 0xC0:
			if !s.folded && needsFold(text, i) {
				// Rare: digits of another script, or a zero-width mark inside a number.
				s.at = len(text)
				return scanFolded(text)
			}
			if (c == 0xC2 || c == 0xE2) && startsToken(text, i) {
				i = s.vulgarAt(i)
				continue
			}
			i++
		default:
			i++
		}
	}
	s.at = i
	return s.out
}

// nextTrigger returns the first byte at or after i that the scan loop must look at (the text's
// end when there is none): a digit, a dot, a colon, a non-ASCII byte, or the first letter of a
// word whose first three letters begin a number word. Whatever lies between is letters of
// other words and the spaces and punctuation between them, which the loop would only step
// over. The text is read in blocks of sixty-four bytes from its start, four at a time, and the
// triggers of the four are found once, as bits, and kept; those of the block last read are
// held apart: the loop asks again from each trigger it has read (heldTrigger first), and news
// holds one every twenty-odd bytes (a digit, a dot, a quote mark, a word such as "tend").
func (s *scanner) nextTrigger(i int) int {
	text := s.text
	for block := i &^ 63; block < len(text); block += 64 {
		if s.marksEnd != block+64 {
			if s.triggersEnd != block|255+1 {
				s.groupTriggers(block &^ 255)
			}
			s.marks, s.marksEnd = s.triggers[block>>6&3], block+64
		}
		if m := s.marks >> (i & 63); m != 0 {
			return i + bits.TrailingZeros64(m)
		}
		i = block + 64
	}
	return len(text)
}

// heldTrigger returns the first trigger at or after i, and true, when the triggers held are
// those of i's block and one lies there (most asks); else false. It is small enough to be
// inlined into the scan loop, which calls nextTrigger only when it fails.
func (s *scanner) heldTrigger(i int) (int, bool) {
	if m := s.marks >> (i & 63); m != 0 && s.marksEnd == i|63+1 {
		return i + bits.TrailingZeros64(m), true
	}
	return 0, false
}

// groupTriggers finds the triggers of the four blocks of text from group (or of what is left of
// the text) into s.triggers, a bit per byte: the marks ('.' to ':' are the dot, the slash, the
// digits and the colon: a slash costs the loop a look and saves a test here; the three that are
// no digit count only before a mark), the non-ASCII bytes, and the starts of words whose first
// three letters begin a number word, as far as numberWordTriples tells them. A start is a
// letter after a byte that is no ASCII letter or digit: the loop reads a letter after a
// non-ASCII byte as a start once it has stepped over the rune, and passes over letters glued
// to digits with the number. Every number word has three letters or more, and the loop passes
// over shorter words ("a", "of", "to", two in five of news), which no triple begins. A dot,
// slash or colon is read by the loop only before a digit (".25") or a slash ("://"), both
// marks: the full stops of news, one in a hundred bytes, are left out; the byte after the last
// one of a block is left unread, so it stays. The four blocks are sorted and their triggers
// combined in one call (ascii.Triggers256), which costs a block four fifths of a call of
// Classes64Triples, and keeps the classes in registers.
func (s *scanner) groupTriggers(group int) {
	var after uint64
	if group > 0 {
		after = ascii.AlnumBit(s.text[group-1])
	}
	ascii.Triggers256(s.text, group, '.', ':', numberWordTriples, after, &s.triggers)
	s.triggersEnd = group + 256
}

// numberWordStartGroups sorts the number words by their first two letters into the groups of
// numberWordTriples, which passes three letters when one group has each of them in its place:
// "th" and "ni" together pass "thi", "tho", "thr" and "nin", and "nor" and "tin" too, but not
// "the". So grouped, the word starts of the benchmark corpus that the groups pass and that
// begin no number word are about 3,500 of 34,000 (of 650,000 starts of three letters or more).
// A number word whose first two letters no group names falls into the first group, which then
// passes more (TestNumberWordStartGroupsNameEveryWord).
var numberWordStartGroups = [...]string{"th ni", "do qu si", "bi mi tw", "fo on ze", "fi na no", "cr sc se", "el ha hu la", "ei te tr"}

// numberWordTriples holds the first three letters of every number word of three letters or
// more, for groupTriggers.
var numberWordTriples = func() *ascii.Triples {
	groups := make([][]string, len(numberWordStartGroups))
	for w := range allNumberWords {
		if len(w) >= 3 {
			g := numberWordStartGroup(w)
			groups[max(g, 0)] = append(groups[max(g, 0)], w)
		}
	}
	return ascii.NewTriples(groups...)
}()

// numberWordStartGroup returns the group of numberWordStartGroups that names the first two
// letters of w, or -1.
func numberWordStartGroup(w string) int {
	for g, pairs := range numberWordStartGroups {
		if slices.Contains(strings.Fields(pairs), w[:2]) {
			return g
		}
	}
	return -1
}

// allNumberWords yields every word the scan may read as a number: numerals, vague counts
// and multiplicatives.
func allNumberWords(yield func(string) bool) {
	for w := range numberWords {
		if !yield(w) {
			return
		}
	}
	for w := range vagueWords {
		if !yield(w) {
			return
		}
	}
	for w := range foldWords {
		if !yield(w) {
			return
		}
	}
}

// numberWordShapes holds, for each pair of first two letters, a bit per word length that
// some number word has (bits 0-15) and a bit per last letter (bits 16-47). They reject
// almost every ordinary word ("the", "for", "test", "term") before any map lookup, which
// keeps the scan near memory speed. A letter's low five bits index it, whatever its case.
var numberWordShapes = func() (t [32][32]uint64) {
	for w := range allNumberWords {
		t[w[0]&31][w[1]&31] |= 1<<len(w) | 1<<(16+w[len(w)-1]&31)
	}
	return t
}()

// mayBeNumberWord is the cheap pre-test of the scan loop, for a word of ASCII letters only;
// lengths past 15 fall outside the length bits.
func mayBeNumberWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	m := numberWordShapes[w[0]&31][w[1]&31]
	return m&(1<<len(w))&0xFFFF != 0 && m&(1<<(16+w[len(w)-1]&31)) != 0
}

const maxNumberWordLen = 12 // "thousandfold"

type scanner struct {
	text string
	out  []Quantity
	// at is where the scan goes on from. A scan in batches (Batches) has a limit, the size of
	// a batch, and s.out is a prefix of store, whose room past the limit takes what the number
	// that fills a batch adds; stopping is set when a batch is full, and byteByByte with it,
	// so that the loop asks at its next turn (growBatch).
	at, limit int
	store     []Quantity
	stopping  bool
	// floor is the end of the last quantity: look-behind never reaches past it.
	floor int
	// folded is set on the copy made by scanFolded, which is not folded again.
	folded bool
	// byteByByte makes the loop look at every byte: the reference the skip to the next
	// trigger is tested against.
	byteByByte bool
	// triggers holds the triggers of the four blocks nextTrigger read last, those that end at
	// triggersEnd (0 when none is held), and marks those of the block among them that it read
	// last, which ends at marksEnd.
	triggers    [4]uint64
	triggersEnd int
	marks       uint64
	marksEnd    int
	// The words last read before and after an offset: the rules that read a number's
	// phrase ask for the same words again and again.
	prevMemo, nextMemo wordMemo
	// roomCounted is set once grow has counted the room for the figures ahead by the figures
	// found per number so far.
	roomCounted bool
	// ends is the room left in the block the upper ends of ranges are taken from (upperEnd).
	ends []float64
}

// upperEndsBlock is the number of upper ends of ranges allocated at once.
const upperEndsBlock = 16

// upperEnd returns a new pointer to v, for the upper end of a range (Quantity.ValueMax). The
// ends are taken in turn from a block of upperEndsBlock, where each was an allocation of its
// own, a tenth of the cost of a range in a text of ranges. A place in a block is handed out
// once: each quantity's end is its own, as it was.
func (s *scanner) upperEnd(v float64) *float64 {
	if len(s.ends) == 0 {
		s.ends = make([]float64, upperEndsBlock)
	}
	p := &s.ends[0]
	*p = v
	s.ends = s.ends[1:]
	return p
}

// wordMemo remembers the word found from offset at with floor as the floor: set is false
// until a word is remembered.
type wordMemo struct {
	set       bool
	at, floor int
	word      span
}

// remember keeps word as the word found from at above floor. It writes the fields one by one:
// a literal assigned whole was built on the stack and copied in sixteen bytes at a time, loads
// that waited for the smaller stores before them to be written, at every word read.
func (m *wordMemo) remember(at, floor int, word span) {
	m.set, m.at, m.floor, m.word = true, at, floor, word
}

// prevWord is prevWordAt on the scanner's text above its floor. The look-up of the memo is
// inlined into the rules, which call it some ten times a figure. It needs no test of set: the
// memo's zero value, the empty word at 0 above the floor 0, is what prevWordAt finds there.
func (s *scanner) prevWord(i int) span {
	if s.prevMemo.at == i && s.prevMemo.floor == s.floor {
		return s.prevMemo.word
	}
	return s.readPrevWord(i)
}

// readPrevWord is kept out of line, so that prevWord is inlined.
//
//go:noinline
func (s *scanner) readPrevWord(i int) span {
	w := prevWordAt(s.text, i, s.floor)
	s.prevMemo.remember(i, s.floor, w)
	return w
}

// nextWord is nextWordAt on the scanner's text, its memo looked up inline as prevWord's.
func (s *scanner) nextWord(i int) span {
	if m := &s.nextMemo; m.at == i && m.set {
		return m.word
	}
	return s.readNextWord(i)
}

// readNextWord is kept out of line, so that nextWord is inlined.
//
//go:noinline
func (s *scanner) readNextWord(i int) span {
	w := nextWordAt(s.text, i)
	s.nextMemo.remember(i, 0, w)
	return w
}

// room returns the place past the end of s.out where the next quantity may be written, made
// if need be, so that phrase writes a quantity where emit keeps it. at is how far the text is
// read, for grow.
func (s *scanner) room(at int) *Quantity {
	if len(s.out) == cap(s.out) {
		s.grow(at)
	}
	return &s.out[:len(s.out)+1][len(s.out)]
}

// emit adds q to the quantities found. It takes q by pointer: a copy of each of the hundred
// thousand figures of a megabyte of them is no small part of reading them. q may be the room
// past the end of s.out, where it is kept as it stands; the room may also lie one further
// when phrase took back the whole number of "2 1/4" (mixedNumber), which moves it down.
func (s *scanner) emit(q *Quantity) {
	// Only a bound can close a range: the test spares the copies of two quantities.
	if k := len(s.out) - 1; k >= 0 && (q.Qualifier == "at_least" || q.Qualifier == "at_most") {
		if r, ok := s.closedBounds(s.out[k], *q); ok {
			s.out[k] = r
			s.floor = r.End
			return
		}
	}
	if len(s.out) == cap(s.out) {
		s.grow(q.End)
	}
	s.out = s.out[:len(s.out)+1]
	if last := &s.out[len(s.out)-1]; last != q {
		*last = *q
	}
	s.floor = q.End
}

// denseOut is the room for quantities past which the text is taken to be dense with figures,
// and the room it still needs is counted rather than doubled into.
const denseOut = 1024

// grow makes room for more quantities in s.out, the text being read up to at. The room is
// doubled, not grown by the quarter append adds to a long slice: a claim-dense text holds
// tens of thousands of figures, and growing by quarters allocated five times the final slice.
// Doubling still allocated twice the final slice and copied it once over, and a quantity
// holds pointers, so that the copy of a long slice, made while the collector marks, cost
// more than reading its figures and held up the collector until it was done. Once the text
// has proved dense, the room is counted from the numbers ahead (numberStarts), and the
// first growth past denseOut is mostly the last. That first count takes as many quantities
// per number ahead as the text has given so far, and a little more: most numbers of a dense
// text may be years, which are no quantity ("grew 0.4% in 1984"), and room for a figure at
// each number ahead was then twice what was used, a slice that was cleared and faulted in
// whole. Should the text ahead hold more figures per number than the text read, a growth
// after that counts a figure at each number ahead (every digit number may be one).
func (s *scanner) grow(at int) {
	if s.limit > 0 {
		s.growBatch()
		return
	}
	size := 2*cap(s.out) + 16
	if cap(s.out) >= denseOut {
		at = min(at, len(s.text))
		ahead := numberStarts(s.text[at:])
		if !s.roomCounted {
			s.roomCounted = true
			if read := numberStarts(s.text[:at]); read > len(s.out) {
				ahead = ahead*len(s.out)/read + 1
			}
		}
		size = max(len(s.out)+ahead+ahead/16+16, cap(s.out)+cap(s.out)/4)
	}
	grown := make([]Quantity, len(s.out), size)
	copy(grown, s.out)
	s.out = grown
}

// growBatch is grow in a scan in batches: the room doubles up to the batch's size, and a full
// batch takes the room past it in store and stops the scan at the end of its number, where the
// loop asks whether to stop only when byteByByte is set.
func (s *scanner) growBatch() {
	size := min(2*cap(s.out)+16, s.limit)
	if len(s.out) >= s.limit {
		s.stopping, s.byteByByte = true, true
		if cap(s.store) > cap(s.out) {
			s.out = s.store[:len(s.out)]
			return
		}
		size = len(s.out) + batchSlack
	}
	room := size
	if size >= s.limit {
		room = size + batchSlack
	}
	s.store = make([]Quantity, len(s.out), room)
	copy(s.store, s.out)
	s.out = s.store[:len(s.out):size]
}

// numberStarts counts the numbers written in digits in text: the digits after a byte that is
// neither a digit nor a comma, dot or hyphen after one ("1,000", "0.5", "6-7" are one each).
// Numbers in words are left out, and some numbers are no quantity (years, mostly), so that
// the count is only close to that of the quantities.
func numberStarts(text string) int {
	n := 0
	var prevDigit, prevJoin uint64 // the last byte of the block before: a digit; a joiner after one
	for block := 0; block < len(text); block += 64 {
		_, digits, joiners, _ := ascii.Classes64(text, block, ',', '.')
		// a joiner counts only after a digit
		joiners &= digits<<1 | prevDigit
		starts := digits &^ (digits<<1 | prevDigit | joiners<<1 | prevJoin)
		n += bits.OnesCount64(starts)
		prevDigit, prevJoin = digits>>63, joiners>>63
	}
	return n
}

// closedBounds joins an upper and a lower bound of the same unit written one after the other
// into the range they close: "at most 100 and at least 20", "no less than 5%, no more than
// 7%". Open bounds ("more than 10 and less than 20") are left apart, since a range holds its
// ends.
func (s *scanner) closedBounds(a, b Quantity) (Quantity, bool) {
	if a.Unit != b.Unit && a.Unit != "" || a.ValueMax != nil || b.ValueMax != nil || a.Qualifier == b.Qualifier ||
		(a.Qualifier != "at_least" && a.Qualifier != "at_most") || (b.Qualifier != "at_least" && b.Qualifier != "at_most") {
		return a, false
	}
	gap := s.text[a.End:b.Start]
	switch trimBlank(gap) {
	case "and", ",", ", and", "but", ", but":
	default:
		return a, false
	}
	lo, hi := a.Value, b.Value
	if a.Qualifier == "at_most" {
		lo, hi = b.Value, a.Value
	}
	if hi < lo {
		return a, false
	}
	r := a
	r.Value, r.ValueMax = lo, &hi
	r.End, r.Unit = b.End, b.Unit
	r.Qualifier = "exact"
	return r, true
}

func trimBlank(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// phoneEnd returns the end of the phone number at i: groups of digits joined by hyphens,
// slashes, dots or single spaces.
func phoneEnd(text string, i int) int {
	for i < len(text) {
		switch {
		case ascii.IsDigit(text[i]):
			i++
		case (text[i] == '-' || text[i] == ' ' || text[i] == '/' || text[i] == '.') && digitAt(text, i+1):
			i++
		default:
			return i
		}
	}
	return i
}

// phoneAt reports a phone number at i: "+1-222-2222", "+44 20 7946 0000", or three or more
// groups of digits joined by hyphens ("1-222-2222-2222").
func phoneAt(text string, i int) bool {
	// The first group, which every form reads: most numbers end there with no joint after.
	j := i
	for j < len(text) && ascii.IsDigit(text[j]) {
		j++
	}
	if j == len(text) || text[j] != ' ' && text[j] != '-' {
		return false // every form joins the first group to the next by a blank or a hyphen
	}
	if text[i] == '0' && j-i >= 3 && j-i <= 5 && j+4 < len(text) && text[j] == ' ' && digitAt(text, j+1) && digitAt(text, j+2) && digitAt(text, j+3) {
		return true // "0800 123 4567", "020 7946 0000": a leading zero and groups after spaces
	}
	if i > 0 && text[i-1] == '+' && (i == 1 || !ascii.IsWordByte(text[i-2])) {
		return j < len(text) && (text[j] == '-' || text[j] == ' ') && digitAt(text, j+1)
	}
	for groups := 1; groups < 3; groups++ {
		if j >= len(text) || text[j] != '-' || !digitAt(text, j+1) {
			return false
		}
		j++
		for j < len(text) && ascii.IsDigit(text[j]) {
			j++
		}
	}
	return true
}

// number is a parsed number before its phrase is read.
type number struct {
	start, end int
	value      float64
	step       float64
	scaled     bool // a scale was already applied ("1.2bn", "two million")
	exp        int  // the power of ten of that scale
	words      bool // written in words
	ratio      bool // "one in three"
	mixedWith  int  // end of the whole number before a fraction ("2 1/4"), or 0
	unit       string
	unitEnd    int    // the end of a unit glued to the digits ("5km", "10m2")
	suffix     string // a glued scale suffix: "m" and "mm" may be metres after all

	// Digits as written, so that scaling stays exact: value is mant×10^-decimals.
	exact    bool
	mant     uint64
	decimals int
}

// digitsAt parses the number that starts at i and returns where scanning resumes, always
// past i.
func (s *scanner) digitsAt(i int) int {
	return max(s.digitsFrom(i), i+1)
}

func (s *scanner) digitsFrom(i int) int {
	text := s.text
	glued := ""
	if wordByteBefore(text, i) && !startsToken(text, i) && !endsWithCurrencySign(text[:i]) && !endsWithCurrencyCode(text[:i]) {
		at, _, ok := moneyPrefix(text, i, 0, true)
		if !ok {
			// Digits inside a token: "G20", "Q3", "H1", "A380"; with its decimals and
			// groups, which are no number of their own: "PM2.5", "P57.45" (a peso sign read
			// as a letter) gave 5 and 45.
			return tokenNumberEnd(text, i)
		}
		glued = text[at:i]
	}
	if i > 1 && (text[i-1] == '-' || text[i-1] == '+') && ascii.IsLetter(text[i-2]) && !boundWordBefore(text, i-1) {
		// "COVID-19", "GMT+10"; but "minus-5" and "sub-7%" are amounts.
		return alnumEnd(text, i)
	}
	if phoneAt(text, i) {
		return phoneEnd(text, i)
	}
	if i+1 < len(text) && (text[i+1] == '/' || text[i+1] == ')' || i+2 < len(text) && (text[i+2] == '/' || text[i+2] == ')')) {
		if end, ok := postLabel(text, i); ok {
			return end // "1/ GDP grew ...", "2) Inflation ...": a post's or an item's label
		}
	}
	var n number
	next, ok := parseDigitsTo(&n, text, i)
	if !ok {
		return next
	}
	if glued == "R" && !n.scaled && n.decimals == 0 && n.value < 1000 {
		return next // "R2", "R5": a road or a model; rand amounts are large or scaled
	}
	if end, skip := s.notAmount(&n); skip {
		return max(end, next)
	}
	q := s.room(i)
	end, ok := s.phrase(&n, true, q)
	if ok {
		s.emit(q)
	}
	return max(end, next)
}

// vulgarAt reads a fraction character standing alone ("the result is ⅔") and returns where
// scanning resumes.
func (s *scanner) vulgarAt(i int) int {
	f, size, ok := vulgarFractionAt(s.text, i)
	if !ok || i+size < len(s.text) && ascii.IsWordByte(s.text[i+size]) && s.text[i+size] < 0x80 {
		return i + 1
	}
	n := number{start: i, end: i + size, value: f.value, step: f.step}
	q := s.room(i)
	end, ok := s.phrase(&n, true, q)
	if ok {
		s.emit(q)
	}
	return max(end, i+size)
}

// urlEnd returns the end of the URL whose "://" is at i.
func urlEnd(text string, i int) int {
	for i < len(text) && text[i] > ' ' {
		i++
	}
	return i
}

// endsWithCurrencySign reports a multi-byte currency sign right before a number ("£600m").
func endsWithCurrencySign(prefix string) bool {
	for _, sign := range currencySigns {
		if len(prefix) >= len(sign.sign) && prefix[len(prefix)-len(sign.sign):] == sign.sign {
			return true
		}
	}
	return false
}

// endsWithCurrencyCode reports a currency code or abbreviation glued before a number
// ("USD115", "RM10m", "DM5bn"): letters that begin a word and name a currency.
func endsWithCurrencyCode(prefix string) bool {
	n := len(prefix)
	k := n
	for k > 0 && ascii.IsLetter(prefix[k-1]) && n-k < 4 {
		k--
	}
	if k == n || k > 0 && ascii.IsWordByte(prefix[k-1]) {
		return false
	}
	_, ok := currencyCodes[prefix[k:]]
	return ok
}

// boundWordBefore reports "minus" or "sub" glued by a hyphen before i: "minus-5", "sub-7%".
func boundWordBefore(text string, hyphen int) bool {
	k := hyphen
	for k > 0 && ascii.IsLetter(text[k-1]) {
		k--
	}
	return (k == 0 || !ascii.IsWordByte(text[k-1])) && ascii.EqualFoldAny(text[k:hyphen], "minus", "sub")
}

// alnumEnd returns the end of the run of letters and digits at i.
// tokenNumberEnd returns the end of the digits inside a token at i with the decimal points and
// group commas between them: "P57.45", "PM2.5", "N1,500".
func tokenNumberEnd(text string, i int) int {
	i = alnumEnd(text, i)
	for i+1 < len(text) && (text[i] == '.' || text[i] == ',') && ascii.IsDigit(text[i-1]) && ascii.IsDigit(text[i+1]) {
		i = alnumEnd(text, i+1)
	}
	return i
}

func alnumEnd(text string, i int) int {
	for i < len(text) && (ascii.IsLetter(text[i]) || ascii.IsDigit(text[i])) {
		i++
	}
	return i
}

// parseDigits reads a digit number at i: "1,234.5", "3.6", "1.2bn", "10k", "4%". It
// reports false with the index to resume at for tokens that are not quantities: dates,
// times, ordinals, decades, version and phone-like strings.
func parseDigits(text string, i int) (number, int, bool) {
	var n number
	end, ok := parseDigitsTo(&n, text, i)
	if !ok {
		return number{}, end, false
	}
	return n, end, true
}

// parseDigitsTo is parseDigits writing the number to n, which must be the zero number and
// is left as it was when it reports false: the scan loop parses every figure of a text, and
// a number is more than a hundred bytes to copy out of the call. A plain number, the most
// common, is written field by field over the zero value.
func parseDigitsTo(n *number, text string, i int) (int, bool) {
	start := i
	var mant uint64
	digits, decimals := 0, 0
	overflow := false
	addDigit := func(c byte) {
		if mant > (1<<63)/10 {
			overflow = true
			return
		}
		mant = mant*10 + uint64(c-'0')
		digits++
	}
	j := i
	group := 0
	for j < len(text) && ascii.IsDigit(text[j]) {
		addDigit(text[j])
		j++
		group++
	}
	separated := false
	// Every separator of digit groups follows a head of one to three digits and begins with a
	// byte of groupSeparatorLead: a number followed by a decimal point, a percent sign or other
	// punctuation ("1.2%", "5%,", "12)") is spared the four looks below at once.
	if group >= 1 && group <= 3 && j < len(text) && (groupSeparatorLead[text[j]] || !shortcuts) {
		// Thousands separators: groups of exactly three digits after a comma.
		for group >= 1 && group <= 3 && j+3 < len(text) && text[j] == ',' &&
			ascii.IsDigit(text[j+1]) && ascii.IsDigit(text[j+2]) && ascii.IsDigit(text[j+3]) &&
			(j+4 == len(text) || !ascii.IsDigit(text[j+4])) {
			addDigit(text[j+1])
			addDigit(text[j+2])
			addDigit(text[j+3])
			j += 4
			separated = true
		}
		if !separated && group >= 1 && group <= 3 && j < len(text) && (text[j] == '\'' || text[j] == 0xE2) {
			// Swiss apostrophes between groups of three digits: "124'000'000", "123’975’371".
			if k, ok := apostropheGroupsEnd(text, j); ok {
				for ; j < k; j++ {
					if ascii.IsDigit(text[j]) {
						addDigit(text[j])
					}
				}
				separated = true
			}
		}
		if !separated && group >= 1 && group <= 2 && j < len(text) && (text[j] == ',' || !shortcuts) {
			// Indian grouping: "12,34,567.89" (lakh and crore places). (The comma is tested
			// here as well as there: most numbers have none after them, and the call is spared.)
			if k, ok := indianGroupsEnd(text, j); ok {
				for ; j < k; j++ {
					if ascii.IsDigit(text[j]) {
						addDigit(text[j])
					}
				}
				separated = true
			}
		}
		if !separated && group >= 1 && group <= 3 && j < len(text) && (text[j] == ' ' || text[j] == 0xC2 || text[j] == 0xE2 || !shortcuts) {
			// A space, no-break space or narrow no-break space between groups of three digits:
			// "40 000", "1 414 021 100". A head of four digits is a year ("in 2004 10 firms").
			// (The first bytes of thousandsSpaces are tested here as in spaceGroupAt, which
			// most numbers are spared.)
			for {
				k, ok := spaceGroupAt(text, j)
				if !ok {
					break
				}
				addDigit(text[k])
				addDigit(text[k+1])
				addDigit(text[k+2])
				j = k + 3
				separated = true
			}
		}
	}
	// A decimal point, a decimal comma before a percentage or a scale ("7,3 %", "83,5
	// million"), or the raised point of older British print ("5·9%"). (The digit after a comma,
	// decimalCommaAt's first test, is tested here too: most commas after a number end a clause,
	// and are spared the call.)
	if j+1 < len(text) && (text[j] == '.' && ascii.IsDigit(text[j+1]) || text[j] == ',' && !separated && ascii.IsDigit(text[j+1]) && decimalCommaAt(text, start, j) ||
		text[j] == 0xC2 && !separated && group <= 3 && middleDotDecimal(text, j)) {
		if text[j] == 0xC2 {
			j++
		}
		j++
		for j < len(text) && ascii.IsDigit(text[j]) {
			addDigit(text[j])
			decimals++
			j++
		}
	}
	if overflow || digits > maxFigureDigits {
		return j, false
	}
	intDigits := digits - decimals
	if start < len(text) && text[start] == '.' {
		// ".25": the scanner handed us the dot.
		intDigits = 0
	}
	// What is glued to the number decides whether it is a quantity at all.
	if j < len(text) && numberGlue[text[j]] {
		c := text[j]
		if c == 'e' || c == 'E' || c == 'x' || c == '^' || c == 0xC3 {
			if e, end, ok := exponentAt(text, start, j, mant, decimals); ok {
				*n = e
				return end, true
			}
		}
		if c >= 0x80 && !separated {
			if frac, size, ok := vulgarFractionAt(text, j); ok && decimals == 0 {
				// "2½": a whole number with a fraction character glued on.
				n.start, n.end, n.value, n.step = start, j+size, float64(mant)+frac.value, frac.step
				return j + size, true
			}
		}
		switch {
		case c == '/' && decimals == 0 && !separated && j+1 < len(text) && ascii.IsDigit(text[j+1]):
			f, end, ok := simpleFraction(text, start, j, 1, mant)
			return fractionTo(n, f, end, ok)
		case c == 0xE2 && decimals == 0 && !separated && hasPrefix(text, j, "⁄") && digitAt(text, j+len("⁄")):
			f, end, ok := simpleFraction(text, start, j, len("⁄"), mant) // the fraction slash: "1⁄16"
			return fractionTo(n, f, end, ok)
		case c == '-' && decimals == 0 && !separated && intDigits <= 2 && j+3 < len(text) && ascii.IsDigit(text[j+1]):
			// "1-1/2": a whole number and a fraction, as wire copy writes one and a half.
			if slash := fractionSlash(text, j+1); slash > j+1 {
				if frac, end, ok := simpleFraction(text, j+1, slash, 1, digitsValue(text, j+1)); ok {
					n.start, n.end, n.value, n.step = start, end, float64(mant)+frac.value, frac.step
					return end, true
				}
			}
		case (c == ':' || c == '.') && j+1 < len(text) && ascii.IsDigit(text[j+1]):
			// Times (20:24), dates (5/17/2018, 06.03.2026), versions and addresses.
			return skipNumericChain(text, j), false
		case c == '-' && j+1 < len(text) && ascii.IsDigit(text[j+1]) && !separated && decimals == 0 &&
			intDigits == 4 && timex.IsDateNumber(text, start, j):
			// "2023-24", "2026-03-06": a fiscal year or a date.
			return skipNumericChain(text, j), false
		case ascii.IsLetter(c) || c == 0xC2 && j+1 < len(text) && (text[j+1] == 0xB0 || text[j+1] == 0xB5):
			// Letters, "°C" or "µg" glued to the digits.
			we := ascii.WordEnd(text, j)
			suffix := text[j:we]
			if we < len(text) && ascii.IsDigit(text[we]) {
				if u, ue, ok := lexUnitAt(text, j, true); ok {
					n.start, n.end, n.unit, n.unitEnd = start, j, u.name, ue
					n.value, n.step = scaledValue(mant, decimals, 0)
					return ue, true // "50m2", "10km2"
				}
				return alnumEnd(text, we), false // "1e10", "3x4", "4G2"
			}
			if suffix == "T" {
				// "$2.174T": a capital T is a trillion; "5t" is tonnes.
				n.start, n.end, n.scaled, n.exp = start, we, true, 12
				n.value, n.step = scaledValue(mant, decimals, 12)
				return we, true
			}
			if exp, ok := scaleSuffixTable.Lookup(suffix); ok {
				n.start, n.end, n.scaled, n.exp, n.mant, n.decimals, n.suffix = start, we, true, exp, mant, decimals, suffix
				n.value, n.step = scaledValue(mant, decimals, exp)
				return we, true
			}
			if isDecade(suffix, intDigits, mant) || isOrdinalSuffix(suffix) && (decimals > 0 || ordinalFits(suffix, mant)) ||
				ascii.EqualFoldAny(suffix, "am", "pm", "s") || isTimeZone(suffix) {
				return we, false
			}
			if u, ue, ok := lexUnitAt(text, j, true); ok {
				n.start, n.end, n.unit, n.unitEnd = start, j, u.name, ue
				n.value, n.step = scaledValue(mant, decimals, 0)
				return ue, true
			}
			if code, ok := gluedCurrencyCode(suffix); ok {
				n.start, n.end, n.unit, n.unitEnd = start, j, code, we
				n.value, n.step = scaledValue(mant, decimals, 0)
				return we, true
			}
			return we, false // "3D", "4x", "5G": a name, not an amount
		}
	}
	// A number with a percent sign after it is no date (TestPercentIsNoDate): whole
	// percentages ("5%", "between 1% and 2%") are spared the look for a month or a year.
	if !separated && decimals == 0 && (j == len(text) || text[j] != '%' || !shortcuts) && timex.IsDateNumber(text, start, j) {
		return j, false
	}
	n.start, n.end, n.exact, n.mant, n.decimals = start, j, true, mant, decimals
	n.value, n.step = scaledValue(mant, decimals, 0)
	return j, true
}

// maxFigureDigits is the most digits of a figure, leading zeros and decimals counted: the
// digits its mantissa (a uint64) holds, more than float64 tells apart (17). No figure of the
// news is longer; a longer run ("0.000…(a million zeros)…1%") is no figure, and read as one it
// made a quote, and a row, of its length.
const maxFigureDigits = 19

// numberGlue marks the bytes after a number's digits on which parseDigitsTo reads on: word
// bytes (a letter of an exponent, a scale, a unit or a suffix; a non-ASCII sign, fraction or
// "°C"), '^', '/', '-', ':' and '.'. After any other byte, a blank, '%' or ',' after most
// numbers, one look spares the tests of every form.
var numberGlue = func() (t [256]bool) {
	for c := range 256 {
		t[c] = ascii.IsWordByte(byte(c)) || strings.ContainsRune("^/-:.", rune(c))
	}
	return t
}()

// groupSeparatorLead marks the first bytes of the separators parseDigitsTo reads between
// groups of digits: the comma (thousands, Indian grouping), the apostrophe and U+2019 (Swiss),
// the space, the no-break space (0xC2) and the narrow no-break and thin spaces (0xE2).
var groupSeparatorLead = func() (t [256]bool) {
	for _, c := range []byte{',', '\'', ' ', 0xC2, 0xE2} {
		t[c] = true
	}
	return t
}()

// fractionTo writes a fraction simpleFraction read to n.
func fractionTo(n *number, f number, end int, ok bool) (int, bool) {
	if ok {
		*n = f
	}
	return end, ok
}

// decimalCommaAt reports a continental decimal comma at j in the number that begins at start:
// one or two digits after it, then a percent sign or word ("7,3 %", "12,75%", "6,9 per cent",
// "2,5 pct"), or a scale ("83,5 million", "1,45bn"); or exactly two after a currency sign, the
// cents of a price ("$1,08", "€4,66"). Thousands take three digits, so the two never meet, and
// a list of numbers ("in 1,2 and 3", "pages 10,11") stays a list.
func decimalCommaAt(text string, start, j int) bool {
	if j+1 >= len(text) || text[j] != ',' || !ascii.IsDigit(text[j+1]) {
		return false
	}
	k := j + 1
	for k < len(text) && ascii.IsDigit(text[k]) && k-j <= 3 {
		k++
	}
	if k-j-1 > 2 {
		return false
	}
	if we := ascii.WordEnd(text, k); we > k {
		_, ok := scaleSuffixTable.Lookup(text[k:we]) // "1,45bn"
		return ok
	}
	e := skipBlank(text, k)
	if e < len(text) && text[e] == '%' {
		return true
	}
	if k-j-1 == 2 && !(k+1 < len(text) && (text[k] == ',' || text[k] == '.') && ascii.IsDigit(text[k+1])) && start > 0 && (text[start-1] == '$' || endsWithCurrencySign(text[:start])) {
		return true
	}
	if e == k || e >= len(text) || !ascii.IsLetter(text[e]) {
		return false
	}
	we := ascii.WordEnd(text, e)
	word := text[e:we]
	if _, ok := scaleWordTable.Lookup(word); ok {
		return true
	}
	switch unitAfterWordTable.Get(word) {
	case unitWordPercent, unitWordPP:
		return true
	}
	return ascii.EqualFold(word, "pc") || ascii.EqualFold(word, "per") && we+5 <= len(text) &&
		(text[we] == ' ' || text[we] == '-') && ascii.EqualFold(text[we+1:we+5], "cent")
}

// middleDotDecimal reports the raised decimal point of older British print at j, between a
// head of digits and more digits ("5·9%", "£1·2bn"), and no further point after them: a chain
// ("020·7946·0000", "12·5·24") is a telephone number or a date.
func middleDotDecimal(text string, j int) bool {
	if !hasPrefix(text, j, "·") || !digitAt(text, j+2) {
		return false
	}
	k := j + 2
	for k < len(text) && ascii.IsDigit(text[k]) {
		k++
	}
	return !(hasPrefix(text, k, "·") || k+1 < len(text) && (text[k] == '.' || text[k] == ',') && ascii.IsDigit(text[k+1]))
}

// indianGroupsEnd reads the rest of an Indian-grouped number after a head of one or two
// digits at j: one or more ",dd" groups and a final ",ddd" ("12,34,567"); it returns the end.
func indianGroupsEnd(text string, j int) (int, bool) {
	pairs := 0
	// Seven pairs reach a hundred thousand crore; a longer chain is no number, and stopping
	// keeps a run of such chains from costing a scan of the rest at every digit.
	for pairs < 7 && j+3 < len(text) && text[j] == ',' && ascii.IsDigit(text[j+1]) && ascii.IsDigit(text[j+2]) && text[j+3] == ',' {
		j += 3
		pairs++
	}
	if pairs == 0 || j+4 > len(text) || text[j] != ',' || !ascii.IsDigit(text[j+1]) || !ascii.IsDigit(text[j+2]) || !ascii.IsDigit(text[j+3]) ||
		j+4 < len(text) && (ascii.IsDigit(text[j+4]) || text[j+4] == ',') {
		return 0, false
	}
	return j + 4, true
}

// apostropheGroupsEnd reads the Swiss thousands separators after a head of one to three digits
// at j: one or more groups of exactly three digits, each after the same apostrophe, ASCII or
// U+2019, and no digit after the last ("124'000'000", "1’250.50"); it returns the end. An
// apostrophe with no digits on both sides is a quote mark or an elision ("the '90s", "’08",
// "1980's") and is not read.
func apostropheGroupsEnd(text string, j int) (int, bool) {
	sep := "'"
	if text[j] != '\'' {
		if !hasPrefix(text, j, "’") {
			return 0, false
		}
		sep = "’"
	}
	end := j
	for hasPrefix(text, end, sep) {
		k := end + len(sep)
		if k+3 > len(text) || !ascii.IsDigit(text[k]) || !ascii.IsDigit(text[k+1]) || !ascii.IsDigit(text[k+2]) ||
			k+3 < len(text) && ascii.IsDigit(text[k+3]) {
			return 0, false
		}
		end = k + 3
	}
	return end, end > j
}

// thousandsSpaces are the blanks that separate groups of three digits in print.
var thousandsSpaces = []string{" ", "\u00a0", "\u202f", "\u2009"}

func isThousandsSpace(text string, i int) bool {
	for _, sp := range thousandsSpaces {
		if hasPrefix(text, i, sp) {
			return true
		}
	}
	return false
}

// spaceGroupAt reads a blank and a group of exactly three digits at j ("40 000") and
// returns the index of the group's first digit. The group must end the number: "10 0000"
// and "10 000.5.6" are not read, nor a group that begins another number's decimals.
func spaceGroupAt(text string, j int) (int, bool) {
	if j >= len(text) || text[j] != ' ' && text[j] != 0xC2 && text[j] != 0xE2 {
		return 0, false // the first bytes of thousandsSpaces: after most numbers, none
	}
	for _, sp := range thousandsSpaces {
		if !hasPrefix(text, j, sp) {
			continue
		}
		k := j + len(sp)
		if k+3 > len(text) || !ascii.IsDigit(text[k]) || !ascii.IsDigit(text[k+1]) || !ascii.IsDigit(text[k+2]) {
			return 0, false
		}
		if e := k + 3; e < len(text) && (ascii.IsWordByte(text[e]) && !isThousandsSpace(text, e) || text[e] == ',' && e+1 < len(text) && ascii.IsDigit(text[e+1]) ||
			text[e] == '.' && e+1 < len(text) && ascii.IsDigit(text[e+1]) && e+2 < len(text) && text[e+2] == '.') {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// exponentAt reads scientific notation after the mantissa at j: "1.3e6", "12.32e+14",
// "-12e-1", "1.3x10^6", "6.23x10^-4", and powers "1.1^23", "2.5^-1". It is tried only when
// the byte after the digits is e, x or ^, so ordinary numbers pay nothing.
func exponentAt(text string, start, j int, mant uint64, decimals int) (number, int, bool) {
	k := j
	power := false
	switch {
	case text[k] == 'e' || text[k] == 'E':
		k++
	case hasPrefix(text, k, "x10^"):
		k += len("x10^")
	case hasPrefix(text, k, "×10^"):
		k += len("×10^")
	case hasPrefix(text, k, "×10") || hasPrefix(text, k, "x10"):
		// "3.2×10−5", "2×10⁵": the power follows with a sign or in superscript.
		if text[k] == 'x' {
			k += len("x10")
		} else {
			k += len("×10")
		}
		if !signAt(text, k) && superscriptDigit(text, k) < 0 {
			return number{}, 0, false
		}
	case text[k] == '^':
		k++
		power = true
	default:
		return number{}, 0, false
	}
	negative := false
	for steps := 0; steps < 3 && signAt(text, k); steps++ {
		negative = negative != (text[k] != '+')
		k += signWidth(text, k)
	}
	exp := 0
	de := k
	for de-k < 9 {
		if de < len(text) && ascii.IsDigit(text[de]) {
			exp = exp*10 + int(text[de]-'0')
			de++
			continue
		}
		if d := superscriptDigit(text, de); d >= 0 {
			exp = exp*10 + d
			de += len(superscripts[d])
			continue
		}
		break
	}
	if de == k || exp > 999 || de < len(text) && ascii.IsWordByte(text[de]) && superscriptDigit(text, de) < 0 {
		return number{}, 0, false
	}
	if negative {
		exp = -exp
	}
	m, mstep := scaledValue(mant, decimals, 0)
	n := number{start: start, end: de}
	if power {
		n.value = math.Pow(m, float64(exp))
		n.step = math.Abs(float64(exp)*math.Pow(m, float64(exp-1))) * mstep
	} else {
		n.value = m * math.Pow(10, float64(exp))
		n.step = mstep * math.Pow(10, float64(exp))
		if exp < 0 && -exp < len(pow10) {
			n.value, n.step = m/pow10[-exp], mstep/pow10[-exp] // correctly rounded
		}
	}
	if math.IsInf(n.value, 0) || math.IsNaN(n.value) || n.value == 0 && m != 0 {
		return number{}, 0, false
	}
	return n, de, true
}

// superscripts are the superscript digits of "10⁻⁵".
var superscripts = [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

func superscriptDigit(text string, i int) int {
	if i >= len(text) || text[i] != 0xC2 && text[i] != 0xE2 {
		return -1
	}
	for d, sup := range superscripts {
		if hasPrefix(text, i, sup) {
			return d
		}
	}
	return -1
}

// signAt reports a plus or minus sign of an exponent at i: "+", "-", "−" or "⁻".
func signAt(text string, i int) bool { return signWidth(text, i) > 0 }

func signWidth(text string, i int) int {
	switch {
	case i >= len(text):
		return 0
	case text[i] == '+' || text[i] == '-':
		return 1
	case hasPrefix(text, i, "−"):
		return len("−")
	case hasPrefix(text, i, "⁻"):
		return len("⁻")
	}
	return 0
}

// vulgarFraction is a fraction character such as "½".
type vulgarFraction struct {
	char  string
	value float64
	step  float64
}

// vulgarFractions hold the Unicode fraction characters; a stated fraction is exact, so its
// step is that of its denominator read as a whole number.
var vulgarFractions = func() []vulgarFraction {
	fs := []struct {
		char     string
		num, den float64
	}{
		{"½", 1, 2}, {"⅓", 1, 3}, {"⅔", 2, 3}, {"¼", 1, 4}, {"¾", 3, 4}, {"⅕", 1, 5}, {"⅖", 2, 5},
		{"⅗", 3, 5}, {"⅘", 4, 5}, {"⅙", 1, 6}, {"⅚", 5, 6}, {"⅐", 1, 7}, {"⅛", 1, 8}, {"⅜", 3, 8},
		{"⅝", 5, 8}, {"⅞", 7, 8}, {"⅑", 1, 9}, {"⅒", 1, 10},
	}
	out := make([]vulgarFraction, len(fs))
	for i, f := range fs {
		out[i] = vulgarFraction{f.char, f.num / f.den, f.num * (1/(f.den-0.5) - 1/(f.den+0.5))}
	}
	return out
}()

// vulgarFractionAt reads a fraction character at i and returns it with its size in bytes.
func vulgarFractionAt(text string, i int) (vulgarFraction, int, bool) {
	if c := text[i]; c != 0xC2 && c != 0xE2 {
		return vulgarFraction{}, 0, false
	}
	// The second byte of every fraction character is BC-BE ("¼", "½", "¾") or 85 (U+2150 to
	// U+215E): the quotes and dashes of news (E2 80 ..), which the scan asks about, are turned
	// away by it before the characters are compared one by one.
	if i+1 >= len(text) || text[i+1] != 0x85 && (text[i+1] < 0xBC || text[i+1] > 0xBE) {
		return vulgarFraction{}, 0, false
	}
	for _, f := range vulgarFractions {
		if hasPrefix(text, i, f.char) {
			return f, len(f.char), true
		}
	}
	return vulgarFraction{}, 0, false
}

// simpleFraction reads "3/4" or "1⁄16" (numerator below a small denominator; the slash is
// width bytes); other slashed digits are dates, scores or codes and are skipped whole.
func simpleFraction(text string, start, slash, width int, num uint64) (number, int, bool) {
	de := slash + width
	for de < len(text) && ascii.IsDigit(text[de]) {
		de++
	}
	den := uint64(0)
	for k := slash + width; k < de && k-slash-width < 3; k++ {
		den = den*10 + uint64(text[k]-'0')
	}
	if de-slash-width > 2 || !fractionDenominator(den) || num >= den || num == 0 ||
		de < len(text) && (text[de] == '/' || text[de] == '.' && de+1 < len(text) && ascii.IsDigit(text[de+1]) || ascii.IsWordByte(text[de])) {
		return number{}, skipNumericChain(text, slash), false
	}
	d := float64(den)
	n := number{start: start, end: de, value: float64(num) / d}
	n.step = float64(num) * (1/(d-0.5) - 1/(d+0.5))
	// A whole number before it: "2 1/4".
	if ws := skipBlankBack(text, start); ws < start && ws > 0 && ascii.IsDigit(text[ws-1]) {
		n.mixedWith = ws
	}
	return n, de, true
}

// fractionDenominator reports the denominators news writes with a slash: halves to sixths,
// eighths, tenths, sixteenths. "9/11", "3/12" and "7/9" are dates and names far more often.
func fractionDenominator(den uint64) bool {
	switch den {
	case 2, 3, 4, 5, 6, 8, 10, 16:
		return true
	}
	return false
}

// fractionSlash returns the slash of a fraction whose numerator starts at i ("1/2"), or -1.
func fractionSlash(text string, i int) int {
	j := i
	for j < len(text) && ascii.IsDigit(text[j]) {
		j++
	}
	if j == i || j-i > 2 || j >= len(text) || text[j] != '/' {
		return -1
	}
	return j
}

// digitsValue reads the whole number of the digits at i.
func digitsValue(text string, i int) uint64 {
	var v uint64
	for ; i < len(text) && ascii.IsDigit(text[i]) && v < 1<<40; i++ {
		v = v*10 + uint64(text[i]-'0')
	}
	return v
}

// gluedCurrencyCode reads an ISO code written against the digits ("100usd", "5GBP").
func gluedCurrencyCode(suffix string) (string, bool) {
	if code, ok := currencyCodes[suffix]; ok && len(suffix) == 3 {
		return code, true
	}
	code, ok := lowerCurrencyCodes[suffix]
	return code, ok
}

// skipNumericChain skips a run of digits joined by the punctuation of dates, times and
// addresses ("5/17/2018", "192.168.1.2", "+1-222-2222").
func skipNumericChain(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if ascii.IsDigit(c) || (c == ':' || c == '/' || c == '.' || c == '-') && j+1 < len(text) && ascii.IsDigit(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

func isDecade(suffix string, intDigits int, mant uint64) bool {
	return (suffix == "s" || suffix == "S") && (intDigits == 4 || intDigits == 2 && mant%10 == 0)
}

// ordinalFits reports an ordinal suffix that agrees with the number ("1st", "22nd", "13th"):
// "5st" is five stone, not an ordinal.
func ordinalFits(suffix string, mant uint64) bool {
	switch last, tens := mant%10, mant%100/10; {
	case tens == 1:
		return ascii.EqualFold(suffix, "th")
	case last == 1:
		return ascii.EqualFold(suffix, "st")
	case last == 2:
		return ascii.EqualFold(suffix, "nd")
	case last == 3:
		return ascii.EqualFold(suffix, "rd")
	}
	return ascii.EqualFold(suffix, "th")
}

func isOrdinalSuffix(s string) bool {
	return ascii.EqualFoldAny(s, "st", "nd", "rd", "th")
}

// pow10 holds the exact powers of ten a float64 can represent.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// scaledValue returns mant×10^(exp-decimals) and the place value of its last digit, using
// one correctly rounded operation so that "1.2bn" is exactly 1200000000.
func scaledValue(mant uint64, decimals, exp int) (value, step float64) {
	e := exp - decimals
	m := float64(mant)
	switch {
	case e >= 0 && e < len(pow10):
		return m * pow10[e], pow10[e]
	case e < 0 && -e < len(pow10):
		return m / pow10[-e], 1 / pow10[-e]
	}
	return 0, 0
}

// wordsAt parses a number written in words at the word of letters text[i:e], which starts a
// token (as numberWordAt asks). It reports false when the word does not start a quantity.
func (s *scanner) wordsAt(i, e int) (int, bool) {
	if i > 1 && s.text[i-1] == '-' && ascii.IsLetter(s.text[i-2]) {
		// A number word that ends a compound of other words: "fly-half", "mum-of-three".
		k := i - 1
		for k > 0 && ascii.IsLetter(s.text[k-1]) {
			k--
		}
		if _, isNum := numberWordTable.Lookup(s.text[k : i-1]); !isNum {
			return e, true
		}
	}
	// Vague counts end in "s" ("dozens"), multiplicatives in "d" ("sixfold").
	if s.text[e-1]|0x20 == 's' || s.text[e-1]|0x20 == 'd' {
		if end, ok := s.vagueAt(i, e); ok {
			return end, true
		}
	}
	// numberWordAt(s.text, i), from the word the loop has read
	if e-i > maxNumberWordLen {
		return 0, false
	}
	form := numberWordTable.Ref(s.text[i:e])
	if form == nil {
		return 0, false
	}
	var n number
	if !s.parseWordsTo(&n, wordToken{span{i, e}, form}) {
		return 0, false
	}
	if end, skip := s.notAmount(&n); skip {
		return end, true
	}
	q := s.room(i)
	end, ok := s.phrase(&n, true, q)
	if ok {
		s.emit(q)
	}
	return end, true
}
