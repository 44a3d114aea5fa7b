package quantity

import (
	"math"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Numbers written in words: "three", "twenty-one", "three hundred and twenty", "a dozen",
// "two-thirds", "one and a half", "two and a half million", "one in three".

// wordToken is one number word found by numberWordAt: where it is, and its form in
// numberWordTable. It is 24 bytes, which the compiler keeps in registers: with the form's
// fields copied in (48 bytes) each token was built on the stack and copied out of the call in
// loads that waited on the stores before them, most of parseWords' time on a word that is no
// number.
type wordToken struct {
	span
	*numberWordForm
}

// numberWordAt reads the word at i (no blanks skipped) if it is a number word.
func numberWordAt(text string, i int) (wordToken, bool) {
	if i >= len(text) || !ascii.IsLetter(text[i]) || wordByteBefore(text, i) && !startsToken(text, i) {
		return wordToken{}, false
	}
	we := ascii.WordEnd(text, i)
	if we-i > maxNumberWordLen {
		return wordToken{}, false
	}
	form := numberWordTable.Ref(text[i:we]) // the word is letters: folding is lower-casing
	if form == nil {
		return wordToken{}, false
	}
	return wordToken{span{i, we}, form}, true
}

func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLowerByte(w[i]) {
			return false
		}
	}
	return true
}

// joinedNumberWord reads the number word that continues a number after end: after blanks,
// or a hyphen with optional blanks ("twenty-one", "fifty - two").
func joinedNumberWord(text string, end int) (wordToken, bool) {
	i := skipBlank(text, end)
	if i < len(text) && text[i] == '-' {
		i = skipBlank(text, i+1)
	} else if i == end {
		return wordToken{}, false
	}
	return numberWordAt(text, i)
}

// parseWords parses the number written in words that starts at i.
func (s *scanner) parseWords(i int) (number, bool) {
	first, ok := numberWordAt(s.text, i)
	if !ok {
		return number{}, false
	}
	var n number
	if !s.parseWordsTo(&n, first) {
		return number{}, false
	}
	return n, true
}

// parseWordsTo is parseWords of the number whose first word is first, written to n, which
// must be the zero number (n is left undefined when it reports false). The scan loop has read
// the first word already, and a number is more than a hundred bytes to copy out of a call.
func (s *scanner) parseWordsTo(n *number, first wordToken) bool {
	text := s.text
	i := first.start
	n.start, n.end, n.words = i, first.end, true
	prev := s.prevWord(i)
	// The word before in any case; lower-cased only for the few tests that switch on it.
	prevText := text[prev.start:prev.end]
	article := ascii.EqualFoldAny(prevText, "a", "an")
	if first.end < len(text) && text[first.end] == '-' && first.kind != kindUnit {
		if w := s.nextWord(first.end + 1); !w.empty() && isOrdinalWord(text[w.start:w.end]) {
			if d, end, ok := s.compoundOrdinal(first); ok && article {
				// "a twenty-first": one part in twenty-one.
				n.start, n.end = prev.start, end
				n.value, n.step = 1/d, 1/(d-0.5)-1/(d+0.5)
				return true
			}
			return false // "twenty-first century": an ordinal, not a quantity
		}
	}

	switch first.kind {
	case kindHundred, kindScale, kindDozen:
		switch {
		case first.lower == "dozens":
			return false // "dozens of": no number stated
		case article:
			n.start = prev.start
		case first.kind == kindHundred && scaleWordAfter(text, first.end):
			// "hundred thousand dollars": the one is left unsaid.
		default:
			return false
		}
	case kindFraction:
		switch {
		case article && ordinalUse(text, first):
			return false // "a third consecutive month", "a fifth term"
		case article:
			n.start = prev.start
		case (first.lower == "half" || first.lower == "quarter") && scaleWordAfter(text, first.end):
			// "half million", "quarter billion".
		case first.lower == "half":
			// "half of", "more than half"; but "the first half" is a period and
			// "half-year" a compound.
			if ascii.EqualFoldAny(prevText, "first", "second", "the") ||
				first.end < len(text) && text[first.end] == '-' {
				return false
			}
		default:
			return false // a bare ordinal: "third", "the fourth quarter"
		}
	case kindUnit:
		if first.lower == "one" && !s.oneIsNumber(ascii.Lower(prevText), first.end) {
			return false
		}
	}

	var total, cur, andBase, lastScale float64
	place := 1.0
	last := kindNone
	tok := first
	if first.kind == kindHundred || article && (first.kind == kindScale || first.kind == kindDozen) {
		// "a hundred", "a million": the article is the one; in "a two pct rise" it is the
		// rise's, and the number starts after it.
		cur = 1
		last = kindUnit
	}
	viaAnd, consumed := false, false
	// A number's scales fall ("two million three hundred thousand"), and each group under a
	// scale has one hundred, a number one dozen: a scale it has passed, a second hundred in a
	// group or a second dozen starts another number ("three thousand three thousand percent" is two, not 6000; a run of a
	// megabyte of "one hundred and twenty-three thousand" made one of a megabyte). The number
	// ends where it was at that scale (atScale), hundred (atHundred) or dozen (atDozen): the
	// words after it are the next number's.
	type group struct {
		total, cur, place, lastScale float64
		last                         wordKind
		end, exp                     int
	}
	var atScale, atHundred, atDozen group
	hundreds, dozens := false, false // a hundred read since the last scale; a dozen read
	for {
		if last != kindNone && !viaAnd && (tok.kind == kindTens || tok.kind == kindUnit && (last == kindUnit || last == kindTeen)) {
			// A compound denominator after a numerator: "one twenty-fifth", "one hundred
			// thirty fifths" (100/35), "one one hundred fifth" (1/105).
			if d, end, ok := s.compoundOrdinal(tok); ok {
				num := total + cur
				n.value = num / d
				n.step = num * (1/(d-0.5) - 1/(d+0.5))
				n.end = end
				return true
			}
		}
		viaAnd = false
		stop := false
		switch tok.kind {
		case kindUnit, kindTeen:
			if last == kindUnit || last == kindTeen || last == kindTens && tok.kind == kindTeen {
				stop = true
				break
			}
			cur += tok.value
			place = 1
		case kindTens:
			if last == kindUnit || last == kindTeen || last == kindTens {
				stop = true
				break
			}
			cur += tok.value
			place = 10
		case kindHundred:
			if last == kindHundred || last == kindNone && !article {
				stop = true
				break
			}
			if hundreds {
				g := atHundred
				total, cur, place, lastScale, last, n.end, n.exp = g.total, g.cur, g.place, g.lastScale, g.last, g.end, g.exp
				stop = true
				break
			}
			hundreds = true
			cur = max(cur, 1) * 100
			place *= 100
		case kindScale:
			if last == kindNone && !article {
				stop = true
				break
			}
			if last == kindScale && cur == 0 && tok.value > lastScale {
				// "three lakh crore", "a thousand million": a scale of a scale.
				total *= tok.value
				place *= tok.value
				lastScale = tok.value
				n.exp = int(math.Round(math.Log10(place)))
				break
			}
			if lastScale > 0 && tok.value >= lastScale {
				g := atScale
				total, cur, place, lastScale, last, n.end, n.exp = g.total, g.cur, g.place, g.lastScale, g.last, g.end, g.exp
				stop = true
				break
			}
			hundreds = false
			total += max(cur, 1) * tok.value
			place *= tok.value
			cur = 0
			lastScale = tok.value
			n.exp = int(math.Round(math.Log10(tok.value)))
		case kindDozen:
			if dozens {
				g := atDozen
				total, cur, place, lastScale, last, n.end, n.exp = g.total, g.cur, g.place, g.lastScale, g.last, g.end, g.exp
				stop = true
				break
			}
			dozens = true
			cur = max(cur, 1) * 12
			place *= 12
		case kindFraction:
			var ok bool
			*n, ok = s.finishFraction(*n, tok, total+cur, andBase, last == kindNone)
			return ok
		}
		if stop {
			break
		}
		consumed = true
		n.end = tok.end
		last = tok.kind
		switch last {
		case kindScale:
			atScale = group{total, cur, place, lastScale, last, n.end, n.exp}
		case kindHundred:
			atHundred = group{total, cur, place, lastScale, last, n.end, n.exp}
		case kindDozen:
			atDozen = group{total, cur, place, lastScale, last, n.end, n.exp}
		}
		next, ok := joinedNumberWord(text, tok.end)
		if !ok {
			// "three hundred and twenty", "one and a half".
			and := s.nextWord(tok.end)
			if and.empty() || !ascii.EqualFold(text[and.start:and.end], "and") {
				break
			}
			after := s.nextWord(and.end)
			if after.empty() {
				break
			}
			if f, ok := s.fractionAt(after.start); ok {
				// "one and a half", "forty two and a third", "three million and a half".
				whole := total + cur
				if last == kindScale {
					*n = s.scaleFraction(*n, whole, lastScale, f)
					return true
				}
				*n = s.mixedFraction(*n, whole, f)
				return true
			}
			// Only "hundred and ..." and "million and ..." continue a number: "between two
			// and three" is a range.
			next, ok = numberWordAt(text, after.start)
			if !ok || next.kind == kindScale || next.kind == kindHundred ||
				last != kindHundred && last != kindScale {
				break
			}
			andBase = total + cur
			viaAnd = true
		}
		if next.lower == "quarters" || next.lower == "halves" {
			// "the first three quarters" counts quarters of a year.
			if isPeriodCounter(ascii.Lower(prevText)) {
				break
			}
		}
		tok = next
	}
	if last == kindNone || !consumed {
		return false // "a twenty-first century": the article counted nothing
	}
	n.value = total + cur
	n.step = place
	if last != kindScale && last != kindDozen {
		if d, ok := s.spokenDecimal(n.end); ok {
			// "five point five", "nine point nought four", "two hundred point seventy-one".
			n.value += d.value
			n.step = d.step
			n.end = d.end
			return true
		}
	}
	n.scaled = last == kindScale
	if last == kindScale || last == kindHundred {
		// "two million": the last stated word is the scale itself.
		n.step = place
	}
	s.ratio(n)
	return true
}

// isPeriodCounter reports words after which "three quarters" counts periods.
func isPeriodCounter(w string) bool {
	switch w {
	case "first", "last", "past", "next", "previous", "coming", "final", "recent":
		return true
	}
	return false
}

// oneIsNumber rejects the pronoun and idiom uses of "one": "the one", "one-off".
func (s *scanner) oneIsNumber(prevLower string, end int) bool {
	if next := s.nextWord(end); !next.empty() && ascii.EqualFoldAny(s.text[next.start:next.end], "pct", "percent", "per", "percentage") {
		return true // "the one pct forecast"
	}
	switch prevLower {
	case "the", "this", "that", "which", "any", "every", "no", "each", "another", "someone":
		return false
	case "same", "only", "other", "right", "wrong", "new", "old", "big", "little", "good",
		"bad", "best", "worst", "latest", "such", "favourite", "favorite", "last", "first":
		// "the same one"; but "the new one-lira coin" counts lira.
		if end >= len(s.text) || s.text[end] != '-' {
			return false
		}
	}
	if of := s.nextWord(end); !of.empty() && ascii.EqualFold(s.text[of.start:of.end], "of") {
		// "one of the top five lenders": one picked from a set, no amount.
		if d := s.nextWord(of.end); !d.empty() && ascii.EqualFoldAny(s.text[d.start:d.end], "the", "its", "their", "his", "her", "our", "those", "these", "them", "us", "whom", "which") {
			return false
		}
	}
	if end < len(s.text) && s.text[end] == '-' {
		w := s.nextWord(end + 1)
		if !w.empty() {
			if _, ok := numberWordAt(s.text, w.start); !ok {
				_, isCurrency := currencyWordTable.Lookup(s.text[w.start:w.end])
				return isCurrency
			}
		}
	}
	next := s.nextWord(end)
	return next.empty() || !ascii.EqualFoldAny(s.text[next.start:next.end], "another", "day")
}

// finishFraction completes a number whose last word is a fraction: "two-thirds",
// "a quarter", "one and a half". base is the whole part already read; total the whole
// number read so far, whose part after base is the numerator.
func (s *scanner) finishFraction(n number, frac wordToken, total, base float64, unitNumerator bool) (number, bool) {
	numerator := total - base
	if unitNumerator {
		numerator = 1
	}
	if base > 0 && numerator >= frac.value {
		// "one hundred and thirty fifths" is 130/5: an improper fraction has the whole
		// number as its numerator.
		numerator, base = total, 0
	}
	if numerator == 0 {
		return number{}, false
	}
	d := frac.value
	n.value = base + numerator/d
	// The denominator is a stated whole number: it stands for [d-0.5, d+0.5].
	n.step = numerator * (1/(d-0.5) - 1/(d+0.5))
	n.end = frac.end
	// "two and a half million", "half million", "two thirds of a million".
	if exp, end, ok := scaleOfFraction(s.text, frac.end); ok {
		n.value *= pow10[exp]
		n.step *= pow10[exp]
		n.end = end
		n.scaled = true
		n.exp = exp
	} else if end, ok := dozenAfter(s.text, frac.end); ok && unitNumerator {
		n.value *= 12
		n.step *= 12
		n.end = end
	}
	return n, true
}

// dozenAfter reads "a dozen" after "half": "half a dozen" is six.
func dozenAfter(text string, end int) (int, bool) {
	a := nextWordAt(text, end)
	if a.empty() || !ascii.EqualFold(text[a.start:a.end], "a") {
		return 0, false
	}
	d := nextWordAt(text, a.end)
	if d.empty() || !ascii.EqualFold(text[d.start:d.end], "dozen") {
		return 0, false
	}
	return d.end, true
}

// scaleWordAfter reports a scale word ("million") right after end.
func scaleWordAfter(text string, end int) bool {
	w := nextWordAt(text, end)
	_, ok := scaleWordTable.Lookup(text[w.start:w.end])
	return !w.empty() && ok
}

// scaleOfFraction reads the scale a fraction is of: "million" in "half million" and
// "two and a half million", or "of a million" in "two thirds of a million".
func scaleOfFraction(text string, end int) (int, int, bool) {
	w := nextWordAt(text, end)
	if w.empty() {
		return 0, 0, false
	}
	if exp, ok := scaleWordTable.Lookup(text[w.start:w.end]); ok {
		return exp, w.end, true
	}
	a := w
	if ascii.EqualFold(text[w.start:w.end], "of") {
		a = nextWordAt(text, w.end)
	}
	if a.empty() || !ascii.EqualFold(text[a.start:a.end], "a") {
		return 0, 0, false
	}
	sc := nextWordAt(text, a.end)
	if exp, ok := scaleWordTable.Lookup(text[sc.start:sc.end]); ok && !sc.empty() && exp >= 6 {
		return exp, sc.end, true
	}
	return 0, 0, false
}

// statedFraction is a fraction written in words after "and": "a half", "one fourth",
// "three quarters", "fifty-four hundredths".
type statedFraction struct {
	num, den float64
	end      int
}

// fractionAt reads a fraction in words at i: a numerator ("a", "an", or a number below a
// hundred in words) and a fraction word.
func (s *scanner) fractionAt(i int) (statedFraction, bool) {
	text := s.text
	w := s.nextWord(i)
	if w.empty() || w.start != i {
		return statedFraction{}, false
	}
	num := 0.0
	k := w.end
	if ascii.EqualFoldAny(text[w.start:w.end], "a", "an") {
		num = 1
	} else {
		tok, ok := numberWordAt(text, i)
		if !ok || tok.kind != kindUnit && tok.kind != kindTeen && tok.kind != kindTens {
			return statedFraction{}, false
		}
		num, k = tok.value, tok.end
		if tok.kind == kindTens {
			if u, ok := joinedNumberWord(text, k); ok && u.kind == kindUnit && u.value > 0 {
				num, k = num+u.value, u.end
			}
		}
	}
	frac, ok := joinedNumberWord(text, k)
	if !ok || frac.kind != kindFraction || num == 0 || num >= frac.value {
		// An improper fraction after "and" is a numerator going on: "one hundred and
		// thirty-two fifths" is 132/5.
		return statedFraction{}, false
	}
	return statedFraction{num: num, den: frac.value, end: frac.end}, true
}

// mixedFraction finishes "forty two and a third" or "two and a half million": a whole
// number and a fraction, scaled together by a scale word after them.
func (s *scanner) mixedFraction(n number, whole float64, f statedFraction) number {
	n.value = whole + f.num/f.den
	n.step = f.num * (1/(f.den-0.5) - 1/(f.den+0.5))
	n.end = f.end
	n.scaled = false
	if exp, end, ok := scaleOfFraction(s.text, f.end); ok {
		n.value *= pow10[exp]
		n.step *= pow10[exp]
		n.end, n.scaled, n.exp = end, true, exp
	}
	return n
}

// scaleFraction finishes "three million and a half" (3.5 million) and "one billion and a
// half million" (1,000,500,000): after a scale word, the fraction is of that scale unless
// it names its own.
func (s *scanner) scaleFraction(n number, whole, scale float64, f statedFraction) number {
	unit := scale
	end := f.end
	if exp, e, ok := scaleOfFraction(s.text, f.end); ok {
		unit, end = pow10[exp], e
	}
	n.value = whole + f.num/f.den*unit
	n.step = f.num * (1/(f.den-0.5) - 1/(f.den+0.5)) * unit
	n.end = end
	n.scaled = true
	return n
}

// compoundOrdinal reads a denominator that starts with tok and ends in an ordinal:
// "twenty-fifth", "thirty fifths", "one hundred fifth", "one hundred and fifth". It returns
// the denominator and the end of the ordinal.
func (s *scanner) compoundOrdinal(tok wordToken) (float64, int, bool) {
	text := s.text
	value := 0.0
	k := tok.start
	for steps := 0; steps < 6; steps++ {
		i := skipBlank(text, k)
		if i < len(text) && text[i] == '-' && steps > 0 {
			i = skipBlank(text, i+1)
		}
		w := s.nextWord(i)
		if w.empty() || w.start != i {
			return 0, 0, false
		}
		word := ascii.Lower(text[w.start:w.end])
		if ord, ok := unitOrdinals[word]; ok && steps > 0 && int(value)%10 == 0 && (int(value)%100 != 0 || value == 0 || steps > 1) {
			if !fractionEnds(text, w) {
				return 0, 0, false
			}
			return value + ord, w.end, true
		}
		if word == "and" && value >= 100 {
			k = w.end
			continue
		}
		nw, ok := numberWords[word]
		if !ok {
			return 0, 0, false
		}
		switch nw.kind {
		case kindUnit, kindTeen, kindTens:
			value += nw.value
		case kindHundred:
			value = max(value, 1) * 100
		case kindFraction:
			if steps > 0 && value >= 100 && nw.value < 100 && fractionEnds(text, w) {
				return value + nw.value, w.end, true
			}
			return 0, 0, false
		default:
			return 0, 0, false
		}
		k = w.end
	}
	return 0, 0, false
}

// fractionEnds tells a compound ordinal that is a fraction from one that ranks a noun: a
// plural ("three twenty-firsts") or an ordinal not followed by a noun ("one twenty-fifth
// of") is a fraction; "a twenty-first century" is not.
func fractionEnds(text string, w span) bool {
	if text[w.end-1] == 's' {
		return true
	}
	next := nextWordAt(text, w.end)
	return next.empty() || ascii.EqualFoldAny(text[next.start:next.end], "of", "and", "or")
}

// decimalPart is the part after "point" in a spoken decimal.
type decimalPart struct {
	value, step float64
	end         int
}

// spokenDecimal reads "point five", "point nought four", "point seventy-one" after a whole
// number in words: digits one word each, or a single number below a hundred read as its
// digits.
func (s *scanner) spokenDecimal(end int) (decimalPart, bool) {
	text := s.text
	p := s.nextWord(end)
	if p.empty() || !ascii.EqualFold(text[p.start:p.end], "point") {
		return decimalPart{}, false
	}
	digits, places := 0.0, 0
	k := p.end
	for places < 12 {
		tok, ok := numberWordAt(text, skipBlank(text, k))
		if !ok || skipBlank(text, k) == k {
			break
		}
		if tok.kind == kindUnit {
			digits = digits*10 + tok.value
			places++
			k = tok.end
			continue
		}
		if places > 0 || tok.kind != kindTeen && tok.kind != kindTens {
			break
		}
		v := tok.value
		k = tok.end
		if tok.kind == kindTens {
			if u, ok := joinedNumberWord(text, k); ok && u.kind == kindUnit && u.value > 0 {
				v, k = v+u.value, u.end
			}
		}
		digits, places = v, 2
		break
	}
	if places == 0 {
		return decimalPart{}, false
	}
	return decimalPart{value: digits / pow10[places], step: 1 / pow10[places], end: k}, true
}

// ratio turns "one in three" and "one out of five" in n into the fraction they state.
func (s *scanner) ratio(n *number) {
	text := s.text
	if shortcuts && noWordAt(text, n.end) {
		return // "5%", "5,": most numbers are spared the look for a word
	}
	w := s.nextWord(n.end)
	if w.empty() {
		return
	}
	i := w.end
	over := false
	switch {
	case ascii.EqualFold(text[w.start:w.end], "over"):
		// "one over three": a quotient, only between bare numbers ("2 over 3 years" is a
		// count of years).
		over = true
	case ascii.EqualFold(text[w.start:w.end], "in"):
	case ascii.EqualFold(text[w.start:w.end], "out"):
		of := s.nextWord(w.end)
		if of.empty() || !ascii.EqualFold(text[of.start:of.end], "of") {
			return
		}
		i = of.end
	default:
		return
	}
	i = skipBlank(text, i)
	var d number
	var ok bool
	if i < len(text) && ascii.IsDigit(text[i]) {
		d, _, ok = parseDigits(text, i)
		ok = ok && d.unit == "" && !d.scaled
	} else if tok, found := numberWordAt(text, i); found && (tok.kind == kindUnit || tok.kind == kindTeen || tok.kind == kindTens) {
		sub := scanner{text: text, floor: n.end}
		d, ok = sub.parseWords(i)
	}
	if !ok || d.value != float64(int64(d.value)) || d.value <= n.value && !over || d.value == 0 {
		return
	}
	if over {
		if n.value != float64(int64(n.value)) || !s.bareAfter(d.end) || s.amountFollows(d.end, s.nextWord(d.end)) {
			return
		}
	}
	lo, hi := d.value-0.5, d.value+0.5
	n.step = n.value * (1/lo - 1/hi)
	n.value /= d.value
	n.end = d.end
	n.ratio = true
	return
}

// bareAfter reports that nothing a number could count follows i: the end, punctuation, or a
// word that is no noun of it.
func (s *scanner) bareAfter(i int) bool {
	w := s.nextWord(i)
	if w.empty() {
		return true
	}
	_, ok := s.countedNoun(w, 2)
	return !ok
}

// isOrdinalWord reports an ordinal in words: "first", "second", "third", "twentieth".
func isOrdinalWord(w string) bool {
	lw := ascii.Lower(w)
	switch lw {
	case "first", "second", "third", "fifth", "eighth", "ninth", "twelfth":
		return true
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "th")
}

// vagueWords are the plural scales of a count stated only by its order: "dozens of", "tens
// of thousands", "millions of".
var vagueWords = map[string]float64{
	"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9, "trillions": 1e12,
}

// foldWords are multiplicatives in one word: "a sixfold rise".
var foldWords = map[string]float64{
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
	"eightfold": 8, "ninefold": 9, "tenfold": 10, "twelvefold": 12, "twentyfold": 20,
	"fiftyfold": 50, "hundredfold": 100, "thousandfold": 1000,
}

// vagueAt reads a vague count ("tens of thousands of people", "dozens", "millions of
// dollars") or a multiplicative word ("sixfold") at i. A vague count of scale u is reported
// as the approximate range from 2u to 10u, which is what the plural allows. The word is
// text[i:e], of letters.
func (s *scanner) vagueAt(i, e int) (int, bool) {
	text := s.text
	w := span{i, e}
	if f, ok := foldWordTable.Lookup(text[w.start:w.end]); ok {
		q := Quantity{Start: i, End: w.end, NumStart: i, NumEnd: w.end, Value: f, Step: 1, Unit: "fold", Qualifier: "exact"}
		if qs, qual := s.qualifierBefore(i); qual != "" {
			q.Start, q.Qualifier = qs, qual
		}
		q.Change = s.changeAfter(q.End)
		s.emit(&q)
		return w.end, true
	}
	u, ok := vagueWordTable.Lookup(text[w.start:w.end])
	if !ok {
		return 0, false
	}
	end := w.end
	of := s.nextWord(end)
	for !of.empty() && ascii.EqualFold(text[of.start:of.end], "of") {
		next := s.nextWord(of.end)
		v, more := vagueWordTable.Lookup(text[next.start:next.end])
		if next.empty() || !more || v <= u {
			break
		}
		u *= v // "tens of thousands", "hundreds of millions"
		end = next.end
		of = s.nextWord(end)
	}
	if (u == 10 || u == 20) && (of.empty() || !ascii.EqualFold(text[of.start:of.end], "of")) {
		return 0, false // "tens" and "scores" alone are no count: "test scores"
	}
	lo, hi := 2*u, 10*u
	q := Quantity{Start: i, End: end, NumStart: i, NumEnd: end, Value: lo, ValueMax: &hi, Step: u, Qualifier: "approx"}
	if !of.empty() && ascii.EqualFold(text[of.start:of.end], "of") {
		noun := s.nextWord(of.end)
		if !noun.empty() && isLowerByte(text[noun.start]) {
			if cu, ok := s.currencyName(noun); ok && cu.divisor == 1 {
				q.Unit, q.End = cu.unit, cu.end
			} else if unitModifierTable.Get(text[noun.start:noun.end]) {
				if n2 := s.nextWord(noun.end); !n2.empty() {
					if c, ok := s.countedNoun(n2, 2); ok {
						q.Unit, q.End = c.unit, c.end
					}
				}
			} else if c, ok := s.countedNoun(noun, 2); ok {
				q.Unit, q.End = c.unit, c.end
			}
		}
	} else if !of.empty() && isLowerByte(text[of.start]) && !vagueCountFollows(text[of.start:of.end]) && !hasSuffix(text[of.start:of.end], "ed") {
		return 0, false // "thousands" used as a noun modifier, or another sense of the word
	}
	s.emit(&q)
	return max(q.End, end), true
}

// vagueCountFollows reports the words that may follow a vague count standing alone:
// "dozens were hurt", "hundreds more"; a participle ("dozens injured") may too.
func vagueCountFollows(w string) bool {
	switch ascii.Lower(w) {
	case "more", "were", "are", "have", "had", "died", "fled", "attended", "joined", "gathered",
		"marched", "protested", "remain", "remained", "lost", "and", "or", "in", "at", "on",
		"across", "from", "who", "that", "still", "could", "may", "will", "would":
		return true
	}
	return false
}

// ordinalUse reports a fraction word after "a" that ranks the noun after it: "a third
// consecutive month", "a fifth term". "a third of", "a quarter point" and "a half" are
// fractions.
func ordinalUse(text string, w wordToken) bool {
	switch w.lower {
	case "half", "halves", "quarter", "quarters":
		return false
	}
	next := nextWordAt(text, w.end)
	if next.empty() || next.start-w.end != 1 || !isLowerByte(text[next.start]) {
		return false
	}
	nw := ascii.Lower(text[next.start:next.end])
	switch nw {
	case "of", "more", "less", "fewer", "higher", "lower", "smaller", "larger", "bigger":
		return false
	}
	return !nonUnits[nw] // "fallen by a fifth since March"
}
