package checks

// datedAsOfToday says, for an article with no publication date, that its claim was judged
// with the figures known today (or on Options.AsOf): an editor must know that a claim called
// inconsistent may have been right when the article was written.
func (j judgement) datedAsOfToday(r Result) Result {
	if !j.published.IsZero() || r.Reason == ReasonUndatedEarlier || r.Reason == ReasonUndatedFirst || r.Verdict == Unchecked {
		return r
	}
	if r.RefValue == nil && r.Verdict != Consistent && r.Verdict != Inconsistent {
		return r
	}
	when := "today"
	if !j.opts.AsOf.IsZero() {
		when = "on " + j.asOfDay()
	}
	r.Explanation = trimStop(r.Explanation) + "; the article's date is unknown, so it is judged with the figures known " + when + "."
	return r
}

func trimStop(s string) string {
	if len(s) > 0 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
