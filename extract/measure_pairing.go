package extract

import "slices"

// A list of measures coordinated as a verb's subject, with a list of figures after the verb
// ("Australia's inflation and unemployment were 5.6% and 3.7% in 2023"), pairs them in order,
// as a list of places does (list_pairing.go). Each figure had been read as a measure of the
// subject phrase nearest the verb, the last of the list: Australia's inflation of 5.6% was
// judged as its unemployment rate. When the lists differ in length, which figure is which is
// not said, and none is claimed.

// coordinatedMeasures returns the noun phrases of a list of measures that ends with noun phrase
// p ("inflation and unemployment", "growth, inflation and the jobless rate"), in order, when
// they name at least two different measures; nil otherwise. Each phrase names a measure of its
// own.
func (st *articleState) coordinatedMeasures(s *sentence, p int) []int {
	ws := s.words
	j := s.nps[p].first - 1
	if j < 1 || ws[j].lower != "and" && ws[j].lower != "or" {
		return nil // (most subjects: one test)
	}
	// an item is a bare phrase of a measure: no figure or date in it, and not the object of a
	// verb or a preposition ("copper has recovered in price, and the economy grew 6.7%",
	// "Inflation turned to deflation, and the economy grew by 12%": two clauses, not a list)
	isMeasure := func(q int) bool {
		for i := s.nps[q].first; i <= s.nps[q].last; i++ {
			if ws[i].fig >= 0 || ws[i].date >= 0 {
				return false
			}
		}
		if b := s.nps[q].first - 1; b >= 0 && (ws[b].vg >= 0 || ws[b].tag == tagPrep || ws[b].tag == tagTo) {
			return false
		}
		nm := st.nounMeasure(s, q)
		return nm.measure != nil && nm.headIsMeasure && !nm.restricted
	}
	if !isMeasure(p) {
		return nil
	}
	list := []int{p}
	serialComma := false
	// back over the items before: "and" or "or" before the last, commas before the others
	for len(list) < 8 && j >= 1 {
		sep := ws[j].lower
		if len(list) > 1 && sep != "," || len(list) == 1 && sep != "and" && sep != "or" {
			break
		}
		if sep != "," && ws[j-1].lower == "," {
			if j < 2 {
				break
			}
			j-- // ", and"
			serialComma = true
		}
		q := ws[j-1].np
		if q < 0 || s.nps[q].last != j-1 || !isMeasure(q) {
			break // "In 2023, inflation and ...": the list starts after the comma
		}
		list = append(list, q)
		j = s.nps[q].first - 1
	}
	if len(list) < 2 || serialComma && len(list) < 3 {
		return nil // (", and" between two phrases joins clauses: "prices rose, and growth slowed")
	}
	first := st.nounMeasure(s, list[0]).measure.name
	same := true
	for _, q := range list[1:] {
		same = same && st.nounMeasure(s, q).measure.name == first
	}
	if same {
		return nil // "inflation and core inflation": one measure's list
	}
	slices.Reverse(list)
	return list
}

// parallelMeasure returns the measure figure k stands for, and sets where its quote starts,
// when its reading took its measure from the last of a list of measures that is the subject of
// its verb, and the figures of its list are as many: the measure at its own rank. ok is false when the figure's subject is no
// such list; m is nil when it is one the figures do not pair with (a figure for two measures,
// or two figures for three), whose figures claim nothing.
func (st *articleState) parallelMeasure(s *sentence, k int, r *reading) (m *measure, ok bool) {
	if r.np < 0 || r.vg < 0 || r.fromContext || s.subjectOf(r.vg) != r.np {
		return nil, false
	}
	list := st.coordinatedMeasures(s, r.np)
	if list == nil {
		return nil, false
	}
	head, pos, n, last := st.listOf(s, k)
	if n < 2 {
		n, pos = 1, 0
	}
	if n != len(list) || pos >= len(list) || n > 1 && s.periodSeriesOf(head, last) {
		return nil, true // (nor "growth and inflation averaged 2.5% and 1.8% in 2022 and 2023")
	}
	// the quote names the figure's own measure: from the list's start for the first ("inflation
	// and unemployment were 5.6%"), from the figure for the others (not "unemployment were 5.6%")
	r.quoteFrom = s.nps[list[0]].first
	if pos > 0 {
		r.quoteFrom = s.qFirst[k]
	}
	return st.nounMeasure(s, list[pos]).measure, true
}
