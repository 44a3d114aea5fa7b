package extract

import (
	"slices"
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
	if d := ws[i].date; d >= 0 && i > 0 && ws[i-1].tag == tagPrep {
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
