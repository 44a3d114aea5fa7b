package extract

import (
	"sort"
	"strings"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

// partOfYear maps the words before "<year>" that name a part of it to the period suffix.
var partOfYear = []struct{ words, suffix, precision string }{
	{"last three months of ", "-Q4", timex.Quarter},
	{"final three months of ", "-Q4", timex.Quarter},
	{"first three months of ", "-Q1", timex.Quarter},
	{"last quarter of ", "-Q4", timex.Quarter},
	{"final quarter of ", "-Q4", timex.Quarter},
	{"fourth quarter of ", "-Q4", timex.Quarter},
	{"third quarter of ", "-Q3", timex.Quarter},
	{"second quarter of ", "-Q2", timex.Quarter},
	{"first quarter of ", "-Q1", timex.Quarter},
	{"first half of ", "-H1", timex.Half},
	{"second half of ", "-H2", timex.Half},
}

// refineDates joins "the last quarter of" + "2004" into 2004-Q4 where the date scanner
// returned the two parts separately; the year makes the quarter explicit.
func refineDates(text string, exprs []timex.Expr) []timex.Expr {
	out := exprs[:0:0]
	for _, e := range exprs {
		if e.Precision != timex.Year || e.Period == "" || len(e.Period) != 4 {
			out = append(out, e)
			continue
		}
		before := strings.ToLower(text[max(0, e.Start-24):e.Start])
		joined := false
		for _, p := range partOfYear {
			if !strings.HasSuffix(before, p.words) {
				continue
			}
			start := e.Start - len(p.words)
			// Drop the part already returned on its own ("last quarter", unresolved).
			for len(out) > 0 && out[len(out)-1].End > start {
				out = out[:len(out)-1]
			}
			out = append(out, timex.Expr{Start: start, End: e.End, Period: e.Period + p.suffix, Precision: p.precision, Explicit: true})
			joined = true
			break
		}
		if !joined {
			out = append(out, e)
		}
	}
	return out
}

// prepareQuantities reads the scanner's quantities as claims state them: a movement "from 1.9%
// to 1.8%" is two figures, not a range; a bare number before a percentage shares its unit as
// the low end of a range ("2.6 or 2.7 per cent", "between five and 5.5 pct").
func prepareQuantities(text string, qs []quantity.Quantity) []quantity.Quantity {
	qs = splitMovements(text, qs)
	out := qs[:0:0]
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if i+1 < len(qs) {
			if r, ok := joinRange(text, q, qs[i+1]); ok {
				out = append(out, r)
				i++
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// joinRange joins "X or Y unit", "between X and Y unit" and "X to Y unit" into one range when
// X has no unit of its own.
func joinRange(text string, a, b quantity.Quantity) (quantity.Quantity, bool) {
	if a.Unit != "" || b.Unit == "" || a.ValueMax != nil || b.ValueMax != nil || a.Value >= b.Value || timex.IsDateNumber(text, a.NumStart, a.NumEnd) {
		return a, false
	}
	gap := strings.TrimSpace(text[a.End:b.Start])
	switch gap {
	case "or", "to", "-", "–":
	case "and":
		if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, a.Start-9):a.Start])), "between") {
			return a, false
		}
	default:
		return a, false
	}
	r := b
	r.Start, r.NumStart = a.Start, a.NumStart
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, a.Start-9):a.Start])), "between") {
		r.Start = strings.LastIndex(strings.ToLower(text[:a.Start]), "between")
	}
	hi := b.Value
	r.Value, r.ValueMax = a.Value, &hi
	r.Qualifier = b.Qualifier
	if a.Qualifier != "" && a.Qualifier != QualExact {
		r.Qualifier = a.Qualifier
	}
	return r, true
}

// splitMovements splits "from 1.9% to 1.8%", which the quantity scanner reads as one range,
// into its two figures: a movement states an earlier and a later value, not an interval.
func splitMovements(text string, qs []quantity.Quantity) []quantity.Quantity {
	var out []quantity.Quantity
	for _, q := range qs {
		phrase := text[q.Start:q.End]
		to := strings.Index(phrase, " to ")
		if q.ValueMax == nil || to < 0 || !strings.HasPrefix(strings.ToLower(phrase), "from ") {
			out = append(out, q)
			continue
		}
		a := scanAt(text, q.Start+len("from "), q.Start+to)
		b := scanAt(text, q.Start+to+len(" to "), q.End)
		if len(a) != 1 || len(b) != 1 {
			out = append(out, q)
			continue
		}
		for _, part := range []*quantity.Quantity{&a[0], &b[0]} {
			if part.Unit == "" {
				part.Unit = q.Unit
			}
		}
		out = append(out, a[0], b[0])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func scanAt(text string, from, to int) []quantity.Quantity {
	qs := quantity.Scan(text[from:to])
	for i := range qs {
		qs[i].Start += from
		qs[i].End += from
		qs[i].NumStart += from
		qs[i].NumEnd += from
	}
	return qs
}
