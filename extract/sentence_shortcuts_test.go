package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
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
// periods: leavesAlike), and returns the claims.
func sentenceByShortcutsAndInFull(t *testing.T, ex *Extractor, text string, opts Options) []Claim {
	t.Helper()
	a := Article{Text: text}
	short := &articleState{lex: ex.lex, art: a, types: newWordCache(ex.lex)}
	full := &articleState{lex: ex.lex, art: a, types: newWordCache(ex.lex)}
	var gotClaims, wantClaims []Claim
	sentences := slices.Collect(short.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))))
	for i, s := range sentences {
		gotClaims = short.sentenceClaims(gotClaims, s.start, s.end, s.figures, opts)
		wantClaims = full.sentenceClaimsInFull(wantClaims, s.start, s.end, s.figures, opts)
		next := -1
		if i+1 < len(sentences) {
			next = sentences[i+1].start
		}
		if !reflect.DeepEqual(gotClaims, wantClaims) || !short.leavesAlike(full, next) {
			t.Fatalf("opts %+v: the sentence %q leaves another state (focus %+v, frame %+v; read in full %+v, %+v)",
				opts, text[s.start:s.end], short.focus, short.frame, full.focus, full.frame)
		}
	}
	return gotClaims
}

// leavesAlike reports whether st, read with the shortcuts, leaves what full, read in full,
// leaves for the sentences from the one that starts at next on (-1: none): the same figures
// stated and last periods; a focus and a frame that read alike there and after (analysisUnread:
// a focus with no period, entity or plural flag and a frame with no period read alike when
// neither ends within one sentence end of next, none for the frame's period); or, while st
// keeps sentences unread, the focus and frame their analyses may leave.
func (st *articleState) leavesAlike(full *articleState, next int) bool {
	if !reflect.DeepEqual(st.stated, full.stated) || st.statedNext != full.statedNext || !reflect.DeepEqual(st.lastPeriods, full.lastPeriods) {
		return false
	}
	far := func(at, n int) bool { return next < 0 || !st.withinSentences(at, next, n) }
	unreadFocus := func(f focus) bool { return f.period == "" && f.entity == "" && !f.plural && far(f.end, 1) }
	unreadFrame := func(f frame) bool { return f.period == "" || far(f.end, 0) }
	focusAlike := st.focus == full.focus || unreadFocus(st.focus) && unreadFocus(full.focus)
	frameAlike := framed(st.frame) == framed(full.frame) || unreadFrame(st.frame) && unreadFrame(full.frame)
	for _, u := range st.unreadChain() {
		focusAlike = focusAlike || full.focus == focus{measure: st.lex.measures[measureOther], end: u.end}
		frameAlike = frameAlike || full.frame.end == u.end || full.frame == frame{}
	}
	return focusAlike && frameAlike
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

// candidateWitnessed is candidateWords, ending the focus at a sentence that is no candidate
// and names something of another topic, as sentenceClaims does.
func (st *articleState) candidateWitnessed(start, end int, qs []quantity.Quantity) (ok bool, witnessed uint8) {
	ok, other, witnessed := st.candidateWords(start, end, qs)
	if !ok && other {
		st.focus = focus{measure: st.lex.measures[measureOther], end: end}
	}
	return ok, witnessed
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
