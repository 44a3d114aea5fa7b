package input

import (
	"cmp"
	"slices"
	"strings"
)

// blankMarkdownCode returns text with the parts of a Markdown file that are not prose
// (fenced and indented code blocks, inline code spans, HTML comments) and the text struck
// out of it (see blankStruck) overwritten with spaces, line breaks kept: the figures in code
// and in deleted text are not claims, and blanking rather than cutting keeps every offset
// pointing at the same place of the file as read.
func blankMarkdownCode(text string) string {
	blanked, _ := blankMarkdown(text)
	return blanked
}

// blankMarkdown is blankMarkdownCode, which also returns the spans of the paragraphs of
// prose, in order: inline markup lies inside one.
func blankMarkdown(text string) (string, [][2]int) {
	var paras [][2]int
	var b []byte // a copy of text, made at the first blanking
	blank := func(from, to int) {
		if b == nil {
			b = []byte(text)
		}
		for i := from; i < to; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
	}

	// Block structure, line by line.
	var (
		fence      string // the fence of an open fenced block, "" when none
		fenceStart int
		prevBlank  = true // the line before was blank, or there was none
		inList     bool   // the last paragraph was a list item or its continuation
		inIndented bool
		indStart   int
		paraStart  = -1 // offset where the current paragraph begins, for inline code
	)
	flushPara := func(end int) {
		if paraStart >= 0 {
			blankInlineCode(text, paraStart, end, blank)
			paras = append(paras, [2]int{paraStart, end})
			paraStart = -1
		}
	}
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		next := len(text)
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
			next = lineEnd + 1
		}
		line := strings.TrimRight(text[lineStart:lineEnd], "\r")
		isBlank := strings.TrimSpace(line) == ""
		indent, rest := leadingIndent(line)

		switch {
		case fence != "":
			if indent < 4 && isClosingFence(rest, fence) {
				blank(fenceStart, lineEnd)
				fence = ""
				prevBlank = true
			}
		case inIndented && (indent >= 4 || isBlank):
			// The block goes on; blank lines inside it are blanked with it at its end.
		default:
			if inIndented {
				blank(indStart, lineStart)
				inIndented = false
			}
			switch {
			case indent < 4 && openingFence(rest) != "":
				flushPara(lineStart)
				fence, fenceStart = openingFence(rest), lineStart
			case indent >= 4 && prevBlank && !inList && !isBlank:
				flushPara(lineStart)
				inIndented, indStart = true, lineStart
			case isBlank:
				flushPara(lineStart)
				prevBlank = true
			default:
				if indent < 4 && isListItem(rest) {
					inList = true
				} else if indent == 0 && prevBlank {
					inList = false
				}
				if paraStart < 0 || prevBlank {
					flushPara(lineStart)
					paraStart = lineStart
				}
				prevBlank = false
			}
		}
		lineStart = next
	}
	switch {
	case fence != "":
		// An unclosed fence runs to the end of the file, as CommonMark reads it.
		blank(fenceStart, len(text))
	case inIndented:
		blank(indStart, len(text))
	}
	flushPara(len(text))
	// Comments are looked for after code is blanked: "<!--" in code opens none.
	current := text
	if b != nil {
		current = string(b)
	}
	blankHTMLComments(current, blank)
	// Struck text is looked for once code and comments are blank: "~~" in code strikes nothing.
	if b != nil {
		current = string(b)
	}
	for _, p := range paras {
		blankStruck(current, p[0], p[1], blank)
	}
	if b == nil {
		return text, paras
	}
	return string(b), paras
}

// blankStruck blanks the text struck out of text[from:to]: GFM strikethrough ("~~4.3%~~",
// a run of exactly two tildes that opens before a character that is not a space and the
// next such run that closes after one) and the inline HTML elements of deleted text
// (<del>, <s>, <strike>). Outlets strike a figure to correct it; what is struck is no
// longer asserted, as a deleted revision of a Word document is not. A single tilde is
// "about" ("~4%") and is left alone, and so is a run that is not closed.
func blankStruck(text string, from, to int, blank func(int, int)) {
	noTilde := false   // a run of two tildes found no close
	var unclosed uint8 // the tags, by struckTag's bit, found with no end tag
	for i := from; i < to; i++ {
		switch text[i] {
		case '\\':
			i++
		case '~':
			n := tildeRun(text, i, to)
			if noTilde || n != 2 || (i > from && text[i-1] == '~') || i+2 >= to || isMarkdownSpace(text[i+2]) {
				i += n - 1
				continue
			}
			closed := false
			for j := i + 2; j < to; j++ {
				if text[j] == '\\' {
					j++
					continue
				}
				if text[j] != '~' {
					continue
				}
				m := tildeRun(text, j, to)
				if m == 2 && !isMarkdownSpace(text[j-1]) {
					blank(i, j+2)
					i, closed = j+1, true
					break
				}
				j += m - 1
			}
			if !closed {
				// Not closed: no later run can be (it would close this one), and looking
				// again from each would take time in the square of the paragraph.
				noTilde = true
			}
		case '<':
			name, open, bit := struckTag(text[i:to])
			if name == "" || unclosed&bit != 0 {
				continue
			}
			closeAt := indexFold(text[i+open:to], "</"+name+">")
			if closeAt < 0 {
				unclosed |= bit
				continue
			}
			end := i + open + closeAt + len(name) + 3
			blank(i, end)
			i = end - 1
		}
	}
}

func tildeRun(text string, i, to int) int {
	n := 0
	for i+n < to && text[i+n] == '~' {
		n++
	}
	return n
}

func isMarkdownSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// struckTag returns the lower-case name of an opening tag of deleted text that s begins
// with (del, s, strike), the tag's length and a bit of its own, or "".
func struckTag(s string) (string, int, uint8) {
	for k, name := range [...]string{"del", "strike", "s"} {
		if len(s) < len(name)+2 || !strings.EqualFold(s[1:1+len(name)], name) {
			continue
		}
		switch c := s[1+len(name)]; {
		case c == '>':
			return name, len(name) + 2, 1 << k
		case isMarkdownSpace(c):
			// A tag's attributes, on its line and within maxTag bytes: no tag is looked for
			// through a whole paragraph from each "<s ".
			end := strings.IndexByte(s[:min(len(s), maxTag)], '>')
			if end < 0 || strings.IndexByte(s[:end], '\n') >= 0 {
				return "", 0, 0
			}
			return name, end + 1, 1 << k
		}
	}
	return "", 0, 0
}

// maxTag and maxTarget bound how far a tag's end and a link's target are looked for, so
// that markup that is never closed costs time in the length of the text, not its square;
// tags and web addresses are shorter.
const (
	maxTag    = 256
	maxTarget = 2048
)

// indexFold is strings.Index for an ASCII needle, without regard to case.
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// leadingIndent returns the width of a line's indentation (a tab to the next multiple of
// four) and the rest of the line.
func leadingIndent(line string) (int, string) {
	width := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ':
			width++
		case '\t':
			width += 4 - width%4
		default:
			return width, line[i:]
		}
	}
	return width, ""
}

// openingFence returns the fence a line opens (three or more backticks or tildes), or "".
func openingFence(rest string) string {
	if len(rest) < 3 || (rest[0] != '`' && rest[0] != '~') {
		return ""
	}
	n := 0
	for n < len(rest) && rest[n] == rest[0] {
		n++
	}
	if n < 3 || (rest[0] == '`' && strings.IndexByte(rest[n:], '`') >= 0) {
		return ""
	}
	return rest[:n]
}

func isClosingFence(rest, fence string) bool {
	n := 0
	for n < len(rest) && rest[n] == fence[0] {
		n++
	}
	return n >= len(fence) && strings.TrimSpace(rest[n:]) == ""
}

// isListItem reports a line that begins a list item: "- ", "* ", "+ ", "1. ", "1) ".
func isListItem(rest string) bool {
	if len(rest) >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && (rest[1] == ' ' || rest[1] == '\t') {
		return true
	}
	n := 0
	for n < len(rest) && n < 9 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(rest) && (rest[n] == '.' || rest[n] == ')') && (rest[n+1] == ' ' || rest[n+1] == '\t')
}

// blankInlineCode blanks the code spans of text[from:to]: a run of backticks up to the next
// run of the same length. A run with no match is literal text.
func blankInlineCode(text string, from, to int, blank func(int, int)) {
	for i := from; i < to; {
		if text[i] == '\\' {
			i += 2
			continue
		}
		if text[i] != '`' {
			i++
			continue
		}
		n := 0
		for i+n < to && text[i+n] == '`' {
			n++
		}
		closeAt := -1
		for j := i + n; j < to; {
			if text[j] != '`' {
				j++
				continue
			}
			m := 0
			for j+m < to && text[j+m] == '`' {
				m++
			}
			if m == n {
				closeAt = j
				break
			}
			j += m
		}
		if closeAt < 0 {
			i += n
			continue
		}
		blank(i, closeAt+n)
		i = closeAt + n
	}
}

// blankHTMLComments blanks every <!-- ... -->; an unclosed comment runs to the end.
func blankHTMLComments(text string, blank func(int, int)) {
	for i := 0; ; {
		open := strings.Index(text[i:], "<!--")
		if open < 0 {
			return
		}
		open += i
		end := strings.Index(text[open+4:], "-->")
		if end < 0 {
			blank(open, len(text))
			return
		}
		end += open + 4 + 3
		blank(open, end)
		i = end
	}
}

// markdownProse returns the prose of a Markdown file: its code and struck text blanked
// (blankMarkdown), the markup that only wraps words dropped (see markupSpans), so that
// "**3.3%**", "[3.3%](https://...)" and "3\.3%" read as 3.3%, and the rest normalised as any
// text is (Normalize). Original maps its offsets back to the file as read.
func markdownProse(text string) Prose {
	blanked, paras := blankMarkdown(text)
	var drops [][2]int
	var failed [2]int // where a link's end was last looked for in vain (linkEnd)
	for _, p := range paras {
		drops = markupSpans(blanked, p[0], p[1], drops, &failed)
	}
	if len(drops) == 0 {
		return Normalize(blanked)
	}
	var b strings.Builder
	b.Grow(len(blanked))
	// at[k] is where the text after drop k begins in the stripped text.
	at := make([]int, len(drops))
	copied := 0
	for k, d := range drops {
		b.WriteString(blanked[copied:d[0]])
		at[k] = b.Len()
		copied = d[1]
	}
	b.WriteString(blanked[copied:])
	p := Normalize(b.String())
	// The edits of the prose of the stripped text, with the drops between them: an edit of
	// the stripped text at offset from came from from plus what was dropped before it.
	edits := make([]edit, 0, len(drops)+len(p.edits))
	shift, delta, k := 0, 0, 0
	dropUpTo := func(limit int) {
		for ; k < len(drops) && at[k] <= limit; k++ {
			n := drops[k][1] - drops[k][0]
			edits = append(edits, edit{at: at[k] + delta, from: drops[k][0], n: n})
			shift += n
		}
	}
	for _, e := range p.edits {
		dropUpTo(e.from)
		edits = append(edits, edit{at: e.at, from: e.from + shift, n: e.n, m: e.m})
		delta += e.m - e.n
	}
	dropUpTo(len(b.String()))
	return Prose{Text: p.Text, edits: edits}
}

// markupSpans appends to drops the spans of Markdown markup in text[from:to] (a paragraph)
// that only wraps words, in order: the backslash of an escaped punctuation mark ("3\.3%"
// is 3.3%), the brackets and target of an inline or reference link whose text begins a word
// ("[3.3%](https://...)", "[3.3%][ons]"), the tags of inserted text (insTag), and the delimiters of emphasis that open before a
// word and close after one ("**3.3%**", "_3.3%_"). Markers that are text stay: a lone "*"
// or "(*)" after a figure (a footnote), "[1]" or "[^3]", a footnote link glued to what it
// notes ("3.3%[1](#fn1)"), "*" between words or digits, "_" inside a word (snake_case).
func markupSpans(text string, from, to int, drops [][2]int, failed *[2]int) [][2]int {
	first := len(drops)
	type run struct{ at, n int }
	var openers [2][]run // of '*' and of '_': a closer closes the latest of its character
	for i := from; i < to; i++ {
		switch c := text[i]; c {
		case '\\':
			if i+1 < to && isASCIIPunct(text[i+1]) {
				drops = append(drops, [2]int{i, i + 1})
				i++
			}
		case '<':
			// The tags of inserted text, the other half of a correction ("<del>4.3%</del>
			// <ins>3.3%</ins>"): what they hold is read, as "3.3%".
			if n := insTag(text[i:to]); n > 0 {
				drops = append(drops, [2]int{i, i + n})
				i += n - 1
			}
		case '[':
			if i > from && !opensWord(text[i-1]) {
				continue
			}
			textEnd, end := linkEnd(text, i, to, failed)
			if end < 0 {
				continue
			}
			drops = append(drops, [2]int{i, i + 1})
			// The link's text is read on for markup of its own; its end is dropped after it.
			drops = markupSpans(text, i+1, textEnd, drops, failed)
			drops = append(drops, [2]int{textEnd, end})
			i = end - 1
		case '*', '_':
			n := 1
			for i+n < to && text[i+n] == c {
				n++
			}
			var before, after byte = ' ', ' '
			if i > from {
				before = text[i-1]
			}
			if i+n < to {
				after = text[i+n]
			}
			wordBefore, wordAfter := !isMarkdownSpace(before) && !isASCIIPunct(before), !isMarkdownSpace(after) && !isASCIIPunct(after)
			switch {
			case wordBefore && wordAfter:
				// Inside a word or a number: text, not emphasis.
			case !isMarkdownSpace(before) && !opensWord(before) && !isMarkdownSpace(after) && !closesWord(after):
				// Between two marks ("(*)"): text.
			case !isMarkdownSpace(before) && !opensWord(before) && (isMarkdownSpace(after) || closesWord(after)):
				// Closes: the latest opener of the same character, if any.
				if ops := openers[c&1]; len(ops) > 0 {
					op := ops[len(ops)-1]
					m := min(n, op.n)
					drops = append(drops, [2]int{op.at + op.n - m, op.at + op.n}, [2]int{i, i + m})
					openers[c&1] = ops[:len(ops)-1]
				}
			case !isMarkdownSpace(after) && !closesWord(after):
				openers[c&1] = append(openers[c&1], run{i, n})
			}
			i += n - 1
		}
	}
	// Emphasis closes after what it opened: the spans are put in order.
	sortSpans(drops[first:])
	return drops
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// opensWord reports a mark that may stand before a word: an opening bracket or quote, or
// other markup.
func opensWord(c byte) bool {
	return isMarkdownSpace(c) || strings.IndexByte("([{\"'*_~", c) >= 0
}

// closesWord reports a mark that may stand after a word: punctuation, a closing bracket or
// quote, or other markup.
func closesWord(c byte) bool {
	return strings.IndexByte(".,;:!?)]}\"'*_~", c) >= 0
}

// insTag returns the length of the tag "<ins>" or "</ins>" that s begins with, or 0.
func insTag(s string) int {
	for _, tag := range [...]string{"<ins>", "</ins>"} {
		if len(s) >= len(tag) && strings.EqualFold(s[:len(tag)], tag) {
			return len(tag)
		}
	}
	return 0
}

// linkEnd returns, for the "[" at text[i], the offset of the "]" that ends a link's text and
// the end of the link ("](target)" or "][label]"), or -1 when no link begins there or the
// link is a footnote's ("[^1]", a target in the page, "#fn1"), which is read as it stands.
//
// failed[0] and failed[1] are where a look for ")" and for "]" last stopped without one: a
// look that begins before there stops there too, so that unclosed links cost time in the
// length of the text, not its square.
func linkEnd(text string, i, to int, failed *[2]int) (int, int) {
	j := i + 1
	for ; j < to && text[j] != ']'; j++ {
		switch text[j] {
		case '\\':
			j++
		case '[':
			return -1, -1
		}
	}
	if j+1 >= to || (i+1 < to && text[i+1] == '^') {
		return -1, -1
	}
	closer, f := byte(')'), 0
	switch text[j+1] {
	case '(':
		if j+2 < to && text[j+2] == '#' {
			return -1, -1
		}
	case '[':
		closer, f = ']', 1
	default:
		return -1, -1
	}
	if j+2 < failed[f] {
		return -1, -1
	}
	// The target or label ends at the first closer on its line that is not escaped (a
	// parenthesis inside a web address ends it early: what follows is read as text).
	k := j + 2
	for ; k < min(to, j+2+maxTarget); k++ {
		if text[k] == '\n' {
			break
		}
		if text[k] == '\\' {
			k++
		} else if text[k] == closer {
			return j, k + 1
		}
	}
	failed[f] = k
	return -1, -1
}

// sortSpans puts spans that do not overlap in order of their start.
func sortSpans(s [][2]int) {
	slices.SortFunc(s, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
}
