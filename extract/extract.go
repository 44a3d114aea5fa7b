package extract

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

// Extractor finds claims in articles. It holds only the immutable lexicon, so one Extractor is
// safe for concurrent use by any number of goroutines.
type Extractor struct {
	lex *Lexicon
}

// Options tune Claims.
type Options struct {
	// All also returns the quantities that are about no known indicator (judged "unchecked").
	All bool
}

// New returns an Extractor over lex.
func New(lex *Lexicon) *Extractor {
	return &Extractor{lex: lex}
}

// Tuning of the word windows around a number. They are counted in words, not bytes, so that
// punctuation and long names do not change what is near.
const (
	leftCueWords     = 12 // how far left an indicator phrase may be ("inflation which, ..., was 70%")
	chainGapWords    = 15 // how far a figure may inherit the indicator of the figure before it
	rightEntityWords = 10 // "growth of 3.6% in 2004 for the 30 member countries of the OECD"
	rightKindWords   = 8  // "the 3.5% growth rate that economists had forecast"
	basisWords       = 12
)

// Claims returns the claims of a, in order of Start. Without opts.All only claims with an
// indicator are returned. Quote is always a.Text[Start:End].
func (e *Extractor) Claims(a Article, opts Options) []Claim {
	st := &articleState{lex: e.lex, art: a}
	buf := tokenBuffers.Get().(*[]token)
	st.tokBuf = *buf
	defer func() {
		// Tokens point into the article's text: wipe them so that the pool does not keep
		// old articles alive, and let a buffer grown by a freak sentence go.
		if cap(st.tokBuf) <= maxPooledTokens {
			*buf = st.tokBuf[:0]
			clear((*buf)[:cap(*buf)])
			tokenBuffers.Put(buf)
		}
	}()
	var claims []Claim
	qs := splitMovements(a.Text, quantity.Scan(a.Text))
	for i := 0; i < len(qs); {
		start, end := e.lex.sentenceBounds(a.Text, qs[i].NumStart)
		j := i
		for j < len(qs) && qs[j].NumStart < end {
			j++
		}
		claims = append(claims, st.sentenceClaims(start, end, qs[i:j], opts)...)
		i = j
	}
	if hasSanctionWord(a.Text) {
		claims = append(claims, st.sanctionClaims()...)
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].Start < claims[j].Start })
	return claims
}

// tokenBuffers keep token slices from article to article, so that a corpus does not
// allocate the tokens of every sentence afresh.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

const maxPooledTokens = 4096

// hasSanctionWord is a cheap test that spares the date scan in articles without sanctions.
func hasSanctionWord(text string) bool {
	return strings.Contains(text, "anction") || strings.Contains(text, "mbargo")
}

// articleState is what one article's extraction remembers as it moves forward: the dates of
// the article, and the last entity named before the current sentence.
type articleState struct {
	lex *Lexicon
	art Article

	exprs     []timex.Expr
	exprsDone bool

	entityScanPos int                // text before this offset has been scanned for entity names
	lastEntity    string             // the last strongly named entity before entityScanPos
	mentions      map[string]float64 // how often each entity was strongly named before it

	tokBuf []token // the tokens of the current sentence, reused from sentence to sentence
}

func (st *articleState) dates() []timex.Expr {
	if !st.exprsDone {
		st.exprs = refineDates(st.art.Text, timex.Scan(st.art.Text, st.art.Published))
		st.exprsDone = true
	}
	return st.exprs
}

// recencyBonus is how many mentions being the last one named is worth. It lets the article's
// main country win over a passing mention ("UK entrepreneur Richard Branson" in a story
// about India) while a country named as often still wins by being the latest. Blocs get no
// bonus: "the economy" after "joined the EU" is still the member's.
const recencyBonus = 1.5

// entityBefore returns the entity that "the economy" or "the country" refers to at offset pos:
// the most salient of the entities strongly named before it, counting mentions, with a bonus
// for the last one. Sentences are visited in order, so the scan moves forward only and costs
// at most one pass over the article, and only for articles that need it.
func (st *articleState) entityBefore(pos int) string {
	if pos > st.entityScanPos {
		if st.mentions == nil {
			st.mentions = make(map[string]float64)
		}
		toks := tokenize(st.art.Text, st.entityScanPos, pos)
		for _, m := range st.lex.entities.findAll(toks) {
			if code, ok := m.has(catEntity); ok {
				st.lastEntity = code
				st.mentions[code] += st.lex.mentionWeight(code)
			}
		}
		st.entityScanPos = pos
	}
	best, bestScore := "", 0.0
	for code, n := range st.mentions {
		score := n
		if code == st.lastEntity && !st.lex.aggregates[code] {
			score += recencyBonus
		}
		if score > bestScore || score == bestScore && code < best {
			best, bestScore = code, score
		}
	}
	return best
}

// sentence is one tokenised sentence with its phrase matches.
type sentence struct {
	start, end int
	text       string
	toks       []token
	cues       []match
	cueAt      []int // token index -> index in cues of the match covering it, or -1
	ents       []match
	quants     []quantity.Quantity
	qFirst     []int // token span of each quantity
	qLast      []int
	qAt        []int // token index -> quantity index, or -1
	exprs      []timex.Expr
	eFirst     []int
	eLast      []int
	linked     []*linkResult // per quantity, filled in order
}

func (st *articleState) newSentence(start, end int, qs []quantity.Quantity) *sentence {
	s := st.scanSentence(start, end, qs)
	s.index()
	return s
}

// scanSentence tokenises a sentence and finds its cue phrases: enough to tell whether it can
// hold a claim. Most sentences with a number cannot, so their tokens go into a buffer that
// the next sentence reuses; a sentence never outlives the call that builds it.
func (st *articleState) scanSentence(start, end int, qs []quantity.Quantity) *sentence {
	text := st.art.Text
	s := &sentence{start: start, end: end, text: text[start:end], quants: qs}
	st.tokBuf = tokenizeInto(st.tokBuf[:0], text, start, end)
	s.toks = st.tokBuf
	s.cues = st.lex.cues.findAll(s.toks)
	return s
}

// index maps tokens to the cues and quantities that cover them.
func (s *sentence) index() {
	s.cueAt = make([]int, len(s.toks))
	s.qAt = make([]int, len(s.toks))
	qs := s.quants
	for i := range s.cueAt {
		s.cueAt[i], s.qAt[i] = -1, -1
	}
	for mi, m := range s.cues {
		for t := m.first; t <= m.last; t++ {
			s.cueAt[t] = mi
		}
	}
	s.qFirst, s.qLast = make([]int, len(qs)), make([]int, len(qs))
	for k, q := range qs {
		s.qFirst[k], s.qLast[k] = s.tokenSpan(q.Start, q.End)
		for t := s.qFirst[k]; t <= s.qLast[k] && t >= 0; t++ {
			s.qAt[t] = k
		}
	}
	s.linked = make([]*linkResult, len(qs))
}

// tokenSpan returns the first and last token inside [from, to), or (-1, -1).
func (s *sentence) tokenSpan(from, to int) (int, int) {
	first := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > from })
	last := first - 1
	for last+1 < len(s.toks) && s.toks[last+1].start < to {
		last++
	}
	if last < first {
		return -1, -1
	}
	return first, last
}

func (s *sentence) withDates(all []timex.Expr) {
	lo := sort.Search(len(all), func(i int) bool { return all[i].Start >= s.start })
	for i := lo; i < len(all) && all[i].Start < s.end; i++ {
		f, l := s.tokenSpan(all[i].Start, all[i].End)
		if f < 0 {
			continue
		}
		s.exprs = append(s.exprs, all[i])
		s.eFirst = append(s.eFirst, f)
		s.eLast = append(s.eLast, l)
	}
}

func (s *sentence) entities(lex *Lexicon) []match {
	if s.ents == nil {
		s.ents = lex.entities.findAll(s.toks)
		if s.ents == nil {
			s.ents = []match{}
		}
	}
	return s.ents
}

// hasCue reports whether the sentence holds any phrase that can make a figure a claim.
func (s *sentence) hasIndicatorCue() bool {
	for _, m := range s.cues {
		for _, c := range m.cues {
			switch c.category {
			case "indicator", "level", "subject":
				return true
			}
		}
	}
	return false
}

func (st *articleState) sentenceClaims(start, end int, qs []quantity.Quantity, opts Options) []Claim {
	s := st.scanSentence(start, end, qs)
	if !s.hasIndicatorCue() {
		if !opts.All {
			return nil
		}
		out := make([]Claim, 0, len(qs))
		for _, q := range qs {
			out = append(out, st.bareClaim(s, q))
		}
		return out
	}
	s.index()
	s.withDates(st.dates())
	var out []Claim
	for k := range qs {
		res := st.link(s, k)
		s.linked[k] = res
		if res == nil {
			if opts.All {
				out = append(out, st.bareClaim(s, qs[k]))
			}
			continue
		}
		out = append(out, st.completeClaims(s, k, res)...)
	}
	return out
}

// bareClaim is a quantity reported with --all: no indicator, so it is judged "unchecked".
func (st *articleState) bareClaim(s *sentence, q quantity.Quantity) Claim {
	return Claim{
		Start: q.Start, End: q.End, Quote: st.art.Text[q.Start:q.End],
		Sentence: s.text,
		Value:    q.Value, ValueMax: q.ValueMax, Step: q.Step,
		Unit: q.Unit, Qualifier: q.Qualifier, Change: q.Change,
		Kind: KindActual, Basis: BasisUnknown,
	}
}

func yearValue(period string) float64 {
	p := strings.TrimPrefix(period, "FY")
	if len(p) >= 4 {
		if y, err := strconv.Atoi(p[:4]); err == nil {
			return float64(y)
		}
	}
	return 0
}
