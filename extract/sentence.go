package extract

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

// sentenceBounds returns the sentence of text that holds the byte at pos, as [start, end).
// It searches outward from pos, so its cost depends on the sentence, not the article.
// A sentence ends at a line break, or at '.', '!' or '?' followed by space and a word that
// starts in upper case, a digit or a quote — unless the stop closes an abbreviation ("Mr.",
// "U.S.", "Jan."). Decimals never end a sentence because the stop is not followed by space.
func (lex *Lexicon) sentenceBounds(text string, pos int) (int, int) {
	// Most sentences end within a block's length either way; a longer one is cut where the
	// blocks of the text are cut, so that no work on a sentence grows with the text.
	start, end, cut := lex.boundsWithin(text, pos, max(0, pos-sentenceBlock), min(len(text), pos+sentenceBlock))
	if !cut {
		return start, end
	}
	lo, hi := lex.blockAround(text, pos)
	start, end, _ = lex.boundsWithin(text, pos, lo, hi)
	return start, end
}

// sentenceBlock is the length past which a sentence is cut in blocks. Text with no full stop
// (a table flattened into one line, a list of figures) can make one "sentence" of a whole file;
// every figure in it would then be read against all of it.
const sentenceBlock = 2048

// blockAround returns the block of text holding pos. Blocks are cut near every multiple of
// sentenceBlock: at the first sentence end within half a block after it, else at the first space
// after it; so that they are the same whichever position asks.
func (lex *Lexicon) blockAround(text string, pos int) (int, int) {
	k := pos / sentenceBlock
	lo := lex.blockStart(text, k)
	if lo > pos {
		return lex.blockStart(text, k-1), lo
	}
	return lo, lex.blockStart(text, k+1)
}

// blockStart returns where block k begins.
func (lex *Lexicon) blockStart(text string, k int) int {
	p, limit, ok := blockSearch(len(text), k)
	if !ok {
		return p
	}
	for i := p; i < limit; i++ {
		c := text[i]
		if ascii.IsStop(c) && (c == '\n' && !lineContinues(text, i) || c != '\n' && lex.endsSentence(text, i)) {
			return i + 1
		}
	}
	return blockCutWithoutStop(text, p, limit)
}

// blockSearch returns the stretch [p, limit) of a text of n bytes where block k's start is
// looked for; ok is false when block k needs no search, and p is then its start (the text's
// start or end).
func blockSearch(n, k int) (p, limit int, ok bool) {
	if k <= 0 {
		return 0, 0, false
	}
	p = k * sentenceBlock
	if p >= n {
		return n, 0, false
	}
	return p, min(n, p+sentenceBlock/2), true
}

// blockCutWithoutStop is where block p of text starts when no sentence ends in [p, limit):
// after the first space there, else at the first rune from p.
func blockCutWithoutStop(text string, p, limit int) int {
	for i := p; i < limit; i++ {
		if isSpaceByte(text[i]) {
			return i + 1
		}
	}
	for p < len(text) && !utf8.RuneStart(text[p]) {
		p++
	}
	return p
}

// boundsWithin finds the sentence around pos, looking no further than [lo, hi); cut reports
// that it reached either limit before the sentence's end, inside the text.
func (lex *Lexicon) boundsWithin(text string, pos, lo, hi int) (start, end int, cut bool) {
	start = pos
	opened := lo == 0 // the text's start opens a sentence
	for start > lo {
		j := ascii.LastStop(text, lo, start)
		if j < lo {
			start = lo
			break
		}
		if c := text[j]; c == '\n' && !lineContinues(text, j) || c != '\n' && lex.endsSentence(text, j) {
			start = j + 1
			opened = true
			break
		}
		start = j
	}
	end = pos
	closed := hi == len(text)
	for end < hi {
		j := ascii.NextStop(text, end, hi)
		if j >= hi {
			end = hi
			break
		}
		if text[j] == '\n' && !lineContinues(text, j) {
			end = j
			closed = true
			break
		}
		end = j + 1
		if text[j] != '\n' && lex.endsSentence(text, j) {
			closed = true
			break
		}
	}
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	start = pastPostLabel(text, pastFootnoteMark(text, start, pos), pos)
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end, !opened || !closed
}

// lineContinues reports whether the sentence goes on past the line break at text[nl]: wire
// copy is wrapped at a fixed width and HTML breaks lines with <br>, so a line that stops short
// of its sentence's end is joined to the next — when the next starts in lower case or with a
// figure, or this one ends with a comma or a word that cannot end a sentence ("the", "of"), or
// it is a long line of prose with no stop at its end. A blank line, a line in capitals (a
// headline) or a line that ends with a stop or a colon ends the sentence.
func lineContinues(text string, nl int) bool {
	next := nl + 1
	if next >= len(text) || text[next] == '\n' || text[next] == '\r' {
		return false
	}
	lineStart := nl
	for lineStart > 0 && text[lineStart-1] != '\n' {
		lineStart--
	}
	line := text[lineStart:nl]
	for len(line) > 0 && isSpaceByte(line[len(line)-1]) {
		line = line[:len(line)-1]
	}
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', '"', ')':
		return false
	case ',', '-', ';':
		return true
	}
	if isCapsLine(line) {
		return false
	}
	nextEnd := strings.IndexByte(text[next:], '\n')
	if nextEnd < 0 {
		nextEnd = len(text)
	} else {
		nextEnd += next
	}
	if isCapsLine(text[next:nextEnd]) {
		return false
	}
	first := text[next]
	if first == ' ' || first == '\t' {
		return false // an indented line starts a paragraph
	}
	lastWord := line[strings.LastIndexByte(line, ' ')+1:]
	if _, ok := continuingWords[strings.ToLower(lastWord)]; ok {
		return true
	}
	if first >= '0' && first <= '9' || first == '(' {
		at := next
		if first == '(' {
			at++
		}
		if _, ok := quantity.PostLabel(text, at); ok {
			return false // "UK economy, a thread\n1/5 GDP grew ...": a post or an item opens
		}
	}
	if first >= '0' && first <= '9' && clockStampAt(text, next) {
		// "08:05 Kenya's economy grew 4.6% in 2025\n08:17 Egypt: inflation 14.1%, down from
		// 28.3%": a feed's or a live blog's entries, each opened by its time, are sentences
		// of their own even with no stop, or a figure takes an entry before it's country
		return false
	}
	if first >= '0' && first <= '9' && yearLabelLine(text[next:]) && yearLabelLine(line) {
		// "2022 GDP -1.2%, CPI (Dec/Dec) 11.9%\n2023 GDP 3.6%, CPI 7.4%": the rows of a table
		// set as lines, each a year and its labelled figures, which joined gave each line's
		// last figure the next line's year and label (blind round 256: Russia's inflation
		// judged as its growth)
		return false
	}
	if (first >= '0' && first <= '9' || first == '-' || first == '+') && timex.ItemBreak(text, nl) {
		// "2009 - Germany's GDP falls 5.5%\n2010 - German GDP grows 4.1%", "2.8% - US GDP
		// growth\n4.0% - average unemployment": each line of a timeline or a fact box is an
		// item of its own, which took the next line's year or measure when joined to it
		return false
	}
	if first >= 'a' && first <= 'z' || first >= '0' && first <= '9' || first == '%' || first == '$' {
		return true
	}
	return len(line) >= wrappedLine
}

// yearLabelLine reports a line that opens with a year, a space and a capitalised word:
// "2023 GDP 3.6%, CPI 7.4%", "2024 Inflation 2.9%".
func yearLabelLine(line string) bool {
	return len(line) > 6 && ascii.IsDigit(line[0]) && ascii.IsDigit(line[1]) && ascii.IsDigit(line[2]) && ascii.IsDigit(line[3]) &&
		line[4] == ' ' && line[5] >= 'A' && line[5] <= 'Z'
}

// wrappedLine is the length from which a line with no stop at its end is taken for prose
// wrapped at a fixed width.
const wrappedLine = timex.WrappedLine

// continuingWords are words a sentence cannot end with.
var continuingWords = map[string]struct{}{
	"the": {}, "a": {}, "an": {}, "of": {}, "in": {}, "on": {}, "at": {}, "to": {}, "by": {},
	"for": {}, "from": {}, "with": {}, "and": {}, "or": {}, "but": {}, "than": {}, "its": {},
	"their": {}, "his": {}, "her": {}, "said": {}, "was": {}, "were": {}, "is": {}, "are": {},
	"will": {}, "would": {}, "that": {}, "which": {}, "per": {}, "pct": {}, "about": {},
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// endsSentence reports whether the stop at text[i] ends a sentence: a line break when the
// sentence does not go on past it (lineContinues).
func (lex *Lexicon) endsSentence(text string, i int) bool {
	if text[i] == '\n' {
		return !lineContinues(text, i)
	}
	j := i + 1
	if j < len(text) && text[j] != ' ' && text[j] != '\n' {
		if asciiWordByte[text[j]] {
			return false // closedAfterStop's answer, without the call: the stop of "3.6", "U.S"
		}
		if j = closedAfterStop(text, j); j < 0 {
			return false
		}
	}
	if text[i] != '.' {
		return true
	}
	// The word before the stop: an abbreviation or a single capital letter does not end it.
	// Most words are found in the eight bytes before the stop, with no call.
	k := 0
	if i >= 8 {
		if m := wordBreakBytes(ascii.Load8(text, i-8)); m != 0 {
			k = i - 8 + (63-bits.LeadingZeros64(m))/8 + 1
		} else {
			k = wordBeforeStop(text, i-8)
		}
	} else {
		k = wordBeforeStop(text, i)
	}
	word := text[k:i]
	if lex.abbrevShapes.mayHold(word) && lex.abbreviations[word] {
		return lex.nextStartsSentenceAfterAbbrev(text, j)
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false
	}
	if len(word) > 2 && word[len(word)-2] == '.' && unicode.IsUpper(rune(word[len(word)-1])) {
		// "U.S", "D.C": a dotted abbreviation
		return lex.nextStartsSentenceAfterAbbrev(text, j)
	}
	return true
}

// closedAfterStop is where the sentence of a stop goes on after text[j], the byte after the
// stop, when that is not a space or a line break (one stop in six): past the closing quotes
// and brackets there, which belong to the sentence they close; or -1 when what follows them
// is not a space, a line break, the text's end or a closing curly quote, and the stop ends no
// sentence.
func closedAfterStop(text string, j int) int {
	for j < len(text) {
		if c := text[j]; c == '"' || c == '\'' || c == ')' {
			j++
		} else if m := footnoteMarkEnd(text, j); m > j {
			j = m // "... in 2025.² Inflation", "the EU.[3] Growth": a note's mark closes it too
		} else {
			break
		}
	}
	if j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
		if r, _ := utf8.DecodeRuneInString(text[j:]); r != '”' && r != '’' {
			return -1
		}
	}
	return j
}

// wordBeforeStop returns where the word that ends at text[i] starts: after the last space,
// line break, opening bracket or double quote before i, or at 0. Eight bytes are read at a
// time, most words at once: every stop with a space after it asks for its word.
func wordBeforeStop(text string, i int) int {
	k := i
	for ; k >= 8; k -= 8 {
		if m := wordBreakBytes(ascii.Load8(text, k-8)); m != 0 {
			return k - 8 + (63-bits.LeadingZeros64(m))/8 + 1
		}
	}
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '(' && text[k-1] != '"' {
		k--
	}
	return k
}

// wordBreakBytes has the high bit set in exactly the bytes of w that end the word before a
// stop: a space, a line break, an opening bracket or a double quote. A byte's high bit in
// nonZero(w ^ c) is set when the byte is not c, with no carry from one byte into the next.
func wordBreakBytes(w uint64) uint64 {
	const lows, sevens = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	nonZero := func(x uint64) uint64 { return (x&sevens + sevens) | x }
	return ^(nonZero(w^' '*lows) & nonZero(w^'\n'*lows) & nonZero(w^'('*lows) & nonZero(w^'"'*lows)) &^ sevens
}

// nextStartsSentenceAfterAbbrev decides the rare case of an abbreviation at the end of a
// sentence ("... in the U.S. The Fed ..."): only a new paragraph ends it, which keeps "U.S.
// President" and "Mr. Smith" together at the cost of merging a few sentences.
func (lex *Lexicon) nextStartsSentenceAfterAbbrev(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j >= len(text) || text[j] == '\n'
}

// clockStampAt reports a time of day at i that opens an entry: one or two digits, a colon and
// two more ("08:17", "9:05"), then a space and a capital or a dash ("08:17 Egypt: ...",
// "12:05 — Unemployment"). Prose wrapped before a time ("due at\n10:30 on Friday") goes on
// with a word in lower case.
func clockStampAt(text string, i int) bool {
	j := i
	for j < len(text) && j < i+2 && ascii.IsDigit(text[j]) {
		j++
	}
	if j == i || j+3 > len(text) || text[j] != ':' || !ascii.IsDigit(text[j+1]) || !ascii.IsDigit(text[j+2]) {
		return false
	}
	hour := 0
	for _, c := range text[i:j] {
		hour = hour*10 + int(c-'0')
	}
	if hour > 23 || text[j+1] > '5' {
		return false
	}
	j += 3
	if j >= len(text) || text[j] != ' ' && text[j] != '\t' {
		return false
	}
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return false
	}
	if c := text[j]; c >= 'A' && c <= 'Z' || c == '-' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r == '–' || r == '—'
}

// maxSentenceBytes bounds the sentence a claim carries. Text with no full stops can make a
// "sentence" of a whole article, and a row per figure each repeating it grows the report with
// claims × length; past the bound a claim carries the words around its quote.
const maxSentenceBytes = 600

// excerpt returns text[from:to], the sentence of the quote text[qStart:qEnd], or when the
// sentence is longer than maxSentenceBytes, a stretch of it around the quote, marked with "…"
// where it was cut; and where the quote starts in it. The stretches of a long sentence lie on
// a grid, maxSentenceBytes long and half as far apart, and the quote is taken in the one where
// it sits in the middle half: the figures of one stretch (a run-on list holds dozens) share one
// excerpt, remembered in last, instead of each carrying a copy of its own that differs by a few
// words. A quote the grid cannot hold with whole words around it gets the words around it
// instead.
func excerpt(text string, from, to, qStart, qEnd int, last *excerptCache) (string, int) {
	from, to = min(from, qStart), max(to, qEnd) // a quote runs past its sentence's cut
	if to-from <= maxSentenceBytes {
		return text[from:to], qStart - from
	}
	const step = maxSentenceBytes / 2
	lo := from + max(0, (qStart-from-step/2)/step)*step
	hi := min(lo+maxSentenceBytes, to)
	lo = max(from, hi-maxSentenceBytes)
	if last != nil && last.excerpt != "" && last.lo == lo && last.hi == hi {
		return last.excerpt, qStart - last.begin
	}
	cutLo, cutHi := lo, hi
	// cut at spaces, so that no word or character is split, within a quarter of the stretch
	if lo > from {
		i := strings.IndexByte(text[lo:lo+step/2], ' ')
		cutLo = lo + i + 1
		if i < 0 {
			cutLo = -1
		}
	}
	if hi < to {
		cutHi = hi - step/2 + strings.LastIndexByte(text[hi-step/2:hi], ' ')
		if cutHi < hi-step/2 {
			cutHi = -1
		}
	}
	if cutLo < 0 || cutHi < 0 || qStart < cutLo || qEnd > cutHi {
		return excerptAround(text, from, to, qStart, qEnd)
	}
	out, begin := cutText(text, from, to, cutLo, cutHi)
	if last != nil {
		*last = excerptCache{lo: lo, hi: hi, excerpt: out, begin: begin}
	}
	return out, qStart - begin
}

// excerptCache is the last excerpt of a long sentence made in an article, by the stretch of
// its text it was cut from; begin is the offset in the text that its first byte stands for.
type excerptCache struct {
	lo, hi, begin int
	excerpt       string
}

// excerptAround is the excerpt of a quote off the grid: the words around it, as many on
// each side.
func excerptAround(text string, from, to, qStart, qEnd int) (string, int) {
	context := max(0, (maxSentenceBytes-(qEnd-qStart))/2)
	lo, hi := max(from, qStart-context), min(to, qEnd+context)
	// cut at spaces, so that no word or character is split
	if lo > from {
		if i := strings.IndexByte(text[lo:qStart], ' '); i >= 0 {
			lo += i + 1
		} else {
			lo = qStart
		}
	}
	if hi < to {
		if i := strings.LastIndexByte(text[qEnd:hi], ' '); i >= 0 {
			hi = qEnd + i
		} else {
			hi = qEnd
		}
	}
	out, begin := cutText(text, from, to, lo, hi)
	return out, qStart - begin
}

// cutText is text[lo:hi] of the sentence text[from:to], with "…" where it was cut, and the
// offset in the text that its first byte stands for (before lo by the mark's length).
func cutText(text string, from, to, lo, hi int) (string, int) {
	before, after := "", ""
	if lo > from {
		before = "…"
	}
	if hi < to {
		after = "…"
	}
	return before + text[lo:hi] + after, lo - len(before) // one allocation
}

// sentenceEnds finds the sentences of one text as sentenceBounds does, keeping where they
// end in the stretch of text it read last. Every figure's sentence, the sentence before it and
// each "within a sentence of" test look for the stops around a position; in a text with no full
// stop ("GDP grew 1.2% in 1980, inflation ...") that is a search of a block's length either
// way, through a decimal point every few words, made several times over for each block. A
// search that starts past the stretch starts a stretch of its own: the figures of most texts
// are a few sentences apart, and what lies between them is not asked about.
type sentenceEnds struct {
	lex  *Lexicon
	text string
	// ends are the stops of text[from:read] that end a sentence (endsAt), in order.
	ends       []int
	from, read int
}

// endsAt reports whether the stop text[j] ends a sentence: what sentenceBounds asks of each
// stop it meets, a question of the text around j alone.
func (x *sentenceEnds) endsAt(j int) bool {
	return x.lex.endsSentence(x.text, j)
}

// lastIn returns the last sentence end in [lo, hi), or lo-1 when there is none.
func (x *sentenceEnds) lastIn(lo, hi int) int {
	if hi > x.read {
		// The stops past the stretch read, the last first; when it reaches lo, those in it are
		// known: the figures of neighbouring sentences ask for the end of the one before, found
		// already.
		known := lo
		if lo <= x.read {
			known = x.read
		}
		for h := hi; h > known; {
			j := ascii.LastStop(x.text, lo, h)
			if j < known {
				break
			}
			if x.endsAt(j) {
				// a stretch of its own, from the end found
				x.from, x.read, x.ends = j, hi, append(x.ends[:0], j)
				return j
			}
			h = j
		}
		if known > lo {
			x.read = hi // no sentence ends past the stretch: it goes on to hi
			return x.lastIn(lo, hi)
		}
		x.from, x.read, x.ends = lo, hi, x.ends[:0]
		return lo - 1
	}
	if hi <= x.from {
		return x.searchBack(lo, hi)
	}
	n := len(x.ends)
	if n > 0 && x.ends[n-1] >= hi {
		n = sort.SearchInts(x.ends, hi)
	}
	if n > 0 {
		if j := x.ends[n-1]; j >= lo {
			return j
		}
		return lo - 1
	}
	if lo >= x.from {
		return lo - 1
	}
	return x.searchBack(lo, x.from)
}

// firstIn returns the first sentence end in [lo, hi), or hi when there is none. The stretch is
// read only as far as that end.
func (x *sentenceEnds) firstIn(lo, hi int) int {
	if lo < x.from {
		to := min(hi, x.from)
		if j := x.search(lo, to); j < to || to == hi {
			return j
		}
		lo = x.from
	}
	if lo < x.read {
		if k := sort.SearchInts(x.ends, lo); k < len(x.ends) {
			return min(x.ends[k], hi)
		}
	} else if lo > x.read {
		x.from, x.read, x.ends = lo, lo, x.ends[:0]
	}
	for x.read < hi {
		j := ascii.NextStop(x.text, x.read, hi)
		if j >= hi {
			x.read = hi
			break
		}
		x.read = j + 1
		if x.endsAt(j) {
			x.ends = append(x.ends, j)
			if j >= lo {
				return j
			}
		}
	}
	return hi
}

// search returns the first sentence end in [lo, hi) outside the stretch read, or hi.
func (x *sentenceEnds) search(lo, hi int) int {
	for lo < hi {
		j := ascii.NextStop(x.text, lo, hi)
		if j >= hi || x.endsAt(j) {
			return j
		}
		lo = j + 1
	}
	return hi
}

// searchBack returns the last sentence end in [lo, hi) outside the stretch read, or lo-1.
func (x *sentenceEnds) searchBack(lo, hi int) int {
	for hi > lo {
		j := ascii.LastStop(x.text, lo, hi)
		if j < lo || x.endsAt(j) {
			return j
		}
		hi = j
	}
	return lo - 1
}

// bounds is sentenceBounds(text, pos).
func (x *sentenceEnds) bounds(pos int) (int, int) {
	start, end, cut := x.within(pos, max(0, pos-sentenceBlock), min(len(x.text), pos+sentenceBlock))
	if !cut {
		return start, end
	}
	k := pos / sentenceBlock
	lo, hi := x.blockStart(k), 0
	if lo > pos {
		lo, hi = x.blockStart(k-1), lo
	} else {
		hi = x.blockStart(k + 1)
	}
	start, end, _ = x.within(pos, lo, hi)
	return start, end
}

// within is boundsWithin(text, pos, lo, hi).
func (x *sentenceEnds) within(pos, lo, hi int) (start, end int, cut bool) {
	text := x.text
	start, opened := pos, lo == 0
	if pos > lo {
		start = lo
		if j := x.lastIn(lo, pos); j >= lo {
			start, opened = j+1, true
		}
	}
	end, closed := pos, hi == len(text)
	if pos < hi {
		end = hi
		if j := x.firstIn(pos, hi); j < hi {
			end, closed = j+1, true
			if text[j] == '\n' {
				end = j
			}
		}
	}
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	start = pastPostLabel(text, pastFootnoteMark(text, start, pos), pos)
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end, !opened || !closed
}

// blockStart is Lexicon.blockStart(text, k).
func (x *sentenceEnds) blockStart(k int) int {
	text := x.text
	p, limit, ok := blockSearch(len(text), k)
	if !ok {
		return p
	}
	if j := x.firstIn(p, limit); j < limit {
		return j + 1
	}
	return blockCutWithoutStop(text, p, limit)
}

// footnoteMarkEnd returns the end of a footnote's mark at text[j] after a sentence's stop:
// superscript digits ("²", "¹²") or a number in square brackets ("[3]", "[^3]"); j when there
// is none. Reports and papers put them after the stop, and they are no word of either sentence.
func footnoteMarkEnd(text string, j int) int {
	if j >= len(text) {
		return j
	}
	if text[j] == '[' {
		k := j + 1
		if k < len(text) && text[k] == '^' {
			k++
		}
		d := k
		for k < len(text) && k-d < 3 && ascii.IsDigit(text[k]) {
			k++
		}
		if k > d && k < len(text) && text[k] == ']' {
			return k + 1
		}
		return j
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if r != '¹' && r != '²' && r != '³' && (r < '⁰' || r > '⁹' || r == 0x2072 || r == 0x2073) {
			break
		}
		k += size
	}
	return k
}

// pastFootnoteMark returns where a sentence that starts at start begins past the mark of a
// footnote that closed the sentence before ("...in 2025.² Inflation, after ..."), and the
// spaces after it; start when there is none. The mark must end by pos.
func pastFootnoteMark(text string, start, pos int) int {
	at := start
	for at < pos && (text[at] == '"' || text[at] == '\'' || text[at] == ')') {
		at++ // (the closing quote of the sentence before: ".\"³ Inflation")
	}
	m := footnoteMarkEnd(text, at)
	if m == at || m > pos {
		return start
	}
	for m < pos && isSpaceByte(text[m]) {
		m++
	}
	return m
}

// pastPostLabel returns where a sentence that starts at start begins past a post's or an
// item's label ("1/ GDP grew ...", "1/5 Inflation ...", "2) Unemployment ..."), which is no
// word of it: "1/5 German inflation" read "5" as a number of the phrase, and the figure after
// went unread. A label must end by pos; start when there is none.
func pastPostLabel(text string, start, pos int) int {
	if start >= pos || !ascii.IsDigit(text[start]) && text[start] != '(' {
		return start
	}
	at := start
	if text[at] == '(' {
		at++
	}
	if s, ok := quantity.PostLabel(text, at); ok && s <= pos {
		return s
	}
	return start
}
