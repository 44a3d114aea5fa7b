package extract

import (
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

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
	if st.entityBefore(s.start); st.lastEntity == "" || st.lex.aggregates.has(st.lastEntity) {
		return "" // (entityBefore brings the mentions up to s)
	}
	toks := tokenizeInto(nil, st.art.Text, from, min(s.start, from+paragraphOpenerReach))
	ms := st.lex.findEntities(toks, false)
	if len(ms) == 0 {
		return ""
	}
	code, ok := ms[0].has(catEntity)
	fronted := ms[0].first == 1 && ascii.EqualFold(toks[0].text, "in")
	if !ok && fronted {
		code, ok = ms[0].has(catCapital) // "In Manila, ..."
	}
	if !ok || code != st.lastEntity {
		return ""
	}
	if fronted {
		// a place fronted before the paragraph's first clause: "In Manila, Governor Eli
		// Remolona has cut rates several times. ... The economy expanded 5.7% in 2024" (blind
		// round 144: given to the dateline's Indonesia after a sentence of food inflation)
		if n := ms[0].last + 1; n < len(toks) && toks[n].lower == "," {
			return code
		}
		return ""
	}
	if ms[0].first != 0 {
		return ""
	}
	// the subject, or its possessor: a comma, "'s" or a verb after the name
	if n := ms[0].last + 1; n < len(toks) {
		switch next := toks[n].lower; {
		case next == "," || next == "'s" || next == "’s":
		case isVerbForm(next):
		case strings.HasSuffix(next, "s") && !isClosedClass(next) && n+1 < len(toks) && closedClass[toks[n+1].lower] == tagDet:
			// a verb in -s before its object's determiner: "Brazil remains the region's biggest
			// worry", "Brazil faces a reckoning" (blind round 154: the paragraph's figures two
			// sentences on were Ecuador's, the country named most)
		case closedClass[next] == tagAux || closedClass[next] == tagModal:
			// "Indonesia was hit hardest.", "Indonesia has fared worst." (blind round 142: the
			// paragraph's figures two sentences on were the dateline's Singapore's)
		default:
			return ""
		}
	}
	return code
}

// A paragraph that names no country after one about another country returns to the country
// the article is about, when that one dominates the text: "Destatis said industry suffered
// from rising competition from China.\n\nConsumer prices rose 2.2% on average in 2024" is
// Germany's inflation in a story about Germany; "Elsewhere in Southeast Asia, Vietnam grew
// 5.05% ... while Thailand's economy expanded only 1.9%.\n\nThe country's economy has come a
// long way" is Indonesia's; "Canada grew 1.5% and the euro area 0.9%.\n\nThe federal deficit
// was ..." is the United States'. Read as the country named last, five right figures of blind
// round 75 were flagged as China's, Thailand's and Canada's. The country named last keeps the
// paragraph it is named in, and the next one when it is named about as often as the topic
// (a roundup, a comparison of two).

// topicDominance is how many times the mentions of the country named last the topic's must be
// for a new paragraph to return to it; topicMinMentions, how many it must have at least.
const (
	topicDominance   = 2.0
	topicMinMentions = 3.0
)

// topicAfterBreak returns the country the article is about when the sentence at pos opens a
// paragraph (a blank line before it), recent (the country the text would otherwise carry into
// it) is another, and the topic dominates the mentions of the text so far; else "".
func (st *articleState) topicAfterBreak(pos int, recent string) string {
	if recent == "" || st.lex.aggregates.has(recent) || !st.opensParagraph(pos) || st.pronounOpens(pos) {
		return ""
	}
	st.mentionsUpTo(pos)
	best, bestScore := st.mostMentioned(false)
	if best == "" || best == recent || bestScore < topicMinMentions || bestScore < topicDominance*st.mentions[recent] {
		return ""
	}
	return best
}

// pronounOpens reports a pronoun that refers back to a place among the first words of the
// sentence at offset pos, before any percentage: "Its inflation rate was 2.3%", "In 2024, its
// inflation rate was 2.3%", "There, inflation was 2.3%". A pronoun is the country named last, whatever the
// paragraph.
func (st *articleState) pronounOpens(pos int) bool {
	text := st.art.Text
	var buf [pronounOpensReach / 2]string
	for _, w := range wordsFrom(text[:min(len(text), pos+pronounOpensReach)], pos, buf[:0], false) {
		if w == "%" {
			return false // (a figure first: the pronoun, if any, is not its subject's)
		}
		if ascii.EqualFoldAny(w, "its", "it", "it's", "it’s", "their", "they", "there") {
			return true
		}
	}
	return false
}

// pronounOpensReach bounds the bytes pronounOpens reads.
const pronounOpensReach = 60

// opensParagraph reports a blank line right before offset pos of the text, past spaces: the
// sentence there opens a paragraph.
func (st *articleState) opensParagraph(pos int) bool {
	text := st.art.Text
	newlines := 0
	for i := pos - 1; i >= 0 && pos-i <= 64; i-- {
		switch text[i] {
		case '\n':
			if newlines++; newlines == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return false
}

// laterSentenceOfUnplacedParagraph reports sentence s as a later sentence of a paragraph whose
// sentences before it named no country and stated no figure, when the country the text
// would carry into it (recent) was named before the paragraph, and the topic of the text,
// another, dominates the mentions: "... and China reported 5.2% growth.\n\nFormer President
// Donald Trump, responding on social media, said the economy under his watch "was the greatest
// in history." Growth peaked at 2.9% in 2018 under Trump" (blind round 171: China's, flagged,
// in a fact-check of a US speech) and "Premier Li Qiang said the economy was on track. Growth
// peaked at 6.7% in 2016" (the review's: China's, in the same story) read alike. Whose figure
// it is only the speaker's country says, which the lexicon does not know: the caller leaves
// it unsaid. Sentences that name an institution ("Fed Chair Jerome Powell told lawmakers")
// or the home ("The picture at home is more mixed"), or quote no one, keep the topic.
func (st *articleState) laterSentenceOfUnplacedParagraph(s *sentence, recent string) bool {
	if recent == "" || st.opensParagraph(s.start) {
		return false
	}
	from, ok := st.lineStartBefore(s.start)
	if !ok || from >= s.start || !st.opensParagraph(from) {
		return false
	}
	if st.mentionsUpTo(s.start); st.lastEntityAt >= from || st.focus.end >= from {
		return false
	}
	if st.topicAfterBreak(from, recent) == "" {
		return false
	}
	// the sentences before are a speaker's, of no institution and not "at home": "Fed Chair
	// Jerome Powell told lawmakers ...", "The picture at home is more mixed" go on with the
	// topic (review of session 44)
	toks := tokenizeInto(nil, st.art.Text, from, s.start)
	_, insts := st.lex.findEntitiesAndInstitutions(nil, nil, toks, false)
	if len(insts) > 0 {
		return false
	}
	said := false
	for i := range toks {
		switch toks[i].lower {
		case "home", "here", "domestic", "domestically":
			return false
		case "said", "says", "told", "argued", "claimed", "insisted", "disputed", "responded", "countered", "replied", "wrote", "tweeted":
			said = true
		}
	}
	return said
}
