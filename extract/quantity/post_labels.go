package quantity

import "github.com/factcheck/factcheck/extract/internal/ascii"

// A number that opens a line and is closed by a slash or a bracket numbers the posts of a
// thread or the items of a list; it counts nothing: "Thread on the UK economy:\n1/ GDP grew
// 4.1% in 2022.\n2/ Inflation averaged 9.1% ...\n5/ The UK population is 67 million." gave a
// UK population of 5 and an inflation of 2, and "1) Inflation rose 5% in Italy" an inflation
// of 1. The labels are "1/", "2)", "(3)", and the counters of a thread, "1/5" and "(2/7)",
// whose first number is no more than the second and which stand before a capital, a mark or
// the end of the line (a fraction that opens a line stands before its noun: "1/3 of GDP").
// A date ("5/6/2023"), a decimal and a figure with its unit ("5 per cent") are left alone.

// postLabel reports the label of a post or list item starting at i, and its end: one or two
// digits at the start of a line (after blanks, or after "(" there), closed as above.
func postLabel(text string, i int) (int, bool) {
	k := skipBlankBack(text, i)
	paren := false
	if k > 0 && text[k-1] == '(' && k == i {
		paren = true
		k = skipBlankBack(text, k-1)
	}
	if k > 0 && text[k-1] != '\n' && text[k-1] != '\r' {
		return 0, false
	}
	j := labelDigits(text, i)
	if j < 0 || j >= len(text) {
		return 0, false
	}
	switch text[j] {
	case ')':
		if labelEnds(text, j+1) {
			return j + 1, true // "2) Unemployment ...", "(3) ..."
		}
	case '/':
		if paren {
			// "(2/7)": a counter in brackets
			if e := labelDigits(text, j+1); e > 0 && e < len(text) && text[e] == ')' && counterOrder(text[i:j], text[j+1:e]) {
				return e + 1, true
			}
			return 0, false
		}
		if labelEnds(text, j+1) {
			return j + 1, true // "1/ GDP grew ..."
		}
		if e := labelDigits(text, j+1); e > 0 && counterOrder(text[i:j], text[j+1:e]) && counterEnds(text, e) {
			return e, true // "1/5 Inflation ..."
		}
	}
	return 0, false
}

// labelDigits returns the end of the one or two digits at i, or -1.
func labelDigits(text string, i int) int {
	j := i
	for j < len(text) && j-i < 3 && ascii.IsDigit(text[j]) {
		j++
	}
	if j == i || j-i > 2 {
		return -1
	}
	return j
}

// labelEnds reports a blank or the end of the line at i: what follows a label's mark.
func labelEnds(text string, i int) bool {
	return i == len(text) || text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'
}

// counterOrder reports a thread's counter "n/m": a post of a thread of two or more, n ≤ m.
func counterOrder(n, m string) bool {
	a, b := smallInt(n), smallInt(m)
	return a >= 1 && b >= 2 && a <= b
}

// counterEnds reports what may follow a counter "1/5" at e: the end of the line, or a blank
// and then a capital, a quote, a mark of a post ("#", "@") or a non-ASCII sign (an emoji); not
// a slash or a dot of a date or a decimal, nor a word in lower case ("1/3 of GDP").
func counterEnds(text string, e int) bool {
	if e == len(text) || text[e] == '\n' || text[e] == '\r' {
		return true
	}
	if text[e] != ' ' && text[e] != '\t' {
		return false
	}
	c := skipBlank(text, e)
	if c == len(text) {
		return true
	}
	switch b := text[c]; {
	case b >= 'A' && b <= 'Z', b == '"', b == '\'', b == '#', b == '@', b == '\n', b == '\r':
		return true
	case b >= 0x80:
		return true
	}
	return false
}

// smallInt is the value of one or two digits.
func smallInt(d string) int {
	v := 0
	for i := 0; i < len(d); i++ {
		v = v*10 + int(d[i]-'0')
	}
	return v
}

// PostLabel reports a post's or an item's label (postLabel) at i, and the end of the blanks
// after it: where the post's own words start.
func PostLabel(text string, i int) (int, bool) {
	end, ok := postLabel(text, i)
	if !ok {
		return i, false
	}
	return skipBlank(text, end), true
}
