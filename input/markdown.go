package input

import (
	"strings"
)

// blankMarkdownCode returns text with the parts of a Markdown file that are not prose
// (fenced and indented code blocks, inline code spans, HTML comments) overwritten with
// spaces, line breaks kept: the figures in code are not claims, and blanking rather than
// cutting keeps every offset pointing at the same place of the file as read.
func blankMarkdownCode(text string) string {
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
	if b == nil {
		return text
	}
	return string(b)
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
