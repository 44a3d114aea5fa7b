package extract

import (
	"slices"

	"github.com/factcheck/factcheck/extract/quantity"
)

// Most sentences analysed for their figures yield no claim (61 of the benchmark corpus's
// 1,782): a figure of something no indicator covers ("sales of 5 billion euros") beside a word
// of a measure phrase. analysisUnread tells, from the words and cues newSentence found, that a
// sentence's analysis (tagging, chunking, the figures' readings) can yield no claim and can
// change only the focus and the frame, and only in ways read near the sentence. Such a
// sentence is not analysed then but kept unread (leaveUnread); settleUnread analyses it after all,
// before any sentence after it reads or ends the focus or the frame in a way that may tell
// the difference, or forgets it once none can.
//
// Why a sentence analysisUnread lets go yields no claim. A figure makes a claim only when its
// reading has a measure with an indicator (completeClaims returns at once when indicatorOf is
// empty), and every measure of measures.csv but "other" has one. A reading takes its measure
//   - from a measure cue of the sentence (nounMeasure, modifierMeasure, readPredicate), or from
//     the reading of another of its figures, which took its own so;
//   - as "gdp" for a verb of growth (verbMeasureOf: growthVerb, a form of grow, expand, shrink
//     or contract), as "policy_rate" for a phrase headed by a form of "rate" (setsRates);
//   - from the focus, when it ends within one sentence end of the sentence (contextMeasureOf;
//     readCompared within none), turned by rateOf into the measure it names its rate;
//   - from the sentence before's first measure cue of a national topic (measureBefore);
//   - from a figure stated before with the same value and unit (statedAs);
//   - as "other", written out where a phrase is some part's.
// So when the sentence's measure cues all name "other", no word of it is a form of "rate" or
// of those verbs, the focus is no measure but "other" within one sentence end, no figure of it
// was stated before and the sentence before names no national measure, every reading is of
// "other" or of none. Then no claim is made, a figure is left bare with --all as the analysis
// would leave it, no figure is remembered as stated (rememberStated needs a claim's period),
// no last period is kept (updateFocus reads them from claims), and the entities named before
// are not scanned further: entityBefore, whose cuts depend on where it is asked from, is asked
// only by a claim's completion (entityOf) and by blocBefore, which verbMeasureOf asks only of
// a subject with a noun of a bloc ("bloc", "zone", "union", "region", "area"), which the
// sentence then has not. Sanctions read the dates and the entities only.
//
// What the analysis changes then. The caches only (the dates lowered, the look back's words
// and memo, which restrictedInText reads anew after any sentence not analysed, the answers
// about bare nouns, the sentence ends found, the storage of readings), and:
//   - the focus: updateFocus leaves it or sets it to {measure: other, end: s.end}, since every
//     reading is of "other" and subjectTopic needs a national measure. The focus is read
//     without a bound on the distance only for its period (focusPeriod), its entity (entityOf)
//     and its plural flag (updateFocus), which are empty in that focus: analysisUnread asks
//     them to be empty in the focus left too. Its measure and its end are read only within
//     one sentence end of its end (candidateWords, contextMeasureOf, nounMeasure's
//     demonstratives, pluralFocus, readCompared) or asked whether it ends within none
//     (periodOf); and analysisUnread itself, for a later sentence.
//   - the frame: updateFrame ends it at s.end, with a period or none. Its period is read
//     within no sentence end of its end (periodOf); and by a sentence of spans of time, which
//     asks only whether it has one.
//
// When a sentence after it is settled. Every sentence after reads the focus in candidateWords,
// which finds no measure there in either case: {other} blocks, and the focus left is one of
// "other", or none, or ends more than one sentence end before the sentence left unread
// (analysisUnread), so before any later one too. A sentence that goes no further (no
// candidate that names nothing of another topic, or a candidate whose words lack every claim
// cue, lacksClaimCues) reads and changes nothing else of the focus and the frame, so it leaves
// the sentence unread; one that is no candidate and names something of another topic only
// ends the focus, and forgets it (forgetUnread). Any other settles it first: when neither the unread sentence's end nor
// the ends of the focus and (with a period) the frame left lie within one sentence end (the
// frame's: none) of where it starts, no reader there or after can tell the two apart, and the
// unread sentence is forgotten; else it is analysed then, which reads what it would have read
// in its turn, since nothing it reads has changed since.

// analysisUnread reports a sentence, tokenised and holding a cue mayHoldClaim takes, whose
// analysis can yield no claim and whose focus and frame can be settled later (above).
func (st *articleState) analysisUnread(s *sentence) bool {
	f := st.focus
	if f.period != "" || f.entity != "" || f.plural {
		return false
	}
	for _, m := range s.cues {
		if v, ok := m.has(catMeasure); ok && v != measureOther {
			return false
		}
	}
	for i := range s.toks {
		if s.toks[i].namesRateGrowthOrBloc() {
			return false
		}
	}
	if f.measure != nil && f.measure.name != measureOther && st.withinSentences(f.end, s.start, 1) {
		return false
	}
	return !st.namesStated(s.quants) && !st.measureNamedBefore(s)
}

// unreadUntokenised reports, without tokenising the sentence text[start:end] with figures qs,
// that analysisUnread would leave it unread, or that it holds no cue mayHoldClaim takes (then
// it is not read either; settleUnread tells the two apart, should it come to that). It asks
// what analysisUnread asks, but of the words of the text (readWitnesses, found as
// lacksClaimCues finds its witnesses, with any typing slip a maybe): a sentence that lacks a
// word of every phrase of a measure but "other" has no cue of one, and one that lacks every
// word namesRateGrowthOrBloc names has no token that names one. Most sentences analysisUnread
// leaves unread are told so, and not tokenised. (sentenceClaims does not ask it of a sentence
// whose words hold a read witness alone, wordReadWitness: it would answer false.)
func (st *articleState) unreadUntokenised(start, end int, qs []quantity.Quantity) bool {
	f := st.focus
	if f.period != "" || f.entity != "" || f.plural {
		return false
	}
	if f.measure != nil && f.measure.name != measureOther && st.withinSentences(f.end, start, 1) {
		return false
	}
	if !st.lex.lacksReadWitnesses(st.art.Text, start, end, st.types) {
		return false
	}
	s := sentence{start: start, end: end} // (what measureNamedBefore reads of it)
	return !st.namesStated(qs) && !st.measureNamedBefore(&s)
}

// namesRateGrowthOrBloc reports a form of "rate" or of a verb of growth (growthVerbs), as
// hasLemma finds them (through the token's bases), or a noun of a bloc (isBlocNoun): kept in
// the word's type when it has one, since every word of a sentence is asked.
func (t *token) namesRateGrowthOrBloc() bool {
	if t.wt != nil {
		return t.wt.marks&typeRateGrowthOrBloc != 0
	}
	return namesRateGrowthOrBloc(t.lower, t.basesOf())
}

// namesRateGrowthOrBloc is token.namesRateGrowthOrBloc of a word whose lower case is lower
// and whose bases are bases.
func namesRateGrowthOrBloc(lower string, bases []string) bool {
	if rateOrGrowth(lower) || isBlocNoun(lower) {
		return true
	}
	for _, b := range bases {
		if rateOrGrowth(b) {
			return true
		}
	}
	return false
}

// rateOrGrowth reports "rate" and the bases growthVerb asks about.
func rateOrGrowth(w string) bool {
	return w == "rate" || slices.Contains(growthVerbs[:], w)
}

// measureNamedBefore reports measureBefore(s) != nil: whether the sentence before names a
// measure of a national topic, from the cues of the look back (lookBack), as measureBefore
// reads them. When the look back holds another text, a sentence that lacks a word of every
// phrase of such a measure (namesNoNationalMeasure) is not read: the look back would find no
// cue of one there.
func (st *articleState) measureNamedBefore(s *sentence) bool {
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return false
	}
	if lb := &st.lookedBack; (lb.toks == nil || lb.from != from || lb.to != to) && st.lex.namesNoNationalMeasure(st.art.Text, from, to) {
		return false
	}
	// (measureBefore keeps its answer with s, which the analysis of s, if it comes, reads
	// again: the look back gives the same words then)
	return st.measureBefore(s) != nil
}

// leaveUnread lets the sentence text[start:end] with figures qs go unread, after those left
// unread before it, if any, which are not settled first: unreadUntokenised answers the same
// of it whether they were analysed or not. Nothing between them has changed the focus or the
// frame (a sentence that may, settles them), and the analysis of one leaves the focus as it
// was or sets it to {measure: other, end: its end}; the focus they were left with has no
// period, entity or plural flag and no measure but "other" within one sentence end of the
// first (analysisUnread, unreadUntokenised), so nor of this one; and their analyses remember
// no figure stated. The look back reads the text, whatever it last held.
func (st *articleState) leaveUnread(start, end int, qs []quantity.Quantity) {
	left := figureSentence{start, end, qs}
	if st.unreadSpill == nil && st.unreadCount < len(st.unreadStore) {
		st.unreadStore[st.unreadCount] = left
		st.unreadCount++
		return
	}
	if st.unreadSpill == nil {
		st.unreadSpill = append(make([]figureSentence, 0, 2*len(st.unreadStore)), st.unreadStore[:st.unreadCount]...)
	}
	st.unreadSpill = append(st.unreadSpill, left)
}

// unreadChain returns the sentences left unread, in order (leaveUnread).
func (st *articleState) unreadChain() []figureSentence {
	if st.unreadSpill != nil {
		return st.unreadSpill
	}
	return st.unreadStore[:st.unreadCount]
}

// settleUnread settles the sentences left unread, if any, before the sentence that starts at
// start reads or ends the focus or the frame. They are all forgotten when neither their ends
// nor the ends of the focus and (with a period) the frame lie within one sentence end (the
// frame's: none) of start: whatever their analyses would have left, each in its turn (the
// focus, or {other} ending at one of them; the frame, or one ending at one of them), could
// not be read from there on. Else each is settled in order as it would have been in its
// turn, before the next one or the sentence at start: forgotten or analysed (its analysis
// yields no claim). Chains left unread are thus forgotten with no analysis at all, when
// what reads after them is far enough, or when none does.
func (st *articleState) settleUnread(start int) {
	chain := st.unreadChain()
	if len(chain) == 0 {
		return
	}
	// Emptied now, settled below: the chain's memory is not written again before the loop has
	// read it, since only sentenceClaims leaves a sentence unread.
	st.forgetUnread()
	if st.forgetsUnread(chain, start) {
		return
	}
	for i, u := range chain {
		next := start
		if i+1 < len(chain) {
			next = chain[i+1].start
		}
		if st.forgetsUnread(chain[i:i+1], next) {
			continue
		}
		s := st.newSentence(u.start, u.end, u.figures)
		if !s.mayHoldClaim() {
			st.retire(s) // left by unreadUntokenised, and holding no cue mayHoldClaim takes: not read at all
			continue
		}
		st.readSentence(nil, s, Options{})
	}
}

// forgetUnread forgets the sentences left unread, if any, before a sentence that reads
// nothing of the focus and the frame they may leave (it asked candidateWords and namesStated,
// which read alike either way, before) and ends the focus there, as one that is no candidate
// and names something of another topic does. What they may leave then cannot be read from the
// next sentence on: the focus is that sentence's, and the frame, whether as it was or ended at
// one of them, ends at least one sentence end before any later sentence, which reads its
// period only within none (periodOf).
func (st *articleState) forgetUnread() {
	st.unreadCount = 0
	if st.unreadSpill != nil {
		st.unreadSpill = st.unreadSpill[:0] // its memory kept for the next chain
	}
}

// forgetsUnread reports whether no sentence from the one that starts at start on can tell the
// sentences unread (left unread in turn, the focus and frame as they were when the first was
// left) analysed from forgotten: neither their ends (the nearest, the last, asked first) nor
// the ends of the focus and (with a period) the frame lie within one sentence end (the
// frame's: none) of start.
func (st *articleState) forgetsUnread(unread []figureSentence, start int) bool {
	for i := len(unread) - 1; i >= 0; i-- {
		if st.withinSentences(unread[i].end, start, 1) {
			return false
		}
	}
	return !st.withinSentences(st.focus.end, start, 1) &&
		(st.frame.period == "" || !st.withinSentences(st.frame.end, start, 0))
}
