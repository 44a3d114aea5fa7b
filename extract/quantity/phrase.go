package quantity

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// The phrase around a number: what is read forwards (scale word, unit, a range's second
// number, "a 2% rise") and backwards (currency sign, sign, qualifier, "between", the change
// verb). Everything here runs only at a number, so clarity beats speed; but a word read at
// every figure is tested against two words as EqualFold(w, a) || EqualFold(w, b), not
// EqualFoldAny(w, a, b): inlined with constant words, each turns a word of another length away
// with one compare, where EqualFoldAny built its list on the stack and looped over it (some 4
// M instructions a pass, a twentieth of the scan, on BenchmarkScanFiguresAndYears).

// unitInfo is what follows a number. It has four fields in 32 bytes, which the compiler keeps
// in registers: with a fifth (a flag for a dropped number) every unitInfo was a value in
// memory, built on the stack a field at a time and read back sixteen bytes at a time at each
// return of unitAfter, loads that wait for the stores before them to be written (a tenth of
// unitAfter's time on a text of figures).
type unitInfo struct {
	unit string
	end  int
	// divisor divides the number: "34 cents" is 0.34 USD. It is 0 when the number is dropped
	// (dropped).
	divisor int32
	scale   int32 // a power of ten the unit carries: "75 USD million", "30 MUSD"
}

// dropped reports a number that only picks a kind of thing, as in "a four-door car": no
// quantity.
func (u unitInfo) dropped() bool { return u.divisor == 0 }

// phrase reads the phrase around number n into q and returns where scanning resumes; false
// when the number is no quantity after all ("a four-door car"). It may change n, and it
// writes q whole only when it reports true. The number and the quantity are read and written
// in place, where the caller keeps them: each is a hundred bytes and more, and their copies
// into and out of the call were no small part of reading a figure.
func (s *scanner) phrase(n *number, allowRange bool, q *Quantity) (int, bool) {
	text := s.text
	if n.suffix == "m" || n.suffix == "mm" {
		*n = s.metricSuffix(*n)
	}
	if !n.words && !n.ratio && n.unit == "" {
		s.ratio(n)
	}
	if n.mixedWith > 0 {
		*n = s.mixedNumber(*n)
	}
	s.applyScaleWord(n)
	u := s.unitAfter(n)
	if u.unit == "" && n.words && n.value < 1 {
		// "half a point", "a quarter of an hour": the unit comes after an article.
		if a := s.nextWord(n.end); !a.empty() && ascii.EqualFoldAny(text[a.start:a.end], "a", "an") {
			if w := s.nextWord(a.end); !w.empty() {
				if lu, e, ok := lexUnitAt(text, w.start, false); ok && (lu.dimension == "rate" || lu.dimension == "time" || lu.dimension == "length") {
					if lu.name == UnitPercent {
						u = s.percentTail(e)
					} else {
						u = unitInfo{unit: lu.name, divisor: 1, end: e}
					}
				}
			}
		}
	}
	if u.dropped() {
		return u.end, false
	}
	// Field by field, every field (TestPhraseWritesEveryField): the literal was built apart
	// and copied, at every figure.
	q.Start, q.End, q.NumStart, q.NumEnd = n.start, u.end, n.start, n.end
	q.Value, q.ValueMax, q.Step = n.value, nil, n.step
	q.Unit, q.Qualifier, q.Change = u.unit, "exact", ""
	if n.ratio {
		q.Unit = ""
		q.End = n.end
	}
	if u.divisor > 1 {
		q.Value /= float64(u.divisor)
		q.Step /= float64(u.divisor)
	}
	if u.scale > 0 && !n.scaled {
		q.Value, q.Step = scaleBy(*n, int(u.scale))
	}
	if IsCurrency(q.Unit) && u.divisor == 1 {
		if v, end, ok := s.subUnitAfter(q.End, q.Unit); ok {
			// "3 dollars 50 cents", "thirteen dollars and forty-five cents".
			q.Value += v
			q.Step = 0.01
			q.End = end
		}
	}
	// The rules that read what stands before the phrase: a currency, a sign, a hedge, the
	// word that opens a range, a change verb. Where the byte before the number rules all of
	// them out (behindRolesAt), as in a list of figures, they are not asked.
	var lead span
	leadWord, change := "", ""
	roles := anyBehind
	if shortcuts {
		roles = s.behindRolesAt(n.start)
	}
	if roles != 0 {
		lead, leadWord, change = s.readBehind(q, n, roles)
	}
	if change != "" && IsCurrency(q.Unit) && s.raisesMoney(q.Start) {
		change = ""
	}
	if allowRange {
		if s.rangeAfter(q, n, &u, leadWord, change != "") {
			if leadWord == "between" || leadWord == "from" {
				q.Start = lead.start
			}
			if leadWord == "between" && change == "" {
				// "fell between 1% and 2%": the verb stands before "between".
				change = s.changeBefore(lead.start)
			}
		}
	}
	if q.ValueMax == nil {
		if end, qual, ok := s.qualifierAfter(q.End, q.Qualifier); ok {
			q.End, q.Qualifier = end, qual
			if q.Unit == "" {
				// "50 or more people": the noun comes after the bound.
				if w := s.nextWord(end); !w.empty() && isLowerByte(text[w.start]) {
					if u, ok := s.countedNoun(w, q.Value); ok {
						q.Unit, q.End = u.unit, u.end
					}
				}
			}
		}
	}
	if change == "" {
		change = s.changeAfter(q.End)
	}
	q.Change = change
	if e := q.End; q.ValueMax == nil && (text[e-1]|0x20 == 'k' || e+1 < len(text) && thresholdInitial(text[e+1])) {
		s.boundByMark(q, n) // (a byte of each first: few figures end in "k" or stand before "m", "t" or "b")
	}
	return q.End, true
}

// readBehind asks the rules that read before the phrase of number n (q, which they may change)
// and that may take the word before it (roles). It returns the word before the phrase and, in
// lower case, that word when it opens a range ("between", "from"; lead is read only when it
// may), and the change a verb before the phrase names. A rule is asked
// when the word is one it may take, or once a rule before it has moved the phrase's start, when
// it reads before the new start ("minus $5", "up by about 5%"). (Out of phrase: a list of
// figures asks none, and phrase's frame would grow for all.)
func (s *scanner) readBehind(q *Quantity, n *number, roles behindRole) (lead span, leadWord, change string) {
	text := s.text
	if roles&behindCurrency != 0 {
		s.currencyBeforeInto(q, n)
	}
	if q.Unit == "" && n.scaled && !n.words && (roles&behindCurrencyWord != 0 || q.Start != n.start) {
		// "dollar 22.5 million": a currency named before a scaled amount.
		if w := s.prevWord(q.Start); !w.empty() && q.Start-w.end == 1 {
			if cw, ok := currencyWordTable.Lookup(text[w.start:w.end]); ok && cw.divisor == 1 && !ambiguousCurrency[cw.code] && !isPlural(text[w.start:w.end]) {
				q.Unit, q.Start = cw.code, w.start
			}
		}
	}
	if q.Unit == "" && !n.ratio && (roles&behindPercentOf != 0 || q.Start != n.start) {
		if at, ok := s.percentOfBefore(q.Start); ok {
			q.Unit, q.Start = UnitPercent, at
		}
	}
	if roles&behindSign != 0 || q.Start != n.start {
		if neg, ns := s.signBefore(q.Start); neg {
			q.Value = -q.Value
			q.Start = ns
		}
	}
	if roles&behindQualifier != 0 || q.Start != n.start {
		qualStart, qual := s.qualifierBefore(q.Start)
		if qual != "" {
			q.Qualifier = qual
			// A hedge that is a finite verb ("exceeded 7%", "surpassed $20 trillion") or
			// opens with one ("broke through 80%", "went past 84 million") heads the clause,
			// with the figure its object: it stays outside the figure, where the parse of
			// the sentence finds it as it finds "reached".
			if !finiteVerbQualifierTable.Get(s.text[qualStart:ascii.WordEnd(s.text, qualStart)]) {
				q.Start = qualStart
			}
		}
	}
	if roles&behindRange != 0 || q.Start != n.start {
		lead = s.prevWord(q.Start)
		leadWord = rangeLead(text[lead.start:lead.end])
	}
	if roles&behindChange != 0 || q.Start != n.start {
		change = s.changeBefore(q.Start)
	}
	return lead, leadWord, change
}

// currencyBeforeInto gives q the currency that currencyBefore reads before number n, when
// q is no percentage.
func (s *scanner) currencyBeforeInto(q *Quantity, n *number) {
	cs, code, scale, ok := s.currencyBefore(n.start)
	if !ok || q.Unit == UnitPercent {
		return
	}
	if scale > 0 && !n.scaled {
		q.Value, q.Step = scaleBy(*n, scale)
	}
	// The sign wins over a counted noun: "$10bn deals" is money.
	q.Start = cs
	switch {
	case q.Unit == "USD" && code != "USD":
		q.Unit = code
	case !IsCurrency(q.Unit):
		q.Unit = code
		q.End = n.end
	}
	if q.Unit == code && q.End == n.end {
		// "$80 a barrel", "€1.50/litre".
		pu := s.perUnit(unitInfo{unit: q.Unit, divisor: 1, end: q.End})
		q.Unit, q.End = pu.unit, pu.end
	}
}

// shortcuts lets the scanner pass over calls that would find nothing where a byte or two
// says so: the rules that read before a number (behindRolesAt), the looks for a word after
// it (noWordAt), for a unit named by that word (unitLeadWords), for a range's second half
// (noJointAt), for a noun before a decimal (noWordBefore) and for digit groups. The tests
// turn it off to hold the scan with them to the scan without (so no test that scans may run
// in parallel with them).
var shortcuts = true

// behindRole is a rule of phrase that reads the word before a number, as a bit. Each takes few
// words there, and most words that one takes no other does ("grew" changeBefore alone, "to"
// qualifierBefore alone): the others would read the same word to find nothing.
type behindRole uint8

const (
	behindCurrency     behindRole = 1 << iota // a currency code, in capitals or not, or "M" and one (currencyBefore)
	behindCurrencyWord                        // a currency word before a scaled amount ("dollar 22.5 million")
	behindPercentOf                           // "of" (percentOfBefore)
	behindSign                                // "minus", "negative" (signBefore)
	behindQualifier                           // the last word of a hedge (qualifierBefore)
	behindRange                               // "between", "from" (rangeLead)
	behindChange                              // "by", "of" ("a rise of"), a change verb (changeBefore)

	anyBehind behindRole = 1<<iota - 1
)

// behindRolesAt returns the rules of phrase that may find something before a number starting
// at start: none when the last byte before the blanks (or the floor) is no letter, which every
// rule that reads the word before needs, and none of '$', '.', the comparison signs '<', '>',
// '=', '~', or a byte of a currency sign or another non-ASCII mark, and the byte right before
// the number is no minus sign ("-5", "−5", "sub-5"); all of them when it is one of those, or
// letters glued to the number, or a word after a '$' ("$US 5"). After a word and a blank, the
// commonest case ("the 5", "and 10", "grew 5%"), the roles of the word (behindRoles): none for
// a run of letters that is no word of its own ("A380 5").
func (s *scanner) behindRolesAt(start int) behindRole {
	text := s.text
	if start > 0 && (text[start-1] == '-' || text[start-1] >= 0x80) {
		return anyBehind
	}
	j := skipBlankBack(text, start)
	if j <= s.floor {
		return 0
	}
	switch c := text[j-1]; {
	case ascii.IsLetter(c):
		if j == start {
			return anyBehind // letters glued to the number: currencyBefore reads them
		}
		w := s.prevWord(start)
		if w.empty() {
			return 0
		}
		if w.start > s.floor && text[w.start-1] == '$' {
			return anyBehind // "$US 5": currencyBefore reads the sign before the letters
		}
		return behindRoles.rolesOf(text[w.start:w.end])
	case c >= 0x80, c == '$', c == '.', c == '<', c == '>', c == '=', c == '~':
		return anyBehind
	}
	return 0
}

// behindRoles holds, in any case, every word right before a number that a rule of phrase
// reading before it may take, with that rule's role.
var behindRoles = func() *roleFilter {
	var f roleFilter
	for code := range currencyCodes {
		f.add(code, behindCurrency)
		f.add("M"+code, behindCurrency)
	}
	for _, w := range keys(lowerCurrencyCodes) {
		f.add(w, behindCurrency)
	}
	for _, w := range keys(currencyWords) {
		f.add(w, behindCurrencyWord)
	}
	f.add("of", behindPercentOf|behindChange)
	f.add("minus", behindSign)
	f.add("negative", behindSign)
	for _, w := range keys(qualifierLastWords) {
		f.add(w, behindQualifier)
	}
	f.add("between", behindRange)
	f.add("from", behindRange)
	f.add("by", behindChange)
	for _, w := range keys(changeWords) {
		f.add(w, behindChange)
	}
	return &f
}()

// roleFilter gives a word the roles of the words it was built from (a Bloom filter of each
// role at once): each of two tables holds at a slot the roles of every word whose hash (its
// letters folded to lower case) falls there, and a word's roles are those both its slots
// hold. A word it was built from gets all its roles, and may get others; most other words get
// none. It is 4 KB, where a word table of the same words took fifty, which the scanner's other
// tables and the text then lost from the data cache.
type roleFilter struct{ a, b [2048]behindRole }

func (f *roleFilter) add(w string, r behindRole) {
	h := foldHash(w)
	f.a[h>>53] |= r
	f.b[h>>21&2047] |= r
}

// rolesOf returns every role of w, if it was added, and maybe others.
func (f *roleFilter) rolesOf(w string) behindRole {
	h := foldHash(w)
	return f.a[h>>53] & f.b[h>>21&2047]
}

// wordFilter is a set of words that may also hold others (a Bloom filter): two bits of a
// hash of each word, its letters folded to lower case, among 8192. A word it does not hold
// is in no set it was built from, and it holds one word in a hundred or so of the others. It
// is a kilobyte, where a word table of the same words took fifty, which the scanner's other
// tables and the text then lost from the data cache.
type wordFilter [8192 / 64]uint64

// foldHash hashes w with its ASCII letters in lower case (FNV-1a, then mixed).
func foldHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i]|0x20)) * 1099511628211
	}
	return h * 0x9e3779b97f4a7c15
}

func (f *wordFilter) add(w string) {
	h := foldHash(w)
	f[h>>57] |= 1 << (h >> 51 & 63)
	f[h>>32&127] |= 1 << (h >> 26 & 63)
}

// mayHold reports false for every word not in the filter's sets and true for all of them.
func (f *wordFilter) mayHold(w string) bool {
	h := foldHash(w)
	return f[h>>57]&(1<<(h>>51&63)) != 0 && f[h>>32&127]&(1<<(h>>26&63)) != 0
}

// rangeLead returns the word before a phrase in lower case when it may open a range
// ("between", "from"), the only words rangeAfter asks about, and "" for any other word: the
// test spares most numbers a lower-case copy.
func rangeLead(w string) string {
	switch {
	case ascii.EqualFold(w, "between"):
		return "between"
	case ascii.EqualFold(w, "from"):
		return "from"
	}
	return ""
}

// qualifierAfter reads a bound written after the phrase: "50 or more", "500 and above",
// "30 or fewer", and the "or equal" that closes "less than 30 or equal".
func (s *scanner) qualifierAfter(end int, qual string) (int, string, bool) {
	text := s.text
	if shortcuts && noWordAt(text, end) {
		return 0, "", false
	}
	or := s.nextWord(end)
	if conj := text[or.start:or.end]; !ascii.EqualFold(conj, "or") && !ascii.EqualFold(conj, "and") {
		return 0, "", false // (an empty word is neither)
	}
	w := s.nextWord(or.end)
	if w.empty() {
		return 0, "", false
	}
	word := ascii.Lower(text[w.start:w.end])
	bound := ""
	switch word {
	case "more", "greater", "above", "higher", "over", "larger", "bigger":
		bound = "at_least"
	case "less", "fewer", "below", "lower", "under", "smaller":
		bound = "at_most"
	case "equal":
		switch qual {
		case "more_than":
			bound = "at_least"
		case "less_than":
			bound = "at_most"
		}
	case "so", "thereabouts":
		if ascii.EqualFold(text[or.start:or.end], "or") {
			bound = "approx"
		}
	}
	if bound == "" || bound != "approx" && qual != "exact" && qual != "approx" && word != "equal" {
		return 0, "", false
	}
	e := w.end
	if t := s.nextWord(e); !t.empty() && ascii.EqualFoldAny(text[t.start:t.end], "than", "to") {
		if digitAt(text, skipBlank(text, t.end)) {
			return 0, "", false // "5 or more than 6": a second bound of its own
		}
		e = t.end
	}
	return e, bound, true
}

// scaleWordShapes pre-test the words applyScaleWord reads.
var scaleWordShapes = newShapes(keys(scaleWords), keys(detachedScales), []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs", "hundred"})

// detachedScales are the one-letter scales that may stand after a space.
var detachedScales = map[string]int{"T": 12, "B": 9, "M": 6, "K": 3, "k": 3}

// lettersFollow reports a word character right after i: "B" in "B-52" or "M&S" is a name.
func (s *scanner) lettersFollow(i int) bool {
	return i < len(s.text) && (ascii.IsWordByte(s.text[i]) || s.text[i] == '-' || s.text[i] == '&' || s.text[i] == '.' && i+1 < len(s.text) && ascii.IsLetter(s.text[i+1]))
}

// applyScaleWord reads "million", "bn", "thousand", "dozen" after number n into it.
func (s *scanner) applyScaleWord(n *number) {
	if n.scaled || n.ratio || n.unit != "" || shortcuts && noWordAt(s.text, n.end) {
		return
	}
	w := s.nextWord(n.end)
	if w.empty() || !scaleWordShapes.may(s.text[w.start:w.end]) {
		return
	}
	word := s.text[w.start:w.end]
	if exp, ok := scaleWordTable.Lookup(word); ok {
		n.value, n.step = scaleBy(*n, exp)
		n.end, n.scaled, n.exp = w.end, true, exp
		if !n.words {
			*n = s.continueScaled(*n, exp)
		}
		return
	}
	if ascii.EqualFoldAny(word, "dozen", "dozens") && !n.words || ascii.EqualFoldAny(word, "dz", "dzs", "doz", "dozs") {
		n.value, n.step = n.value*12, n.step*12
		n.exact = false
		n.end = w.end
		return
	}
	if ascii.EqualFoldAny(word, "hundred") && !n.words {
		orig := *n
		n.value, n.step = scaleBy(*n, 2)
		n.end, n.scaled, n.exp = w.end, true, 2
		if sw := s.nextWord(w.end); !sw.empty() {
			if exp, ok := scaleWordTable.Lookup(s.text[sw.start:sw.end]); ok && exp >= 3 {
				// "4 hundred million".
				n.value, n.step = scaleBy(orig, exp+2)
				n.end, n.exp = sw.end, exp+2
				return
			}
		}
		*n = s.continueScaled(*n, 2)
		return
	}
	if n.words || w.start-n.end != 1 {
		return // the tests below first: they spare the map most numbers
	}
	if exp, ok := detachedScales[word]; ok && !s.lettersFollow(w.end) {
		// A detached capital scale: "$8 B", "$3 T", "1,674,200.5 M", "2.33 k".
		n.value, n.step = scaleBy(*n, exp)
		n.end, n.scaled, n.exp = w.end, true, exp
	}
}

// continueScaled reads the rest of a number that mixes digits and scale words: "4 thousand
// 3 hundred and 21", "3 hundred and one", "6 crore and two hundred", "3 million and a half".
// Each further part must be smaller than the scale before it, so "3 hundred and 2 hundred"
// stays two numbers.
func (s *scanner) continueScaled(n number, exp int) number {
	text := s.text
	if n.decimals > 0 || n.value != math.Trunc(n.value) {
		return n
	}
	if w := s.prevWord(n.start); !w.empty() && ascii.EqualFold(text[w.start:w.end], "between") {
		return n // "between 2 thousand and 500": "and" joins the two ends
	}
	for {
		limit := pow10[exp]
		w := s.nextWord(n.end)
		if !w.empty() && ascii.EqualFold(text[w.start:w.end], "and") {
			next := skipBlank(text, w.end)
			if f, ok := s.fractionAt(next); ok && exp >= 3 {
				return s.scaleFraction(n, n.value, limit, f)
			}
			part, ok := s.partAt(next)
			if !ok || part.value <= 0 || part.value >= limit || part.scaled && part.exp >= exp {
				return n
			}
			n.value += part.value
			n.step = part.step
			n.end = part.end
			n.exact = false
			return n
		}
		// "4 thousand 3 hundred": digits and a smaller scale word.
		k := skipBlank(text, n.end)
		if k == n.end || k >= len(text) || !ascii.IsDigit(text[k]) {
			return n
		}
		d, _, ok := parseDigits(text, k)
		if !ok || d.scaled || d.unit != "" || d.decimals > 0 {
			return n
		}
		sw := s.nextWord(d.end)
		partExp := -1
		if e, found := scaleWordTable.Lookup(text[sw.start:sw.end]); found && !sw.empty() {
			partExp = e
		} else if !sw.empty() && ascii.EqualFold(text[sw.start:sw.end], "hundred") {
			partExp = 2
		}
		if partExp < 0 || partExp >= exp || d.value*pow10[partExp] >= limit {
			return n
		}
		n.value += d.value * pow10[partExp]
		n.step = pow10[partExp]
		n.end = sw.end
		n.exact = false
		exp = partExp
	}
}

// partAt reads the number after "and" in a number that mixes digits and scale words: digits
// ("21") or words ("one", "two hundred"), with a scale word after it.
func (s *scanner) partAt(i int) (number, bool) {
	text := s.text
	if i < len(text) && ascii.IsDigit(text[i]) {
		d, _, ok := parseDigits(text, i)
		if !ok || d.unit != "" || d.decimals > 0 || d.scaled {
			return number{}, false
		}
		sub := scanner{text: text, floor: i}
		sub.applyScaleWord(&d)
		return d, true
	}
	sub := scanner{text: text, floor: i}
	return sub.parseWords(i)
}

// scaleBy multiplies n by 10^exp, exactly when n came from digits.
func scaleBy(n number, exp int) (float64, float64) {
	if n.exact {
		return scaledValue(n.mant, n.decimals, exp)
	}
	return n.value * pow10[exp], n.step * pow10[exp]
}

// unitAfter reads the unit after a number: %, percent, percentage points, a currency, or
// the counted noun.
func (s *scanner) unitAfter(n *number) unitInfo {
	text := s.text
	if n.unit != "" {
		end := n.unitEnd
		if end < n.end {
			end = ascii.WordEnd(text, n.end)
		}
		return s.perUnit(unitInfo{unit: n.unit, divisor: 1, end: end})
	}
	i := n.end
	if i < len(text) && text[i] == '-' && i+1 < len(text) && ascii.IsLetter(text[i+1]) {
		// Compounds: "a three-year deal", "a 12-cent dividend", "a 10-pound baby".
		w := span{i + 1, ascii.WordEnd(text, i+1)}
		word := ascii.Lower(text[w.start:w.end])
		if word == "pound" {
			if next := s.nextWord(w.end); !next.empty() && moneyNounTable.Get(text[next.start:next.end]) {
				return unitInfo{unit: "GBP", divisor: 1, end: w.end}
			}
			return unitInfo{unit: "lb", divisor: 1, end: w.end}
		}
		if u, e, ok := lexUnitAt(text, w.start, false); ok {
			return unitInfo{unit: u.name, divisor: 1, end: e}
		}
		if cw, ok := currencyWordTable.Lookup(word); ok {
			return unitInfo{unit: cw.code, divisor: cw.divisor, end: w.end}
		}
		if n.words && !modifierNounTable.Get(word) {
			// "a four-door car", "a two-party system": the number picks a kind of thing
			// and is no amount a reader would check. Units were read above.
			return unitInfo{end: w.end} // (dropped)
		}
		if !nonUnitTable.Get(word) && len(word) > 1 {
			if _, isNum := numberWordTable.Lookup(word); !isNum {
				return unitInfo{unit: word, divisor: 1, end: w.end}
			}
		}
		return unitInfo{divisor: 1, end: n.end}
	}
	j := skipBlank(text, i)
	if j < len(text) && text[j] == '%' && (j-i <= 1 || hasPrefix(text, i, "\u00a0") && j-i == 2) {
		return s.percentTail(j + 1) // "5%", "5 %", "5\u00a0%"
	}
	if j-i <= 1 {
		// A sign after the number, as in much of Europe: "10 €", "100元".
		if j < len(text) && text[j] == '$' && !digitAt(text, skipBlank(text, j+1)) {
			return unitInfo{unit: "USD", divisor: 1, end: j + 1}
		}
		for _, sign := range currencySigns {
			if j >= len(text) || text[j] < 0x80 {
				break // every sign is non-ASCII
			}
			if hasPrefix(text, j, sign.sign) && sign.code != "GBP" {
				e := j + len(sign.sign)
				if !digitAt(text, skipBlank(text, e)) {
					return unitInfo{unit: sign.code, divisor: 1, end: e}
				}
			}
		}
	}
	if j < len(text) && text[j]|0x20 == 'p' && (hasPrefix(text, j, "per cent") || hasPrefix(text, j, "per-cent")) {
		return s.percentTail(j + 8)
	}
	if j-i <= 1 && j < len(text) && text[j] >= 0x80 {
		if u, e, ok := lexUnitAt(text, j, false); ok {
			return s.perUnit(unitInfo{unit: u.name, divisor: 1, end: e}) // "-18 °C", "5 µg"
		}
	}
	w := s.nextWord(i)
	if w.empty() || w.start-i > 2 {
		return unitInfo{divisor: 1, end: n.end}
	}
	word := text[w.start:w.end]
	// A unit named by the word: most words after a number name none (unitLeadWords), and
	// are spared the look-ups.
	if !shortcuts || unitLeadWords.mayHold(word) {
		switch unitAfterWordTable.Get(word) {
		case unitWordPercent:
			return s.percentTail(w.end)
		case unitWordPP:
			return unitInfo{unit: UnitPP, divisor: 1, end: w.end}
		case unitWordBP:
			return unitInfo{unit: UnitBP, divisor: 1, end: w.end}
		case unitWordPoint:
			return unitInfo{unit: UnitPoint, divisor: 1, end: w.end}
		case unitWordBasis:
			if p := s.nextWord(w.end); !p.empty() && ascii.EqualFoldAny(text[p.start:p.end], "point", "points") {
				return unitInfo{unit: UnitBP, divisor: 1, end: p.end}
			}
		case unitWordMetre:
			if (word == "m" || word == "mm") && !n.scaled && s.metreContext(w.end) {
				return unitInfo{unit: word, divisor: 1, end: w.end}
			}
		case unitWordPound:
			if s.weightContext(n.start, w.end) {
				return s.perUnit(unitInfo{unit: "lb", divisor: 1, end: w.end})
			}
		}
		if code, scale, ok := currencyCode(word); ok && !s.codeLeadsNumber(w, n.start) {
			u := unitInfo{unit: code, divisor: 1, end: w.end, scale: int32(scale)}
			if sw := s.nextWord(w.end); !sw.empty() && scale == 0 && !n.scaled {
				if exp, found := scaleWordTable.Lookup(text[sw.start:sw.end]); found {
					u.scale, u.end = int32(exp), sw.end // "75 USD million"
				}
			}
			return s.perUnit(u)
		}
		if u, e, ok := lexUnitAt(text, w.start, false); ok && u.dimension != "rate" {
			return s.perUnit(unitInfo{unit: u.name, divisor: 1, end: e})
		}
		if u, ok := s.currencyName(w); ok {
			return s.perUnit(u)
		}
		if cw, ok := currencyWordTable.Lookup(word); ok && (cw.code == "KRW" || cw.code == "DEM") && (n.scaled || n.value >= 1000) && !s.thresholdMark(n, w) {
			// "5 trillion won", "24.8 billion marks": nobody counts a thousand wins or exam marks
			// this way; an amount of money is meant. Dinars and shillings of many countries stay
			// unnamed without an adjective.
			return s.perUnit(unitInfo{unit: cw.code, divisor: 1, end: w.end})
		}
	}
	if !isLowerByte(text[w.start]) && !(n.value == 1 && n.words) {
		// "8.5 million Windows devices": a name may still modify the noun counted; a money
		// name is money ("8.2 billion Zimbabwe dlrs").
		if next := s.nextWord(w.end); !next.empty() && next.start-w.end == 1 && isLowerByte(text[next.start]) && isPlural(text[next.start:next.end]) {
			if cw, ok := currencyWordTable.Lookup(text[next.start:next.end]); ok && cw.divisor == 1 {
				return s.perUnit(unitInfo{unit: cw.code, divisor: 1, end: next.end})
			}
			if u, ok := s.countedNoun(next, n.value); ok {
				return u
			}
		}
		return unitInfo{divisor: 1, end: n.end}
	}
	// Lower-cased only here: a word in capitals after a number, which the tests above turned
	// away, would be copied.
	lw := ascii.Lower(word)
	if modifier := unitModifierTable.Get(lw); modifier || s.nounModifier(w, lw) {
		// "13,000 new jobs", "12 security flaws": the counted noun comes second.
		next := s.nextWord(w.end)
		if !next.empty() && isLowerByte(text[next.start]) {
			if modifier && s.nounModifier(next, ascii.Lower(text[next.start:next.end])) {
				next = s.nextWord(next.end) // "20,000 more police officers"
			}
			if u, ok := s.countedNoun(next, n.value); ok {
				return u
			}
		}
		if modifier {
			return unitInfo{divisor: 1, end: n.end}
		}
	}
	if u, ok := s.countedNoun(w, n.value); ok {
		return u
	}
	return unitInfo{divisor: 1, end: n.end}
}

// unitLeadWords holds, in any case, every word after a number with which unitAfter may read
// a unit before it takes the word for a counted noun: unitAfterWords, currency codes (with
// their million-prefixed forms), the letters that begin a unit of units.csv (a symbol, "km"
// of "km/h", the first word of "square metres"), currency words and the adjectives that
// begin a currency's name. It is built by init, once units.csv is read (newUnitLeadWords).
var unitLeadWords *wordFilter

func newUnitLeadWords() *wordFilter {
	var f wordFilter
	for _, w := range []string{"hong", "new", "south"} {
		f.add(w)
	}
	for code := range currencyCodes {
		f.add(code)
		f.add("M" + code)
	}
	for _, words := range [][]string{keys(unitAfterWords), keys(lowerCurrencyCodes), keys(currencyWords), keys(currencyAdjectives),
		keys(unitSymbols), keys(unitWords), keys(unitFirstWords)} {
		for _, w := range words {
			if letters := w[:ascii.WordEnd(w, 0)]; letters != "" {
				f.add(letters)
			}
		}
	}
	return &f
}

// unitWord names the words unitAfter reads first after a number.
type unitWord uint8

const (
	unitWordNone    unitWord = iota
	unitWordPercent          // "percent", "pct", "percentage"
	unitWordPP               // percentage points: "pp", "ppt"
	unitWordBP               // basis points: "bp", "bps"
	unitWordPoint            // "point", "points"
	unitWordBasis            // "basis" of "basis points"
	unitWordMetre            // "m", "mm", in lower case only
	unitWordPound            // "pounds", "lb": weight, where the context says so
)

// unitAfterWords are the unitWords. unitAfterWordTable finds them in any case, where a switch
// wanted a lower-case copy of every word after a number, a new string when it has capitals.
var unitAfterWords = map[string]unitWord{
	"percent": unitWordPercent, "pct": unitWordPercent, "percentage": unitWordPercent, "percents": unitWordPercent,
	"pp": unitWordPP, "ppt": unitWordPP, "ppts": unitWordPP,
	"bp": unitWordBP, "bps": unitWordBP, "bpts": unitWordBP,
	"point": unitWordPoint, "points": unitWordPoint,
	"basis": unitWordBasis, "m": unitWordMetre, "mm": unitWordMetre,
	"pounds": unitWordPound, "pound": unitWordPound, "lb": unitWordPound, "lbs": unitWordPound,
}

// percentTail finishes a percentage, which may turn out to be percentage points.
func (s *scanner) percentTail(end int) unitInfo {
	text := s.text
	if shortcuts && noWordAt(text, end) {
		return unitInfo{unit: UnitPercent, divisor: 1, end: end} // "5%,": most percentages
	}
	p := s.nextWord(end)
	if w := text[p.start:p.end]; ascii.EqualFold(w, "point") || ascii.EqualFold(w, "points") {
		return unitInfo{unit: UnitPP, divisor: 1, end: p.end}
	}
	return unitInfo{unit: UnitPercent, divisor: 1, end: end}
}

// countedNoun accepts the noun a number counts: plural after most numbers ("13,000 workers"),
// singular after one ("one year").
func (s *scanner) countedNoun(w span, value float64) (unitInfo, bool) {
	word := s.text[w.start:w.end]
	if len(word) < 2 || nonUnitTable.Get(word) {
		return unitInfo{}, false
	}
	if nw, isNum := numberWordTable.Lookup(word); isNum && nw.kind != kindFraction {
		return unitInfo{}, false
	}
	word = ascii.Lower(word)
	if sg, ok := irregularSingularTable.Lookup(word); ok {
		return unitInfo{unit: sg, divisor: 1, end: w.end}, true
	}
	if isPlural(word) {
		return unitInfo{unit: regularSingular(word), divisor: 1, end: w.end}, true
	}
	if value == 1 && !hasSuffix(word, "ly") && !hasSuffix(word, "ed") && !hasSuffix(word, "ing") {
		return unitInfo{unit: word, divisor: 1, end: w.end}, true
	}
	return unitInfo{}, false
}

// currencyNameShapes pre-test the first word of a currency name.
var currencyNameShapes = newShapes(keys(currencyWords), keys(currencyAdjectives), []string{"hong", "new", "south"})

// currencyName reads "dollars", "US dollars", "Swiss francs", "Hong Kong dollars", "euros".
func (s *scanner) currencyName(w span) (unitInfo, bool) {
	text := s.text
	if !currencyNameShapes.may(text[w.start:w.end]) {
		return unitInfo{}, false
	}
	if cw, ok := currencyWordTable.Lookup(text[w.start:w.end]); ok {
		if ambiguousCurrency[cw.code] {
			// "won", "real", "marks", "shillings" are everyday or ambiguous words; only an
			// adjective makes them money.
			return unitInfo{}, false
		}
		return unitInfo{unit: cw.code, divisor: cw.divisor, end: w.end}, true
	}
	adj, ok := currencyAdjectiveTable.Lookup(text[w.start:w.end])
	if !ok {
		if !ascii.EqualFoldAny(text[w.start:w.end], "hong", "new", "south") {
			return unitInfo{}, false
		}
	}
	// Up to two more words may complete the name: "Hong Kong dollars", "South African rand".
	next := w
	for k := 0; k < 2; k++ {
		next = s.nextWord(next.end)
		if next.empty() {
			return unitInfo{}, false
		}
		if cw, found := currencyWordTable.Lookup(text[next.start:next.end]); found {
			if adj == nil {
				return unitInfo{}, false
			}
			code, known := adj[cw.code]
			if !known {
				return unitInfo{}, false
			}
			return unitInfo{unit: code, divisor: cw.divisor, end: next.end}, true
		}
		if a, found := currencyAdjectiveTable.Lookup(text[next.start:next.end]); found {
			adj = a
		}
	}
	return unitInfo{}, false
}

// thresholdMark reports "the 3 million mark", "the $3.5 trillion mark": a level a series
// passes, named by the singular noun "mark" after a definite article, which ends the phrase
// (the sentence goes on with a preposition, a conjunction or punctuation). Deutsche marks
// are counted in the plural ("24.8 billion marks") or modify a noun ("a 10 billion mark
// loan"), and an amount is no threshold there.
func (s *scanner) thresholdMark(n *number, w span) bool {
	text := s.text
	if !ascii.EqualFold(text[w.start:w.end], "mark") {
		return false
	}
	if next := s.nextWord(w.end); !next.empty() && !nonUnitTable.Get(text[next.start:next.end]) {
		return false
	}
	at := n.start
	if cs, _, _, ok := s.currencyBefore(n.start); ok {
		at = cs
	}
	the := s.prevWord(at)
	return !the.empty() && ascii.EqualFold(text[the.start:the.end], "the")
}

// ambiguousCurrency are the currencies whose name needs an adjective or a large amount.
var ambiguousCurrency = map[string]bool{"KRW": true, "BRL": true, "DEM": true, "KES": true, "KWD": true}

// currencyCode reads an ISO code written as a word: "USD", "usd", "Rs", and the
// million-prefixed codes of financial copy ("MUSD", "MEUR"), whose scale it returns.
func currencyCode(word string) (string, int, bool) {
	if len(word) < 2 || len(word) > 4 {
		return "", 0, false // every code and abbreviation is two to four bytes
	}
	if isLowerByte(word[0]) {
		// Every code of currencyCodes begins with a capital (a test holds them to it): the
		// words after most numbers need one look-up, not two.
		code, ok := lowerCurrencyCodeTable.Lookup(word)
		return code, 0, ok
	}
	if code, ok := currencyCodeTable.Lookup(word); ok {
		return code, 0, true
	}
	if len(word) == 4 && word[0] == 'M' {
		if code, ok := currencyCodeTable.Lookup(word[1:]); ok && len(code) == 3 {
			return code, 6, true
		}
	}
	return "", 0, false
}

// subUnitAfter reads the cents of an amount in words: "3 dollars 50 cents", "thirteen
// dollars and forty-five cents", "10 $ 30 cent". Only a sub-unit word makes the second
// number cents; "15 dollars 50" is left alone.
func (s *scanner) subUnitAfter(end int, code string) (float64, int, bool) {
	text := s.text
	i := skipBlank(text, end)
	if i == end {
		return 0, 0, false
	}
	if w := s.nextWord(i); !w.empty() && ascii.EqualFold(text[w.start:w.end], "and") {
		i = skipBlank(text, w.end)
	}
	var n number
	var ok bool
	switch {
	case i < len(text) && ascii.IsDigit(text[i]):
		n, _, ok = parseDigits(text, i)
		ok = ok && n.unit == "" && !n.scaled && n.decimals == 0
	default:
		sub := scanner{text: text, floor: i}
		n, ok = sub.parseWords(i)
		ok = ok && !n.scaled
	}
	if !ok || n.value < 1 || n.value >= 100 {
		return 0, 0, false
	}
	w := s.nextWord(n.end)
	if w.empty() {
		return 0, 0, false
	}
	cw, found := currencyWordTable.Lookup(text[w.start:w.end])
	if !found || cw.divisor != 100 || cw.code != code && !(cw.code == "USD" && centCurrencies[code]) {
		return 0, 0, false
	}
	return n.value / 100, w.end, true
}

// centCurrencies divide into cents: "cents" after an amount in them is their sub-unit.
var centCurrencies = map[string]bool{"USD": true, "EUR": true, "AUD": true, "CAD": true, "NZD": true, "HKD": true, "SGD": true}

// IsCurrency reports whether a unit is money: a three-letter ISO 4217 code such as USD.
func IsCurrency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if unit[i] < 'A' || unit[i] > 'Z' {
			return false
		}
	}
	return true
}

// currencyBefore finds a currency sign or code right before a number: "$", "US$", "HK$",
// "£", "€", "¥", "₽", "USD ", "Rs ".
func (s *scanner) currencyBefore(numStart int) (int, string, int, bool) {
	text := s.text
	j := skipBlankBack(text, numStart)
	if j <= s.floor || numStart-j > 1 {
		return 0, "", 0, false
	}
	if text[j-1] == '$' {
		k := j - 1
		// Letters glued to the sign, or one uppercase word before it: "US$", "us $".
		ls := k
		for ls > s.floor && (ascii.IsLetter(text[ls-1]) || text[ls-1] == '.') {
			ls--
		}
		if ls < k {
			if code, ok := dollarPrefixTable.Lookup(text[ls:k]); ok && (ls == 0 || !ascii.IsWordByte(text[ls-1])) {
				return ls, code, 0, true
			}
		} else if w := s.prevWord(k); !w.empty() && k-w.end == 1 {
			if code, ok := detachedDollarPrefixTable.Lookup(text[w.start:w.end]); ok {
				return w.start, code, 0, true
			}
		}
		return k, "USD", 0, true
	}
	if text[j-1] >= 0x80 {
		for _, sign := range currencySigns {
			if j-len(sign.sign) >= s.floor && text[j-len(sign.sign):j] == sign.sign {
				return j - len(sign.sign), sign.code, 0, true
			}
		}
		return 0, "", 0, false
	}
	if !ascii.IsLetter(text[j-1]) && text[j-1] != '.' {
		return 0, "", 0, false // most numbers: a space and a word, or punctuation
	}
	// The word before: prevWord(numStart) is prevWord(j), and the rules after this one ask
	// for it at numStart.
	w := s.prevWord(numStart)
	if j == numStart || !w.empty() && w.start > s.floor && text[w.start-1] == '$' {
		// moneyPrefix finds the letters of w again: most numbers have a blank and a word
		// before and no sign, which the test above tells.
		if at, code, ok := moneyPrefix(text, j, s.floor, j == numStart); ok {
			return at, code, 0, true
		}
	}
	if !w.empty() && w.end == j {
		word := text[w.start:w.end]
		if w.end < len(text) && text[w.end] == '.' {
			word = text[w.start : w.end+1]
		}
		if code, scale, ok := currencyCode(word); ok {
			return w.start, code, scale, true
		}
	}
	return 0, "", 0, false
}

// moneyPrefix reads the letters before end as a money prefix: "$US", "$A", "RM", "DM", and,
// glued to the digits only, "R" (rand) and "PS" (a pound sign lost in an old encoding).
func moneyPrefix(text string, end, floor int, glued bool) (int, string, bool) {
	ls := end
	for ls > floor && ascii.IsLetter(text[ls-1]) {
		ls--
	}
	if ls == end {
		return 0, "", false
	}
	word := text[ls:end]
	if ls > floor && text[ls-1] == '$' {
		if code, ok := dollarSuffixes[word]; ok && (ls == 1 || !ascii.IsWordByte(text[ls-2])) {
			return ls - 1, code, true
		}
		return 0, "", false
	}
	if ls > 0 && ascii.IsWordByte(text[ls-1]) {
		return 0, "", false
	}
	if !glued {
		return 0, "", false // most numbers: a word and a space before; the map is spared
	}
	if code, ok := gluedOnlyPrefixes[word]; ok {
		return ls, code, true
	}
	return 0, "", false
}

// codeLeadsNumber reports a currency code after a number that belongs to the next number
// instead: "rmb 10 usd 20", "3 USD50 cards".
func (s *scanner) codeLeadsNumber(w span, numStart int) bool {
	text := s.text
	if digitAt(text, w.end) {
		return true
	}
	k := skipBlank(text, w.end)
	if k == w.end || !digitAt(text, k) {
		return false
	}
	_, _, _, money := s.currencyBefore(numStart)
	return money
}

var currencySigns = []struct{ sign, code string }{
	{"£", "GBP"}, {"€", "EUR"}, {"¥", "JPY"}, {"₽", "RUB"}, {"₹", "INR"}, {"₩", "KRW"},
	{"₺", "TRY"}, {"₴", "UAH"}, {"元", "CNY"}, {"₦", "NGN"}, {"₱", "PHP"}, {"₪", "ILS"},
	{"₫", "VND"}, {"₸", "KZT"}, {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"₿", "BTC"},
	{"ரூ", "LKR"},
}

// signBefore reads a minus sign or the words "minus"/"negative" before the phrase.
func (s *scanner) signBefore(start int) (bool, int) {
	text := s.text
	if start > s.floor {
		c := text[start-1]
		if c == '-' && (start == 1 || !ascii.IsWordByte(text[start-2]) && text[start-2] != '-') {
			return true, start - 1
		}
		if start >= 3 && start-3 >= s.floor && c >= 0x80 {
			switch text[start-3 : start] {
			case "−":
				return true, start - 3
			case "‐": // U+2010, the typographic hyphen: the rule of '-'
				if start == 3 || !ascii.IsWordByte(text[start-4]) && text[start-4] != '-' {
					return true, start - 3
				}
			case "–", "‒": // the en dash and the figure dash, which typeset copy prints for a minus
				if dashIsMinus(text, start-3, s.floor) {
					return true, start - 3
				}
			}
		}
	}
	w := s.prevWord(start)
	if word := text[w.start:w.end]; ascii.EqualFold(word, "minus") || ascii.EqualFold(word, "negative") {
		return true, w.start
	}
	if start >= 6 && start-6 >= s.floor && text[start-1] == '-' && boundWordBefore(text, start-1) && ascii.EqualFold(text[start-6:start-1], "minus") {
		return true, start - 6 // "minus-5"
	}
	return false, start
}

// dashIsMinus reports that the en dash or figure dash at i, glued to the number after it, is a
// minus sign: it opens the text or follows a blank, an opening bracket or quote, a colon or an
// equals sign, and no figure ends just before it ("was –0.5%", "(–0.9% in 2023)"). After a
// figure it joins a range ("2–3%", "2 –3%"), and after a word it is a hyphen ("Q1–3").
func dashIsMinus(text string, i, floor int) bool {
	if i == floor {
		return true
	}
	switch c := text[i-1]; c {
	case ' ', '\t', '\n', '(', '[', ':', '=', '"', '\'':
	default:
		if c < 0x80 {
			return false
		}
		if r, _ := utf8.DecodeLastRuneInString(text[floor:i]); r != 0xA0 && r != 0x202F && r != 0x2009 && r != '“' && r != '‘' && r != '«' {
			return false
		}
	}
	k := skipBlankBack(text, i)
	for k > floor && text[k-1] == 0xA0 && k-1 > floor && text[k-2] == 0xC2 {
		k = skipBlankBack(text, k-2)
	}
	return k == floor || !ascii.IsDigit(text[k-1]) && text[k-1] != '%'
}

// qualifierBefore matches the hedge words or comparison sign before the phrase.
func (s *scanner) qualifierBefore(start int) (int, string) {
	// A sign is ASCII '<', '>', '=', '~' or non-ASCII: symbolBefore's test of the byte before
	// the blanks, made here first, spares most numbers the call.
	if c := s.text[max(skipBlankBack(s.text, start), 1)-1]; c == '<' || c == '>' || c == '=' || c == '~' || c >= 0x80 {
		if at, qual := s.symbolBefore(start); qual != "" {
			return at, qual
		}
	}
	if start >= 4 && start-4 >= s.floor && s.text[start-1] == '-' && boundWordBefore(s.text, start-1) && ascii.EqualFold(s.text[start-4:start-1], "sub") {
		return start - 4, "less_than" // "sub-7% growth"
	}
	var words [5]span
	// Most numbers have no hedge: the word right before tells, with one lookup.
	last := s.prevWord(start)
	if last.empty() || !qualifierShapes.may(s.text[last.start:last.end]) {
		return start, ""
	}
	ending := qualifierLastWordTable.Ref(s.text[last.start:last.end])
	if ending == nil {
		return start, ""
	}
	// The words before the last are read only as far as a phrase still matches: "to" ends
	// "less than or equal to" and "up to", and "rose to 5%" is told by "rose", which leaves
	// no phrase to read further. They are read with prevWordAt: the memo keeps the word
	// before the number, which the rules after this one ask for.
	words[0] = last
	read, done := 1, false
	phrases := ending.unkeyed
	if len(ending.byPenult) > 0 {
		if w := prevWordAt(s.text, last.start, s.floor); !w.empty() {
			words[1] = w
			read++
			key := wordKey(s.text[w.start:w.end])
			for _, b := range ending.byPenult {
				if b.key == key {
					phrases = b.phrases
					break
				}
			}
		} else {
			done = true
		}
	}
	for i := range phrases {
		p := &phrases[i]
		k := len(p.words)
		if k > len(words) {
			continue
		}
		match := true
		for m := 1; m < k; m++ {
			if m == read && !done {
				if w := prevWordAt(s.text, words[m-1].start, s.floor); !w.empty() {
					words[m] = w
					read++
				} else {
					done = true
				}
			}
			if m >= read {
				match = false
				break
			}
			if w := words[m]; !ascii.EqualFold(s.text[w.start:w.end], p.words[k-1-m]) {
				match = false
				break
			}
		}
		if match {
			if passiveCrossing(s.text, &p.qualifierPhrase, words[k-1].start, s.floor) {
				return start, "" // "the fortress was breached four times"
			}
			return words[k-1].start, p.qualifier
		}
	}
	return start, ""
}

// passiveCrossing reports a verb of crossing a level (crossingVerbs) in the passive, a form
// of "be" before it: "was breached four times", "a record that was passed 12 times". Its
// subject is what was crossed, and the figure after it counts the times, not a level passed.
func passiveCrossing(text string, p *qualifierPhrase, at, floor int) bool {
	if !crossingVerbs[strings.ToLower(p.words[0])] {
		return false
	}
	w := prevWordAt(text, at, floor)
	if w.empty() {
		return false
	}
	switch strings.ToLower(text[w.start:w.end]) {
	case "was", "were", "is", "are", "be", "been", "being", "get", "got", "gets":
		return true
	}
	return false
}

// crossingVerbs are the past participles of the verbs of qualifierPhrases that say a series
// went past a level: only they make a passive ("is exceeding 10%" is an action going on).
var crossingVerbs = map[string]bool{
	"passed": true, "crossed": true, "breached": true, "topped": true, "exceeded": true, "surpassed": true,
}

// comparisonSigns are the signs of tables and tech copy: "<= 30", "≥5", "~40".
var comparisonSigns = []struct{ sign, qualifier string }{
	{">=", "at_least"}, {"> =", "at_least"}, {"≥", "at_least"}, {"<=", "at_most"}, {"< =", "at_most"},
	{"≤", "at_most"}, {">", "more_than"}, {"<", "less_than"}, {"≈", "approx"}, {"~", "approx"},
	{"∼", "approx"},
}

// symbolBefore reads a comparison sign right before the phrase.
func (s *scanner) symbolBefore(start int) (int, string) {
	j := skipBlankBack(s.text, start)
	if j <= s.floor || start-j > 2 {
		return start, ""
	}
	c := s.text[j-1]
	if c != '>' && c != '<' && c != '=' && c != '~' && c < 0x80 {
		return start, ""
	}
	for _, cs := range comparisonSigns {
		if k := j - len(cs.sign); k >= s.floor && s.text[k:j] == cs.sign {
			if k > 0 && (s.text[k-1] == '<' || s.text[k-1] == '>' || s.text[k-1] == '-' || s.text[k-1] == '=') {
				return start, "" // arrows and markup: "<->", "=>"
			}
			if cs.sign == "~" && k > 0 && ascii.IsDigit(s.text[k-1]) {
				return start, "" // "20~100" is a range
			}
			return k, cs.qualifier
		}
	}
	return start, ""
}

// changeBefore finds the change verb before a phrase: "rose 0.3 points", "fell by 5%",
// "up 2%", "a rise of 2%"; none for levels ("rose to 3%").
func (s *scanner) changeBefore(start int) string {
	text := s.text
	w := s.prevWord(start)
	if w.empty() {
		return ""
	}
	word := text[w.start:w.end] // the tables fold case: no lower-case copy
	switch {
	case ascii.EqualFold(word, "by"):
		// The verb may be separated by its object: "cut interest rates by 0.25".
		v := w
		for k := 0; k < 3; k++ {
			v = s.prevWord(v.start)
			if v.empty() {
				return ""
			}
			if c, ok := changeWordTable.Lookup(text[v.start:v.end]); ok {
				return c
			}
		}
		return ""
	case ascii.EqualFold(word, "of"):
		v := s.prevWord(w.start)
		if v.empty() {
			return ""
		}
		return changeNounTable.Get(text[v.start:v.end])
	}
	return changeWordTable.Get(word)
}

// changeAfter reads "a 2% rise", "3% higher".
func (s *scanner) changeAfter(end int) string {
	if shortcuts && noWordAt(s.text, end) {
		return ""
	}
	w := s.nextWord(end)
	if w.empty() || w.start == end {
		return ""
	}
	word := s.text[w.start:w.end]
	if c, ok := changeNounTable.Lookup(word); ok {
		return c
	}
	switch {
	case ascii.EqualFold(word, "higher") || ascii.EqualFold(word, "up"):
		return "up"
	case ascii.EqualFold(word, "lower") || ascii.EqualFold(word, "down"):
		return "down"
	}
	return ""
}

// rangeAfter reads the second half of a range: "between 2% and 3%", "6-7%", "from 252 to
// 287 miles", "$1bn-$2bn". A change verb before "from" makes "to" the new level, not a
// range end ("rose from 3% to 4%"); after a verb without "from", a hyphen still joins a
// range ("grew 6-7%") and so does "to" between close numbers ("rose 6 to 7 per cent").
func (s *scanner) rangeAfter(q *Quantity, n *number, u *unitInfo, lead string, changed bool) bool {
	text := s.text
	i := u.end
	var secondStart int
	toLevel, orRange := false, false
	switch {
	case lead == "between":
		w := s.nextWord(i)
		if w.empty() || !ascii.EqualFold(text[w.start:w.end], "and") {
			return false
		}
		secondStart = skipBlank(text, w.end)
	default:
		if shortcuts && noJointAt(text, i) {
			return false // "5%,", "5)": most numbers are spared the tests below
		}
		if lead == "from" && s.changeBeforeWordAt(q.Start) {
			return false
		}
		j := skipBlank(text, i)
		switch {
		case j == i && j < len(text) && (text[j] == '-' || text[j] == '~') && !(j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\t')):
			secondStart = j + 1
		case j > i && j+1 < len(text) && text[j] == '-' && (text[j+1] == ' ' || text[j+1] == '\t'):
			secondStart = skipBlank(text, j+1) // "1,000 - 5,000"
		case j < len(text) && text[j] == 0xE2 && (hasPrefix(text, j, "–") || hasPrefix(text, j, "—")): // both begin with 0xE2
			secondStart = skipBlank(text, j+len("–"))
		case j == i && j < len(text) && text[j] == '/' && IsCurrency(q.Unit) && !digitAt(text, j+1):
			secondStart = j + 1 // "$5/$6": two prices, each with its sign
		case j == i && j+1 < len(text) && text[j] == '-' && (text[j+1] == ' ' || text[j+1] == '\t') && q.Unit == "":
			// "a two- to three-year delay", "8- to 16-metre": the first hyphen waits for the
			// unit of the second.
			w := s.nextWord(j + 1)
			if w.empty() || !ascii.EqualFoldAny(text[w.start:w.end], "to", "or", "and") {
				return false
			}
			secondStart = skipBlank(text, w.end)
		default:
			w := s.nextWord(i)
			if w.empty() {
				return false
			}
			switch word := text[w.start:w.end]; {
			case ascii.EqualFold(word, "to"):
				// After a change verb, "to" usually names the new level ("the Dow fell 25
				// to 10,500"), and so may "2% to 3%" without "from": they join a range only
				// of close numbers ("grew by 6 to 7 per cent", "4% to 4.5%").
				toLevel = changed && lead != "from" || lead != "from" && q.Unit != ""
			case ascii.EqualFold(word, "through") || ascii.EqualFold(word, "thru"):
			case ascii.EqualFold(word, "or"):
				// "two or three", "5 or 6 per cent": close alternatives are a range.
				orRange = true
			default:
				return false
			}
			secondStart = skipBlank(text, w.end)
		}
	}
	// The second number's phrase may not look back past the joint: in "4.1%-4.3%" the dash
	// joins, it is no minus sign.
	sub := scanner{text: text, floor: secondStart}
	var second number
	if !sub.numberAt(&second, secondStart) {
		return false
	}
	sub.applyScaleWord(&second)
	// phrase may change the number it reads: what is asked of it below is kept first.
	secondScaled, secondExp := second.scaled, second.exp
	var r Quantity
	_, ok := sub.phrase(&second, false, &r)
	// The word after the second half, which sub read last, is the word this phrase reads next
	// (changeAfter): nextWordAt depends on the text alone, so sub's memo holds for s as well.
	s.nextMemo = sub.nextMemo
	if !ok || r.Start != secondStart || r.Qualifier != "exact" || r.ValueMax != nil {
		return false
	}
	// q is written only once the range is sure.
	unit, value, step := q.Unit, q.Value, q.Step
	switch {
	case q.Unit == r.Unit:
	case IsCurrency(q.Unit) && len(r.Unit) > len(q.Unit) && r.Unit[len(q.Unit)] == '/' && strings.HasPrefix(r.Unit, q.Unit):
		unit = r.Unit // "$80-$90 a barrel": the rate is the range's
	case q.Unit == "" && u.end == n.end:
		unit = r.Unit
		if secondScaled && !n.scaled {
			// "between 1 and 2 billion": the scale belongs to both ends.
			value, step = scaleBy(*n, secondExp)
		}
	default:
		return false
	}
	lo, hi := value, r.Value
	if toLevel && (hi <= lo || lo <= 0 || hi > 3*lo || r.Unit == "") || orRange && (hi <= lo || lo <= 0 || hi > 5*lo) {
		return false
	}
	if hi < lo {
		lo, hi = hi, lo
	}
	q.Unit, q.Step = unit, step
	q.Value = lo
	q.ValueMax = s.upperEnd(hi)
	q.End = r.End
	return true
}

// noJointAt reports, from the byte at i alone, that no second half of a range follows a
// phrase that ends at i, unless the range opened with "between": the byte is no blank that
// skipBlank passes over, no letter of a joining word ("to", "or"), and none of the marks that
// join the halves ('-', '~', '/', and the dashes, which begin with 0xE2).
func noJointAt(text string, i int) bool {
	return noWordAt(text, i) && text[i] != '-' && text[i] != '~' && text[i] != '/' && text[i] != 0xE2
}

// raisesMoney reports "raised $1.2bn" and "raising £50m": raising money is obtaining it, not a
// change of the amount. "raised its offer by $1bn" keeps the change.
func (s *scanner) raisesMoney(start int) bool {
	w := s.prevWord(start)
	return !w.empty() && ascii.EqualFoldAny(s.text[w.start:w.end], "raise", "raised", "raises", "raising")
}

// changeBeforeWordAt reports a change verb before "from": "rose from 3% to 4%".
func (s *scanner) changeBeforeWordAt(start int) bool {
	from := s.prevWord(start)
	if from.empty() {
		return false
	}
	v := s.prevWord(from.start)
	if v.empty() {
		return false
	}
	_, ok := changeWordTable.Lookup(s.text[v.start:v.end])
	return ok
}

// numberAt parses the number (digits or words, with an optional currency sign) at i into n,
// which must be the zero number: it is written in place, as parseDigitsTo writes it, where a
// number returned was copied out of two calls at every range.
func (s *scanner) numberAt(n *number, i int) bool {
	text := s.text
	for _, sign := range currencySigns {
		if i >= len(text) || text[i] < 0x80 {
			break // every sign is non-ASCII
		}
		if hasPrefix(text, i, sign.sign) {
			i = skipBlank(text, i+len(sign.sign))
			break
		}
	}
	if i < len(text) && text[i] == '$' {
		i = skipBlank(text, i+1)
	}
	if e := ascii.WordEnd(text, i); e > i && e-i <= 4 && e < len(text) && (text[e] == '$' || digitAt(text, e) || text[e] == ' ' && digitAt(text, e+1)) {
		// A code or prefix before the second end: "R30bn to R35bn", "US$5-US$6", "USD 5 to USD 6".
		letters := text[i:e]
		_, code := currencyCodes[letters]
		_, glued := gluedOnlyPrefixes[letters]
		_, dollar := dollarPrefixTable.Lookup(letters)
		switch {
		case text[e] == '$' && dollar:
			i = skipBlank(text, e+1)
		case code || glued && digitAt(text, e):
			i = skipBlank(text, e)
		}
	}
	if (hasPrefix(text, i, "-") || hasPrefix(text, i, "−")) && digitAt(text, i+signWidth(text, i)) {
		i += signWidth(text, i) // "from -18 °C to -34 °C": the phrase reads the sign
	}
	if i < len(text) && ascii.IsDigit(text[i]) {
		_, ok := parseDigitsTo(n, text, i)
		return ok
	}
	if _, ok := numberWordAt(text, i); ok {
		var read bool
		*n, read = s.parseWords(i)
		return read
	}
	return false
}

func hasPrefix(text string, i int, p string) bool {
	return i >= 0 && i+len(p) <= len(text) && ascii.EqualFold(text[i:i+len(p)], p)
}

// digitAt reports a digit at i, false past the end of text.
func digitAt(text string, i int) bool { return i < len(text) && ascii.IsDigit(text[i]) }

func hasSuffix(w, suffix string) bool {
	return len(w) >= len(suffix) && w[len(w)-len(suffix):] == suffix
}

// mixedNumber joins a whole number to the fraction after it: "2 1/4" is 2.25. The whole
// number was emitted already as its own quantity, so it is taken back.
func (s *scanner) mixedNumber(n number) number {
	k := len(s.out) - 1
	if k < 0 || s.out[k].End != n.mixedWith || s.out[k].Unit != "" || s.out[k].Value != float64(int64(s.out[k].Value)) {
		return n
	}
	whole := s.out[k]
	s.out = s.out[:k]
	s.floor = 0
	if k > 0 {
		s.floor = s.out[k-1].End
	}
	// The sign, if any, is read again from the new start.
	n.start = whole.NumStart
	n.value += math.Abs(whole.Value)
	return n
}

// metricSuffix decides what a glued "m" or "mm" is: a million after a currency sign or before
// a currency word ("£5m", "5mm dollars"), else "mm" is millimetres ("a 9mm pistol") and "m"
// is metres where the words after speak of distance ("the 100m sprint", "a 30m wave").
func (s *scanner) metricSuffix(n number) number {
	if _, _, _, money := s.currencyBefore(n.start); money {
		return n
	}
	if w := s.nextWord(n.end); !w.empty() {
		word := s.text[w.start:w.end]
		if _, ok := currencyWordTable.Lookup(word); ok {
			return n
		}
		if _, _, ok := currencyCode(word); ok {
			return n
		}
	}
	if n.suffix == "m" && !s.metreContext(n.end) && !s.raceBefore(n.start, n.end) {
		return n
	}
	n.value, n.step = scaledValue(n.mant, n.decimals, 0)
	n.scaled, n.exp = false, 0
	n.unit, n.unitEnd = n.suffix, n.end
	n.end -= len(n.suffix)
	return n
}

// metreContext reports words after a number of metres: a race, a height or a depth.
func (s *scanner) metreContext(end int) bool {
	w := s.nextWord(end)
	if w.empty() {
		return false
	}
	return metreWordTable.Get(s.text[w.start:w.end])
}

// weightContext reports "pounds" of weight: after a verb of weighing, before "heavier", or
// of a substance ("200 pounds of cocaine").
func (s *scanner) weightContext(start, end int) bool {
	text := s.text
	if v := s.prevWord(start); !v.empty() && weighWordTable.Get(text[v.start:v.end]) {
		return true
	}
	w := s.nextWord(end)
	if w.empty() {
		return false
	}
	word := ascii.Lower(text[w.start:w.end])
	if word == "of" {
		x := s.nextWord(w.end)
		return !x.empty() && weightStuffTable.Get(text[x.start:x.end])
	}
	return weighWords[word]
}

// perUnit reads the denominator of a rate after a unit: "$80 a barrel", "£1,000 a month",
// "10 hours per day", "€1.50/litre". Percentages, points and counted nouns keep their unit.
func (s *scanner) perUnit(u unitInfo) unitInfo {
	text := s.text
	i := u.end
	if i+1 < len(text) && text[i] == '-' && ascii.IsLetter(text[i+1]) {
		// "a $2,000-a-month flat", "a $5-per-share payout".
		a := ascii.WordEnd(text, i+1)
		if a+1 < len(text) && text[a] == '-' && ascii.IsLetter(text[a+1]) && ascii.EqualFoldAny(text[i+1:a], "a", "an", "per") {
			w := span{a + 1, ascii.WordEnd(text, a+1)}
			if name, ok := s.perName(w, true); ok {
				u.unit += "/" + name
				u.end = w.end
			}
		}
		return u
	}
	if i+1 < len(text) && text[i] == '/' && ascii.IsLetter(text[i+1]) {
		w := span{i + 1, ascii.WordEnd(text, i+1)}
		if name, ok := s.perName(w, true); ok {
			u.unit += "/" + name
			u.end = w.end
		}
		return u
	}
	w := s.nextWord(i)
	if w.empty() || w.start == i {
		return u
	}
	if ascii.EqualFold(text[w.start:w.end], "of") {
		// "2.5 tonnes of coal an hour": the rate follows what is measured.
		if stuff := s.nextWord(w.end); !stuff.empty() && isLowerByte(text[stuff.start]) && !nonUnitTable.Get(text[stuff.start:stuff.end]) {
			if a := s.nextWord(stuff.end); !a.empty() && ascii.EqualFoldAny(text[a.start:a.end], "a", "an", "per") {
				if x := s.nextWord(a.end); !x.empty() {
					if name, ok := s.perName(x, false); ok {
						u.unit += "/" + name
						u.end = x.end
					}
				}
			}
		}
		return u
	}
	explicit := ascii.EqualFold(text[w.start:w.end], "per")
	if !explicit && !ascii.EqualFoldAny(text[w.start:w.end], "a", "an") {
		return u
	}
	x := s.nextWord(w.end)
	if x.empty() {
		return u
	}
	if name, ok := s.perName(x, explicit); ok {
		u.unit += "/" + name
		u.end = x.end
	}
	return u
}

// perName names the denominator of a rate: a unit of units.csv, or a noun that things are
// counted per. After "per" any singular noun will do ("per share"); after "a" only those,
// since "a" also starts the next noun phrase ("$5m a deal was struck" is rare, "$5m a year"
// common).
func (s *scanner) perName(w span, explicit bool) (string, bool) {
	text := s.text
	if u, e, ok := lexUnitAt(text, w.start, false); ok && e == w.end && u.dimension != "rate" && u.dimension != "money" {
		return u.name, true
	}
	lw := ascii.Lower(text[w.start:w.end])
	if name, ok := perNouns[lw]; ok {
		return name, true
	}
	if explicit && isLowerWord(text[w.start:w.end]) && len(lw) > 2 && !nonUnits[lw] && !isPlural(lw) && lw != "cent" {
		return lw, true
	}
	return "", false
}

// InClaimUnits returns q as a claim states it: money in whole currency units ("25 cent" is
// 0.25 USD, "50p" 0.5 GBP), basis points as percentage points, and without the denominator
// of a rate ("$80 a barrel" is 80 USD).
func InClaimUnits(q Quantity) Quantity {
	unit := q.Unit
	if k := strings.IndexByte(unit, '/'); k > 0 {
		unit = unit[:k]
	}
	div := 1.0
	if whole, parts, ok := subunitOf(unit); ok {
		unit, div = whole, parts
	}
	if unit == q.Unit {
		return q
	}
	if !IsCurrency(unit) && unit != UnitPP {
		return q // a physical rate such as km/h is one unit
	}
	q.Unit = unit
	q.Value /= div
	q.Step /= div
	if q.ValueMax != nil {
		hi := *q.ValueMax / div
		q.ValueMax = &hi
	}
	return q
}

// MayRestate reports whether InClaimUnits may change a quantity of unit: a price per thing
// ("USD/barrel") or a subunit (a hundredth of a currency, a basis point). Most figures (a
// percentage, a sum of money, a span of time, a count of things) are in claim units already,
// and a caller reading many spares their copies through InClaimUnits.
func MayRestate(unit string) bool {
	if unit == "" || unit == UnitPercent {
		return false // (most figures)
	}
	if _, _, ok := subunitOf(unit); ok {
		return true
	}
	return strings.IndexByte(unit, '/') > 0
}

// subunitOf returns the unit InClaimUnits states a subunit in, and how many of it make one.
func subunitOf(unit string) (whole string, parts float64, ok bool) {
	switch unit {
	case "cent":
		return "USD", 100, true
	case "penny":
		return "GBP", 100, true
	case "kopeck":
		return "RUB", 100, true
	case "satoshi":
		return "BTC", 1e8, true
	case UnitBP:
		return UnitPP, 100, true
	}
	return "", 0, false
}

// percentOfBefore reads "percent of" before a number that no number precedes: "percent of
// 10" is 10 percent, where "60 percent of 10 million people" leaves the 10 million a count.
func (s *scanner) percentOfBefore(start int) (int, bool) {
	text := s.text
	of := s.prevWord(start)
	if of.empty() || !ascii.EqualFold(text[of.start:of.end], "of") {
		return 0, false
	}
	p := s.prevWord(of.start)
	if p.empty() {
		return 0, false
	}
	switch ascii.Lower(text[p.start:p.end]) {
	case "percent", "percents":
	case "cent":
		per := s.prevWord(p.start)
		if per.empty() || !ascii.EqualFold(text[per.start:per.end], "per") {
			return 0, false
		}
		p.start = per.start
	default:
		return 0, false
	}
	if k := skipBlankBack(text, p.start); k > 0 && (ascii.IsDigit(text[k-1]) || text[k-1] == '%') {
		return 0, false
	}
	if w := prevWordAt(text, p.start, 0); !w.empty() {
		if _, isNum := numberWordTable.Lookup(text[w.start:w.end]); isNum {
			return 0, false
		}
	}
	return p.start, true
}

// nounModifier reports a singular noun used as a modifier before a plural one: "security" in
// "12 security flaws".
func (s *scanner) nounModifier(w span, lw string) bool {
	if len(lw) < 3 || isPlural(lw) || hasSuffix(lw, "ly") || hasSuffix(lw, "ed") {
		return false
	}
	next := s.nextWord(w.end)
	if next.empty() || next.start-w.end != 1 || !isPlural(s.text[next.start:next.end]) {
		return false
	}
	if numberWordTable.Has(lw) || nonUnitTable.Get(lw) {
		return false
	}
	return !nonUnitTable.Get(s.text[next.start:next.end])
}

// raceBefore reports "the 100m" named as a race: "won the 100m in 9.8 seconds", "the 400m
// final". With no currency and a preposition or the end after it, "the 5m" is a distance.
func (s *scanner) raceBefore(start, end int) bool {
	text := s.text
	the := s.prevWord(start)
	if the.empty() || !ascii.EqualFold(text[the.start:the.end], "the") {
		return false
	}
	next := s.nextWord(end)
	if next.empty() {
		k := skipBlank(text, end)
		return k >= len(text) || text[k] == '.' || text[k] == ',' || text[k] == ';'
	}
	return ascii.EqualFoldAny(text[next.start:next.end], "in", "at", "on", "with", "for", "and", "title", "crown", "record")
}

// CurrencyNamed returns the ISO 4217 code of a currency named by word, with the adjective
// before it when there is one ("yen", "sterling"; "Australian" and "dollar" is AUD). Words
// that are everyday words as often as money ("won", "real") are no currency here.
func CurrencyNamed(adjective, word string) (string, bool) {
	cw, ok := currencyWordTable.Lookup(word)
	if !ok || cw.divisor != 1 {
		return "", false
	}
	if adj, ok := currencyAdjectiveTable.Lookup(adjective); ok {
		if code, ok := adj[cw.code]; ok {
			return code, true
		}
	}
	if ambiguousCurrency[cw.code] {
		return "", false
	}
	return cw.code, true
}
