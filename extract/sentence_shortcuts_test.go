package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestSentenceShortcutsChangeNoClaim holds the claims of Claims, which turns sentences away
// before reading them in full where it can tell they end in no claim and leave nothing for
// the sentences after them, to those of referenceClaims, which reads every sentence that may
// hold a claim in full: over the texts of the corpus and the worst inputs, with and without
// the bare figures. What a sentence leaves for the next (the focus, the frame, the figures
// stated, the last periods) is compared after every sentence.
func TestSentenceShortcutsChangeNoClaim(t *testing.T) {
	ex := testExtractor(t)
	texts := testcorpus.Texts(t)
	for _, text := range worstInputs(8 << 10) {
		texts = append(texts, text)
	}
	// the seed articles, one of them about sanctions
	paths, _ := filepath.Glob(filepath.Join(testcorpus.SharedDir(t), "articles", "*.txt"))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	claims := 0
	for _, text := range texts {
		for _, opts := range []Options{{}, {All: true}} {
			a := Article{Text: text}
			got, want := ex.Claims(a, opts), referenceClaims(ex, a, opts)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("opts %+v: %d claims, want %d, of %.200q", opts, len(got), len(want), text)
			}
			if !opts.All {
				claims += len(got)
			}
			sentenceByShortcutsAndInFull(t, ex, text, opts)
		}
	}
	if claims < 50 {
		t.Fatalf("only %d claims compared", claims)
	}
}

// sentenceByShortcutsAndInFull reads text sentence by sentence, with the shortcuts of
// sentenceClaims and in full (sentenceClaimsInFull), fails t when a sentence leaves other
// claims or another state that later sentences read (focus, frame, stated figures, last
// periods), and returns the claims.
func sentenceByShortcutsAndInFull(t *testing.T, ex *Extractor, text string, opts Options) []Claim {
	t.Helper()
	a := Article{Text: text}
	short := &articleState{lex: ex.lex, art: a, types: newWordCache(ex.lex)}
	full := &articleState{lex: ex.lex, art: a, types: newWordCache(ex.lex)}
	var gotClaims, wantClaims []Claim
	for s := range short.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
		gotClaims = short.sentenceClaims(gotClaims, s.start, s.end, s.figures, opts)
		wantClaims = full.sentenceClaimsInFull(wantClaims, s.start, s.end, s.figures, opts)
		if !reflect.DeepEqual(gotClaims, wantClaims) || short.focus != full.focus || framed(short.frame) != framed(full.frame) ||
			!reflect.DeepEqual(short.stated, full.stated) || short.statedNext != full.statedNext ||
			!reflect.DeepEqual(short.lastPeriods, full.lastPeriods) {
			t.Fatalf("opts %+v: the sentence %q leaves another state", opts, text[s.start:s.end])
		}
	}
	return gotClaims
}

// framed is what of f is read (period.go): nothing when it has no period.
func framed(f frame) frame {
	if f.period == "" {
		return frame{}
	}
	return f
}

// referenceClaims is Claims with every sentence that may hold a claim read in full, and every
// sentence with a date analysed in an article about sanctions.
func referenceClaims(e *Extractor, a Article, opts Options) []Claim {
	st := &articleState{lex: e.lex, art: a, types: newWordCache(e.lex)}
	figures := prepareQuantities(a.Text, quantity.Scan(a.Text))
	st.figuresLeft = len(figures)
	var claims []Claim
	for s := range st.sentenceIndex().figureSentences(figures) {
		claims = st.sentenceClaimsInFull(claims, s.start, s.end, s.figures, opts)
		st.figuresLeft -= len(s.figures)
	}
	reconcileHeadline(a.Text, a.Published, claims)
	if hasSanctionWord(a.Text) {
		claims = append(claims, st.sanctionClaimsInFull()...)
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].Start < claims[j].Start })
	return claims
}

// sanctionClaimsInFull is sanctionClaims with every sentence that holds a date analysed first.
func (st *articleState) sanctionClaimsInFull() []Claim {
	var out []Claim
	exprs := st.dates()
	sentEnd := -1
	var s *sentence
	for _, e := range exprs {
		if e.Start >= sentEnd {
			start, end := st.lex.sentenceBounds(st.art.Text, e.Start)
			s = st.newSentence(start, end, nil)
			st.analyse(s)
			sentEnd = end
		}
		if noun := st.sanctionNoun(s); noun >= 0 && e.Period != "" {
			if c, ok := st.sanctionClaim(s, noun, e); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// sentenceClaimsInFull is sentenceClaims with no shortcut past candidate and mayHoldClaim.
func (st *articleState) sentenceClaimsInFull(dst []Claim, start, end int, qs []quantity.Quantity, opts Options) []Claim {
	var s *sentence
	if st.candidate(start, end, qs) {
		s = st.newSentence(start, end, qs)
	}
	if s != nil && !s.mayHoldClaim() {
		st.retire(s)
		s = nil
	}
	if s == nil {
		if !opts.All {
			return dst
		}
		for _, q := range qs {
			dst = append(dst, st.bareClaim(start, end, q))
		}
		return dst
	}
	st.reuseReadings()
	st.analyse(s)
	s.nounReadings = zeroed(st.nounReadingStore, len(s.nps))
	st.nounReadingStore = s.nounReadings
	first := len(dst)
	for k := range qs {
		r := st.figureReading(s, k)
		before := len(dst)
		if r != nil {
			dst = st.completeClaims(dst, s, k, r)
		}
		if len(dst) == before && opts.All {
			dst = append(dst, st.bareClaim(s.start, s.end, qs[k]))
		}
	}
	st.updateFocus(s, dst[first:])
	st.updateFrame(s)
	st.rememberStated(s)
	st.retire(s)
	return dst
}

// TestAnalyseStartsEveryWordField holds the fields of word to those analyse sets one by one
// for each word, over the storage of the sentence before: a field added to word must be
// started there too.
func TestAnalyseStartsEveryWordField(t *testing.T) {
	var got []string
	for f := range reflect.TypeFor[word]().Fields() {
		got = append(got, f.Name)
	}
	want := []string{"token", "tag", "fig", "date", "ent", "cue", "inst", "np", "vg", "joined", "verbish", "past"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("word has the fields %q; analyse starts %q", got, want)
	}
}
