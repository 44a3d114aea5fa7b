package quantity

import "github.com/factcheck/factcheck/extract/internal/ascii"

// A figure named as a threshold ("the 100 million mark", "the 120 million milestone", "the 5%
// threshold", "the 3 million barrier") is a level a series reaches or crosses, not the
// series' level: the verb before the article tells how the series stands to it. A hedge
// there bounds the figure as it bounds the bare amount ("topped the 4 trillion mark", "passed
// the 100 million mark", "fell below the 2,000 mark"), and a verb of arrival, which before a
// bare amount says the level itself ("inflation hit 5%", "reached 85%"), says here that the
// series is at least at the threshold: "Pakistan's population hit the 240 million mark" was
// read as exactly 240 million, and a table's 241.5 million then contradicted a true claim.
// "mark" is also the Deutsche mark; thresholdMark tells the two apart.

// arrivalVerbs are the verbs of reaching that bound a threshold after them (at least).
var arrivalVerbs = map[string]bool{
	"hit": true, "hits": true, "hitting": true, "reach": true, "reaches": true, "reached": true,
	"reaching": true, "touched": true, "touches": true, "attained": true,
}

// boundByMark gives q the hedge before a threshold's article: "topped the 4 trillion mark"
// says more than 4 trillion as "topped 4 trillion" does, "hit the 240 million mark" at least
// 240 million; the verb and the article stay outside the figure.
func (s *scanner) boundByMark(q *Quantity, n *number) {
	if q.Qualifier == "exact" && thresholdNear(s.text, q.End) {
		if qual := s.markHedge(q, n); qual != "" {
			q.Qualifier = qual
		}
	}
}

// markHedge returns the hedge before a threshold's article ("topped the 4 trillion mark",
// "above the $3.5 trillion mark", "hit the 240 million mark"), or "": the figure q ends at
// "mark" or stands before the threshold's noun (thresholdNoun).
func (s *scanner) markHedge(q *Quantity, n *number) string {
	text := s.text
	w := s.nextWord(q.End)
	if lw := s.prevWord(q.End); !lw.empty() && lw.end == q.End && lw.start > n.end && ascii.EqualFold(text[lw.start:lw.end], "mark") {
		w = lw // the mark is already inside the figure ("$4 trillion mark")
	}
	if w.empty() || !s.thresholdNoun(n, w) {
		return ""
	}
	the := s.prevWord(q.Start)
	if the.empty() || !ascii.EqualFold(text[the.start:the.end], "the") {
		return ""
	}
	_, qual := s.qualifierBefore(the.start)
	if qual == "" {
		if v := s.prevWord(the.start); !v.empty() && arrivalVerbs[ascii.Lower(text[v.start:v.end])] {
			qual = "at_least"
		}
	}
	return qual
}

// thresholdNoun reports w, after number n, naming a threshold: "mark" as thresholdMark tells
// it, or "milestone", "threshold" or "barrier" after the article ("the 5% threshold").
func (s *scanner) thresholdNoun(n *number, w span) bool {
	text := s.text
	if !ascii.EqualFoldAny(text[w.start:w.end], "milestone", "threshold", "barrier") {
		return s.thresholdMark(n, w)
	}
	at := n.start
	if cs, _, _, ok := s.currencyBefore(n.start); ok {
		at = cs
	}
	the := s.prevWord(at)
	return !the.empty() && ascii.EqualFold(text[the.start:the.end], "the")
}

// thresholdInitial reports the first letter of a threshold's noun (any case): the byte test
// that spares most figures thresholdNear's.
func thresholdInitial(c byte) bool {
	c |= 0x20
	return c == 'm' || c == 't' || c == 'b'
}

// thresholdNear reports the word "mark" (any case) ending at end, or a threshold's noun
// ("mark", "milestone", "threshold", "barrier") right after it: a byte test that spares every
// other figure markHedge's look at the words around it.
func thresholdNear(text string, end int) bool {
	// a byte of each first: few figures end in "k" or stand before "m", "t" or "b"
	if end >= 4 && text[end-1]|0x20 == 'k' && ascii.EqualFold(text[end-4:end], "mark") {
		return true
	}
	if end+2 > len(text) || text[end] != ' ' || !thresholdInitial(text[end+1]) {
		return false
	}
	w := text[end+1 : ascii.WordEnd(text, end+1)]
	return ascii.EqualFoldAny(w, "mark", "milestone", "threshold", "barrier")
}
