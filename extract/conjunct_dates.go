package extract

import "github.com/factcheck/factcheck/extract/timex"

// conjunctFigure returns the figure that a date opening a coordinated clause belongs to, or -1.
// A date fronted after a coordinator scopes the conjunct it opens, whose figure follows it, often
// with its verb left out: "In 1998, the economy contracted by 1.3%, and in 2009, after the
// crisis, by 5.7%", "shrank 1.3 pct and, in 2009, 5.7 pct", "was 1.4%, and in 2009 it was
// -1.3%". The date is that figure's, not the first clause's: dateOwner looks back from a date
// for its figure ("5% in 2004") and finds none across the coordinator. A bare comma opens such
// a conjunct only when the figure stands right after the date ("was 0.7%, in 2009 -1.3%"): "rose
// 0.2 points, in March, to 5.1%" is one movement and its result, with one date.
func (s *sentence) conjunctFigure(d int) int {
	ws := s.words
	i := s.conjunctOpener(d)
	if i < 1 {
		return -1 // a date that opens the sentence frames all of it
	}
	b := i - 1
	if ws[b].lower == "," && b > 0 {
		b--
	}
	if e := ws[b].date; e >= 0 && s.dateOwner(e) < 0 {
		// a pair or list of dates that no figure before owns: "between 2008 and 2009 by 5.5%",
		// "in 2008 and in 2009, it shrank 3%"; not "1.3% in 1998, and in 2009 by 5.7%"
		return -1
	}
	if l := s.eLast[d]; l+1 < len(ws) && ws[l].np >= 0 && ws[l+1].np == ws[l].np {
		return -1 // a date that modifies a noun, not a clause: "and first-quarter growth to 8.2%"
	}
	coordinated := false
	switch {
	case ws[i].lower == "and" || ws[i].lower == "or" || ws[i].lower == ";":
		coordinated = true
	case ws[i].lower == ",":
	default:
		return -1
	}
	// the conjunct's words after the date, up to its first figure: a parenthesis closed by a
	// comma ("after the global financial crisis"), a subject and its verb ("it shrank"), a
	// preposition ("by", "at", "to")
	j := s.eLast[d] + 1
	if j < len(ws) && ws[j].lower == "," {
		j++
		if coordinated {
			// past a parenthesis that holds no figure and no date, up to the comma that closes
			// it; a subordinate clause may hold a figure of its own ("and in 2011, when oil
			// averaged above $100, it grew by 10 percent": blind round 143, where 2011 dated
			// the 2.1% fall of 2009 before it), which is not the conjunct's
			subordinate := j < len(ws) && ws[j].tag == tagSub
			for k := j; k < len(ws) && k < j+12; k++ {
				if ws[k].fig >= 0 && !subordinate || ws[k].date >= 0 || ws[k].tag == tagCoord || ws[k].lower == ";" {
					break
				}
				if ws[k].lower == "," {
					j = k + 1
					break
				}
			}
		}
	}
	for n := 0; j < len(ws) && n < 6; j, n = j+1, n+1 {
		w := &ws[j]
		if w.fig >= 0 {
			if isDuration(s.quants[w.fig].Unit) {
				return -1
			}
			return w.fig
		}
		if !coordinated {
			return -1 // "rose 0.2 points, in March, to 5.1%"
		}
		switch {
		case w.date >= 0, w.tag == tagPunct, w.tag == tagCoord, w.tag == tagSub, w.tag == tagWh:
			return -1
		case w.tag == tagPrep, w.tag == tagDet, w.tag == tagPron, w.tag == tagAdv, w.tag == tagPart, w.tag == tagAux, w.tag == tagPoss:
		case w.vg >= 0, w.np >= 0:
		default:
			return -1
		}
	}
	return -1
}

// undatedPeak gives the period of an extreme (peakOf: "peaked at 5.25%", "hit a high of
// 14.7%", "bottomed out at 0.1%") whose clause names no date of it: none when it is told in the
// past, as the top of a span that the text does not date ("When rates started rising in
// December 2021, Bank Rate was 0.1%. It peaked at 5.25%": the peak came in August 2023, not in
// the December the sentence before named, nor in a date of another clause of its sentence), or
// foreseen ("borrowing will fall to 2.1% by 2029-30, and debt will peak at 96%": when, the
// forecast does not say); the present's when a present tense states it as the level now ("is
// at a 40-year high of 9.1%"). It is asked after the dates of the figure's own clause ("peaked
// at 11.1% in October 2022", "In 2022, inflation peaked at 11.1%") and before any date borrowed
// from elsewhere. A market price's high is its day's, dated by the dateline as any quote
// (presentPeriod), and is not asked.
func (st *articleState) undatedPeak(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if !s.peakOf(k, r) || r.indicatorOf(s.quants[k].Unit) == "exchange_rate" || r.fromContext && s.headingYear() >= 0 {
		return timex.Expr{}, false // a timeline's item ("2022: inflation peaks at 11.1%") is its heading's
	}
	if r.vg >= 0 && s.presentState(r.vg) {
		if e, ok := st.presentPeriod(s, k, r); ok {
			return e, true
		}
	}
	return timex.Expr{Reason: "a peak or low of a span the text does not date"}, true
}

// peakAfterClauseOf reports an extreme (peakOf) after a coordinated clause of its own that
// follows the clause date d opens: "In March 2020 the Bank cut Bank Rate to 0.1%, and it then
// rose to a peak of 5.25%". The date is the cut's; the peak, over the span that followed, is not
// of it (undatedPeak).
func (s *sentence) peakAfterClauseOf(k int, r *reading, d int) bool {
	return s.eLast[d] < s.qFirst[k] && s.peakOf(k, r) && s.coordinatedClauses(s.eLast[d], s.qFirst[k])
}

// nextAhead reports a figure whose own date is named forward from the day the text appeared
// ("by next spring", "next summer", "by the end of next year"), in a clause no past or perfect
// tense reports: a level expected, priced or bet on for a time to come, not an outturn, even
// when "now" says when the expectation is held ("Markets now price Bank Rate at about 6% next
// summer", written in May: this year's summer, which had not begun). "The economy grew 3% in
// 1998 and 2% the next year" counts from 1998, not from the day of writing, and is not asked.
func (st *articleState) nextAhead(s *sentence, k int, r *reading, period string) bool {
	if st.art.Published.IsZero() || len(s.exprs) == 0 {
		return false // (before ownDate: every figure asks)
	}
	d := s.ownDate(k, r)
	if d < 0 || s.exprs[d].Explicit || s.exprs[d].Period != period {
		return false
	}
	next := false
	for i := s.eFirst[d]; i <= s.eLast[d]; i++ {
		if s.words[i].lower == "next" {
			next = i == 0 || s.words[i-1].lower != "the"
			break
		}
	}
	if !next {
		return false
	}
	if end, ok := periodEnd(period); !ok || !end.After(st.art.Published) {
		return false
	}
	g := r.vg
	if g < 0 && r.np >= 0 {
		g = s.governingVerb(r.np)
	}
	for n := 0; g >= 0 && n < 4; n++ {
		if s.pastTense(g) || s.perfect(g) {
			return false // "said the rate would peak next summer" is the forecast rule's; "rose" reports
		}
		g = s.matrixVerb(g)
	}
	return true
}

// conjunctOpener returns the word before date d and its preposition, past a comma after a
// coordinator ("and, in 2009"): the coordinator, comma or semicolon that opens the conjunct the
// date may head.
func (s *sentence) conjunctOpener(d int) int {
	ws := s.words
	i := s.eFirst[d] - 1
	if i >= 0 && ws[i].tag == tagPrep {
		i-- // "in 2009", "during 2009"
	}
	if i >= 0 && ws[i].lower == "," && i > 0 && ws[i-1].tag == tagCoord {
		i-- // "and, in 2009, 5.7 pct"
	}
	return i
}

// conjunctDate returns the date that opens the coordinated clause of figure k (conjunctFigure),
// or -1: "and in 2009, after the crisis, by 5.7%" is 2009's, not the year of the clause before.
func (s *sentence) conjunctDate(k int) int {
	// Each date opens a conjunct of one figure at most, so the dates of a sentence are read
	// once for all its figures: a long sentence full of dates is not searched again for every
	// figure. (The first date in the text that opens a figure's conjunct is that figure's.)
	if !s.conjunctDatesKnown {
		s.conjunctDatesKnown = true
		s.conjunctDates = s.conjunctDates[:0]
		for range s.quants {
			s.conjunctDates = append(s.conjunctDates, -1)
		}
		for d := range s.exprs {
			if s.exprs[d].Period == "" {
				continue
			}
			if f := s.conjunctFigure(d); f >= 0 && s.conjunctDates[f] < 0 && s.eLast[d] < s.qFirst[f] {
				s.conjunctDates[f] = int32(d)
			}
		}
	}
	if k >= len(s.conjunctDates) {
		return -1
	}
	return int(s.conjunctDates[k])
}

// gapped reports a clause opened by date d that leaves out its verb and its subject before
// figure k, with only a parenthesis set off by commas, adverbs and a preposition between ("and
// in 2009, after the crisis, by 5.7%", "and, in 2009, 5.7 pct"): the figure measures what the
// clause before it does. "and the following year it expanded 4.2 pct" has a verb and a reading
// of its own, and "and in 2009 output growth to 5.7%" a subject of its own.
func (s *sentence) gapped(d, k int) bool {
	ws := s.words
	i := s.eLast[d] + 1
	if i < s.qFirst[k] && ws[i].lower == "," {
		i++
		// a parenthesis opened by a preposition or a subordinator is an adjunct whatever verb
		// the tagger finds in it: "in the wake of the Lehman collapse," ("collapse" can be a
		// verb), "after Lehman failed,"
		adjunct := i < s.qFirst[k] && (ws[i].tag == tagPrep || ws[i].tag == tagSub)
		for j := i; j < s.qFirst[k]; j++ {
			if ws[j].vg >= 0 && !adjunct {
				return false
			}
			if ws[j].lower == "," {
				i = j + 1 // the parenthesis closed: "after the global financial crisis,"
				break
			}
		}
	}
	for ; i < s.qFirst[k]; i++ {
		if w := &ws[i]; w.tag != tagPrep && w.tag != tagAdv && w.tag != tagTo && w.lower != "," {
			return false
		}
	}
	return true
}
