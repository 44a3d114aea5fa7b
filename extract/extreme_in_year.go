package extract

import "github.com/factcheck/factcheck/extract/timex"

// An extreme of a year's figure. "Inflation averaged 9.1% in 2022, peaking at 11.1% in
// October", written in 2026, was read as October 2025: a month named without its year is the
// latest one before the article (timex), and anchorBareDates gives it the year before it in
// the sentence only when that year frames the sentence ("In 2022, inflation peaked at 11.1% in
// October"), not when a figure was of it ("was 2.4% in 2024, rising to 2.8% in January" may
// go on to the January after). A peak or a low set beside a figure of a year, of the same
// measure and place, and attached to it (a participle clause, "with a peak of", "and hit a low
// of"), is the top or bottom of that year's series: "Prices rose 6.5% in 2023, with a peak of
// 8% in March", "Unemployment averaged 3.6% in 2022 and hit a low of 3.4% in January". A
// word that moves the story on in time between them ("before", "then", "since", "now") leaves
// the month as it was: "rose 5% in 2021 before peaking at 11.1% in October" is the October
// after.

// extremeInYear returns the period of figure k, an extreme (peakOf) whose own date d is a
// month, quarter or half named without its year, as that part of the year of an earlier figure
// of its sentence that it is attached to.
func (st *articleState) extremeInYear(s *sentence, k int, r *reading, d int) (timex.Expr, bool) {
	own := s.exprs[d]
	if own.Explicit || len(own.Period) != 7 || own.Period[4] != '-' || r.compared != -1 {
		return own, false
	}
	switch own.Precision {
	case timex.Month, timex.Quarter, timex.Half:
	default:
		return own, false
	}
	if !s.peakOf(k, r) || s.knownExtreme(k) || namesItsRelation(st.art.Text, own) {
		return own, false
	}
	for j := k - 1; j >= 0; j-- {
		jr := s.readings[j]
		if jr == nil || jr.measure == nil || jr.measure != r.measure {
			continue
		}
		if jr.compared != -1 || jr.apposed >= 0 || jr.claimKind == KindPrevious {
			continue // "from 8% in 2022": the base of another figure is not the year the story tells of
		}
		y := s.ownDate(j, jr)
		if y < 0 {
			return own, false
		}
		base := s.exprs[y]
		if !base.Explicit || base.Precision != timex.Year || len(base.Period) != 4 || jr.claimPeriod != base.Period || base.End > s.exprs[d].Start {
			return own, false
		}
		if e := st.entityOf(s, k, r); e != "" && jr.claimEntity != "" && e != jr.claimEntity {
			return own, false
		}
		if !s.attachedExtreme(st.art.Text, s.eLast[y], s.qFirst[k]) {
			return own, false
		}
		own.Period = base.Period + own.Period[4:]
		own.Explicit = true
		return own, true
	}
	return own, false
}

// attachedExtreme reports the words between a figure's year (ending at word from) and an
// extreme's figure (at word to) as a clause that goes on telling of that year: no semicolon,
// no second sentence of a list, and no word that moves the story on in time or back to now.
func (s *sentence) attachedExtreme(text string, from, to int) bool {
	for i := from + 1; i < to; i++ {
		switch w := s.words[i].lower; w {
		case ";", ":", "below", "above", "than", "compared", "versus", "vs", "against", "from", "off", "before", "after", "then", "later", "subsequently", "since", "until", "till",
			"now", "currently", "today", "presently", "recently", "lately", "again", "next", "following",
			"last", "this", "ago", "earlier", "previously", "once", "when", "which", "whereas", "while":
			return false
		default:
			if (w == "year" || w == "years") && (s.words[i].start == 0 || text[s.words[i].start-1] != '-') {
				return false // "the following year", "two years on"; not "a 40-year high"
			}
		}
	}
	return true
}

// knownExtreme reports an extreme named as one known already ("its peak of 9.1%", "the
// record low of 3.4%"), which the figure is set against, not one the year reached: "averaged 3%
// in 2024, far below its peak of 9.1% in June" is the peak's own June, of another year. Only
// "a peak of", "a record low of" (or a verb: "peaking at") tells of the year's.
func (s *sentence) knownExtreme(k int) bool {
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i < 1 || s.words[i].lower != "of" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		switch s.words[j].lower {
		case "a", "an":
			return false
		case "the", "its", "their", "his", "her", "this", "that", "these", "those":
			return true
		}
		if s.words[j].tag == tagPrep || s.words[j].vg >= 0 {
			break
		}
	}
	return true
}
