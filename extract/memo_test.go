package extract

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// memoTestTexts are what the tests of a sentence's memos and shortcuts read: the first n
// articles of the benchmark corpus and the worst inputs cut to 8 KB.
func memoTestTexts(t *testing.T, n int) []string {
	texts := testcorpus.Texts(t)[:n]
	for _, text := range worstInputs(8 << 10) {
		texts = append(texts, text)
	}
	return texts
}

// figureSentencesOf is extraction's walk over the sentences of text that hold a figure.
func figureSentencesOf(lex *Lexicon, text string) iter.Seq[figureSentence] {
	return lex.figureSentences(text, prepareQuantities(text, quantity.Scan(text)))
}

// analysedSentences yields each sentence with a figure of the texts, analysed as extraction
// analyses it, and retires it once the caller is done with it.
func analysedSentences(ex *Extractor, texts []string) iter.Seq[*sentence] {
	return func(yield func(*sentence) bool) {
		for _, text := range texts {
			st := &articleState{lex: ex.lex, art: Article{Text: text}}
			for fs := range figureSentencesOf(ex.lex, text) {
				s := st.newSentence(fs.start, fs.end, fs.figures)
				st.analyse(s)
				if !yield(s) {
					return
				}
				st.retire(s)
			}
		}
	}
}

// TestMemosAgreeWithScans holds the answers kept per sentence or per clause to those of the
// scans they stand for, over the sentences of the corpus and the worst inputs: the figures
// nearest a figure against figureBetween, a category anywhere in a sentence against each word.
func TestMemosAgreeWithScans(t *testing.T) {
	ex := testExtractor(t)
	checked := 0
	for s := range analysedSentences(ex, memoTestTexts(t, 400)) {
		for _, category := range []cueCategory{catPPP, catNominal, catReal, catNotForecast, catPerCapita, catForecast, catMeasure} {
			want := false
			for i := range s.words {
				want = want || s.cueIs(i, category)
			}
			if got := s.anyCueOf(category); got != want {
				t.Fatalf("%q: anyCueOf(%s) = %v, want %v", s.text, category, got, want)
			}
		}
		s.findMarkedWords()
		same, than := false, false
		for i := range s.words {
			switch s.words[i].lower {
			case "same", "line", "unchanged":
				same = true
			case "than":
				than = true
			}
		}
		division := false
		for i := range s.words {
			division = division || divisionNouns[s.words[i].lower]
		}
		if division != s.namesDivision() {
			t.Fatalf("%q: namesDivision %v, the words say %v", s.text, s.namesDivision(), division)
		}
		for _, e := range s.exprs {
			if got, want := s.coordinatedDates(e), coordinatedDatesReadInFull(s, e); !slices.Equal(got, want) {
				t.Fatalf("%q: the dates coordinated with %q are %v, read in full %v", s.text, e.Period, got, want)
			}
		}
		modal := false
		for _, g := range s.vgs {
			modal = modal || g.modal
		}
		if modal && !s.marked(markModal) {
			t.Fatalf("%q: a modal verb group, and the sentence is not marked modal", s.text)
		}
		if same != s.marked(markSame) || than != s.marked(markThan) {
			t.Fatalf("%q: marked same %v than %v, the words say %v and %v", s.text, s.marked(markSame), s.marked(markThan), same, than)
		}
		for i := range s.words {
			if got, want := s.words[i].basesOf(), lemmasOf(s.words[i].lower); !slices.Equal(got, want) {
				t.Fatalf("%q: bases of word %d (%q) = %q, lemmasOf = %q", s.text, i, s.words[i].lower, got, want)
			}
			if w := s.words[i].lower; (w == "negative" || w == "minus") != slices.Contains(s.signWords, int32(i)) {
				t.Fatalf("%q: word %d (%q) and the sign words disagree", s.text, i, w)
			}
			if w := s.words[i].lower; (w == "quarter" || w == "month") != slices.Contains(s.unitWords, int32(i)) {
				t.Fatalf("%q: word %d (%q) and the unit words disagree", s.text, i, w)
			}
			if _, found := s.soFarAt(i); found && !slices.Contains(s.soFarOpens, int32(i)) {
				t.Fatalf("%q: soFarAt(%d) found a phrase findPeriodWords passed over", s.text, i)
			}
			f := s.words[i].fig
			span := s.words[i].lower == "decade" || f >= 0 && s.qLast[f] == i && strings.HasPrefix(s.quants[f].Unit, "y") && s.quants[f].ValueMax == nil
			if span && i+1 < len(s.words) && slices.Contains([]string{"to", "ending", "ended", "through", "till", "until"}, s.words[i+1].lower) &&
				!slices.Contains(s.spanStarts, int32(i)) {
				t.Fatalf("%q: a span of years at word %d passed over", s.text, i)
			}
		}
		for _, m := range s.cues {
			for _, categories := range [][]cueCategory{{catMeasure}, {catNeutral, catReal, catNominal, catBasis}, {catState, catBasis, catKindNoun},
				{catVerb, catChange, catState, catForecast, catRevision, catSanctionVerb}, {catNominal, catNeutral}, {catRestrict, catPerCapita}} {
				want := false
				for _, c := range m.cues {
					want = want || slices.Contains(categories, c.category)
				}
				if hasAny(m, categories...) != want {
					t.Fatalf("%q: hasAny(%v, %q) = %v", s.text, m.cues, categories, !want)
				}
			}
			lemma := s.words[m.first].lower
			if ls := lemmasOf(lemma); len(ls) > 0 {
				lemma = ls[0]
			}
			if got, want := ex.lex.restrictedInSentence(s, lemma, m.first), ex.lex.restrictedIn(s.toks, s.cues, lemma, m.first); got != want {
				t.Fatalf("%q: %q before word %d: remembered %d, scanned %d", s.text, lemma, m.first, got, want)
			}
		}
		// what a later sentence asks of this one as the sentence before, from what its
		// own figures found
		kept := slices.Clone(s.restrictMemo)
		for _, m := range s.cues {
			lemma := s.words[m.last].lower
			if got, want := ex.lex.restrictedRemembered(s.toks, s.cues, s.restrictDeciders, &kept, lemma, len(s.cues)), ex.lex.restrictedIn(s.toks, s.cues, lemma, len(s.toks)); got != want {
				t.Fatalf("%q: %q in the whole sentence: remembered %d, scanned %d", s.text, lemma, got, want)
			}
		}
		for k := range s.quants {
			if s.qFirst[k] < 0 {
				continue
			}
			from, to := s.clauseOf(s.qFirst[k])
			for _, span := range [][2]int{{from, to}, {0, len(s.words) - 1}, {s.qFirst[k], to}} {
				gotUnit, gotAt := s.bareUnitIn(span[0], span[1])
				if wantUnit, wantAt := bareUnitInEveryWord(s, span[0], span[1]); gotUnit != wantUnit || gotAt != wantAt {
					t.Fatalf("%q: words %v: bareUnitIn = %q at %d, every word read: %q at %d", s.text, span, gotUnit, gotAt, wantUnit, wantAt)
				}
			}
			near := s.otherFiguresAround(k)
			for d := range s.exprs {
				f, l := s.eFirst[d], s.eLast[d]
				if got, want := near.between(s, k, f, l), s.figureBetween(k, f, l); got != want {
					t.Fatalf("%q: figure %d, date %d: between = %v, figureBetween = %v", s.text, k, d, got, want)
				}
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d pairs of a figure and a date checked", checked)
	}
}

func TestYearPartFilterPassesKeys(t *testing.T) {
	for _, set := range []map[string]bool{seasonWords, timeWithinYear, partNouns} {
		for k := range set {
			for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
				if !yearPartFilter.mayHold(w) {
					t.Errorf("mayHold(%q) = false for a key", w)
				}
			}
		}
	}
	for _, w := range []string{"", "in", "of", "2023", "GDP", "rose"} {
		if yearPartFilter.mayHold(w) {
			t.Errorf("mayHold(%q) = true", w)
		}
	}
	// writtenAsPartOfYear looks for a season among a date's words only when hasLetter finds
	// a byte a word the filter passes can start with
	for c := range 256 {
		if yearPartFilter.first[c] && !hasLetter(string([]byte{byte(c)})) {
			t.Errorf("the filter passes words that start with %q, which hasLetter does not see", byte(c))
		}
	}
}

func TestPlainYear(t *testing.T) {
	for p, want := range map[string]bool{
		"2023": true, "1980": true, "0999": true,
		"": false, "202": false, "FY2023": false, "2023-Q1": false, "2023-03": false, "20a3": false, "+202": false,
	} {
		if got := plainYear(p); got != want {
			t.Errorf("plainYear(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestWordMarksCoverForms holds the kinds of words findMarkedWords notes to every word that
// the questions they stand for look for: each word they compare, and each form of the
// dictionary with a base they ask hasLemma about.
func TestWordMarksCoverForms(t *testing.T) {
	lemmaOnce.Do(loadLemmas)
	formsOf := func(bases ...string) []string {
		forms := slices.Clone(bases)
		for _, f := range lemmas.forms {
			for _, b := range lemmas.bases[f.from:f.to] {
				if slices.Contains(bases, b) {
					forms = append(forms, lemmas.text[f.off:f.off+f.n])
				}
			}
		}
		return forms
	}
	var targets []string
	for _, w := range formsOf("target", "goal", "objective", "ceiling", "limit", "cap", "threshold", "range", "band", "corridor") {
		if targetNoun(&token{lower: w}) != notTarget {
			targets = append(targets, w)
		}
	}
	for kind, words := range map[wordMarks][]string{
		markSame:     {"same", "line", "unchanged"},
		markThan:     {"than"},
		markTarget:   targets,
		markPeak:     append(formsOf("peak"), "high", "highs", "low", "lows", "trough"),
		markBloc:     {"bloc", "zone", "union", "region", "area"},
		markGroup:    {"economies", "countries", "nations", "markets", "members"},
		markEstimate: formsOf("estimate", "expect", "forecast", "predict", "project", "anticipate"),
		markModal:    {"would", "could", "might", "'d"},
		markDivision: slices.Collect(maps.Keys(divisionNouns)),
		markSpanAgo:  {"past", "last", "previous", "next", "coming"},
		// hypothetical's words, before a clause and at its head
		markCondition: {"if", "unless", "whether", "had", "were", "should"},
		// implicativeBefore's words: every form the lemma table gives "fail" and "failure"
		markDenial: append(formsOf("fail", "failure"), "unable", "short"),
		markThat:   {"that"},
		// averageOfSpan's words
		markAverage: formsOf("average", "trend", "norm"),
		// exclusionAround's words: the forms of its lemmas it reads, and "ex"
		markExclusion: append(slices.DeleteFunc(formsOf("exclude", "strip", "leave", "take"), func(w string) bool {
			return w == "exclude" || w == "excludes" // (a statement of method, which the rule passes over)
		}), "ex", "aside", "removing", "removed", "excludes", "exclude", "underlying"),
		markMeasured: {"measured", "gauged"},
		markBy:       {"by"},
		// sentenceDefinitions' nouns
		markDefinition: slices.Collect(maps.Keys(definitionNoun)),
		// reportedFirst's and firstReportedAfter's adverbs
		markEarlier: slices.Collect(maps.Keys(earlierTimeAdverbs)),
		// nowBefore's words (presentWord)
		markPresent: {"now", "today", "currently", "presently", "nowadays"},
		// pluralPlaceAnaphor's pronouns; its nouns of countries are markGroup's (below)
		markPlural: {"their", "they"},
	} {
		if len(words) < 2 && kind != markThan && kind != markThat && kind != markBy {
			t.Fatalf("mark %b: only %q", kind, words)
		}
		for _, w := range words {
			s := &sentence{words: []word{{token: token{lower: w}, fig: -1, date: -1, ent: -1, cue: -1, inst: -1, np: -1, vg: -1}}}
			if !s.marked(kind) {
				t.Errorf("%q is not marked %b", w, kind)
			}
		}
	}
	for w := range countryGroupNoun {
		s := &sentence{words: []word{{token: token{lower: w}, fig: -1, date: -1, ent: -1, cue: -1, inst: -1, np: -1, vg: -1}}}
		if w != "members" && w != "states" && !s.marked(markGroup) {
			t.Errorf("%q, a noun pluralPlaceAnaphor reads, is not marked markGroup", w)
		}
	}
	for _, w := range []string{"now", "today", "currently", "presently", "nowadays"} {
		if !presentWord(w) {
			t.Errorf("%q is marked markPresent, and no presentWord", w)
		}
	}
}

// coordinatedDatesReadInFull is coordinatedDates reading the dates of every sentence.
func coordinatedDatesReadInFull(s *sentence, e timex.Expr) []timex.Expr {
	var out []timex.Expr
	for i := range s.exprs {
		if s.exprs[i].Start != e.Start {
			continue
		}
		for j := i + 1; j < len(s.exprs); j++ {
			gap := s.words[s.eLast[j-1]+1 : max(s.eFirst[j], s.eLast[j-1]+1)]
			if len(gap) != 1 || gap[0].lower != "and" || s.exprs[j].Precision != e.Precision || s.exprs[j].Period == "" {
				break
			}
			out = append(out, s.exprs[j])
		}
	}
	return out
}

// bareUnitInEveryWord is bareUnitIn reading every word of [from, to], not only the unit words.
func bareUnitInEveryWord(s *sentence, from, to int) (string, int) {
	ws := s.words
	for i := from + 2; i <= to; i++ {
		w := &ws[i]
		if w.date >= 0 || w.fig >= 0 || w.joined || ws[i-1].joined {
			continue
		}
		if i+1 < len(ws) && ws[i+1].tag == tagPoss {
			continue
		}
		var unit string
		switch w.lower {
		case "quarter":
			unit = timex.Quarter
		case "month":
			unit = timex.Month
		default:
			continue
		}
		switch ws[i-1].lower {
		case "the", "this", "that":
		default:
			continue
		}
		switch ws[i-2].lower {
		case "in", "over", "during", "for", "on", "through", "throughout":
			return unit, i
		}
	}
	return "", -1
}

// TestUncodedEntityIsTheLexicons holds uncodedEntity to lex.uncoded: for every code of the
// lexicon, as the lexicon's string and as a copy of its bytes elsewhere, asked in turn, many
// more than the codes the article remembers.
func TestUncodedEntityIsTheLexicons(t *testing.T) {
	ex := testExtractor(t)
	codes := []string{"", "XYZ"}
	for _, e := range ex.lex.Entities {
		codes = append(codes, e.Code, strings.Clone(e.Code))
	}
	uncoded := 0
	st := &articleState{lex: ex.lex}
	for round := range 3 {
		for i := range codes {
			code := codes[(i*7+round)%len(codes)]
			got, want := st.uncodedEntity(code), ex.lex.uncoded[code]
			if got != want {
				t.Fatalf("uncodedEntity(%q) = %v, want %v", code, got, want)
			}
			if want {
				uncoded++
			}
		}
	}
	if uncoded == 0 || st.codedKnown < len(st.codedEntities) {
		t.Fatalf("%d uncoded codes asked, %d coded remembered: the test asks too little", uncoded, st.codedKnown)
	}
}
