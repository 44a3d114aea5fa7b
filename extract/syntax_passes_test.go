package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTaggingAsInFull holds tagWords and chunk to tagWordsInFull and chunkInFull, which leave
// out nothing: over the sentences of the corpus and the worst inputs, every word gets the
// same tag and the same phrases, and the phrases are the same.
func TestTaggingAsInFull(t *testing.T) {
	ex := testExtractor(t)
	sentences, joined := 0, 0
	var words []word
	for s := range analysedSentences(ex, memoTestTexts(t, 400)) {
		sentences++
		if slices.ContainsFunc(s.words, func(w word) bool { return w.joined }) {
			joined++
		}
		words = append(words[:0], s.words...)
		nps, vgs := slices.Clone(s.nps), slices.Clone(s.vgs)
		for i := range s.words {
			w := &s.words[i]
			w.tag, w.verbish, w.past, w.np, w.vg = 0, false, false, 7, 7 // (a sentence before's)
		}
		s.nps, s.vgs = s.nps[:0], s.vgs[:0]
		s.tagWordsInFull(ex.lex)
		s.chunkInFull()
		for i := range s.words {
			if s.words[i] != words[i] {
				t.Fatalf("%q: word %d (%q) tagged %v in full, %v; in phrases %d %d, %d %d", s.text, i, words[i].text,
					s.words[i].tag, words[i].tag, s.words[i].np, s.words[i].vg, words[i].np, words[i].vg)
			}
		}
		if !slices.Equal(s.nps, nps) || !slices.Equal(s.vgs, vgs) {
			t.Fatalf("%q: phrases %v %v in full, %v %v", s.text, s.nps, s.vgs, nps, vgs)
		}
	}
	if joined == 0 || joined == sentences {
		t.Fatalf("%d of %d sentences join words: both kinds are needed", joined, sentences)
	}
}

// tagWordsInFull is tagWords reading every word in context and every sentence for compounds.
func (s *sentence) tagWordsInFull(lex *Lexicon) {
	ws := s.words
	for i := range ws {
		w := &ws[i]
		switch {
		case w.fig >= 0:
			w.tag = tagNum
		case w.lower == "'s" || w.lower == "’s" || w.lower == "'":
			w.tag = tagPoss
			if i > 0 && ws[i-1].tag == tagPron {
				w.tag = tagAux
			}
		case w.punct:
			w.tag = tagPunct
		case w.ent >= 0:
			w.tag = tagProper
		case w.date >= 0 && (w.facts == nil || !w.facts.isClosed || w.facts.closed == tagModal):
			w.tag = tagNoun
		default:
			w.tag = s.lexicalTag(lex, i)
		}
	}
	s.joinCompounds()
	for i := range ws {
		s.resolveInContext(i, s.words[i].mayBeContextWord())
	}
	s.joinCompounds()
}

// chunkInFull is chunk on words whose np and vg are left from another sentence, asking both
// verbGroupAt and nounPhraseAt at every word.
func (s *sentence) chunkInFull() {
	ws := s.words
	for i := range ws {
		ws[i].np, ws[i].vg = -1, -1
	}
	for i := 0; i < len(ws); {
		if end, ok := s.verbGroupAt(i); ok {
			s.addVerbGroup(i, end)
			i = end + 1
			continue
		}
		if end, ok := s.nounPhraseAt(i); ok {
			s.addNounPhrase(i, end)
			i = end + 1
			continue
		}
		i++
	}
}

// TestChunkStartsAtItsTags checks that verbGroupAt and nounPhraseAt find nothing at a word
// whose tag is not among those chunk asks them about (verbGroupTags, nounPhraseTags): every
// other tag, put at every word of the sentences of the corpus and the worst inputs.
func TestChunkStartsAtItsTags(t *testing.T) {
	ex := testExtractor(t)
	if verbGroupTags&nounPhraseTags != 0 {
		t.Fatalf("tags %b start both", verbGroupTags&nounPhraseTags)
	}
	for s := range analysedSentences(ex, memoTestTexts(t, 100)) {
		for i := range s.words {
			was := s.words[i].tag
			for tg := range tag(len(tagNames)) {
				s.words[i].tag = tg
				if _, ok := s.verbGroupAt(i); ok && verbGroupTags>>tg&1 == 0 {
					t.Fatalf("%q: a verb group starts at word %d tagged %v", s.text, i, tg)
				}
				if _, ok := s.nounPhraseAt(i); ok && nounPhraseTags>>tg&1 == 0 {
					t.Fatalf("%q: a noun phrase starts at word %d tagged %v", s.text, i, tg)
				}
				s.words[i].tag = was
			}
		}
	}
}

// TestNounPhraseAtByTagFirst holds nounPhraseAt, which asks a nominal word its own cases
// first, to nounPhraseAtInTurn, which asks every word every case in turn: at every word of the
// sentences of the corpus and the worst inputs, as tagged and with each word given every tag.
func TestNounPhraseAtByTagFirst(t *testing.T) {
	ex := testExtractor(t)
	checked, found := 0, 0
	compare := func(s *sentence, i int) {
		end, ok := s.nounPhraseAt(i)
		wantEnd, wantOK := s.nounPhraseAtInTurn(i)
		if end != wantEnd || ok != wantOK {
			t.Fatalf("%q: nounPhraseAt(%d) = %d, %v; in turn %d, %v", s.text, i, end, ok, wantEnd, wantOK)
		}
		checked++
		if ok {
			found++
		}
	}
	for s := range analysedSentences(ex, memoTestTexts(t, 100)) {
		for i := range s.words {
			compare(s, i)
		}
		for j := range s.words {
			was := s.words[j].tag
			for tg := range tag(len(tagNames)) {
				s.words[j].tag = tg
				for i := max(0, j-3); i <= j; i++ {
					compare(s, i)
				}
			}
			s.words[j].tag = was
		}
	}
	if found == 0 || found == checked {
		t.Fatalf("%d of %d words start a noun phrase: both kinds are needed", found, checked)
	}
}

// nounPhraseAtInTurn is nounPhraseAt asking each word its cases in turn, whatever its tag.
func (s *sentence) nounPhraseAtInTurn(i int) (int, bool) {
	ws := s.words
	if !ws[i].tag.nominal() && ws[i].tag != tagAdv && ws[i].tag != tagPron {
		return 0, false
	}
	if ws[i].tag == tagPron || ws[i].tag == tagPoss {
		return i, ws[i].tag == tagPron
	}
	if d := ws[i].date; d >= 0 && i > 0 && (ws[i-1].tag == tagPrep || s.secondOfDates(i)) {
		end := i
		for end+1 < len(ws) && ws[end+1].date == d {
			end++
		}
		if end+1 >= len(ws) || ws[end+1].tag != tagPoss {
			return end, true
		}
	}
	end := -1
	for j := i; j < len(ws); j++ {
		t := ws[j].tag
		switch {
		case t == tagAdv:
			if j+1 < len(ws) && (ws[j+1].tag == tagAdj || ws[j+1].tag == tagNum) {
				continue
			}
			return end, end >= 0
		case t == tagNum && end >= 0 && ws[end].tag != tagNum && ws[end].tag != tagDet && ws[end].tag != tagAdj &&
			ws[end].tag != tagPoss && ws[end].date < 0 && !ws[end].joined:
			return end, true
		case t == tagNum && end >= 0 && ws[end].tag == tagNum && ws[end].fig != ws[j].fig:
			return end, true
		case t == tagDet && end >= 0 && ws[end].tag != tagDet:
			return end, true
		case t == tagNoun && end >= 0 && ws[end].fig >= 0 && s.unitWord(j):
			end = j
		case t.nominal() && end >= 0 && (ws[end].tag == tagNoun || ws[end].tag == tagProper) && s.measureStartsAt(j) &&
			(s.cueIs(end, catSpeaker) || i > 0 && ws[i-1].hasLemma("tell")):
			return end, true
		case t == tagAdj && end >= 0 && ws[end].fig >= 0 && isComparative(ws[j].lower):
			return end, true
		case t == tagProper && end >= 0 && s.placeOpensTimeClause(end, j):
			return end, true
		case t.nominal():
			end = j
		case end >= 0 && ws[j].cue >= 0 && ws[j].cue == ws[end].cue && s.cues[ws[j].cue].first <= end && hasAny(s.cues[ws[j].cue], catMeasure, catKindNoun, catBasis):
			end = j
		case t == tagVerb && ws[j].past && end >= 0 && ws[end].tag == tagAdv:
			end = j
		case t == tagVerb && end >= 0 && ws[end].joined:
			end = j
		default:
			return end, end >= 0
		}
	}
	return end, end >= 0
}

// TestResolveByTagByItsTag holds resolveByTag, which asks a word the cases of its own tag, to
// resolveByTagInTurn, which asks the cases in one chain: the tags and verbs of all the words
// after, at every word of the sentences of the corpus and the worst inputs as tagged, with the
// word given every tag and with the word before given every tag.
func TestResolveByTagByItsTag(t *testing.T) {
	ex := testExtractor(t)
	checked, changed := 0, 0
	type tagged struct {
		tag     tag
		verbish bool
	}
	var was, got []tagged
	tags := func(s *sentence, into []tagged) []tagged {
		into = into[:0]
		for _, w := range s.words {
			into = append(into, tagged{w.tag, w.verbish})
		}
		return into
	}
	restore := func(s *sentence) {
		for j, w := range was {
			s.words[j].tag, s.words[j].verbish = w.tag, w.verbish
		}
	}
	compare := func(s *sentence, i int) {
		was = tags(s, was)
		prev := s.prevTag(i)
		s.resolveByTag(i, prev)
		got = tags(s, got)
		restore(s)
		s.resolveByTagInTurn(i, prev)
		for j, w := range got {
			if w.tag != s.words[j].tag || w.verbish != s.words[j].verbish {
				t.Fatalf("%q: resolveByTag(%d %q, %s): word %d %q is %s (verbish %v), in turn %s (%v)", s.text, i, s.words[i].text, was[i].tag, j, s.words[j].text,
					w.tag, w.verbish, s.words[j].tag, s.words[j].verbish)
			}
		}
		if !slices.Equal(got, was) {
			changed++
		}
		restore(s)
		checked++
	}
	for s := range analysedSentences(ex, memoTestTexts(t, 100)) {
		for i := range s.words {
			compare(s, i)
			for _, j := range []int{i, i - 1} {
				if j < 0 || i >= 200 { // (a run-on sentence's first words are enough)
					continue
				}
				keep := s.words[j].tag
				for tg := range tag(len(tagNames)) {
					s.words[j].tag = tg
					compare(s, i)
				}
				s.words[j].tag = keep
			}
		}
	}
	if changed == 0 || changed == checked {
		t.Fatalf("%d of %d words changed tags: both kinds are needed", changed, checked)
	}
}

// resolveByTagInTurn is resolveByTag asking the cases in one chain, whatever the tag.
func (s *sentence) resolveByTagInTurn(i int, prev tag) {
	ws := s.words
	w := &ws[i]
	if !w.tag.in(contextTags) {
		// Every case below but the comparative's asks for one of these tags: most words of a
		// sentence have another (marks, determiners, prepositions, names, figures), and
		// are decided without a test of each case.
		if i > 0 && ws[i-1].fig >= 0 && isComparative(w.lower) {
			w.tag = tagAdj
		}
		return
	}
	switch {
	case w.tag == tagModal:
		// a modal's verb: "could stabilise", "would edge higher"; "will likely be"
		if i+1 < len(ws) && (ws[i+1].lower == "likely" || ws[i+1].lower == "unlikely") {
			ws[i+1].tag = tagAdv
		}
		if j := s.nextWordIndex(i); j >= 0 && (ws[j].tag == tagNoun || ws[j].tag == tagAdj) && ws[j].date < 0 && ws[j].canBeVerb() {
			ws[j].tag, ws[j].verbish = tagVerb, true
		}
	case w.tag == tagAdj && i+1 < len(ws) && ws[i+1].fig >= 0:
	case w.tag == tagNoun && i+1 < len(ws) && ws[i+1].fig >= 0 && (prev == tagDet || prev == tagPoss) && !s.cueIs(i, catMeasure):
		// "an average 6.3 pct", "a record 3 pct", "its present 10.9 pct": a modifier of the figure
		w.tag = tagAdj
	case i > 0 && ws[i-1].fig >= 0 && isComparative(w.lower):
		w.tag = tagAdj // "nine pct lower than", "2.7 pct higher"
	case w.tag == tagVerb && prev == tagAux && strings.HasSuffix(w.lower, "er") && i+1 < len(ws) && ws[i+1].lower == "than":
		w.tag = tagAdj // "was slower than"
	case w.tag == tagNoun && s.opinionVerbAfterPlural(i):
		w.tag, w.verbish = tagVerb, true
	case w.tag == tagVerb && w.past && strings.HasSuffix(w.lower, "ed") && (prev == tagAdj || prev == tagNum || prev == tagDet) &&
		i+1 < len(ws) && (ws[i+1].tag == tagNoun || ws[i+1].tag == tagProper) && ws[i+1].date < 0 && (ws[i-1].fig < 0 || s.cueIs(i, catBasis)):
		// "the 24 western industrialised nations", "a 0.4% annualised pace"
		w.tag = tagAdj
	case w.tag == tagVerb && strings.HasSuffix(w.lower, "ing") && prev != tagVerb && prev != tagAux && prev != tagModal && prev != tagTo &&
		i+2 < len(ws) && ws[i+1].tag == tagNoun && !ws[i+1].verbish && ws[i+1].date < 0 &&
		(ws[i+2].tag == tagAux || ws[i+2].tag == tagModal || ws[i+2].verbish && ws[i+2].past || s.cueIs(i, catRestrict)):
		// A form in -ing between a clause's opening and a noun with a finite verb after it
		// modifies the noun: "asking prices have fallen", "rising costs were", "falling
		// exports cut growth"; so does one the lexicon knows as a modifier ("asking prices in
		// the UK rose").
		w.tag = tagAdj
	case w.tag == tagVerb && (!w.past || i == 0 || s.afterOpening(i)) && prev != tagVerb && prev != tagAux && prev != tagModal && prev != tagTo && s.cueIs(i, catRestrict) &&
		i+1 < len(ws) && ws[i+1].tag == tagNoun && s.cueIs(i+1, catMeasure):
		w.tag = tagAdj
	case w.tag == tagVerb && strings.HasSuffix(w.lower, "s") && !w.past && i >= 2 && ws[i-1].tag == tagVerb && !ws[i-1].past &&
		(ws[i-2].tag == tagTo || ws[i-2].tag == tagModal || ws[i-2].tag == tagAux && strings.HasSuffix(ws[i-1].lower, "ing")):
		// A bare verb or a progressive takes no verb in -s after it: "to award contracts",
		// "will cut costs", "is seeking contracts" hold the verb's object.
		w.tag = tagNoun
	case w.tag == tagVerb:
		if i > 0 && ws[i-1].fig >= 0 && s.verbAfterFigure(i) && ws[i+1].tag == tagVerb {
			ws[i+1].tag = tagNoun // "eight pct represents gains": its object
		}
		if !s.countedSubjectsVerb(i) && !(w.past && s.changeOfObjectBy(i)) && s.nounContext(i) {
			w.tag = tagNoun
			nextNominal := i+1 < len(ws) && (ws[i+1].tag == tagNoun || ws[i+1].tag == tagAdj || ws[i+1].tag == tagNum || ws[i+1].tag == tagProper)
			if w.past && (strings.HasSuffix(w.lower, "ed") || nextNominal) || i+1 < len(ws) && ws[i+1].fig >= 0 && (prev == tagDet || prev == tagPoss) ||
				strings.HasSuffix(w.lower, "ing") && nextNominal {
				// "the revised figure", "an estimated 8 pct", "the faltering German economy"
				w.tag = tagAdj // "the revised figure", "an estimated 8 pct", "an average 6.3 pct"
			}
		}
	case w.tag == tagNoun && strings.HasSuffix(w.lower, "s") && !w.verbish && i > 0 && i+1 < len(ws):
		// An unknown verb in -s after a singular noun, before its object: "the latest CPI
		// supports existing expectations".
		p, n := ws[i-1], ws[i+1]
		if n.tag == tagAdv && i+2 < len(ws) {
			n = ws[i+2] // "the report revises downwards the OECD's forecast"
		}
		if (p.tag == tagNoun || p.tag == tagProper) && !strings.HasSuffix(p.lower, "s") && p.date < 0 &&
			(n.tag == tagDet || n.tag == tagPron || n.lower == "that" || n.tag == tagVerb && !n.past || partOfBefore(ws, i+1)) && canBeVerb(strings.TrimSuffix(w.lower, "s")) ||
			p.fig >= 0 && w.fig < 0 && s.verbAfterFigure(i) && canBeVerb(strings.TrimSuffix(w.lower, "s")) {
			w.tag, w.verbish = tagVerb, true
		} else if s.verbOfNamedSubject(i) {
			w.tag, w.verbish = tagVerb, true
		}

	}
}
