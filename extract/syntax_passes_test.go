package extract

import (
	"slices"
	"testing"
)

// TestTaggingSkipsNoWork holds the passes tagWords and chunk leave out to what they would
// do, over the sentences of the corpus and the worst inputs: joinCompounds changes no tag of
// a sentence that joins no words, and chunk, which no longer sets every word's np and vg to
// -1 first, finds the phrases it finds on words that are reset.
func TestTaggingSkipsNoWork(t *testing.T) {
	ex := testExtractor(t)
	sentences, withJoined := 0, 0
	for s := range analysedSentences(ex, memoTestTexts(t, 400)) {
		sentences++
		tags := make([]tag, len(s.words))
		for i := range s.words {
			tags[i] = s.words[i].tag
		}
		if slices.ContainsFunc(s.words, func(w word) bool { return w.joined }) {
			withJoined++
		} else {
			s.joinCompounds()
			for i := range s.words {
				if s.words[i].tag != tags[i] {
					t.Fatalf("%q: joinCompounds changed word %d (%q), though no word is joined", s.text, i, s.words[i].text)
				}
			}
		}
		nps, vgs := slices.Clone(s.nps), slices.Clone(s.vgs)
		inPhrase := make([][2]int, len(s.words))
		for i := range s.words {
			inPhrase[i] = [2]int{s.words[i].np, s.words[i].vg}
			s.words[i].np, s.words[i].vg = -1, -1
		}
		s.nps, s.vgs = s.nps[:0], s.vgs[:0]
		s.chunk()
		if !slices.Equal(s.nps, nps) || !slices.Equal(s.vgs, vgs) {
			t.Fatalf("%q: chunked again on reset words, phrases %v %v, first %v %v", s.text, s.nps, s.vgs, nps, vgs)
		}
		for i := range s.words {
			if got := [2]int{s.words[i].np, s.words[i].vg}; got != inPhrase[i] {
				t.Fatalf("%q: word %d (%q) in phrases %v chunked again, %v first", s.text, i, s.words[i].text, got, inPhrase[i])
			}
		}
	}
	if withJoined == 0 || withJoined == sentences {
		t.Fatalf("%d of %d sentences join words: both kinds are needed", withJoined, sentences)
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
