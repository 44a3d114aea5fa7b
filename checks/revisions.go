package checks

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// RevisionSource gives the revisions measured on the reference table.
type RevisionSource interface {
	Revisions() (reference.Revisions, error)
}

// LazyRevisions is a RevisionSource that measures (or reads from a cache) once, on first
// use, and is safe for concurrent use: most runs judge no claim that needs a margin.
func LazyRevisions(measure func() (reference.Revisions, error)) RevisionSource {
	return &lazyRevisions{measure: measure}
}

type lazyRevisions struct {
	once    sync.Once
	measure func() (reference.Revisions, error)
	result  reference.Revisions
	err     error
}

func (l *lazyRevisions) Revisions() (reference.Revisions, error) {
	l.once.Do(func() { l.result, l.err = l.measure() })
	return l.result, l.err
}

// FixedRevisions is a RevisionSource of revisions already measured.
type FixedRevisions reference.Revisions

// Revisions returns r.
func (r FixedRevisions) Revisions() (reference.Revisions, error) { return reference.Revisions(r), nil }

// minRevisionSample is the fewest measured moves a percentile is taken from: the 95th
// percentile of a dozen moves is the largest of them and says little.
const minRevisionSample = 30

// margin is how far a claim may lie from a reference figure and still be a figure of another
// release: the configured RevisionMargin, or the measured one when it is larger.
type margin struct {
	value   float64 // percentage points for rates, percent of the figure for levels
	learned bool    // from the measured revisions; cell and age say which
	// measured is true when the table holds two releases of the indicator's figures to
	// measure revisions on at all, however few or small
	measured bool
	cell     reference.RevisionCell
	age      string // the age bucket of the claimed figure when the article appeared
	pct      float64
	// beyondSpan is true when the article is older than the figure's releases by more than
	// they span, and pct is the tail stood in for the moves none of them measured
	beyondSpan bool
}

// revisionMargin is the margin for the claim's indicator and the age of its figure when the
// article appeared (today, for an undated article). The measured margin of an age is the
// largest percentile of that age and of every older one: a young figure can still undergo
// every revision an older one did (a figure a month old in 2005 has had the revisions of
// twenty years since), while the table's editions measure only the moves over their own span.
func (j *judgement) revisionMargin(beyondSpan bool) (margin, error) {
	if beyondSpan {
		m, err := j.revisionMarginAt(j.figureAge(), max(j.opts.RevisionPercentile, j.opts.RevisionPercentileBeyondSpan))
		m.beyondSpan = true
		return m, err
	}
	return j.revisionMarginAt(j.figureAge(), j.opts.RevisionPercentile)
}

// revisionMarginAt is revisionMargin for a figure of the given age bucket, at percentile pct.
func (j *judgement) revisionMarginAt(age string, pct float64) (margin, error) {
	m := margin{value: j.opts.RevisionMargin, pct: pct}
	if j.opts.Revisions == nil {
		return m, nil
	}
	revisions, err := j.opts.Revisions.Revisions()
	if err != nil {
		// The measurement is a refinement: a table that cannot be measured now (locked by
		// an import, say) leaves the configured margin, which the explanation names.
		return m, nil
	}
	m.age = age
	for i := range revisions.Cells {
		if c := &revisions.Cells[i]; c.Indicator == j.claim.Indicator && c.Figures > 0 {
			m.measured = true
			break
		}
	}
	cell, value, ok := MeasuredMargin(revisions, j.claim.Indicator, m.age, m.pct)
	if ok && value > m.value {
		m.value, m.learned, m.cell = value, true, cell
	}
	return m, nil
}

// MeasuredMargin is the margin measured for figures of an indicator at an age bucket: the
// largest percentile pct of the moves of that age and every older one with enough of them
// (a young figure can still undergo every revision an older one did), with the cell it comes
// from; ok is false when no age has enough measured moves.
func MeasuredMargin(revisions reference.Revisions, indicator, age string, pct float64) (cell reference.RevisionCell, value float64, ok bool) {
	// The judge asks once per claim: the indicator's cells are found in one pass over the
	// table's (a few dozen indicators by four ages) rather than one per age, and each age's
	// is the first of them, as Revisions.Cell finds it.
	var ofIndicatorSpace [8]*reference.RevisionCell
	ofIndicator := ofIndicatorSpace[:0]
	for i := range revisions.Cells {
		if c := &revisions.Cells[i]; c.Indicator == indicator {
			ofIndicator = append(ofIndicator, c)
		}
	}
	younger := true
	for _, b := range reference.AgeBuckets {
		if b.Name == age {
			younger = false
		}
		if younger {
			continue
		}
		var c *reference.RevisionCell
		for _, candidate := range ofIndicator {
			if candidate.Age == b.Name {
				c = candidate
				break
			}
		}
		if c == nil || c.Figures < minRevisionSample {
			continue
		}
		if v := c.Percentile(pct); !ok || v > value {
			cell, value, ok = *c, v, true
		}
	}
	return cell, value, ok
}

// figureAge is the age bucket of the claimed figure when the article appeared: the time from
// the end of the claim's period to the publication date (today when it is unknown). A period
// that cannot be read is given the youngest bucket, whose margin is the widest.
func (j *judgement) figureAge() string {
	when := j.published
	if when.IsZero() {
		when = j.today()
	}
	end, ok := reference.PeriodEnd(j.claim.Period)
	if !ok {
		return reference.AgeBuckets[0].Name
	}
	return reference.BucketOf(when.Sub(end).Hours() / 24 / 365.25)
}

// today is the date an undated article is judged as of: Options.AsOf when set, else now.
func (j *judgement) today() time.Time {
	if !j.opts.AsOf.IsZero() {
		return j.opts.AsOf
	}
	return time.Now().UTC()
}

// within reports whether a figure lies within the margin of the interval: m.value points for
// rates, m.value percent of the figure for levels.
func (m margin) within(iv interval, value float64, rate bool) bool {
	width := m.value
	if !rate {
		width = m.value / 100 * math.Abs(value)
	}
	return (interval{iv.lo - width, iv.hi + width}).contains(value)
}

// describe says what the margin is and where it comes from, for an explanation: "2.5 points
// (the 95th percentile of how far World Bank WDI figures of GDP growth under a year old moved
// by the latest release, 241 measured)".
func (m margin) describe(rate bool) string {
	if !m.learned || len(m.cell.Sources) == 0 {
		return m.describeAfresh(rate)
	}
	// Claims of an indicator and age share a margin, and a text dense with figures has
	// thousands of them: the words are kept for the next. The key holds the cell's sources by
	// the address of their slice (the measured revisions stay for the run), which it keeps
	// alive, so that no other cell's sources can come to have it.
	key := describedMargin{m.value, m.pct, rate, m.beyondSpan, m.age, m.cell.Indicator, m.cell.Age, m.cell.Figures, &m.cell.Sources[0], len(m.cell.Sources)}
	if words, ok := describedMargins.Load(key); ok {
		return words.(string)
	}
	words := m.describeAfresh(rate)
	if describedMarginCount.Add(1) > maxDescribedMargins {
		describedMargins.Clear()
		describedMarginCount.Store(0)
	}
	describedMargins.Store(key, words)
	return words
}

// describedMargin is what describe's words depend on.
type describedMargin struct {
	value, pct              float64
	rate, beyondSpan        bool
	age, indicator, cellAge string
	figures                 int
	sources                 *string
	sourceCount             int
}

var (
	describedMargins     sync.Map // describedMargin → string
	describedMarginCount atomic.Int64
)

// maxDescribedMargins bounds the words kept: a run has a few indicators by four ages.
const maxDescribedMargins = 1024

// describeAfresh is describe's words, made anew.
func (m margin) describeAfresh(rate bool) string {
	size := formatNumber(m.value, 2) + "%"
	if rate {
		size = formatNumber(m.value, 2) + " points"
		if m.value == 1 {
			size = "1 point"
		}
	}
	if !m.learned {
		return size + " (the configured revision margin)"
	}
	younger := ""
	if m.age != m.cell.Age {
		younger = ", which the claimed figure, " + ageWords[m.age] + ", could still undergo"
	}
	beyond := ""
	if m.beyondSpan {
		beyond = "; the article is older than the releases by more than they span, so a tail of the moves stands for the longer time since"
	}
	return size + " (the " + ordinal(m.pct) + " percentile of how far " + joinNames(m.cell.Sources) + " figures of " +
		IndicatorName(m.cell.Indicator) + " " + ageWords[m.cell.Age] + " moved by the latest release, " +
		strconv.Itoa(m.cell.Figures) + " measured" + younger + beyond + ")"
}

// ageWords name the age buckets of reference.AgeBuckets.
var ageWords = map[string]string{"<1y": "under a year old", "1-2y": "one to two years old", "2-5y": "two to five years old", "5y+": "five years old or more"}

// ordinal writes a percentile as English does: "95th", "99.5th", "91st".
func ordinal(p float64) string {
	n := formatNumber(p, 1)
	if strings.Contains(n, ".") || strings.HasSuffix(n, "11") || strings.HasSuffix(n, "12") || strings.HasSuffix(n, "13") {
		return n + "th"
	}
	switch n[len(n)-1] {
	case '1':
		return n + "st"
	case '2':
		return n + "nd"
	case '3':
		return n + "rd"
	}
	return n + "th"
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return "the table's"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// isRate reports an indicator kept in percent, whose margins are in points.
func (j *judgement) isRate() bool {
	return indicatorUnitOr(j.claim.Indicator, j.claim.Unit) == extract.UnitPercent
}
