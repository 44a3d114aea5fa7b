package extract

// heldSpanStart returns the date that opens a span a policy rate is said to have stood at
// figure k over, or -1: "Bank Rate had been held at 5.25% from August 2023 until the
// Committee cut it to 5% on 1 August 2024", "was 5.25% between August 2023 and August 2024",
// "From August 2023 to August 2024, Bank Rate was kept at 5.25%". The rate is the rate of the
// whole span, and so of the day it opened, which the table dates the change by; not of the day
// the span ended on (the day of the next change, when the rate was already another) nor of
// the meeting the text reports. The span is said by "from" or "between" before a date and
// "until", "till", "to", "through" or "and" after it, in the figure's clause with no other
// figure between; a figure set against another ("cut to 5% from 5.25%") is no rate held.
func (s *sentence) heldSpanStart(k int, r *reading) int {
	if r == nil || r.measure == nil || r.measure.name != "policy_rate" || r.compared >= 0 || s.reachedLevel(r) {
		return -1 // (nor a rate a verb of reaching leaves: "raised 14 times from December 2021 to August 2023, taking Bank Rate to 5.25%")
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	for i := from; i < to; i++ {
		if (ws[i].lower != "from" && ws[i].lower != "between") || i > s.qLast[k] && s.otherFigureBetween(k, s.qLast[k], i) {
			continue
		}
		if i < s.qFirst[k] && s.otherFigureBetween(k, i, s.qFirst[k]) {
			continue
		}
		j := i + 1
		if j < to && ws[j].lower == "the" {
			j++ // "from the third of August 2023"
		}
		d := ws[j].date
		if d < 0 || s.exprs[d].Period == "" {
			continue
		}
		e := s.eLast[d] + 1
		if e >= len(ws) {
			continue
		}
		switch ws[e].lower {
		case "until", "till", "to", "through":
			if ws[i].lower == "from" {
				return d
			}
		case "and":
			if ws[i].lower == "between" {
				return d
			}
		}
	}
	return -1
}
