package extract

import "github.com/factcheck/factcheck/extract/timex"

// A word of the present right after a figure. "Unemployment is projected to rise to 4.6% from
// 3.7% now" (a Fed projection of December 2022) read the 3.7% as 2021's annual rate, the year
// before the forecast's: "now" says the base is the level at the time of writing, not a year's
// before another. "Unemployment was 5.4% in 2021 and is 3.7% now" took 2021 from the clause
// before. nowBefore reads "is now 3.7%"; nowAfter reads "3.7% now", "3.7% currently", "3.7%
// at present". A figure set against another ("from 3.7% now") is the level of the latest
// month or quarter, which the text does not name, and is left undated rather than read as the
// year's average; one stated in the present is of the year of publication, as any undated
// figure in the present (presentPeriod). "now that energy prices are falling" opens a clause
// of cause, and says nothing of the figure.

// ReasonNowBase is the Reason of a figure given as the level now, against which another is set.
const ReasonNowBase = "the level now, of the latest month or quarter, which the text does not name"

// nowAfter reports a word of the present right after figure k (or after the noun its phrase
// ends in, or the whole it is a share of): "from 3.7% now", "3.7% currently", "is 3.7% at
// present", "close to 100% of GDP now".
func (s *sentence) nowAfter(k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if p := ws[s.qFirst[k]].np; p >= 0 && s.nps[p].last >= i {
		i = s.nps[p].last + 1
	}
	if i+1 < len(ws) && ws[i].lower == "of" {
		// past the whole the figure is a share of: "close to 100% of GDP now"
		if p := ws[i+1].np; p >= 0 && s.nps[p].first == i+1 {
			i = s.nps[p].last + 1
		}
	}
	if i >= len(ws) {
		return false
	}
	switch ws[i].lower {
	case "now":
		return i+1 >= len(ws) || ws[i+1].lower != "that" // not "now that prices are falling"
	case "currently", "presently":
		return true
	case "at":
		return i+1 < len(ws) && ws[i+1].lower == "present"
	}
	return false
}

// nowPeriod is the period of figure k followed by a word of the present (nowAfter).
func (st *articleState) nowPeriod(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if e, ok := st.presentPeriod(s, k, r); ok {
		return e, true
	}
	return timex.Expr{Reason: ReasonNowBase}, true
}
