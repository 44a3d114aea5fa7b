package quantity

import (
	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Numbers that are not amounts: a name or identifier ("S&P 500", "Boeing 747", "Section 8",
// "No. 10"), a street address, a clock time or time zone, an era ("500 BC"), a sports score
// or vote tally ("won 3-1", "a 5-4 ruling"), a rank ("the top three"). Each test runs only
// at a number already parsed, and looks at a word or two around it.

// notAmount reports that number n is not an amount, and where scanning resumes.
func (s *scanner) notAmount(n *number) (int, bool) {
	text := s.text
	if n.words {
		return n.end, s.isRank(n)
	}
	// A score joins its halves by a hyphen or a dash, which begins with 0xE2: scoreAt's test,
	// made here first, spares most numbers the call.
	if n.end < len(text) && (text[n.end] == '-' || text[n.end] == 0xE2) {
		if end, ok := s.scoreAt(n); ok {
			return end, true
		}
	}
	if n.scaled || n.unit != "" || n.mixedWith > 0 {
		return n.end, false
	}
	if n.decimals > 0 || n.value != float64(int64(n.value)) {
		// Only a noun that numbers things takes a decimal: "version 2.0", "figure 3.1".
		// (the word after is read only for such a noun: most decimals have none before them)
		if shortcuts && noWordBefore(text, n.start, s.floor) {
			return n.end, false // "1.1%, 2.2%": spares a list of figures the look for a word
		}
		prev := s.prevWord(n.start)
		w := text[prev.start:prev.end]
		return n.end, !prev.empty() && identifierShapes.may(w) && identifierNounTable.Get(w) && !s.amountFollows(n.end, s.nextWord(n.end))
	}
	if n.end < len(text) && (text[n.end] == '%' || text[n.end] == '-' || text[n.end] == '/') {
		return n.end, false
	}
	if n.end < len(text) && text[n.end] == ')' && n.start-1 >= s.floor && text[n.start-1] == '(' && s.footnoteMark(n) {
		return n.end, true // "3.3% (1)", "in 2024 (2)"
	}
	if n.end < len(text) && text[n.end] == ']' && n.end-n.start <= 3 && bracketOpensAt(text, n.start, s.floor) {
		return n.end, true // "in 2025.[2]", "the EU[^3]": a note's or a source's number
	}
	next := s.nextWord(n.end)
	nextWord := text[next.start:next.end]
	// A clock time, a time zone or an era after the number; all are short words.
	if !next.empty() && next.start-n.end == 1 && len(nextWord) <= 5 {
		switch {
		case n.end-n.start == 4 && n.value < 2400 && int(n.value)%100 < 60 && ascii.EqualFoldAny(nextWord, "hrs", "local"):
			return next.end, true // "1700 hrs", "0830 local time"
		case !isLowerByte(nextWord[0]) && isTimeZone(nextWord), ascii.EqualFold(nextWord, "am") || ascii.EqualFold(nextWord, "pm") || ascii.EqualFold(nextWord, "gmt"),
			(nextWord == "a" || nextWord == "p") && hasPrefix(text, next.end, ".m."),
			nextWord == "BC" || nextWord == "BCE" || nextWord == "AD" || nextWord == "CE" || nextWord == "B" && hasPrefix(text, next.end, ".C."):
			return next.end, true
		}
	}
	if !next.empty() && !isLowerByte(nextWord[0]) && s.isAddress(next) {
		return n.end, true
	}
	if !next.empty() && next.start-n.end == 1 && s.modelAfter(next) {
		return n.end, true // "the 737 MAX", "a 911 GT3"
	}
	prev := s.prevWord(n.start)
	if !prev.empty() && s.isRankAfter(prev, n) {
		return n.end, true
	}
	if prev.empty() {
		if k := skipBlankBack(text, n.start); k > 0 && text[k-1] == '#' && (k == 1 || !ascii.IsWordByte(text[k-2])) {
			return n.end, true // "#10"
		}
		// "No. 10": the dot keeps "No" from being a plain word before the number.
		if k := skipBlankBack(text, n.start); k >= 3 && text[k-1] == '.' {
			w := s.prevWord(k - 1)
			if ascii.EqualFoldAny(text[w.start:w.end], "no", "nos") && text[w.start] == 'N' || text[w.start:w.end] == "no" && k-1-w.start == 2 {
				return n.end, true
			}
		}
		return n.end, false
	}
	word := text[prev.start:prev.end]
	if word == "AD" {
		return n.end, true
	}
	if identifierShapes.may(word) && identifierNounTable.Get(word) && !s.amountFollows(n.end, next) {
		return n.end, true // "section 8", "flight 370", "Category 5"
	}
	if n.start-prev.end == 1 && (camelCase(word) || !isLowerByte(word[0]) && s.nameBefore(prev)) && !s.amountFollows(n.end, next) {
		return n.end, true // "FTSE 100", "Boeing 747", "BA 117"
	}
	return n.end, false
}

// bracketOpensAt reports a square bracket, or one and a caret, just before text[i]: the
// opening of a reference mark ("[2]", "[^2]"). Square brackets hold no figure in prose.
func bracketOpensAt(text string, i, floor int) bool {
	if i-1 >= floor && text[i-1] == '^' {
		i--
	}
	return i-1 >= floor && text[i-1] == '['
}

// footnoteMark reports a whole number of one or two digits alone in round brackets that marks
// a footnote: after a percentage, a year, a word or a clause's punctuation ("3.3% (1)",
// "3.3%(1)", "in 2024 (1)", "the ONS said (2)"). The brackets of wire copy that hold the
// previous period's figure follow a figure or its unit and may be followed by the unit, and
// stay amounts: "rose 2.5 (2.1) pct", "sales 45 (40)", "profit 12 billion (9)", "4 (3) pct". A
// bracket that opens a clause, "(1) ... ; (2) ...", is left to the reading it has.
func (s *scanner) footnoteMark(n *number) bool {
	text := s.text
	if n.end-n.start > 2 || n.end+1 < len(text) && s.figureUnitAt(n.end+1) {
		return false
	}
	k := skipBlankBack(text, n.start-1)
	if k <= s.floor {
		// A figure just before: a footnote's mark is glued to it ("3.3%(1)"), or is a whole
		// number beside a decimal ("3.3% (1)"), where wire copy gives the previous period's
		// figure to the same place ("3.3 pct (2.9)", "4 pct (3)").
		last := len(s.out) - 1
		return k == s.floor && last >= 0 && s.out[last].End == k && (k == n.start-1 || s.out[last].Step < 1)
	}
	switch c := text[k-1]; {
	case c == '%':
		return true
	case ascii.IsDigit(c):
		// A year before the bracket, not a figure: four digits, no separator or sign.
		d := k
		for d > s.floor && ascii.IsDigit(text[d-1]) {
			d--
		}
		if k-d != 4 || text[d] != '1' && text[d] != '2' || d > s.floor && (text[d-1] == '.' || text[d-1] == ',' || text[d-1] == '-' || text[d-1] == '$') {
			return false
		}
		return true
	case ascii.IsLetter(c):
		w := s.prevWord(k)
		if w.empty() || w.end != k {
			return false
		}
		// "12 billion (9)", "2.5 pct (2.1)", "25 cts (20)": the unit of a figure before it.
		return !s.figureUnitAt(w.start)
	case c == '.' || c == ',' || c == ';' || c == ')' || c == '"' || c >= 0x80:
		return k-1 > s.floor
	}
	return false
}

// figureUnitAt reports the unit or scale of a figure at i, after blanks: a percent sign, a scale
// word, a percent or point word, a currency ("pct", "billion", "mln", "dlrs", "cts", "USD").
// Units of measure are not asked: "in" would be inches.
func (s *scanner) figureUnitAt(i int) bool {
	text := s.text
	j := skipBlank(text, i)
	if j < len(text) && text[j] == '%' {
		return true
	}
	w := nextWordAt(text, j)
	if w.empty() || w.start != j {
		return false
	}
	word := text[w.start:w.end]
	if _, ok := scaleWordTable.Lookup(word); ok {
		return true
	}
	if unitAfterWordTable.Get(word) != unitWordNone && unitAfterWordTable.Get(word) < unitWordMetre {
		return true
	}
	if _, ok := currencyWordTable.Lookup(word); ok {
		return true
	}
	if _, _, ok := currencyCode(word); ok {
		return true
	}
	return ascii.EqualFoldAny(word, "cts", "cent", "cents", "per", "pc")
}

// identifierShapes pre-test identifierNouns.
var identifierShapes = newShapes(keys(identifierNouns))

// amountFollows reports a percent sign, a scale, a currency or a unit after a number: what
// makes "FTSE 100" a name makes "UK 5%" an amount.
func (s *scanner) amountFollows(end int, next span) bool {
	text := s.text
	j := skipBlank(text, end)
	if j < len(text) && (text[j] == '%' || text[j] == '$') {
		return true
	}
	if next.empty() || next.start-end > 1 {
		return false
	}
	w := text[next.start:next.end]
	if _, ok := scaleWordTable.Lookup(w); ok {
		return true
	}
	if ascii.EqualFoldAny(w, "percent", "pct", "per", "percentage", "points", "point", "bp", "pp", "hundred") {
		return true
	}
	if _, ok := currencyWordTable.Lookup(w); ok {
		return true
	}
	if _, _, ok := currencyCode(w); ok {
		return true
	}
	_, _, ok := lexUnitAt(text, next.start, false)
	return ok
}

// nameBefore reports a capitalised word that names a thing the number is part of: not a
// word that starts a sentence, a hedge, a verb of change, a month or a currency. The word
// tables fold its case, where the maps wanted a lower-case copy of it.
func (s *scanner) nameBefore(w span) bool {
	text := s.text
	word := text[w.start:w.end]
	if nameStopWordTable.Get(word) || nonUnitTable.Get(word) || changeWordTable.Has(word) || changeNounTable.Has(word) ||
		qualifierLastWordTable.Has(word) || numberWordTable.Has(word) {
		return false
	}
	if _, _, ok := currencyCode(word); ok {
		return false
	}
	allCaps := w.end-w.start >= 2
	for k := w.start; k < w.end; k++ {
		if isLowerByte(text[k]) {
			allCaps = false
			break
		}
	}
	if allCaps {
		return true
	}
	// A capitalised word that starts a sentence ("Some 300 ...") tells nothing.
	k := skipBlankBack(text, w.start)
	if k == 0 {
		return false
	}
	switch text[k-1] {
	case '.', '!', '?', '"', '\n', ':', ';', '(', '\'':
		return false
	}
	if k >= 3 && (text[k-3:k] == "”" || text[k-3:k] == "“" || text[k-3:k] == "—" || text[k-3:k] == "–") {
		return false
	}
	return true
}

// isRank reports a number that ranks rather than counts: "the top three", "the bottom 10",
// "the Big Four".
func (s *scanner) isRank(n *number) bool {
	return s.isRankAfter(s.prevWord(n.start), n)
}

// isRankAfter is isRank with the word before the number already found.
func (s *scanner) isRankAfter(w span, n *number) bool {
	text := s.text
	if word := text[w.start:w.end]; len(word) > 6 || !ascii.EqualFold(word, "top") && !ascii.EqualFold(word, "bottom") && !ascii.EqualFold(word, "big") {
		return false
	}
	if j := skipBlank(text, n.end); j < len(text) && text[j] == '%' || s.amountFollows(n.end, s.nextWord(n.end)) {
		return false // "the top 10% of earners" is a share
	}
	d := s.prevWord(w.start)
	return !d.empty() && ascii.EqualFoldAny(text[d.start:d.end], "the", "its", "their", "his", "her", "our", "a")
}

// isAddress reports a street name after a house number: "10 Downing Street", "1600
// Pennsylvania Avenue NW".
func (s *scanner) isAddress(next span) bool {
	text := s.text
	w := next
	for k := 0; k < 4 && !w.empty() && !isLowerByte(text[w.start]); k++ {
		if streetWords[text[w.start:w.end]] {
			return k > 0 || text[w.start:w.end] == "Broadway"
		}
		w = s.nextWord(w.end)
	}
	return false
}

// scoreAt reads a sports score or a vote tally at n: two whole numbers joined by a dash, the
// first not below the second ("3-1", "6-4", "52-48"), or after a word of play ("lost 1-3").
// Ranges are written low to high, so a falling pair is never one.
func (s *scanner) scoreAt(n *number) (int, bool) {
	text := s.text
	if n.scaled || n.unit != "" || n.decimals > 0 || n.words || n.value > 999 {
		return 0, false
	}
	j := n.end
	switch {
	case j < len(text) && text[j] == '-':
		j++
	case hasPrefix(text, j, "–"):
		j += len("–")
	default:
		return 0, false
	}
	if !digitAt(text, j) {
		return 0, false
	}
	e := j
	for e < len(text) && ascii.IsDigit(text[e]) {
		e++
	}
	if e-j > 3 || e < len(text) && (ascii.IsWordByte(text[e]) || text[e] == '%' || text[e] == '.' && digitAt(text, e+1)) {
		return 0, false
	}
	if _, _, ok := lexUnitAt(text, skipBlank(text, e), false); ok && skipBlank(text, e)-e == 1 {
		return 0, false // "5-7 km"
	}
	second := float64(digitsValue(text, j))
	if second <= n.value {
		return e, true
	}
	prev := s.prevWord(n.start)
	if !prev.empty() && playWordTable.Get(text[prev.start:prev.end]) {
		return e, true
	}
	if next := s.nextWord(e); !next.empty() && playWordTable.Get(text[next.start:next.end]) {
		return e, true
	}
	return 0, false
}

// camelCase reports a brand written with a capital inside: "iPhone", "eBay", "iOS".
func camelCase(w string) bool {
	if len(w) < 3 || !isLowerByte(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// modelAfter reports a model name after a number: a word in capitals that is no unit, code,
// time zone or era, and is not followed by the noun the number would count ("20 NHS trusts").
func (s *scanner) modelAfter(w span) bool {
	text := s.text
	word := text[w.start:w.end]
	if len(word) < 2 {
		return false
	}
	for k := 0; k < len(word); k++ {
		if isLowerByte(word[k]) {
			return false
		}
	}
	if isTimeZone(word) || word == "BC" || word == "BCE" || word == "AD" || word == "CE" || word[len(word)-1] == 'S' {
		return false // "500 JOBS" in a headline set in capitals counts jobs
	}
	if _, _, ok := currencyCode(word); ok {
		return false
	}
	if _, _, ok := lexUnitAt(text, w.start, false); ok {
		return false
	}
	if _, ok := scaleWordTable.Lookup(word); ok {
		return false
	}
	next := s.nextWord(w.end)
	if next.empty() || !isLowerByte(text[next.start]) {
		return true
	}
	nw := text[next.start:next.end]
	return !isPlural(nw) || nonUnitTable.Get(nw)
}
