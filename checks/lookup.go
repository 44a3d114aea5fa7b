package checks

import (
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/reference"
)

// The judge only reads the figures it looks up, and a text dense with figures asks for them
// tens of thousands of times (the same few series again and again), so a table that can lend
// them rather than copy them (*reference.Store: SharedObservations, SharedHistory) is asked
// that way. Nothing in this package changes a figure it was given: derived figures (an
// inverse, a compounded rate) are copies made in new slices.

// lender is a Reference that lends the figures it keeps, to be read and not changed.
type lender interface {
	SharedObservations(entity, indicator, period string) ([]reference.Observation, error)
}

// sharedHistorian is a historian that lends the series it keeps.
type sharedHistorian interface {
	SharedHistory(entity, indicator string) ([]reference.Observation, error)
}

// observationsOf are ref's figures of one entity, indicator and period, lent when ref lends
// them: read them, never change them.
func observationsOf(ref Reference, entity, indicator, period string) ([]reference.Observation, error) {
	if l, ok := ref.(lender); ok {
		return l.SharedObservations(entity, indicator, period)
	}
	return ref.Observations(entity, indicator, period)
}

// historyOf is ref's whole series of an entity's indicator, lent when ref lends it (read it,
// never change it); ok is false when ref cannot list a series.
func historyOf(ref Reference, entity, indicator string) (all []reference.Observation, ok bool, err error) {
	if h, lends := ref.(sharedHistorian); lends {
		all, err = h.SharedHistory(entity, indicator)
		return all, true, err
	}
	h, ok := ref.(historian)
	if !ok {
		return nil, false, nil
	}
	all, err = h.History(entity, indicator)
	return all, true, err
}

// keptFigures returns the figures of all that keep accepts, in order: all itself when keep
// accepts every one (the judge only reads them, and most of the time every figure of a lookup
// is usable), else a new slice. keep is called once per figure, in order.
func keptFigures(all []reference.Observation, keep func(*reference.Observation) bool) []reference.Observation {
	for i := range all {
		if keep(&all[i]) {
			continue
		}
		out := make([]reference.Observation, i, len(all)-1)
		copy(out, all[:i])
		for k := i + 1; k < len(all); k++ {
			if keep(&all[k]) {
				out = append(out, all[k])
			}
		}
		return out
	}
	return all
}

// publishedDay is the article's publication date as releases are dated (YYYY-MM-DD), and
// asOfDay Options.AsOf's: a claim compares them with several releases and writes them in its
// explanation, and the claims of an article, or of a run, share them.
func (j *judgement) publishedDay() string { return lastPublished.text(j.published) }

func (j *judgement) asOfDay() string { return lastAsOf.text(j.opts.AsOf) }

// lastLatestUnquoted is gapAround's last day a release can be quoted by the article, a
// fixed time before its publication.
var lastPublished, lastAsOf, lastLatestUnquoted dayCache

// dayCache keeps the last date formatted, for the next claim to ask for the same one.
type dayCache struct{ last atomic.Pointer[formattedDay] }

type formattedDay struct {
	t    time.Time
	text string
}

func (c *dayCache) text(t time.Time) string {
	// == and not Equal: the same instant in another location is another day's text.
	if d := c.last.Load(); d != nil && d.t == t {
		return d.text
	}
	d := &formattedDay{t, t.Format(dateLayout)}
	c.last.Store(d)
	return d.text
}
