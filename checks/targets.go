package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// targetWords name a figure a policy aims at: "the Bank's 2% target", "a target of 2%",
// "its 2 percent inflation goal", "a deficit ceiling of 3%".
var targetWords = []string{"target", "targets", "targeted", "targeting", "targetting", "goal", "goals",
	"objective", "ceiling", "aim", "aims", "aiming"}

// policyTarget reports a claim whose figure is a policy target: unchecked as a target, since
// a target is neither an outturn nor a forecast for a date, and the table holds no targets.
// The target word must stand next to the figure, with at most three words between them and no
// other number or clause break, so that "inflation of 3.2%, above the 2% target" makes a
// target of the 2% only.
func (j *judgement) policyTarget() (Result, bool) {
	sentence, quote := j.claim.Sentence, j.claim.Quote
	read, at := j.sentence()
	if quote == "" || at < 0 || !read.mayNameTarget {
		return Result{}, false
	}
	return j.targetOf(quote, wordsBefore(sentence[:at], 4), wordsAfter(sentence[at+len(quote):], 3))
}

// targetOf is policyTarget's verdict on a figure given the words before it (nearest first) and
// after it.
func (j *judgement) targetOf(quote string, before, after []string) (Result, bool) {
	var phrase []string
	switch {
	case hasTargetWord(strings.Fields(quote)):
		phrase = []string{quote}
	case hasTargetWord(after):
		// "the Bank's 2% target": the figure, up to the target word, and two words before it
		phrase = append(reversed(before[:min(2, len(before))]), quote)
		for _, w := range after {
			phrase = append(phrase, w)
			if hasTargetWord([]string{w}) {
				break
			}
		}
	case hasTargetWord(before):
		// "a target of 2%": from the target word to the figure
		for i, w := range before {
			if hasTargetWord([]string{w}) {
				phrase = append(reversed(before[:i+1]), quote)
				break
			}
		}
	default:
		return Result{}, false
	}
	return j.unchecked(ReasonTarget, fmt.Sprintf(
		"Not checked: the claim's %s is a policy target (%q), not an outturn or a forecast for a date, and the table holds no targets.",
		j.claimText(), strings.Trim(strings.Join(phrase, " "), ",;:.!?"))), true
}

// reversed returns the words of wordsBefore in reading order.
func reversed(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[len(words)-1-i] = w
	}
	return out
}

// targetWordRoots are the target words no other target word is part of: a sentence holds a
// target word only if its lowered text holds one of these.
var targetWordRoots = func() []string {
	var roots []string
	for _, w := range targetWords {
		root := true
		for _, other := range targetWords {
			if other != w && strings.Contains(w, other) {
				root = false
			}
		}
		if root {
			roots = append(roots, w)
		}
	}
	return roots
}()

func hasTargetWord(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, "'’s.,;:()\""))
		for _, t := range targetWords {
			if w == t {
				return true
			}
		}
	}
	return false
}

// wordsAfter returns up to n words from the start of text, stopping at a clause break or a
// word holding a digit. Words are strings.Fields' (split at Unicode white space), read one at
// a time: only the words wanted are read, however long the text.
func wordsAfter(text string, n int) []string {
	var out []string
	for len(out) < n {
		var w string
		if w, text = firstField(text); w == "" || strings.ContainsAny(w, "0123456789") {
			break
		}
		out = append(out, w)
		if strings.ContainsAny(w, ",;:.!?") {
			break
		}
	}
	return out
}

// wordsBefore returns up to n words from the end of text, stopping at a clause break or a
// word holding a digit, read backwards like wordsAfter.
func wordsBefore(text string, n int) []string {
	var out []string
	for len(out) < n {
		var w string
		if w, text = lastField(text); w == "" || strings.ContainsAny(w, "0123456789,;:.!?") {
			break
		}
		out = append(out, w)
	}
	return out
}

// firstField returns the first word of text as strings.Fields splits it, and the text after
// it; "" when text holds none.
func firstField(text string) (word, rest string) {
	start := -1
	for i, r := range text {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			return text[start:i], text[i:]
		}
	}
	if start < 0 {
		return "", ""
	}
	return text[start:], ""
}

// lastField returns the last word of text as strings.Fields splits it, and the text before
// it; "" when text holds none. White space is decoded backwards: a space character is valid
// UTF-8 whose bytes no forward decoding reads otherwise, so both directions split alike.
func lastField(text string) (word, rest string) {
	end := -1
	for i := len(text); i > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case !unicode.IsSpace(r):
			if end < 0 {
				end = i
			}
		case end >= 0:
			return text[i:end], text[:i-size]
		}
		i -= size
	}
	if end < 0 {
		return "", ""
	}
	return text[:end], ""
}
