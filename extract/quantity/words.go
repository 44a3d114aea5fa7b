package quantity

import "math"

// Numbers written in words: "three", "twenty-one", "three hundred and twenty", "a dozen",
// "two-thirds", "one and a half", "two and a half million", "one in three".

// wordToken is one number word found by nextNumberWord.
type wordToken struct {
	span
	numberWord
	lower string
}

// numberWordAt reads the word at i (no blanks skipped) if it is a number word.
func numberWordAt(text string, i int) (wordToken, bool) {
	if i >= len(text) || !isLetter(text[i]) || i > 0 && isWordByte(text[i-1]) {
		return wordToken{}, false
	}
	we := wordEnd(text, i)
	if we-i > maxNumberWordLen {
		return wordToken{}, false
	}
	var buf [maxNumberWordLen]byte
	for k := i; k < we; k++ {
		buf[k-i] = text[k] | 0x20
	}
	nw, ok := numberWords[string(buf[:we-i])] // no allocation for a map index
	if !ok {
		return wordToken{}, false
	}
	lw := text[i:we]
	if !isLowerWord(lw) {
		lw = lower(lw)
	}
	return wordToken{span{i, we}, nw, lw}, true
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
	text := s.text
	first, ok := numberWordAt(text, i)
	if !ok {
		return number{}, false
	}
	n := number{start: i, end: first.end, words: true}
	prev := prevWordAt(text, i, s.floor)
	prevLower := lower(text[prev.start:prev.end])
	article := prevLower == "a" || prevLower == "an"

	switch first.kind {
	case kindHundred, kindScale, kindDozen:
		if !article || first.lower == "dozens" {
			return number{}, false // "hundreds of", "dozens of": no number stated
		}
		n.start = prev.start
	case kindFraction:
		switch {
		case article:
			n.start = prev.start
		case first.lower == "half":
			// "half of", "more than half"; but "the first half" is a period and
			// "half-year" a compound.
			if prevLower == "first" || prevLower == "second" || prevLower == "the" ||
				first.end < len(text) && text[first.end] == '-' {
				return number{}, false
			}
		default:
			return number{}, false // a bare ordinal: "third", "the fourth quarter"
		}
	case kindUnit:
		if first.lower == "one" && !s.oneIsNumber(prevLower, first.end) {
			return number{}, false
		}
	}

	var total, cur, andBase float64
	place := 1.0
	last := kindNone
	tok := first
	if article && first.kind != kindFraction {
		cur = 1
		last = kindUnit
	}
	for {
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
			cur = max(cur, 1) * 100
			place *= 100
		case kindScale:
			if last == kindNone && !article {
				stop = true
				break
			}
			total += max(cur, 1) * tok.value
			place *= tok.value
			cur = 0
			n.exp = int(math.Round(math.Log10(tok.value)))
		case kindDozen:
			cur = max(cur, 1) * 12
			place *= 12
		case kindFraction:
			return s.finishFraction(n, tok, total+cur, andBase, last == kindNone)
		}
		if stop {
			break
		}
		n.end = tok.end
		last = tok.kind
		next, ok := joinedNumberWord(text, tok.end)
		if !ok {
			// "three hundred and twenty", "one and a half".
			and := nextWordAt(text, tok.end)
			if and.empty() || !equalFold(text[and.start:and.end], "and") {
				break
			}
			after := nextWordAt(text, and.end)
			if after.empty() {
				break
			}
			if aw := text[after.start:after.end]; equalFoldAny(aw, "a", "an") {
				frac, ok := numberWordAt(text, skipBlank(text, after.end))
				if !ok || frac.kind != kindFraction {
					break
				}
				return s.finishFraction(n, frac, total+cur, total+cur, true)
			}
			// Only "hundred and ..." and "million and ..." continue a number: "between two
			// and three" is a range.
			next, ok = numberWordAt(text, after.start)
			if !ok || next.kind == kindScale || next.kind == kindHundred ||
				last != kindHundred && last != kindScale {
				break
			}
			andBase = total + cur
		}
		if next.lower == "quarters" || next.lower == "halves" {
			// "the first three quarters" counts quarters of a year.
			if isPeriodCounter(prevLower) {
				break
			}
		}
		tok = next
	}
	if last == kindNone {
		return number{}, false
	}
	n.value = total + cur
	n.step = place
	n.scaled = last == kindScale
	if last == kindScale || last == kindHundred {
		// "two million": the last stated word is the scale itself.
		n.step = place
	}
	return s.ratio(n), true
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
	switch prevLower {
	case "the", "this", "that", "which", "any", "every", "no", "each", "another", "someone":
		return false
	}
	if end < len(s.text) && s.text[end] == '-' {
		w := nextWordAt(s.text, end+1)
		if !w.empty() {
			if _, ok := numberWordAt(s.text, w.start); !ok {
				_, isCurrency := lookupFold(currencyWords, s.text[w.start:w.end])
				return isCurrency
			}
		}
	}
	next := nextWordAt(s.text, end)
	return next.empty() || !equalFoldAny(s.text[next.start:next.end], "another", "day")
}

// finishFraction completes a number whose last word is a fraction: "two-thirds",
// "a quarter", "one and a half". base is the whole part already read; total the whole
// number read so far, whose part after base is the numerator.
func (s *scanner) finishFraction(n number, frac wordToken, total, base float64, unitNumerator bool) (number, bool) {
	numerator := total - base
	if unitNumerator {
		numerator = 1
	}
	if numerator == 0 {
		return number{}, false
	}
	d := frac.value
	n.value = base + numerator/d
	// The denominator is a stated whole number: it stands for [d-0.5, d+0.5].
	n.step = numerator * (1/(d-0.5) - 1/(d+0.5))
	n.end = frac.end
	// "two and a half million".
	if w := nextWordAt(s.text, frac.end); !w.empty() {
		if exp, ok := lookupFold(scaleWords, s.text[w.start:w.end]); ok && base > 0 {
			n.value *= pow10[exp]
			n.step *= pow10[exp]
			n.end = w.end
			n.scaled = true
			n.exp = exp
		}
	}
	return n, true
}

// ratio turns "one in three" and "one out of five" into the fraction they state.
func (s *scanner) ratio(n number) number {
	text := s.text
	w := nextWordAt(text, n.end)
	if w.empty() {
		return n
	}
	i := w.end
	switch {
	case equalFold(text[w.start:w.end], "in"):
	case equalFold(text[w.start:w.end], "out"):
		of := nextWordAt(text, w.end)
		if of.empty() || !equalFold(text[of.start:of.end], "of") {
			return n
		}
		i = of.end
	default:
		return n
	}
	i = skipBlank(text, i)
	var d number
	var ok bool
	if i < len(text) && isDigit(text[i]) {
		d, _, ok = parseDigits(text, i)
		ok = ok && d.unit == "" && !d.scaled
	} else if tok, found := numberWordAt(text, i); found && (tok.kind == kindUnit || tok.kind == kindTeen || tok.kind == kindTens) {
		sub := scanner{text: text, floor: n.end}
		d, ok = sub.parseWords(i)
	}
	if !ok || d.value <= n.value || d.value != float64(int64(d.value)) {
		return n
	}
	lo, hi := d.value-0.5, d.value+0.5
	n.step = n.value * (1/lo - 1/hi)
	n.value /= d.value
	n.end = d.end
	n.ratio = true
	return n
}
