package extract

import "strings"

// wrappedFlowMention reports a country named m among toks, the words of the line starting at
// from, that is the partner of a flow of trade or money whose noun ends the line before: wire
// copy wraps its lines anywhere, and "front-loaded exports\nto the US ahead of tariffs" is
// "exports to the US" as peripheralMention reads it on one line. The mentions are counted
// line by line (scanMentions), so the noun was out of reach, and the US, counted as a country
// the text is about, outscored Ireland two sentences later: "In 2015 GDP famously grew 24.6%
// when companies moved intellectual property to Ireland" was judged as the US's. A line after
// a blank one, or after one that ends a sentence, continues nothing.
func (lex *Lexicon) wrappedFlowMention(text string, from int, toks []token, m *match) bool {
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i != 0 || toks[0].lower != "to" && toks[0].lower != "from" || from == 0 || text[from-1] != '\n' {
		return false
	}
	prev := strings.TrimRight(text[strings.LastIndexByte(text[:from-1], '\n')+1:from-1], " \t\r")
	if prev == "" {
		return false
	}
	last := prev[strings.LastIndexAny(prev, " \t")+1:]
	return flowNouns[strings.ToLower(last)] // (not "exports.", nor "a mission\nto Argentina")
}
