package extract

// An event dated by its distance from the one a sentence reports: "The Bank of England cut
// Bank Rate to 0.1 per cent on Thursday, nine days after it cut the rate from 0.75 per cent to
// 0.25 per cent". The figures of the later phrase are of that other time, which the text gives
// only as an offset from a date (blind round 192: 0.25% read as Thursday's rate and flagged).

// reasonOffsetEvent is the reason of a figure of an event a stated time before or after the
// one its sentence dates.
const reasonOffsetEvent = "an event a stated time before or after the one the sentence dates"

// offsetEventOf reports figure k in a phrase or clause that "after" or "before" opens, right
// after a length of time ("nine days after", "two weeks before", "a month after"), with no
// mark between that phrase and the figure: the figure is of the event so dated. "Two weeks
// after the election, inflation rose to 5%" sets the figure's clause apart with a comma, and
// keeps whatever period it has.
func (s *sentence) offsetEventOf(k int) bool {
	ws := s.words
	for i := s.qFirst[k] - 1; i > 0; i-- {
		w := &ws[i]
		if w.tag == tagPunct || isDash(w.lower) {
			return false
		}
		if w.lower != "after" && w.lower != "before" {
			continue
		}
		return s.lengthOfTimeEndingAt(i - 1)
	}
	return false
}

// lengthOfTimeEndingAt reports a length of time that ends at word i: a figure of days, weeks,
// months or years ("nine days", "18 months"), or such a noun (or "fortnight") after "a",
// "few", "several" or "some" ("a week", "a few months").
func (s *sentence) lengthOfTimeEndingAt(i int) bool {
	if i < 1 {
		return false
	}
	w := &s.words[i]
	if w.fig >= 0 {
		return s.qLast[w.fig] == i && isDuration(s.quants[w.fig].Unit)
	}
	base := w.lower
	if len(base) > 1 && base[len(base)-1] == 's' {
		base = base[:len(base)-1]
	}
	if base != "day" && base != "week" && base != "month" && base != "year" && base != "fortnight" {
		return false
	}
	switch s.words[i-1].lower {
	case "a", "few", "several", "some":
		return true
	}
	return false
}
