package extract

import (
	"iter"
	"sort"

	"github.com/factcheck/factcheck/extract/timex"
)

// Stream yields the claims of a, in order of Start, a part at a time: the parts, one after
// the other, are what Claims returns. A part is the caller's only until it asks for the next:
// its storage is reused. What is held of the article's claims is a part's, not the article's
// (Claims of a data dump of 10 MB holds a claim for each of its five million figures with All).
//
// Two things of Claims read ahead: a headline's figure takes the period of the same figure
// later in the body (reconcileHeadline), and the claims of sanctions, which are read after
// all the figures (from what reading them left), are put in place among them by Start. So an
// article that names sanctions is read twice, first for the claims of its sanctions, then for
// its claims; and one whose headline's figure is not met in the body within holdLimit claims
// is read again, first for its headline's figures, then for its claims. The sequence may be
// iterated again (not at once), as a writer that counts the rows first does: what a first
// reading found is kept for it.
func (e *Extractor) Stream(a Article, opts Options) iter.Seq[[]Claim] {
	var first *claimSink // (a first reading, once made)
	ahead := hasSanctionWord(a.Text)
	return func(yield func([]Claim) bool) {
		if first == nil && !ahead {
			sink := newClaimSink(a, yield, false)
			e.claims(a, opts, sink)
			if !sink.aborted {
				return
			}
		}
		if first == nil || !first.finished {
			first = newClaimSink(a, nil, ahead)
			e.claims(a, opts, first)
		}
		sink := newClaimSink(a, yield, false)
		sink.second, sink.resolved, sink.sanctions = true, first.resolved, first.sanctions
		e.claims(a, opts, sink)
	}
}

// Limits of a stream's claims: they are handed over once partClaims are made, and a
// headline's figure holds back at most holdLimit while it waits for its like in the body.
var (
	partClaims = 1024
	holdLimit  = 16 << 10
)

// claimSink takes the claims of a text from its reading, as they are made, and hands them to
// yield in order of Start, as finishClaims would order them. Or, on a first reading (resolve),
// it keeps only the headline's figures, reconciled, and the sanctions' claims.
type claimSink struct {
	text  string
	yield func([]Claim) bool
	// resolve is a first reading: nothing is handed over; the headline's figures (resolved)
	// and, with sanctions, the sanctions' claims are kept for the reading after it.
	resolve, sanctioned bool
	// second is the reading after a first: the headline's claims are taken from resolved.
	second bool
	// stopped: the reading is to end (yield asked, or nothing more is to be learnt);
	// aborted: the headline held back more than holdLimit claims.
	stopped, aborted bool
	// finished: the reading came to its end, or on a first reading learnt all it reads for.
	finished bool

	// The headline (reconcileHeadline): headEnd is its end (-1: none); the claims before the
	// first at or past it are its, and those of an indicator and no period of their own
	// (waits) take the period of the first claim of the body that is their like.
	headEnd     int
	inHeadline  bool
	waits       headlineWaits
	ownPeriods  map[string]bool
	headDates   func() []timex.Expr
	resolved    map[int]Claim // the headline's claims a first reading reconciled, by their number
	seen, count int           // claims of the buffer looked at; claims looked at in all

	// sanctions are the sanctions' claims in order of Start, the next to hand over at
	// sanctionAt; merged is the storage of a part with them.
	sanctions  []Claim
	sanctionAt int
	merged     []Claim
	// handed is the greatest Start handed over; a claim made before it would be out of
	// order (disordered: a test's check, which the watermark of take rules out).
	handed     int
	disordered bool
}

// openClaim is a headline's claim waiting for its like in the body: at is its place in the
// buffer, n its number; c is a copy when the buffer is not kept (resolve).
type openClaim struct {
	at, n int
	c     Claim
}

func newClaimSink(a Article, yield func([]Claim) bool, sanctioned bool) *claimSink {
	end := headlineEnd(a.Text)
	k := &claimSink{text: a.Text, yield: yield, resolve: yield == nil, sanctioned: sanctioned, headEnd: end, inHeadline: end >= 0, handed: -1}
	k.headDates = func() []timex.Expr { return timex.Scan(a.Text[:end], a.Published) }
	return k
}

// take is called before the reading of the sentence s with the claims made so far: once
// there are partClaims, it hands over those that no claim of s or after can come before, and
// returns the others.
func (k *claimSink) take(st *articleState, claims []Claim, s figureSentence) []Claim {
	if len(claims) < partClaims {
		return claims
	}
	k.look(claims)
	if k.resolve {
		if !k.inHeadline && k.waits.waiting == 0 && !k.sanctioned {
			// the headline is resolved, and no sanctions are to be read
			k.stopped, k.finished = true, true
		}
		return k.drop(claims, len(claims))
	}
	if !k.second && (k.inHeadline || k.waits.waiting > 0) {
		// (nothing is handed over before the headline is done with: a reading aborted here
		// has handed over nothing, and the second reads the text from its start)
		if len(claims) > holdLimit {
			k.aborted, k.stopped = true, true
		}
		return claims
	}
	// A claim of the sentence starts at its start or at its figure's (completeClaims), and
	// the sentences and figures after it come after them: none starts before mark.
	mark := s.start
	for i := range s.figures {
		mark = min(mark, s.figures[i].Start)
	}
	return k.hand(claims, mark)
}

// finish hands over the last claims, after the text's last sentence; on a first reading it
// reads the sanctions.
func (k *claimSink) finish(st *articleState, claims []Claim) {
	if k.stopped {
		return
	}
	k.finished = true
	k.look(claims)
	if k.resolve {
		if k.sanctioned {
			k.sanctions = st.sanctionClaims()
			sort.SliceStable(k.sanctions, func(i, j int) bool { return k.sanctions[i].Start < k.sanctions[j].Start })
		}
		k.drop(claims, len(claims))
		return
	}
	k.hand(claims, -1)
}

// look reads the claims not looked at yet, in the order they were made, for the headline.
func (k *claimSink) look(claims []Claim) {
	for i := k.seen; i < len(claims); i++ {
		c := &claims[i]
		n := k.count
		k.count++
		if k.inHeadline && c.Start < k.headEnd {
			if k.second {
				if r, ok := k.resolved[n]; ok {
					*c = r
				}
			} else if !c.PeriodExplicit && c.Indicator != "" {
				k.waits.add(openClaim{at: i, n: n, c: *c})
			}
			continue
		}
		k.inHeadline = false
		if k.waits.waiting == 0 || c.Start < k.headEnd {
			continue
		}
		k.matchOpen(claims, c)
	}
	k.seen = len(claims)
}

// matchOpen gives the headline's claims waiting for a body claim that b is the like of b's
// period, as reconcileHeadline does.
func (k *claimSink) matchOpen(claims []Claim, b *Claim) {
	k.waits.match(b, k.ownPeriod, func(o openClaim) {
		h := &o.c
		if !k.resolve {
			h = &claims[o.at]
		}
		takeReading(h, b)
		if k.resolve {
			k.keepResolved(o.n, *h)
		}
	})
}

func (k *claimSink) keepResolved(n int, c Claim) {
	if k.resolved == nil {
		k.resolved = map[int]Claim{}
	}
	k.resolved[n] = c
}

// ownPeriod reports a period the headline names itself (reconcileHeadline).
func (k *claimSink) ownPeriod(period string) bool {
	if k.ownPeriods == nil {
		k.ownPeriods = map[string]bool{}
		for _, e := range k.headDates() {
			if e.Period != "" {
				k.ownPeriods[e.Period] = true
			}
		}
	}
	return k.ownPeriods[period]
}

// hand hands over, in order of Start, the claims that start at mark or before it (all, when
// mark is -1), with the sanctions' claims before mark, and returns the others.
func (k *claimSink) hand(claims []Claim, mark int) []Claim {
	if !startsInOrder(claims) {
		sort.SliceStable(claims, func(i, j int) bool { return claims[i].Start < claims[j].Start })
	}
	n := len(claims)
	if mark >= 0 {
		n = sort.Search(len(claims), func(i int) bool { return claims[i].Start > mark })
	}
	part := claims[:n]
	if k.sanctionAt < len(k.sanctions) {
		part = k.merge(part, mark)
	}
	if len(part) > 0 {
		if part[0].Start < k.handed {
			k.disordered = true
		}
		k.handed = part[len(part)-1].Start
		if !k.yield(part) {
			k.stopped = true
		}
	}
	return k.drop(claims, n)
}

// merge returns part with the sanctions' claims that start before the first claim after it
// (mark; -1: all), each after the claims of part that start where it does, as a stable sort
// of the claims and then the sanctions' puts them.
func (k *claimSink) merge(part []Claim, mark int) []Claim {
	out := k.merged[:0]
	for i := range part {
		for k.sanctionAt < len(k.sanctions) && k.sanctions[k.sanctionAt].Start < part[i].Start {
			out = append(out, k.sanctions[k.sanctionAt])
			k.sanctionAt++
		}
		out = append(out, part[i])
	}
	for k.sanctionAt < len(k.sanctions) && (mark < 0 || k.sanctions[k.sanctionAt].Start < mark) {
		out = append(out, k.sanctions[k.sanctionAt])
		k.sanctionAt++
	}
	k.merged = out
	return out
}

// drop returns claims without their first n, in their storage, the room past them zeroed as
// completeClaims has it.
func (k *claimSink) drop(claims []Claim, n int) []Claim {
	m := copy(claims, claims[n:])
	clear(claims[m:])
	k.seen = m
	return claims[:m]
}
