package extract

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract/timex"
)

// TestTokenSpanFromIsTokenSpan holds tokenSpanFrom to tokenSpan over the figures and dates of
// the corpus and the worst inputs, from every hint: the ones analyse and withDates pass (the
// first word of a span before), hints past the span, and hints that are no word.
func TestTokenSpanFromIsTokenSpan(t *testing.T) {
	ex := testExtractor(t)
	checked := 0
	for s := range analysedSentences(ex, memoTestTexts(t, 300)) {
		var spans [][2]int
		for _, q := range s.quants {
			spans = append(spans, [2]int{q.Start, q.End})
		}
		for _, e := range s.exprs {
			spans = append(spans, [2]int{e.Start, e.End})
		}
		spans = append(spans, [2]int{s.start, s.start}, [2]int{s.end, s.end + 5}, [2]int{s.start - 3, s.start + 1})
		for _, sp := range spans {
			wantFirst, wantLast := s.tokenSpan(sp[0], sp[1])
			for _, hint := range []int{0, 1, max(wantFirst, 0), wantFirst + 1, wantFirst + 7, len(s.toks) / 2, len(s.toks), len(s.toks) + 1} {
				if hint < 0 {
					continue
				}
				if f, l := s.tokenSpanFrom(hint, sp[0], sp[1]); f != wantFirst || l != wantLast {
					t.Fatalf("%q: span %v from word %d: (%d, %d), tokenSpan (%d, %d)", s.text, sp, hint, f, l, wantFirst, wantLast)
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d spans checked", checked)
	}
}

// TestPriorDatesOnDemand holds priorDatesOf, asked once the figures of a sentence are read, to
// the dates of the sentence before picked as analyse picked them, over the corpus and the
// worst inputs: the dates around the sentence it picks from must outlast its reading.
func TestPriorDatesOnDemand(t *testing.T) {
	ex := testExtractor(t)
	texts := memoTestTexts(t, 300)
	texts = append(texts, "Inflation was 3% in the fourth quarter of 2003. GDP expanded 0.2 pct in the quarter, and that year it grew 2%.",
		"Ghana's economy contracted in 2023? No: it grew 2.9% in the year, up from 2% since 2019.")
	checked := 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		var claims []Claim
		for fs := range figureSentencesOf(ex.lex, text) {
			s := st.newSentence(fs.start, fs.end, fs.figures)
			st.reuseReadings()
			st.analyse(s)
			s.nounReadings = zeroed(st.nounReadingStore, len(s.nps))
			st.nounReadingStore = s.nounReadings
			var want []timex.Expr
			if from, _, ok := st.sentenceBefore(s); ok {
				for _, e := range s.around { // as analyse returned them
					if e.Start >= from && e.End <= s.start && e.Period != "" && !baseWordBefore(text, e.Start) {
						want = append(want, e)
					}
				}
			}
			for k := range s.quants {
				if r := st.figureReading(s, k); r != nil {
					claims = st.completeClaims(claims[:0], s, k, r)
				}
			}
			if got := st.priorDatesOf(s); !slices.Equal(got, want) {
				t.Fatalf("%q: dates before %v, picked after analyse %v", s.text, got, want)
			}
			checked += len(want)
			st.retire(s)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d dates before a sentence checked", checked)
	}
}

// TestVerbMemosInReusedStorage holds subjectOf and matrixVerb, whose answers are kept in the
// storage of the sentence read before, to findSubject and findMatrixVerb over the corpus and
// the worst inputs, asked in the order figures ask and again in reverse.
func TestVerbMemosInReusedStorage(t *testing.T) {
	ex := testExtractor(t)
	checked := 0
	for s := range analysedSentences(ex, memoTestTexts(t, 300)) {
		for round := range 2 {
			for i := range s.vgs {
				g := i
				if round == 1 {
					g = len(s.vgs) - 1 - i
				}
				if got, want := s.subjectOf(g), s.findSubject(g); got != want {
					t.Fatalf("%q: subject of verb group %d: kept %d, found %d", s.text, g, got, want)
				}
				if got, want := s.matrixVerb(g), s.findMatrixVerb(g); got != want {
					t.Fatalf("%q: matrix verb of verb group %d: kept %d, found %d", s.text, g, got, want)
				}
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d verb groups checked", checked)
	}
}

// TestJoinedIsTheHyphenBeforeTheNextWord holds the words analyse marks joined, told as each
// next word is read, to the definition: the next token starts one byte after the word, and that
// byte is a hyphen. Over the corpus, the worst inputs and hyphens at every place a sentence
// may hold them.
func TestJoinedIsTheHyphenBeforeTheNextWord(t *testing.T) {
	ex := testExtractor(t)
	texts := append(memoTestTexts(t, 300), "Year-on-year growth was 3% - the most in 10 years -, and the long-term rate 2%-3%.",
		"Prices rose 2% in the year-end quarter-", "-2% was the year-to-date fall in GDP, its well-known low- and mid-range.")
	joined, words := 0, 0
	for s := range analysedSentences(ex, texts) {
		for i := range s.words {
			want := i+1 < len(s.toks) && s.toks[i+1].start == s.toks[i].end+1 && s.text[s.toks[i].end-s.start] == '-'
			if s.words[i].joined != want {
				t.Fatalf("%q: word %d %q joined %v", s.text, i, s.words[i].text, s.words[i].joined)
			}
			words++
			if want {
				joined++
			}
		}
	}
	if joined < 100 || words < 40000 {
		t.Fatalf("%d words, %d of them joined", words, joined)
	}
}

// TestReadingUnderWayIsNeverWritten extracts the claims of the corpus and the worst inputs and
// holds the reading every figure under way shares to what it was: a figure read as none is
// given a blank of its own, as every figure was before it was read, only while nothing writes
// the shared one (a reading is written when its figure is claimed, and a figure under way is
// not).
func TestReadingUnderWayIsNeverWritten(t *testing.T) {
	ex := testExtractor(t)
	was := readingUnderWay
	claims := 0
	for _, text := range memoTestTexts(t, 400) {
		claims += len(ex.Claims(Article{Text: text, Published: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}, Options{All: true}))
		if !reflect.DeepEqual(readingUnderWay, was) {
			t.Fatalf("%q: the reading under way was written: %+v", text, readingUnderWay)
		}
	}
	if claims < 3000 {
		t.Fatalf("only %d claims", claims)
	}
}
