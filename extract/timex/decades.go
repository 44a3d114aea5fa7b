package timex

import "github.com/factcheck/factcheck/extract/internal/ascii"

// ReasonDecade is the Reason of a decade named by its digits ("the 1990s", "the '90s", "the
// early 2000s"): a span of ten years, which no period of the tables is. A figure it governs
// ("growth averaged 1% in the 1990s") is of all those years, not of a year another clause or
// a phrase of cause names ("after 1991", "after the 2009 recession").
const ReasonDecade = "a decade, a span of years"

// atDecade reads a decade at the digits text[i:de]: four digits ending in 0 with an "s" ("the
// 1990s", "the 1980s and 1990s", "the mid-1970s"), or with "'s" where no word follows, as in
// "in the 1990's, growth" ("the 1990's recession" may be the recession of 1990, and stays
// the year); two digits ending in 0 after an apostrophe, with an "s" ("the '90s"). A bare
// "the 90s" is left alone: it is as often an age or a temperature.
func (s *scanner) atDecade(i, de int) (int, bool) {
	text := s.text
	if de >= len(text) || text[de-1] != '0' {
		return 0, false
	}
	start, end := i, 0
	switch de - i {
	case 4:
		if y := atoi(text[i:de]); y < yearMin || y > yearMax {
			return 0, false
		}
		switch k := apostropheEnd(text, de); {
		case isS(text, de) && !letterAt(text, de+1):
			end = de + 1
		case k > de && isS(text, k) && !letterAt(text, k+1) && decadeBefore(text, i) && punctuationAt(text, skipSpaces(text, k+1)):
			end = k + 1
		default:
			return 0, false
		}
	case 2:
		a := apostropheBefore(text, i)
		if a < 0 || !isS(text, de) || letterAt(text, de+1) || a > 0 && ascii.IsWordByte(text[a-1]) {
			return 0, false // "rock'n'roll's 60s", "Q'20s": no apostrophe of an elided century
		}
		start, end = a, de+1
	default:
		return 0, false
	}
	if p := partBefore(text, start); p >= 0 {
		start = p // "grew 1% a year in the early 1990s": the part is of the span, no word between
	}
	s.add(Expr{Start: start, End: end, Precision: Year, Reason: ReasonDecade})
	return end, true
}

// isS reports an "s" or "S" at i.
func isS(text string, i int) bool { return i < len(text) && text[i]|0x20 == 's' }

// letterAt reports a letter at i.
func letterAt(text string, i int) bool { return i < len(text) && ascii.IsLetter(text[i]) }

// apostropheEnd returns the end of an apostrophe (straight or typeset) at i, or i.
func apostropheEnd(text string, i int) int {
	switch {
	case i < len(text) && text[i] == '\'':
		return i + 1
	case hasPrefixAt(text, i, "’"):
		return i + len("’")
	}
	return i
}

// apostropheBefore returns the start of an apostrophe (straight or typeset) that ends at i,
// or -1.
func apostropheBefore(text string, i int) int {
	switch {
	case i >= 1 && text[i-1] == '\'':
		return i - 1
	case i >= len("’") && text[i-len("’"):i] == "’":
		return i - len("’")
	}
	return -1
}

// decadeBefore reports "the", "early", "late" or "mid" right before the digits at i ("the
// 1990's", "the mid-1990's").
func decadeBefore(text string, i int) bool {
	if partBefore(text, i) >= 0 {
		return true
	}
	ws, we := prevWord(text, i)
	return ws < we && ascii.EqualFold(text[ws:we], "the")
}

// punctuationAt reports the end of the text, or a stop, comma, colon, semicolon, closing
// bracket or mark of a question or exclamation at i.
func punctuationAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	switch text[i] {
	case ',', '.', ';', ':', ')', '?', '!':
		return true
	}
	return false
}

// partBefore returns the start of "early", "late" or "mid" right before a decade at i ("the
// early 1990s", "the mid-1970s"), or -1.
func partBefore(text string, i int) int {
	if i == 0 || text[i-1] != ' ' && text[i-1] != '-' {
		return -1
	}
	ws := ascii.WordStart(text, i-1, 0)
	if ws < i-1 && ascii.EqualFoldAny(text[ws:i-1], "early", "late", "mid") && (ws == 0 || !ascii.IsWordByte(text[ws-1])) {
		return ws
	}
	return -1
}

// atSpeltDecade reads a decade spelt out with its century at "nineteen", text[i:we]: "the
// nineteen-nineties", "the Nineteen Eighties". "The nineties" alone is left: "in her nineties"
// is an age.
func (s *scanner) atSpeltDecade(i, we int) (int, bool) {
	text := s.text
	if we+1 >= len(text) || text[we] != '-' && text[we] != ' ' || !ascii.IsLetter(text[we+1]) {
		return 0, false
	}
	end := ascii.WordEnd(text, we+1)
	if !ascii.EqualFoldAny(text[we+1:end], "tens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties") {
		return 0, false
	}
	s.add(Expr{Start: i, End: end, Precision: Year, Reason: ReasonDecade})
	return end, true
}
