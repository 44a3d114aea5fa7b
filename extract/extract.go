package extract

import (
	"iter"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

// Extractor finds claims in articles. It holds only the immutable lexicon, so one Extractor is
// safe for concurrent use by any number of goroutines.
type Extractor struct {
	lex *Lexicon
	// idleTypes holds the word caches of the goroutines that are not extracting: each call
	// takes one and gives it back, so that there are as many as calls run at once. They are
	// kept here rather than in buffersPool, which drops its content at every collection.
	idleTypes chan *wordCache
}

// idleWordCaches bounds the word caches an Extractor keeps between calls: more than the
// goroutines that can run at once, which each may have a call under way.
func idleWordCaches() int {
	return max(8, 2*runtime.GOMAXPROCS(0))
}

// buffers are the token and word buffers of one article, kept for the next.
type buffers struct {
	scanToks, sentToks []token
	sentWords          []word
	quants             []quantity.Quantity
	sentence           *sentence
	lookedBack         lookedBack // (its storage only: the sentence it held was another text's)
	readings           [][]reading
	nounReadings       []knownNounReading
	sentenceEnds       []int
}

var buffersPool sync.Pool

// Options tune Claims.
type Options struct {
	// All also returns the quantities that are about no known indicator (judged "unchecked").
	All bool
}

// New returns an Extractor over lex.
func New(lex *Lexicon) *Extractor {
	return &Extractor{lex: lex, idleTypes: make(chan *wordCache, idleWordCaches())}
}

// takeWordCache returns an idle word cache, or a new one.
func (e *Extractor) takeWordCache() *wordCache {
	select {
	case c := <-e.idleTypes:
		return c
	default:
		return newWordCache(e.lex)
	}
}

// giveWordCache keeps c for the next call, unless as many are kept already.
func (e *Extractor) giveWordCache(c *wordCache) {
	select {
	case e.idleTypes <- c:
	default:
	}
}

// Claims returns the claims of a, in order of Start. Without opts.All only claims with an
// indicator are returned. Quote is always a.Text[Start:End].
func (e *Extractor) Claims(a Article, opts Options) []Claim {
	return e.claims(a, opts, nil)
}

// claims is Claims, or with a sink (Stream) hands the claims to it as they are made and
// returns none.
func (e *Extractor) claims(a Article, opts Options, sink *claimSink) []Claim {
	st := &articleState{lex: e.lex, art: a, sink: sink}
	// The token and word buffers outlive the article: most of what extraction allocates is
	// them, and a corpus is thousands of articles. No claim keeps a reference into them.
	var quants []quantity.Quantity
	if b, ok := buffersPool.Get().(*buffers); ok {
		st.scanToks, st.sentToks, st.sentWords, quants, st.recycled = b.scanToks[:0], b.sentToks[:0], b.sentWords[:0], b.quants, b.sentence
		st.lookedBack = lookedBack{from: -1, to: -1, toks: b.lookedBack.toks[:0], cues: b.lookedBack.cues[:0], memo: b.lookedBack.memo[:0],
			deciders: b.lookedBack.deciders[:0]}
		st.readingBlocks, st.nounReadingStore = b.readings, b.nounReadings
		st.sentences.ends = b.sentenceEnds[:0]
	}
	st.types = e.takeWordCache()
	defer e.giveWordCache(st.types)
	// The figures are scanned a batch at a time (figureBatch): most texts hold fewer, and are
	// read as one batch; a text dense with figures is read a batch at a time (batchClaims).
	var scan quantity.Batches
	scan.Start(quants, a.Text, figureBatch)
	quants, whole := scan.Next()
	defer func() {
		if !whole {
			quants = scan.Storage()
		}
		buffersPool.Put(&buffers{st.scanToks, st.sentToks, st.sentWords, quants, st.recycled, st.lookedBack, st.readingBlocks, st.nounReadingStore, st.sentences.ends})
	}()
	var claims []Claim
	if !whole {
		claims = st.batchClaims(quants, &scan, opts)
		return st.finish(claims)
	}
	figures := prepareQuantities(a.Text, quants)
	if opts.All && len(figures) > 0 {
		// every figure makes a claim or a bare one: their storage is taken once, where
		// growing it by doubling copied the claims of a text over and over
		claims = make([]Claim, 0, len(figures))
	}
	st.figures, st.figuresLeft = len(figures), len(figures)
	if sink != nil {
		return st.finish(st.sinkClaims(claims, figures, opts))
	}
	for s := range st.sentenceIndex().figureSentences(figures) {
		claims = st.sentenceClaims(claims, s.start, s.end, s.figures, opts)
		st.figuresLeft -= len(s.figures)
	}
	return st.finishClaims(claims)
}

// sinkClaims is the loop of claims over the figures with a sink, which takes the claims
// before each sentence. (A loop of its own, so that the loop of Claims, over every article,
// stays as it was: the test and the break cost it some 0.1% of the corpus's instructions.)
func (st *articleState) sinkClaims(claims []Claim, figures []quantity.Quantity, opts Options) []Claim {
	for s := range st.sentenceIndex().figureSentences(figures) {
		if claims = st.sink.take(st, claims, s); st.sink.stopped {
			break
		}
		claims = st.sentenceClaims(claims, s.start, s.end, s.figures, opts)
		st.figuresLeft -= len(s.figures)
	}
	return claims
}

// finish is finishClaims, or with a sink hands it the last claims.
func (st *articleState) finish(claims []Claim) []Claim {
	if st.sink != nil {
		st.sink.finish(st, claims)
		return nil
	}
	return st.finishClaims(claims)
}

// finishClaims gives the claims of the article's figures the headline's reading, adds those of
// its sanctions, and puts them in order of Start.
func (st *articleState) finishClaims(claims []Claim) []Claim {
	a := st.art
	reconcileHeadline(a.Text, a.Published, claims)
	if hasSanctionWord(a.Text) {
		claims = append(claims, st.sanctionClaims()...)
	}
	if !startsInOrder(claims) { // (as they mostly are: the stable sort would leave them)
		sort.SliceStable(claims, func(i, j int) bool { return claims[i].Start < claims[j].Start })
	}
	return claims
}

// figureBatch is the figures of a text scanned at a time: texts with more (a data dump holds a
// figure every two bytes) are read a batch at a time, so that what extraction holds of their
// figures is bounded by the batch, not by the text.
var figureBatch = 4096 // (a variable for the tests, which read texts in small batches too)

// batchHook, when set, is called after each batch of figures but the last (the tests measure
// the heap there).
var batchHook func()

// batchClaims returns the claims of the text's figures, scanned in batches of which first is
// the first, as Claims returns them from all its figures at once. The figures go through the
// same steps, a batch at a time, and a step that reads a figure with the one after it waits
// for the next batch where the batch ends: prepareFigures reads each figure alone; joinRanges
// joins a figure to the one after it, left to right, so that a batch's last figure, when not
// joined to the one before it, is joined with the next batch's figures; and figureSentences
// groups the figures left to right into their sentences, so that the last sentence of a batch,
// which the next batch's figures may be in too, is grouped again with them. The figures of the
// sentences read stay where they were while a sentence left unread may read them (leaveUnread);
// else the storage is reused.
func (st *articleState) batchClaims(first []quantity.Quantity, scan *quantity.Batches, opts Options) []Claim {
	text := st.art.Text
	known := asciiPrefix{text: text, nonASCII: -1}
	var claims []Claim
	var buf []quantity.Quantity
	// buf[:open] is the figures of the sentence the last batch ended in, buf[open:carried] its
	// last figure when that is still to be joined
	open, carried := 0, 0
	qs, last := first, false
	for {
		buf = append(buf[:carried], qs...)
		fresh := prepareFigures(text, buf[carried:])
		if len(fresh) > 0 && &fresh[0] != &buf[carried] { // (a movement split: a new slice)
			buf = append(buf[:carried], fresh...)
		} else {
			buf = buf[:carried+len(fresh)]
		}
		joined, alone := joinRangesKnown(text, buf[open:], &known)
		buf = buf[:open+len(joined)]
		figures := buf
		if !last && alone {
			figures = buf[:len(buf)-1]
		}
		added := len(figures) - open
		st.figures += added
		st.figuresLeft += added
		// (reserve sizes the claims by the figures left: those ahead are guessed from the text
		// read so far)
		ahead := 0
		if !last && len(figures) > 0 {
			at := max(figures[len(figures)-1].End, 1)
			ahead = int(int64(st.figures) * int64(len(text)-at) / int64(at))
		}
		st.figures += ahead
		st.figuresLeft += ahead
		if opts.All {
			// every figure makes a claim or a bare one (as Claims sizes them at once): their
			// storage is taken for the figures guessed, a thirty-second more
			if claims == nil && st.sink == nil { // (a sink takes them a part at a time)
				claims = make([]Claim, 0, st.figuresLeft+st.figuresLeft/32)
			}
			claims = st.reserve(claims, added)
		}
		next := 0 // the first figure of the sentence the batch ends in
		for s := range st.sentenceIndex().figureSentences(figures) {
			if !last && len(s.figures) > 0 && &s.figures[len(s.figures)-1] == &figures[len(figures)-1] {
				next = len(figures) - len(s.figures)
				break
			}
			if st.sink != nil {
				if claims = st.sink.take(st, claims, s); st.sink.stopped {
					return claims
				}
			}
			claims = st.sentenceClaims(claims, s.start, s.end, s.figures, opts)
			st.figuresLeft -= len(s.figures)
		}
		st.figures -= ahead
		st.figuresLeft -= ahead
		if last {
			return claims
		}
		if batchHook != nil {
			batchHook()
		}
		keep := buf[next:]
		if len(st.unreadChain()) > 0 {
			buf = append(make([]quantity.Quantity, 0, cap(buf)), keep...)
		} else {
			buf = buf[:copy(buf, keep)]
		}
		open, carried = len(figures)-next, len(buf)
		qs, last = scan.Next()
	}
}

// joinRangesKnown is joinRanges, with known telling how much of text is ASCII. It also reports
// whether the last figure was left alone: when it was not joined to the one before it, the next
// figure, were there one, would have been tried with it.
func joinRangesKnown(text string, qs []quantity.Quantity, known *asciiPrefix) ([]quantity.Quantity, bool) {
	n := 0
	alone := false
	for i := 0; i < len(qs); i++ {
		if i+1 < len(qs) && joinable(&qs[i], &qs[i+1]) {
			if r, ok := joinRange(text, &qs[i], &qs[i+1], known); ok {
				qs[n] = r
				n++
				i++
				continue
			}
		}
		if n != i {
			qs[n] = qs[i]
		}
		n++
		alone = i == len(qs)-1
	}
	return qs[:n], alone
}

// startsInOrder reports claims in order of Start.
func startsInOrder(claims []Claim) bool {
	for i := 1; i < len(claims); i++ {
		if claims[i].Start < claims[i-1].Start {
			return false
		}
	}
	return true
}

// figureSentence is a sentence of a text that holds figures, with them.
type figureSentence struct {
	start, end int
	figures    []quantity.Quantity
}

// figureSentences yields, in order, the sentences of text that hold the figures qs (in the
// order they stand), each with its figures.
func (lex *Lexicon) figureSentences(text string, qs []quantity.Quantity) iter.Seq[figureSentence] {
	return (&sentenceEnds{lex: lex, text: text}).figureSentences(qs)
}

// figureSentences is Lexicon.figureSentences of the indexed text.
func (x *sentenceEnds) figureSentences(qs []quantity.Quantity) iter.Seq[figureSentence] {
	return func(yield func(figureSentence) bool) {
		for i := 0; i < len(qs); {
			start, end := x.bounds(qs[i].NumStart)
			j := i
			for j < len(qs) && qs[j].NumStart < end {
				end = max(end, qs[j].End) // a figure across the cut of a long sentence stays whole
				j++
			}
			if !yield(figureSentence{start, end, qs[i:j]}) {
				return
			}
			i = j
		}
	}
}

// reconcileHeadline gives a headline's figure the period and kind of the same figure in the
// body, when the headline gave no period of its own: a headline restates the story's lead
// ("JAPAN'S UNEMPLOYMENT RATE SEEN RISING TO 3.5 PCT" over "... to climb to about 3.5 pct
// within the next year"). The body knows the period; the headline can only guess it.
func reconcileHeadline(text string, published time.Time, claims []Claim) {
	end := headlineEnd(text)
	if end < 0 {
		return
	}
	// the periods the headline names itself ("PRICES RISE 0.4 PCT IN MARCH"): a figure of one
	// of them is the body's figure of that period, not another of the same value. Read only
	// when a headline's figure meets its like in the body: most headlines have no figure.
	var own map[string]bool
	ownPeriod := func(period string) bool {
		if own == nil {
			own = map[string]bool{}
			for _, e := range timex.Scan(text[:end], published) {
				if e.Period != "" {
					own[e.Period] = true
				}
			}
		}
		return own[period]
	}
	giveHeadlinePeriods(claims, end, ownPeriod)
}

// giveHeadlinePeriods is reconcileHeadline's work on claims, whose headline ends at end.
func giveHeadlinePeriods(claims []Claim, end int, ownPeriod func(string) bool) {
	var waits headlineWaits
	body := len(claims)
	for i := range claims {
		h := &claims[i]
		if h.Start >= end {
			body = i
			break
		}
		if !h.PeriodExplicit && h.Indicator != "" {
			waits.add(openClaim{at: i, c: *h})
		}
	}
	for j := body; j < len(claims) && waits.waiting > 0; j++ {
		b := &claims[j]
		if b.Start < end {
			continue
		}
		waits.match(b, ownPeriod, func(o openClaim) {
			takeReading(&claims[o.at], b)
		})
	}
}

// headlineEnd returns the end of the headline: the first line with words after an optional
// dateline line ("March 3, 1987"), when more text follows it; -1 when the text has no
// separate headline.
func headlineEnd(text string) int {
	from := 0
	for n := 0; n < 2; n++ {
		nl := strings.IndexByte(text[from:], '\n')
		if nl < 0 {
			return -1
		}
		line := strings.TrimSpace(text[from : from+nl])
		if line == "" || n == 0 && isDatelineLine(line) {
			from += nl + 1
			continue
		}
		return from + nl
	}
	return -1
}

// isDatelineLine reports a line that is only a date ("March 3, 1987", "2005-01-12").
func isDatelineLine(line string) bool {
	_, ok := timex.Dateline(line)
	return ok && len(strings.Fields(line)) <= 4
}

// articleState is what one article's extraction remembers as it moves forward: the dates of
// the article, the entities named so far, and what the last claims were about, for "it rose
// 0.4%" and "the rate eased" in the sentences after them.
type articleState struct {
	// datelines is datelineCountry's scan so far: the lines before datelines.next are read,
	// and found holds their datelines, in order.
	datelines struct {
		next  int
		found []datelineAt
	}
	lex *Lexicon
	art Article

	// dividedGermany is dividedGermanyLevel's reading of the text, once: 0 not read yet, 1 it
	// speaks of West or East Germany, 2 it does not.
	dividedGermany int8

	// answer is nextAnswer's: the first words of the sentence after the one that ends at
	// after, read once for all its figures.
	answer struct {
		words [answerWordsMax]string
		n     int
		after int
		read  bool
	}

	exprs     []timex.Expr
	exprsDone bool

	// sentences finds the sentences of the text (sentenceIndex).
	sentences sentenceEnds
	// withinAsked is withinSentences's last question (from < to) and its answer: every figure
	// of a sentence may ask the same one (pairedPeriod), and where the text has no full stops
	// each answer read the blocks around the offsets anew.
	withinAsked struct {
		from, to, n int
		ok          bool
	}
	// lowered is the stretch of the text whose dates were read last, lowered whole.
	lowered loweredStretch
	// windowDates is the storage of the dates read last in a window (datesAround): the next
	// window's are read into it. dateWindows scans the windows, taking over what the window
	// before found in the sentence both hold.
	windowDates []timex.Expr
	dateWindows timex.Windows
	plainYears  plainYears

	// entityAsked is entityOf's answer for the figure whose claim is being completed, which its
	// period's reading asks again (the period the text last gave that country's figure); it
	// holds only while completeClaims reads that period, as the state it was read in.
	entityAsked struct {
		s    *sentence
		r    *reading
		k    int
		code string
	}

	entityScanPos int    // text before this offset has been scanned for entity names
	lastEntity    string // the last strongly named entity before entityScanPos
	// selfCorrected is selfCorrectedAfter's answer for the sentence that ends at end-1
	selfCorrected struct {
		end int
		val bool
	}
	// lastEntityAside is true when lastEntity was last named in passing: a demonym before
	// another noun ("a tight Russian labour market") or a place people or goods come from or
	// go to ("people from Russia") (home_country.go)
	lastEntityAside bool
	lastEntityAt    int // where it was named
	// otherEntity is the entity named last before lastEntity that is not it, and where.
	otherEntity   string
	otherEntityAt int
	lastBloc      string             // the last aggregate (a bloc, a region) named before entityScanPos
	lastBlocAt    int                // where it was named
	lastBank      string             // the country of the last central bank named before entityScanPos
	lastBankAt    int                // where it was named
	mentions      map[string]float64 // how often each entity was strongly named before it
	// ownMentions are the entities of mentions named at least once as themselves, not only as a
	// comparison's other term ("For comparison, ...", "against 8.2% in the US").
	ownMentions map[string]bool
	// preamble holds the mentions of the text before its first numbered item, once one was
	// met (items.go); nil before.
	preamble    map[string]float64
	preambleOwn map[string]bool // and which of them were own mentions

	// said are the last claims made, for the reported figures the article answers
	// (contradicted.go).
	said saidClaims

	// focus is what the last sentence with a linked figure was about: the measure, its
	// entity and period, and where that sentence ended.
	focus focus
	frame frame
	// lastPeriods is the period of the last claim of each indicator and entity
	// (inflation, CAN): another country's month is not this one's.
	lastPeriods map[periodKey]string
	// acronyms are the initials the article has defined for an institution in brackets
	// after its name, with that name's match (defined_acronyms.go)
	acronyms map[string]match
	// paired are the years, in order, of the last list of figures of one indicator and one
	// country whose years a sentence gave each ("grew 2.1% in 2024 and 0.8% in 2025"): a list
	// of as many undated figures in the next sentence goes with them in turn (pairedPeriod).
	paired pairedYears
	// lastPeriodsSeen remembers lastPeriods' answers to the keys updateFocus asks again.
	lastPeriodsSeen *periodMemo
	// periodEnds are the ends of the periods the claims were of (articleState.periodEnd).
	periodEnds map[string]knownEnd
	// stated holds the last figures the text has stated, for "the three pct figure" later: a
	// ring of up to maxStated, the next to be replaced at statedNext.
	stated     []statedFigure
	statedNext int

	// scanToks and sentToks are token buffers the article reuses: one for the text scanned for
	// names, one for the sentence being read, which never outlives the next.
	scanToks, sentToks []token
	sentWords          []word

	// restricted remembers what the sentences looked back at say of a bare noun; before what
	// the sentence before the one read says, for a quicker look.
	restricted map[restrictKey]int
	before     restrictedSentence
	lookedBack lookedBack
	// firstLine is where the first line ends, once firstLineKnown.
	firstLine      int
	firstLineKnown bool
	// figureOrBreak is what verdictAfter last found of the text after a labelled claim.
	figureOrBreak nextFigureOrBreak
	// lines is lineStartBefore's scan so far: the last newline before next is at last (-1:
	// none).
	lines struct{ next, last int }
	// recycled is the last sentence read, whose storage the next one reuses.
	recycled *sentence
	// types are the word types the worker has met, when it keeps them (nil: words are
	// looked up anew at each occurrence).
	types *wordCache
	// readingStore is the block of readingBlocks that the sentence's figures are read into
	// (keep), the first readingBlocksUsed of them holding the sentence's readings.
	readingStore      []reading
	readingBlocks     [][]reading
	readingBlocksUsed int
	// excerpts is the last excerpt cut from a long sentence, which the next figures share.
	excerpts excerptCache
	// codedEntities are the first codedKnown entity codes of claims that a reference holds
	// (uncodedEntity).
	codedEntities [8]string
	codedKnown    int
	// republicOfGeorgia says whether the article has words of the republic of Georgia's own
	// copy (georgianArticle): 0 not yet read, 1 it has, 2 it has not.
	republicOfGeorgia int8
	// claimLeft is the slot past the claims' end that completeClaims last filled; when the
	// figure made no claim after all, it is still filled, and cleared before it is filled again.
	// That holds while completeClaims fills one slice between two calls on the article's
	// claims: the only other, settleUnread's readSentence(nil, ...), reads the figures of a
	// sentence left unread, which make no claim (their readings are "other" or none: skip.go).
	claimLeft *Claim
	// nounReadingStore is the storage of the read sentence's nounReadings.
	nounReadingStore []knownNounReading
	// sink, when set, takes the claims as they are made (Extractor.Stream).
	sink *claimSink
	// figures counts the text's figures; figuresLeft those of the sentence being read and of
	// those after it.
	figures, figuresLeft int
	// unread are the sentences let go unread, in order, while what their analyses may have
	// left is still to be settled (settleUnread); empty when there is none. analysisUnread let
	// the first go once tokenised, or unreadUntokenised from its words, which lets go the
	// others too and may also let go a sentence holding no cue mayHoldClaim takes (settleUnread
	// then drops it unread). They are kept in unreadStore while they fit, then all in
	// unreadSpill; unreadChain gives them. (A slice of unreadStore kept in the state itself
	// would move every article's state to the heap: 1.5 kB an article.)
	unreadStore [4]figureSentence
	unreadCount int
	unreadSpill []figureSentence
	// sharedNames is what the text says of the bank a shared committee name is of, read once
	// the article names one (shared_names.go).
	sharedNames *sharedNameScan
	// correctionsPage is whether the text is headed as a page of corrections, once asked: 0
	// not yet, 1 it is, 2 it is not (corrections_page.go).
	correctionsPage int8
}

// focus is the topic a text carries from one sentence to the next.
// frame is the one period the figures of a sentence were of, leaving out those given in
// comparison: the time the text goes on about ("Retail prices rose 88.1 pct in 1986. The cost
// of living rose by 89.1 pct.").
type frame struct {
	period string
	end    int // end of the sentence; 0 when unset
}

type focus struct {
	measure *measure
	entity  string
	period  string
	end     int  // end of the sentence that set it; 0 when unset
	plural  bool // the measure was named by a plural noun ("prices"), which "they" can be
	// yardstick: the sentence opened as a comparison ("For comparison, US debt was 115.8% of
	// GDP"); only a pronoun carries its country on ("Its unemployment rate fell to 11.4%"),
	// a figure with none is the text's country's (focusCarries)
	yardstick bool
}

func (st *articleState) dates() []timex.Expr {
	if !st.exprsDone {
		st.exprs = refineDates(st.art.Text, timex.Scan(st.art.Text, st.art.Published), st.art.Published)
		st.exprsDone = true
	}
	return st.exprs
}

// sentenceIndex returns the index of the text's sentences, which sentenceBounds would find.
func (st *articleState) sentenceIndex() *sentenceEnds {
	if st.sentences.lex == nil {
		st.sentences.lex, st.sentences.text = st.lex, st.art.Text
	}
	return &st.sentences
}

// datesAround returns the dates of sentence s. Only the sentence and the one before it are
// scanned — the one before for what "that year" and "the same period" refer to — unless the
// whole text has been scanned already; most of an article holds no claim and needs no dates.
func (st *articleState) datesAround(s *sentence) []timex.Expr {
	if st.exprsDone {
		return st.exprs
	}
	text := st.art.Text
	from := st.previousSentenceStart(s)
	window := text[from:s.end]
	var exprs []timex.Expr
	var years *plainYears
	if takeOverWindowDates && st.dateWindows.Matters(s.start, s.end) {
		exprs = st.dateWindows.Scan(st.windowDates, text, from, s.start, s.end, st.art.Published)
		years = st.plainYears.window(from, s.end, &st.dateWindows)
	} else {
		exprs = timex.ScanInto(st.windowDates, window, st.art.Published)
	}
	low := loweredText{text: window}
	if lowersWhole(window, len(exprs)) {
		low.whole, _ = st.lowered.lowered(text, from, s.end)
	}
	exprs = refineDatesLowered(window, exprs, st.art.Published, low, years)
	st.windowDates = exprs // (the sentence copies the dates it holds; its around lasts until the next window)
	for i := range exprs {
		exprs[i].Start += from
		exprs[i].End += from
	}
	return exprs
}

// previousSentenceStart returns where the sentence before s starts (s.start when there is none).
func (st *articleState) previousSentenceStart(s *sentence) int {
	if from, _, ok := st.sentenceBefore(s); ok {
		return from
	}
	return s.start
}

// sentenceBefore returns the bounds of the sentence before s, found once per sentence: every
// figure of s may look back at it.
func (st *articleState) sentenceBefore(s *sentence) (int, int, bool) {
	if !s.prevKnown {
		s.prevKnown = true
		text := st.art.Text
		i := s.start - 1
		for i > 0 && isSpaceByte(text[i]) {
			i--
		}
		if i > 0 {
			s.prevFrom, s.prevTo = st.sentenceIndex().bounds(i)
			s.prevFound = true
		}
	}
	return s.prevFrom, s.prevTo, s.prevFound
}

// recencyBonus is how many mentions being the last one named is worth: less than one, so that
// it breaks ties only. The article's main country wins over a passing mention named after it
// ("UK entrepreneur Richard Branson" in a story about India; "ahead of Canada at 3.4% and the
// US at 1.9%" in one about Britain), while a country named as often still wins by being the
// latest. Blocs get no bonus: "the economy" after "joined the EU" is still the member's.
const recencyBonus = 0.5

// entityBefore returns the entity that "the economy" or "the country" refers to at offset pos:
// the country named in the nearest sentence before, when one was; else the most salient of the
// entities strongly named before it, counting mentions. Sentences are visited in order, so the
// scan moves forward only and costs at most one pass over the article.
func (st *articleState) entityBefore(pos int) string {
	st.mentionsUpTo(pos)
	if st.lastEntity != "" && !st.lex.aggregates.has(st.lastEntity) && st.withinSentences(st.lastEntityAt, pos, 1) {
		if t := st.topicAfterBreak(pos, st.lastEntity); t != "" {
			return t // (paragraph_topic.go)
		}
		return st.lastEntity
	}
	best, _ := st.mostMentioned(true)
	return best
}

// mostMentioned returns the entity the text named most so far, by the counts scanMentions
// keeps, and its score: only entities named as more than a yardstick (an Indian central
// banker's "China, by comparison, grew 5.0 per cent. Headline inflation averaged 2.4 per cent"
// gave China the inflation, blind round 44). With recency, the country named last gets
// recencyBonus; without it, blocs are left out (what a new paragraph returns to, paragraph_topic.go).
func (st *articleState) mostMentioned(recency bool) (string, float64) {
	best, bestScore := "", 0.0
	for code, n := range st.mentions {
		if !st.ownMentions[code] || !recency && st.lex.aggregates.has(code) {
			continue
		}
		score := n
		if recency && code == st.lastEntity && !st.lex.aggregates.has(code) {
			score += recencyBonus
		}
		if score > bestScore || score == bestScore && code < best {
			best, bestScore = code, score
		}
	}
	return best, bestScore
}

// mentionsUpTo brings the counts of the mentions up to offset pos.
func (st *articleState) mentionsUpTo(pos int) {
	if pos > st.entityScanPos {
		if st.mentions == nil {
			st.mentions = make(map[string]float64)
			st.ownMentions = make(map[string]bool)
		}
		st.scanMentions(pos)
	}
}

// scanMentions counts the strong entity names of the text between the last scan and pos.
func (st *articleState) scanMentions(pos int) {
	text := st.art.Text
	for from := st.entityScanPos; from < pos; {
		// Line by line, so that a headline in capitals is read as such.
		to := strings.IndexByte(text[from:pos], '\n')
		if to < 0 {
			to = pos
		} else {
			to += from + 1
		}
		to = st.mentionStretchEnd(text, from, to)
		toks := st.wordsRead(from, to)
		if toks == nil {
			st.scanToks = tokenizeInto(st.scanToks[:0], text, from, to)
			toks = st.scanToks
		}
		if numberedItem(toks) {
			st.startItem() // "Abstract 2.", "2. ": a new item of a list (items.go)
		}
		caps := isCapsLine(text[from:to]) || isLowerLine(toks)
		if !caps {
			st.scanDateline(toks)
		}
		ms := st.lex.findEntities(toks, caps)
		for mi, m := range ms {
			if code, ok := m.has(catEntity); ok && !st.lex.peripheralMention(toks, &m) && !st.modifierBesideFocus(toks, &m, code) && !st.lex.wrappedFlowMention(text, from, toks, &m) && !st.lex.memberPhraseMention(toks, &m) {
				weight := st.lex.mentionWeight(code)
				if comparedMention(toks, &m) || objectMention(st.lex, toks, ms, mi) || backgroundMention(toks, &m) || imposerMention(toks, &m) || absoluteWithMention(toks, &m) || tradePartner(toks, &m) {
					// (or the object of another country's verb: "Japan fell behind Germany";
					// object_mention.go; or a partner of trade, "exports rushed to the United
					// States": trade_partners.go)
					// "against 8.2% in the US", "six times the US rate": the yardstick, not the
					// last country the text is about; it counts half (compared_mentions.go; a
					// name after "than" or "unlike" is peripheral already, and not counted)
					st.mentions[code] += weight / 2
					continue
				}
				if code != st.lastEntity && st.lastEntity != "" {
					st.otherEntity, st.otherEntityAt = st.lastEntity, st.lastEntityAt
				}
				st.lastEntity, st.lastEntityAt = code, toks[m.first].start
				st.lastEntityAside = st.lex.asideMention(toks, &m)
				if st.lex.aggregates.has(code) {
					st.lastBloc, st.lastBlocAt = code, toks[m.first].start
				}
				if caps {
					weight *= 2 // the headline says what the article is about
				} else if st.lastEntityAside {
					if h := st.datelineCountry(toks[m.first].start); h != "" && h != code {
						weight /= 2 // named in passing in a story from another country (home_country.go)
					}
				}
				st.mentions[code] += weight
				st.ownMentions[code] = true
			}
		}
		st.countInstitutionMentions(toks, caps)
		from = to
	}
	st.entityScanPos = pos
}

// mentionStretchEnd returns where the stretch of a line that the mention scan reads at once
// ends: the line's end, to, or in a line longer than mentionStretch, a break between words
// near its mentionStretch-th byte where no name is cut (the names around it are found first). The words
// of a stretch are held while it is read: a megabyte with no line break, read at once, held
// them all, some 90 bytes a byte (a text of 4 MB took 300 MB).
func (st *articleState) mentionStretchEnd(text string, from, to int) int {
	if to-from <= mentionStretch {
		return to
	}
	cut := -1
	for i := from + mentionStretch - 1; i > from+mentionStretch/2; i-- {
		if c := text[i]; c < utf8.RuneSelf && !isLetterByte(c) && (c < '0' || c > '9') {
			cut = i + 1 // (after a space, a tab, a comma: between words, so no word is cut)
			break
		}
	}
	if cut < 0 {
		return to // (a run of 16 KB of letters: read whole, as a word is)
	}
	// a name that spans the cut moves it before the name
	lo, hi := max(from, cut-nameReach), min(to, cut+nameReach)
	toks := tokenize(text, lo, hi)
	for _, m := range st.lex.findEntities(toks, false) {
		if start := toks[m.first].start; start < cut && toks[m.last].end > cut && start > from {
			cut = start
		}
	}
	return cut
}

// nameReach is how far from a cut of a long line the names across it are looked for: longer
// than any name ("the Democratic Republic of the Congo").
const nameReach = 128

// mentionStretch bounds the bytes of a line the mention scan reads at once.
const mentionStretch = 32 << 10

// rereadNoWords lets the mention scan take the words of the sentence read before
// (wordsRead); the tests turn it off to compare.
var rereadNoWords = true

// wordsRead returns the words of text[from:to] when those of its end are the words of the
// sentence read before, kept for a look back at it (lookedBack), else nil: in a run of
// sentences with claims, the mentions are scanned up to each one, over the sentences since
// the last scan, the last of which was read already. Its words were read through the word
// cache, as tokenizeInto reads them (FuzzTokenizeThroughTypes); those before it are read here.
func (st *articleState) wordsRead(from, to int) []token {
	lb := &st.lookedBack
	if !rereadNoWords || lb.toks == nil || lb.from < from || lb.to > to || !wordsReadFit(st.art.Text, from, to, lb.from, lb.to) {
		return nil
	}
	if lb.from == from {
		return lb.toks
	}
	st.scanToks = append(tokenizeInto(st.scanToks[:0], st.art.Text, from, lb.from), lb.toks...)
	return st.scanToks
}

// wordsReadFit reports whether the words of text[from:to] are those of text[from:start] and
// of text[start:end] one after the other, with from <= start < end <= to, because nothing
// around start and end is read differently when it is the edge of what is tokenised: only
// ASCII spaces follow end, start is end's only or comes after a space, and neither edge is a
// dash, which is a word between two spaces (spacedDash).
func wordsReadFit(text string, from, to, start, end int) bool {
	if start >= end {
		return false
	}
	for _, c := range []byte(text[end:to]) {
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
	}
	if start > from {
		if c := text[start-1]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(text[start:end])
	last, _ := utf8.DecodeLastRuneInString(text[start:end])
	return !dashRune(first) && !dashRune(last)
}

func dashRune(r rune) bool { return r == '-' || r == '–' || r == '—' }

// withinSentences reports whether at most n sentence ends lie between offsets from and to. It
// stops after n+1, so that asking about the sentence before costs that sentence, not the text.
func (st *articleState) withinSentences(from, to, n int) bool {
	if from >= to {
		return true
	}
	if a := &st.withinAsked; a.from == from && a.to == to && a.n == n {
		return a.ok
	}
	ok := st.countedWithin(from, to, n)
	st.withinAsked.from, st.withinAsked.to, st.withinAsked.n, st.withinAsked.ok = from, to, n, ok
	return ok
}

// countedWithin is withinSentences, worked out.
func (st *articleState) countedWithin(from, to, n int) bool {
	ends := 0
	for pos := from; pos < to; {
		_, end := st.sentenceIndex().bounds(pos)
		if end >= to {
			break
		}
		if ends++; ends > n {
			return false
		}
		pos = end + 1
		for pos < to && isSpaceByte(st.art.Text[pos]) {
			pos++
		}
	}
	return true
}

// sentence is one sentence with its words, its phrase matches and its syntactic groups.
type sentence struct {
	start, end int
	text       string
	words      []word
	toks       []token
	capsLine   bool // a headline in capitals (found by analyse, as lowerLine)
	lowerLine  bool // a line that lost its capitals: wire copy sent in lower case

	cues, ents, insts []match
	quants            []quantity.Quantity
	qFirst, qLast     []int // word span of each quantity
	exprs             []timex.Expr
	eFirst, eLast     []int
	nps               []np
	vgs               []vg
	readings          []*reading // per quantity, filled on demand
	// clauseFrom and clauseTo bound the clause of each word, found once the words are tagged
	clauseFrom, clauseTo []int32
	// the sentence before, once prevKnown; prevFound when there is one
	prevFrom, prevTo     int
	prevKnown, prevFound bool
	// priorDates are the resolved dates of the sentence before, for a figure that refers back
	// to it ("Ghana's economy contracted in 2023? No: it grew 2.9%"), once priorKnown; they are
	// among around, the dates datesAround found around the sentence. around is the storage of
	// the article's window dates, written over by the next sentence's datesAround: it is read
	// only while this sentence's claims are completed.
	priorDates []timex.Expr
	around     []timex.Expr
	priorKnown bool
	// the time the sentence before opens with, for an undated figure after it, once
	// openingKnown (openingOfSentenceBefore)
	opening                 timex.Expr
	openingKnown, openingOK bool
	// listLen is the length of the list each figure heads and its last figure, once asked
	// (n 0: not yet)
	listLen []listSpan
	// the measure the sentence before names first, once measureBeforeKnown
	measureBefore      *measure
	measureBeforeKnown bool
	// definitions says which definition phrases the sentence holds (superseded_definition.go),
	// once asked: 0 not yet
	definitions definitionPhrases
	// openerBefore is whether the sentence before opens with a country as its subject, read
	// once (itStandsForCountry): 0 not read, 1 it does, 2 it does not.
	openerBefore int8
	// the date the sentence's words were said on (speech_date.go), once speechDateKnown
	speechDateAt    int
	speechDateKnown bool
	// conjunctDates holds the date that opens each figure's conjunct or -1
	// (conjunct_dates.go), once conjunctDatesKnown
	conjunctDates      []int32
	conjunctDatesKnown bool
	// genericVerbs are the verb groups genericVerb holds of (generic.go), once
	// genericVerbsKnown
	genericVerbs      []int32
	genericVerbsKnown bool
	// monthSpanEnds are the words that end a span from a month to the same month ("from
	// December to December"; kind.go), once monthSpansKnown
	monthSpanEnds   []int32
	monthSpansKnown bool
	// seriesCounts are undatedSeries's answers (series.go)
	seriesCounts []seriesCount
	// basisCues are the indices of the cues that name a basis, once basisKnown
	basisCues  []int
	basisKnown bool
	// subjects holds the subject of each verb group plus two, once asked (0: not yet).
	subjects []int32
	// matrixVerbs holds the verb group each verb group's clause hangs from, likewise.
	matrixVerbs []int32
	// yearRangeStarts are the ranges of years the sentence names, once yearRangesKnown.
	yearRangeStarts []yearRange
	yearRangesKnown bool
	// nounReadings are the readings of the noun phrases (nounMeasure), once each is known,
	// when the sentence is read for its figures.
	nounReadings []knownNounReading
	// nominalClause is the first word of the clause nominalInClause was asked about last, plus
	// one (0: none yet), and nominalInLastClause its answer.
	nominalClause       int
	nominalInLastClause bool
	// restrictMemo is what the sentence's mentions of each bare noun asked about say of it;
	// restrictDeciders are the cues among its mentions that may decide (restrictionDeciders),
	// once restrictDecidersKnown.
	restrictMemo          []restrictMemo
	restrictDeciders      []int32
	restrictDecidersKnown bool
	// spanStarts, soFarOpens, signWords and unitWords are the words where spanTo, soFar,
	// negativeWord and bareUnitPeriod may find what they look for, once markedWordsKnown.
	spanStarts, soFarOpens, signWords, unitWords []int32
	markedWordsKnown                             bool
	// marks are the kinds of words (wordMarks) among the sentence's, once markedWordsKnown.
	marks wordMarks
	// cueCategories are the categories of the sentence's cues, which anyCueOf answers from,
	// once cueCategoriesKnown.
	cueCategories      cueCategory
	cueCategoriesKnown bool
	typos              bool // a word was read as another the writer slipped on
	// label is the period that opens the sentence's line ("2002: ...", lineLabel) and labelEnd
	// where it ends, once labelKnown; labelFound when there is one
	label                  timex.Expr
	labelEnd               int
	labelKnown, labelFound bool
	// toDate: the sentence tells of a period so far (saysToDate), once toDateKnown.
	toDate, toDateKnown bool
	// gappedCode is gappedPlaceBefore of the figure gappedFor-1 (0: of none yet): entityOf and
	// periodFound ask it of each figure in turn.
	gappedFor  int
	gappedCode string

	// unownedCommittee: the sentence names a shared committee ("the MPC") that no bank or
	// country of the text owns (shared_names.go); its figures take no country from context.
	unownedCommittee bool
}

// newSentence tokenises text[start:end] and finds its phrase matches.
func (st *articleState) newSentence(start, end int, qs []quantity.Quantity) *sentence {
	text := st.art.Text
	s := st.recycled
	st.recycled = nil
	if s == nil {
		s = new(sentence)
	}
	// A sentence never outlives the next one's reading: its slices are kept for it. The
	// clause bounds are emptied, since they are found on first use when their length is not
	// the sentence's: one left over from a sentence of as many words passed for this one's.
	// (the slices taken out first, and s cleared in place: a literal that read them from s was
	// built whole on the stack, then copied over s)
	cues, ents, insts, nps, vgs := s.cues[:0], s.ents[:0], s.insts[:0], s.nps[:0], s.vgs[:0]
	exprs, eFirst, eLast, priorDates := s.exprs[:0], s.eFirst[:0], s.eLast[:0], s.priorDates[:0]
	qFirst, qLast, readings, clauseFrom, clauseTo := s.qFirst, s.qLast, s.readings, s.clauseFrom[:0], s.clauseTo[:0]
	listLen, basisCues, restrictMemo, restrictDeciders := s.listLen[:0], s.basisCues[:0], s.restrictMemo[:0], s.restrictDeciders[:0]
	subjects, matrixVerbs := s.subjects[:0], s.matrixVerbs[:0]
	conjunctDates, monthSpanEnds, seriesCounts, genericVerbs := s.conjunctDates[:0], s.monthSpanEnds[:0], s.seriesCounts[:0], s.genericVerbs[:0]
	*s = sentence{}
	s.conjunctDates, s.monthSpanEnds, s.seriesCounts, s.genericVerbs = conjunctDates, monthSpanEnds, seriesCounts, genericVerbs
	s.start, s.end, s.text, s.quants = start, end, text[start:end], qs
	s.cues, s.ents, s.insts, s.nps, s.vgs = cues, ents, insts, nps, vgs
	s.exprs, s.eFirst, s.eLast, s.priorDates = exprs, eFirst, eLast, priorDates
	s.qFirst, s.qLast, s.readings, s.clauseFrom, s.clauseTo = qFirst, qLast, readings, clauseFrom, clauseTo
	s.listLen, s.basisCues, s.restrictMemo, s.restrictDeciders = listLen, basisCues, restrictMemo, restrictDeciders
	s.subjects, s.matrixVerbs = subjects, matrixVerbs
	st.lex.expandForms()
	slips := 0
	if st.types != nil {
		slips = st.types.slips
	}
	st.sentToks = st.types.tokenizeInto(st.sentToks[:0], text, start, end)
	s.toks = st.sentToks
	switch {
	case st.types == nil:
		st.lex.attachFacts(s.toks) // before the typos: a word the lexicon has is no slip
		s.typos = st.lex.correctTypos(s.toks)
	case st.types.slips != slips:
		// read through types, only the words whose type is a slip are corrected, and the
		// count says whether there are any: most sentences have none
		s.typos = st.lex.correctTypos(s.toks)
	}
	s.cues = st.lex.cuesOf(s.cues, s.toks)
	return s
}

// retire keeps s's storage for the next sentence, and its words and cues for the next one's
// look back at the sentence before it (restrictedInText), which would read them again: in a
// run of sentences with figures each is the sentence before the next. Words read with a typo
// corrected are not what a look back reads, so they are not kept.
func (st *articleState) retire(s *sentence) {
	st.recycled = s
	if s.typos {
		return
	}
	kept := st.lookedBack
	st.lookedBack = lookedBack{from: s.start, to: s.end, toks: s.toks, cues: append(kept.cues[:0], s.cues...),
		memo: append(kept.memo[:0], s.restrictMemo...), deciders: append(kept.deciders[:0], s.restrictDeciders...),
		decidersKnown: s.restrictDecidersKnown}
	st.sentToks = kept.toks[:0] // the look back's old storage is the next sentence's
}

// isLowerLine reports a sentence whose first word starts in lower case: text that lost its
// capitals, whose names are then known in lower case too ("jamaica's gdp grew").
func isLowerLine(toks []token) bool {
	for _, t := range toks {
		if t.punct {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.IsLower(r)
	}
	return false
}

// isCapsLine reports a line written in capitals, as wire headlines are.
func isCapsLine(text string) bool {
	upper, letters := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				upper++
				letters++
			case c >= 'a' && c <= 'z':
				letters++
				if letters >= 20 && upper*10 < letters*9-10 {
					return false // settled: most of it is lower case
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		i += size
	}
	return letters >= 8 && upper*10 >= letters*9
}

// analyse finds the sentence's entities, institutions and dates, tags its words and groups them.
func (st *articleState) analyse(s *sentence) {
	// (here, not in newSentence: a third of the sentences read are found to hold no claim
	// before they are analysed, by their cues alone)
	s.capsLine = isCapsLine(s.text)
	s.lowerLine = isLowerLine(s.toks)
	s.ents, s.insts = st.lex.findEntitiesAndInstitutions(s.ents, s.insts, s.toks, s.capsLine || s.lowerLine)
	s.insts = st.lex.dropLongerNames(s.insts, s.toks, st.art.Text, s.capsLine || s.lowerLine)
	st.learnAcronyms(s, s.insts, s.toks) // (first: the defining sentence may use them again)
	if st.acronyms != nil {
		s.insts = st.addDefinedAcronyms(s.insts, s.toks) // "the NBU lowered the rate" (defined_acronyms.go)
	}
	if len(s.insts) > 0 {
		st.resolveSharedNames(s) // "the MPC": whose? (shared_names.go)
	}
	s.ents = dropNamesInUnits(st.markUnplacedStateNames(st.lex.dropLanguageNames(dropNamesOfNoCountry(s.ents, s.toks), s.toks), s.toks), s.toks, s.quants)
	s.ents = dropWorldInNames(dropEventMentions(dropCompoundAgents(s.ents, s.toks, st.art.Text), s.toks), s.toks)
	if cap(st.sentWords) < len(s.toks) {
		st.sentWords = make([]word, len(s.toks), len(s.toks)*2)
	}
	s.words = st.sentWords[:len(s.toks)]
	// (in locals: written through w, the sentence's slices and the text were loaded again
	// for every word)
	toks, words, text := s.toks, s.words[:len(s.toks)], st.art.Text
	prevEnd := -2 // (the end of the word before: none yet)
	// a sentence with no hyphen (most) joins no words, and its words skip the test below
	// (one search of its bytes, where every word loaded the byte before it)
	hyphens := strings.IndexByte(s.text, '-') >= 0
	for i := range toks {
		// field by field: a composite literal was built on the stack and copied, with the
		// token copied twice on the way, for every word of the sentence
		w, t := &words[i], &toks[i]
		w.token = *t
		w.tag = 0
		w.fig, w.date, w.ent, w.cue, w.inst, w.np, w.vg = -1, -1, -1, -1, -1, -1, -1
		w.verbish, w.past, w.joined = false, false, false
		// the word before is joined to this one by a hyphen ("year-on-year"): told when this
		// one is read, which spares a load of the next token for every word
		if hyphens && t.start == prevEnd+1 && text[prevEnd] == '-' {
			words[i-1].joined = true
		}
		prevEnd = t.end
	}
	// (the matches and figures by index: ranged by value, each was copied)
	for mi := range s.cues {
		for t, last := s.cues[mi].first, s.cues[mi].last; t <= last; t++ {
			words[t].cue = mi
		}
	}
	for mi := range s.ents {
		m := &s.ents[mi]
		if m.categories&catNotEntity != 0 {
			continue
		}
		for t := m.first; t <= m.last; t++ {
			words[t].ent = mi
		}
	}
	for mi := range s.insts {
		for t, last := s.insts[mi].first, s.insts[mi].last; t <= last; t++ {
			words[t].inst = mi
		}
	}
	s.qFirst, s.qLast = zeroed(s.qFirst, len(s.quants)), zeroed(s.qLast, len(s.quants))
	hint := 0 // (the figures come in order: each is looked for from the last one's first word)
	for k := range s.quants {
		first, last := s.tokenSpanFrom(hint, s.quants[k].Start, s.quants[k].End)
		s.qFirst[k], s.qLast[k] = first, last
		hint = max(hint, first)
		for t := first; t >= 0 && t <= last; t++ {
			words[t].fig = k
		}
	}
	all := st.datesAround(s)
	s.withDates(all)
	s.around = all // (the sentence before's are picked from them when asked: priorDatesOf)
	for i := range s.exprs {
		for t := s.eFirst[i]; t <= s.eLast[i]; t++ {
			if words[t].fig < 0 {
				words[t].date = i
			}
		}
	}
	s.tagWords(st.lex)
	s.chunk()
	// (after the verb groups: a month and its year that a sentence is told from stand before
	// its first verb; anchorBareDates)
	s.anchorBareDates(st.art.Text)
	s.anchorAnaphors(st.art.Text, all)
	s.anchorSideClauseAnaphors(st.art.Text, all, st.previousSentenceStart(s))
	st.anchorPluperfectDates(s, all, st.previousSentenceStart(s))
	st.pastDaysBack(s)
	s.readings = zeroed(s.readings, len(s.quants))
}

// reserve returns dst with room for n more claims. append grows a long slice by a quarter at
// a time, which copies a claim-dense article's claims over and over, so the storage doubles
// at least; and once the article has proved dense with claims, it grows at once to room for
// the claims its figures left would make at the rate its figures read so far made them, an
// eighth more: a megabyte of figures makes some 28,000 claims of ~270 bytes, which steps of
// eight times still allocated a fifth over and copied twice.
func (st *articleState) reserve(dst []Claim, n int) []Claim {
	if cap(dst)-len(dst) >= n {
		return dst
	}
	size := max(2*cap(dst), len(dst)+n, 8)
	if len(dst) >= 64 && st.sink == nil { // (a sink takes the claims a part at a time)
		left := min(st.figuresLeft, 8*cap(dst)) // (no rate yet: all are the first sentence's)
		if read := st.figures - st.figuresLeft; read > 0 {
			// (the claims of the sentence under way count, its figures not yet: a rate over)
			left = min(st.figuresLeft, st.figuresLeft*len(dst)/read*9/8)
		}
		size = max(size, len(dst)+n+left)
	}
	grown := make([]Claim, len(dst), size)
	copy(grown, dst)
	return grown
}

// zeroed returns n zero values in buf's storage when it has room, else in a new slice.
func zeroed[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// tokenSpan returns the first and last token inside [from, to), or (-1, -1).
func (s *sentence) tokenSpan(from, to int) (int, int) {
	// sort.Search, written out: a run-on sentence has hundreds of figures and dates, each
	// searched for among thousands of tokens
	first, hi := 0, len(s.toks)
	for first < hi {
		m := int(uint(first+hi) >> 1)
		if s.toks[m].end > from {
			hi = m
		} else {
			first = m + 1
		}
	}
	last := first - 1
	for last+1 < len(s.toks) && s.toks[last+1].start < to {
		last++
	}
	if last < first {
		return -1, -1
	}
	return first, last
}

// tokenSpanFrom is tokenSpan, looked for from word hint on when no word before it ends after
// from, as when the spans asked about come in order: a run-on sentence's hundreds of figures
// and dates are a few words apart each, where a search among all its words costs ten steps.
func (s *sentence) tokenSpanFrom(hint, from, to int) (int, int) {
	toks := s.toks // (in a local: the walks reloaded it at every word)
	if hint > len(toks) || hint > 0 && toks[hint-1].end > from {
		return s.tokenSpan(from, to)
	}
	first := hint
	// eight words at a step, then one: the figures of a dense sentence are a dozen words
	// apart (the words end in order, so every word a step passes ends before from too)
	for first+8 < len(toks) && toks[first+8].end <= from {
		first += 8
	}
	for first < len(toks) && toks[first].end <= from {
		first++
	}
	last := first - 1
	for last+1 < len(toks) && toks[last+1].start < to {
		last++
	}
	if last < first {
		return -1, -1
	}
	return first, last
}

// withDates keeps the dates of all that are in the sentence, with their words, once its
// figures' words are known: a date's words are looked for from the first word of the figure
// before it ("rose 2% in 1981"), where a walk from the date before passed every word between.
func (s *sentence) withDates(all []timex.Expr) {
	lo := sort.Search(len(all), func(i int) bool { return all[i].Start >= s.start })
	hint, k := 0, 0
	for i := lo; i < len(all) && all[i].Start < s.end; i++ {
		for ; k < len(s.quants) && s.quants[k].Start <= all[i].Start; k++ {
			hint = max(hint, s.qFirst[k])
		}
		f, l := s.tokenSpanFrom(hint, all[i].Start, all[i].End)
		if f < 0 {
			continue
		}
		hint = f
		s.exprs = append(s.exprs, all[i])
		s.eFirst = append(s.eFirst, f)
		s.eLast = append(s.eLast, l)
	}
}

// baseWordBefore reports a date introduced as a base of comparison ("no higher than in 2000",
// "since 2019", "from 2010"), which is no period the sentence states a figure of.
func baseWordBefore(text string, at int) bool {
	i := at
	for n := 0; n < 2; n++ {
		j, ok := spaceBefore(text, max(i-1, 0))
		if !ok {
			return false // (the word before is longer than any of those below)
		}
		w := lowerTrimmed(text[j+1 : i])
		switch w {
		case "than", "since", "from", "over", "against":
			return true
		case "in", "the":
			i = j + 1
			continue
		}
		return false
	}
	return false
}

// spaceBefore returns the last space before offset i of text (-1: none), and false when it lies
// further back than baseWordReach bytes: the word before a date is then none of
// baseWordBefore's. Text whose words are parted by tabs has no space before its dates, and
// each was read back to the text's start and lowered whole (a MB of it took 18 s).
func spaceBefore(text string, i int) (int, bool) {
	for k := i - 1; k >= 0 && i-k <= baseWordReach; k-- {
		if text[k] == ' ' {
			return k, true
		}
	}
	return -1, i <= baseWordReach
}

// baseWordReach bounds the look back for the word before a date: "against" and the blanks
// around it.
const baseWordReach = 64

// lowerTrimmed is strings.ToLower(strings.TrimSpace(w)) in one pass over a short ASCII word:
// the words before every date of a sentence are read.
func lowerTrimmed(w string) string {
	if len(w) > 16 {
		return strings.ToLower(strings.TrimSpace(w))
	}
	var buf [16]byte
	lo, hi := 0, len(w)
	for lo < hi && asciiSpace(w[lo]) {
		lo++
	}
	for hi > lo && asciiSpace(w[hi-1]) {
		hi--
	}
	upper := false
	for k := lo; k < hi; k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(strings.TrimSpace(w)) // Unicode spaces and case
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[k-lo] = c
	}
	if !upper {
		return w[lo:hi]
	}
	return string(buf[:hi-lo]) // a copy, as strings.ToLower makes of a word with capitals
}

// mayHoldClaim reports whether the sentence names anything a figure can state: a measure, a
// change noun or verb, or a word that refers back to what the text was about ("it", "the rate").
func (s *sentence) mayHoldClaim() bool {
	for _, m := range s.cues {
		if hasAny(m, catMeasure, catChange, catKindNoun) {
			return true
		}
		if hasCategory(m, catComparison) && hasLemma(s.toks[m.first].lower, "compare") {
			return true // "That compares with 4.2% a year earlier"
		}
	}
	return false
}

// candidateWords reports whether the sentence text[start:end] can hold a claim (ok): it names
// a national measure, or refers back to the one the sentence before was about. Other sentences
// are not read further — most sentences with a figure are of that kind — but one about exports
// or profits (other) still ends what "it" can refer to, which the caller does. witnessed
// says whether the words wordsAndWitnessIn read of a candidate hold a witness of
// lacksClaimCues (wordWitness) or of lacksReadWitnesses (wordReadWitness).
func (st *articleState) candidateWords(start, end int, qs []quantity.Quantity) (ok, other bool, witnessed uint8) {
	measure, trigger, other, witnessed := st.lex.wordsAndWitnessIn(st.art.Text, start, end)
	if measure || trigger && st.focus.measure != nil && !blocks(st.focus.measure) && st.withinSentences(st.focus.end, start, 1) {
		return true, other, witnessed
	}
	if trigger && st.namesStated(qs) {
		return true, other, witnessed // "The three pct figure ..." long after the figure was given
	}
	return false, other, witnessed
}

// sentenceClaims appends to dst the claims of the sentence text[start:end], whose figures are
// qs.
func (st *articleState) sentenceClaims(dst []Claim, start, end int, qs []quantity.Quantity, opts Options) []Claim {
	var s *sentence
	spans := allSpans(qs)
	// A sentence whose figures are all spans of time makes no claim: readFigure turns each
	// away first, so the focus and the figures stated stay as they were, and the frame is
	// what updateFrame leaves after a sentence of no period. When the frame has no period
	// already, the sentence changes nothing that is read later, and is not even tokenised
	// (the look back at it, restrictedInText, reads it anew). Nor is a sentence whose words
	// show that it holds no cue mayHoldClaim takes (many are candidates by a word of a longer
	// phrase: "people" of "people out of work"), which it would turn away.
	//
	// A sentence left unread (analysisUnread; most are told by their words, before they are
	// tokenised: unreadUntokenised) is read first when this one reads or ends the focus or the
	// frame it may have left, past what the words tell (settleUnread), and forgotten when this
	// one only ends the focus (forgetUnread).
	ok, other, witnessed := st.candidateWords(start, end, qs)
	if !ok && other {
		st.forgetUnread()
		st.focus = focus{measure: st.lex.measures[measureOther], end: end}
	}
	if ok && spans {
		st.settleUnread(start)
	}
	if ok && !(spans && st.frame.period == "") && (witnessed&wordWitness != 0 || !st.lex.lacksClaimCues(st.art.Text, start, end, st.types)) {
		if !spans && witnessed&wordReadWitness == 0 && st.unreadUntokenised(start, end, qs) {
			st.leaveUnread(start, end, qs) // (settled with those left before it: leaveUnread)
		} else {
			st.settleUnread(start)
			s = st.newSentence(start, end, qs)
		}
	}
	if s != nil && !s.mayHoldClaim() {
		st.retire(s)
		s = nil
	}
	if s != nil && spans {
		st.frame = frame{end: s.end}
		st.retire(s)
		s = nil
	}
	if s != nil && st.analysisUnread(s) {
		st.leaveUnread(start, end, qs)
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
	return st.readSentence(dst, s, opts)
}

// readSentence analyses the tokenised sentence s, appends the claims of its figures to dst
// (with opts.All, the figures that make none bare) and keeps what it leaves for the sentences
// after it.
func (st *articleState) readSentence(dst []Claim, s *sentence, opts Options) []Claim {
	st.reuseReadings() // the last sentence's are done with
	st.analyse(s)
	// the last sentence's noun readings are done with too
	s.nounReadings = zeroed(st.nounReadingStore, len(s.nps))
	st.nounReadingStore = s.nounReadings
	first := len(dst)
	for k := range s.quants {
		r := st.figureReading(s, k)
		before := len(dst)
		if r != nil {
			dst = st.completeClaims(dst, s, k, r)
		}
		if len(dst) == before && opts.All {
			dst = append(dst, st.bareClaim(s.start, s.end, s.quants[k]))
		}
	}
	st.updateFocus(s, dst[first:])
	st.updateFrame(s)
	st.rememberStated(s)
	st.retire(s)
	return dst
}

// allSpans reports figures that are all spans of time ("over the past three years").
func allSpans(qs []quantity.Quantity) bool {
	// (by index: every figure of a sentence with one passes here, and ranging by value
	// copied each)
	for i := range qs {
		if !isDuration(qs[i].Unit) {
			return false
		}
	}
	return true
}

// bareClaim is a quantity reported with --all: no indicator, so it is judged "unchecked".
func (st *articleState) bareClaim(sentenceStart, sentenceEnd int, q quantity.Quantity) Claim {
	sentence, at := excerpt(st.art.Text, sentenceStart, sentenceEnd, q.Start, q.End, &st.excerpts)
	return Claim{
		Start: q.Start, End: q.End, Quote: st.art.Text[q.Start:q.End],
		Sentence: sentence, QuoteInSentence: at,
		Value: q.Value, ValueMax: q.ValueMax, Step: q.Step,
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
