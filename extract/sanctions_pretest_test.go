package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// sanctionsPhrases returns the keys of the lexicon's cue phrases of category cat, found in
// its trie.
func sanctionsPhrases(lex *Lexicon, cat cueCategory) [][]string {
	var out [][]string
	var walk func(n *trieNode, keys []string)
	walk = func(n *trieNode, keys []string) {
		for _, c := range n.cues {
			if c.category == cat {
				out = append(out, append([]string(nil), keys...))
				break
			}
		}
		for k, child := range n.next {
			walk(child, append(keys, k))
		}
	}
	walk(&lex.cues.root, nil)
	return out
}

// sanctionNounOf is sanctionNoun of the sentence of text that holds offset pos, and whether
// mayNameSanctions lets that sentence be read.
func sanctionNounOf(ex *Extractor, text string, pos int) (noun int, may bool) {
	st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
	start, end := st.lex.sentenceBounds(text, pos)
	return st.sanctionNoun(st.newSentence(start, end, nil)), st.mayNameSanctions(sanctionStems(text), start, end)
}

// TestMayNameSanctionsKeepsTheLexiconsNouns checks that the test before a sentence is read for
// the sanctions' claims never turns away one that sanctionNoun takes: every phrase of the
// lexicon's sanctions nouns, each word in each of its forms, in lower case, with a capital and
// in capitals; the nouns that refer back, after a sentence that names sanctions so; and no
// typing slip can stand for the word of a phrase that the test looks for.
func TestMayNameSanctionsKeepsTheLexiconsNouns(t *testing.T) {
	ex := testExtractor(t)
	lex := ex.lex
	lex.expandForms()
	formsOf := lex.formsOfLemmas()
	forms := func(k string) []string {
		out := []string{k}
		for _, f := range formsOf[k] {
			if f != k {
				out = append(out, f)
			}
		}
		return out
	}
	cases := func(w string) []string {
		return []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)}
	}
	// variants are the phrase written with one of its words in another form, in each case
	variants := func(keys []string) []string {
		var out []string
		for i, k := range keys {
			for _, f := range forms(k) {
				words := append([]string(nil), keys...)
				words[i] = f
				for _, c := range cases(strings.Join(words, " ")) {
					out = append(out, c)
				}
			}
		}
		return out
	}
	nouns := sanctionsPhrases(lex, catSanctions)
	refs := sanctionsPhrases(lex, catSanctionsRef)
	if len(nouns) == 0 || len(refs) == 0 {
		t.Fatalf("the lexicon has %d sanctions nouns and %d that refer back", len(nouns), len(refs))
	}
	frames := []string{
		"The EU imposed %s on Russia in March 2014.",
		"%s on Russia were extended until March 2025.",
		"Washington said on Monday that the %s would be lifted in 2026.",
	}
	taken := 0
	for _, keys := range nouns {
		for _, v := range variants(keys) {
			for _, frame := range frames {
				text := strings.Replace(frame, "%s", v, 1)
				noun, may := sanctionNounOf(ex, text, 0)
				if noun >= 0 {
					taken++
					if !may {
						t.Errorf("mayNameSanctions turns away %q, which names sanctions", text)
					}
				}
			}
		}
	}
	for _, keys := range refs {
		for _, v := range variants(keys) {
			for _, before := range []string{"Sanctions were imposed on Russia.", "THE EMBARGO HELD.", "The US sanctioned Moscow.", "The Sanctİons stayed."} {
				text := before + " " + strings.Replace(frames[1], "%s", v, 1)
				noun, may := sanctionNounOf(ex, text, len(text)-1)
				if noun >= 0 {
					taken++
					if !may {
						t.Errorf("mayNameSanctions turns away the last sentence of %q, which refers back to sanctions", text)
					}
				}
			}
		}
	}
	t.Logf("sanctionNoun took %d sentences", taken)
	if taken < 50 {
		t.Errorf("sanctionNoun took only %d sentences: the test built them wrong", taken)
	}
	for _, text := range []string{"The EU imposed SANCTİONS on Russia in 2014.", "Restrİctive measures were imposed in 2014."} {
		if noun, may := sanctionNounOf(ex, text, 0); noun >= 0 && !may {
			t.Errorf("mayNameSanctions turns away %q", text)
		}
	}
	// Each phrase has a word the test looks for, which no typing slip is read as.
	for _, keys := range nouns {
		stem := ""
		for _, k := range keys {
			if namesSanctionStem(" "+k+" ", true) && len(sanctionStems(" "+k+" ")) > 0 {
				stem = k
			}
		}
		if stem == "" {
			t.Errorf("sanctions phrase %q has no word mayNameSanctions looks for", strings.Join(keys, " "))
			continue
		}
		for w := range lex.slipWords {
			f := lex.facts[w]
			if w == stem || f != nil && slices.Contains(f.lemmas, stem) {
				t.Errorf("slip word %q stands for %q of sanctions phrase %q: mayNameSanctions must read its slips", w, stem, strings.Join(keys, " "))
			}
		}
	}
}

// TestMayNameSanctionsOverTheCorpus checks the test before a sentence is read for the
// sanctions' claims on every sentence of the corpus: none that sanctionNoun takes is turned
// away.
func TestMayNameSanctionsOverTheCorpus(t *testing.T) {
	ex := testExtractor(t)
	taken, passed := 0, 0
	for _, text := range testcorpus.Texts(t) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		stems := sanctionStems(text)
		for pos := 0; pos < len(text); {
			start, end := st.lex.sentenceBounds(text, pos)
			may := st.mayNameSanctions(stems, start, end)
			if may {
				passed++
			}
			if st.sanctionNoun(st.newSentence(start, end, nil)) >= 0 {
				taken++
				if !may {
					t.Errorf("mayNameSanctions turns away %q", text[start:end])
				}
			}
			pos = max(end, pos+1)
		}
	}
	t.Logf("%d sentences passed the test, %d named sanctions", passed, taken)
}

// namesSanctionStem reports "sanction" or "embargo", and with restrictive "restrictive", in
// text in any case of its ASCII letters, or a rune past ASCII that lowers to an ASCII letter:
// mayNameSanctions of one sentence read byte by byte, as it was first written.
func namesSanctionStem(text string, restrictive bool) bool {
	for i := 1; i+1 < len(text); i++ {
		switch text[i] | 0x20 {
		case 'c':
			if text[i+1]|0x20 == 't' && (foldedAt(text, i-3, "sanction") || restrictive && foldedAt(text, i-6, "restrictive")) {
				return true
			}
		case 'b':
			if foldedAt(text, i-2, "embargo") {
				return true
			}
		}
	}
	return strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a")
}

// TestMayNameSanctionsAsByteByByte holds mayNameSanctions, which looks the text's stems up, to
// namesSanctionStem of the sentence and of the one before, over random texts of the stems'
// pieces in several cases and the corpus's sentences.
func TestMayNameSanctionsAsByteByByte(t *testing.T) {
	ex := testExtractor(t)
	rng := rand.New(rand.NewSource(12))
	pieces := []string{"sanction", "SANCTION", "Sanct", "ion", "sanctİon", "Embargo", "EMBARGO", "embar", "go", "restrictive", "Restrictive", "RESTRICT", "ive",
		"ct", "CT", "Ba", "bA", " ", ". ", "! ", "\n", "s", "a", "İ", "K", "e", "m"}
	texts := testcorpus.Texts(t)
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.Intn(30) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	agreed, named := 0, 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		stems := sanctionStems(text)
		for pos := 0; pos < len(text); {
			start, end := st.lex.sentenceBounds(text, pos)
			want := namesSanctionStem(text[start:end], true)
			if from, to, ok := st.sentenceBeforeAt(start); ok && !want {
				want = namesSanctionStem(text[from:to], false)
			}
			if got := st.mayNameSanctions(stems, start, end); got != want {
				t.Fatalf("mayNameSanctions %v, byte by byte %v, of %q in %q", got, want, text[start:end], text)
			}
			agreed++
			if want {
				named++
			}
			pos = max(end, pos+1)
		}
	}
	if named < 1000 || agreed-named < 1000 {
		t.Errorf("of %d sentences, %d name sanctions: the test tests little", agreed, named)
	}
}
