package extract

// A country named in a subordinate clause that a speaker's own main clause follows ("Even in
// 2009, when the United States shrank by 2.6 per cent, we grew by 1.9 per cent"; "When Brazil
// devalued the real in January 1999, our exporters lost their biggest market and our economy
// shrank by 3.4 per cent that year") is the background the speaker sets their own country
// against, not the country the speaker goes on about. Read as the country named last, the next
// speaker's "In 2024 GDP grew by just 1 per cent" was the United States', and the Argentine
// president's slump of 1999 was Brazil's; both were flagged (blind rounds 107 and 111).

// subordinator reports a word that opens a clause of time, contrast or circumstance.
func subordinator(w string) bool {
	switch w {
	case "when", "while", "whilst", "as", "although", "though", "whereas":
		return true
	}
	return false
}

// firstPersonOpener reports a word that makes a main clause the speaker's: "we", "our".
func firstPersonOpener(w string) bool {
	return w == "we" || w == "our"
}

// subordinateBeforeFirstPerson reports a name at words [first, last] in a clause a subordinator
// opens, at the start of its sentence or after a comma, that a comma closes before a main clause
// whose first word is "we" or "our". lower gives the n words' lower case: a line's tokens, or a
// sentence's words.
func subordinateBeforeFirstPerson(lower func(i int) string, n, first, last int) bool {
	// the main clause after the comma first: most names have no "we" or "our" after the
	// comma that follows them, and are let go after a few words, not a walk back
	main := false
	for i := last + 1; i < n && i-last <= openerReach; i++ {
		w := lower(i)
		if sentenceEndToken(w) || w == ";" {
			return false
		}
		if w == "," {
			j := i + 1
			if j < n && lower(j) == "then" {
				j++
			}
			main = j < n && firstPersonOpener(lower(j))
			break
		}
	}
	if !main {
		return false
	}
	opener := -1
	for i := first - 1; i >= 0 && first-i <= openerReach; i-- {
		w := lower(i)
		if w == "," || w == ";" || w == ":" || sentenceEndToken(w) {
			return false
		}
		if subordinator(w) {
			opener = i
			break
		}
	}
	if opener < 0 {
		return false
	}
	if opener > 0 {
		switch lower(opener - 1) {
		case ",", ".", "!", "?", "even", "just", "but", "and", "\"", "“", "(":
		default:
			return false // "grew as fast as Germany, and we ..." is no clause of its own
		}
	}
	return true
}

// backgroundMention reports name m of a line's tokens as one in a subordinate clause before a
// speaker's main clause (subordinateBeforeFirstPerson).
func backgroundMention(toks []token, m *match) bool {
	return subordinateBeforeFirstPerson(func(i int) string { return toks[i].lower }, len(toks), m.first, m.last)
}

// inBackgroundClause reports name m of sentence s as one in a subordinate clause before a
// speaker's main clause (subordinateBeforeFirstPerson).
func (s *sentence) inBackgroundClause(m match) bool {
	return subordinateBeforeFirstPerson(func(i int) string { return s.words[i].lower }, len(s.words), m.first, m.last)
}
