package extract

// undatedSeries reports a figure of a sentence that names no date but three or more figures of
// the figure's indicator, not each given a place of its own as a list item: "Japan managed
// 1.3%, 0.7%, a 0.2% contraction and 1.2%", "Canada's figures were 4.7%, 2.0%, 2.0% and 1.7%;
// the UK's 5.1%, 0.3%, 1.1% and 1.4%". Such figures are a series over as many periods, which
// the text gives elsewhere if at all ("over 2022-2025"), so the period the text was about
// before (the last year named) is at most one figure's. A list of places' figures ("Germany
// 5.9%, France 4.9% and Italy 5.6%") may share one period, and is not one.
func (st *articleState) undatedSeries(s *sentence, k int) bool {
	if len(s.exprs) > 0 {
		return false // (a sentence with dates dates its figures by them, or says why not)
	}
	r := s.readings[k]
	if r == nil || r == &readingUnderWay || r.measure == nil {
		return false
	}
	indicator := r.indicatorOf(s.quants[k].Unit)
	if indicator == "" {
		return false
	}
	// (counted once for each unit and indicator of the sentence: every figure of a long list asks)
	unit := s.quants[k].Unit
	for _, c := range s.seriesCounts {
		if c.unit == unit && c.indicator == indicator {
			return c.series
		}
	}
	n, placed := 0, 0
	for j := range s.quants {
		if s.quants[j].Unit != s.quants[k].Unit {
			continue
		}
		// a figure of the indicator, or one in the same unit the sentence gives no measure
		// ("Japan managed 1.3%, 0.7%, a 0.2% contraction and 1.2%": the first two)
		switch jr := s.readings[j]; {
		case jr == nil || jr == &readingUnderWay || jr.measure == nil:
			n++
		case jr.indicatorOf(s.quants[j].Unit) == indicator:
			n++
			if jr.listEntity >= 0 {
				placed++
			}
		}
	}
	// a place for every figure but one (which takes the clause's or the text's), as list items
	// or named in their clauses ("Germany shrank 0.5%, France grew 1.1% and Spain grew
	// 3.5%"): a list of places
	series := n >= 3 && max(placed, len(s.ents)) < n-1
	s.seriesCounts = append(s.seriesCounts, seriesCount{unit, indicator, series})
	return series
}

// seriesCount is undatedSeries's answer for one unit and indicator of a sentence.
type seriesCount struct {
	unit, indicator string
	series          bool
}
