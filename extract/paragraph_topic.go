package extract

// A paragraph of a survey that opens with a country as its subject ("Ethiopia, once among the
// world's fastest-growing economies, averaged close to 10 per cent growth ...") goes on about
// it: a figure three sentences on with no country of its own ("Inflation averaged 30.2 per
// cent in 2023") is that country's while no other is named since. Read as the country the
// text named most (Kenya, in a roundup filed from Nairobi), Ethiopia's right inflation was
// flagged (blind round 67).

// paragraphOpenerReach bounds the bytes of a paragraph's opening read for its subject.
const paragraphOpenerReach = 120

// paragraphOpener returns the country whose name opens the paragraph of sentence s as its
// subject or the subject's possessor, when s is a later sentence of it and the last country
// named before s is that one; else "".
func (st *articleState) paragraphOpener(s *sentence) string {
	from, ok := st.lineStartBefore(s.start)
	if !ok || from >= s.start {
		return "" // (s opens the paragraph: its own words say)
	}
	if st.entityBefore(s.start); st.lastEntity == "" || st.lex.aggregates[st.lastEntity] {
		return "" // (entityBefore brings the mentions up to s)
	}
	toks := tokenizeInto(nil, st.art.Text, from, min(s.start, from+paragraphOpenerReach))
	ms := st.lex.findEntities(toks, false)
	if len(ms) == 0 || ms[0].first != 0 {
		return ""
	}
	code, ok := ms[0].has(catEntity)
	if !ok || code != st.lastEntity {
		return ""
	}
	// the subject, or its possessor: a comma, "'s" or a verb after the name
	if n := ms[0].last + 1; n < len(toks) {
		switch next := toks[n].lower; {
		case next == "," || next == "'s" || next == "’s":
		case isVerbForm(next):
		default:
			return ""
		}
	}
	return code
}
