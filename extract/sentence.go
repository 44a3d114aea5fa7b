package extract

import (
	"unicode"
	"unicode/utf8"
)

// sentenceBounds returns the sentence of text that holds the byte at pos, as [start, end).
// It searches outward from pos, so its cost depends on the sentence, not the article.
// A sentence ends at a line break, or at '.', '!' or '?' followed by space and a word that
// starts in upper case, a digit or a quote — unless the stop closes an abbreviation ("Mr.",
// "U.S.", "Jan."). Decimals never end a sentence because the stop is not followed by space.
func (lex *Lexicon) sentenceBounds(text string, pos int) (int, int) {
	start := pos
	for start > 0 {
		c := text[start-1]
		if c == '\n' {
			break
		}
		if (c == '.' || c == '!' || c == '?') && lex.endsSentence(text, start-1) {
			break
		}
		start--
	}
	end := pos
	for end < len(text) {
		c := text[end]
		if c == '\n' {
			break
		}
		if (c == '.' || c == '!' || c == '?') && lex.endsSentence(text, end) {
			end++
			break
		}
		end++
	}
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// endsSentence reports whether the stop at text[i] ends a sentence.
func (lex *Lexicon) endsSentence(text string, i int) bool {
	j := i + 1
	// Closing quotes and brackets belong to the sentence they close.
	for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
		j++
	}
	if j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
		if r, _ := utf8.DecodeRuneInString(text[j:]); r != '”' && r != '’' {
			return false
		}
	}
	if text[i] != '.' {
		return true
	}
	// The word before the stop: an abbreviation or a single capital letter does not end it.
	k := i
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '(' && text[k-1] != '"' {
		k--
	}
	word := text[k:i]
	if lex.abbreviations[word] {
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

// nextStartsSentenceAfterAbbrev decides the rare case of an abbreviation at the end of a
// sentence ("... in the U.S. The Fed ..."): only a new paragraph ends it, which keeps "U.S.
// President" and "Mr. Smith" together at the cost of merging a few sentences.
func (lex *Lexicon) nextStartsSentenceAfterAbbrev(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j >= len(text) || text[j] == '\n'
}
