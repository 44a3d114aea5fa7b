package checks

// datedAsOfToday says, for an article with no publication date, that its claim was judged
// with the figures known today (or on Options.AsOf): an editor must know that a claim called
// inconsistent may have been right when the article was written.
func (j *judgement) datedAsOfToday(r Result) Result {
	if !j.datesResult(r) {
		return r
	}
	r.Explanation = trimStop(r.Explanation) + j.undatedWords()
	return r
}

// datesResult reports whether datedAsOfToday adds its words to r.
func (j *judgement) datesResult(r Result) bool {
	if !j.published.IsZero() || r.Reason == ReasonUndatedEarlier || r.Reason == ReasonUndatedFirst || r.Verdict == Unchecked {
		return false
	}
	return r.RefValue != nil || r.Verdict == Consistent || r.Verdict == Inconsistent
}

// undatedWords are the words datedAsOfToday ends an explanation with, full stop included.
func (j *judgement) undatedWords() string {
	if j.opts.AsOf.IsZero() {
		return "; the article's date is unknown, so it is judged with the figures known today."
	}
	return "; the article's date is unknown, so it is judged with the figures known on " + j.asOfDay() + "."
}

// undatedEnding is what Judge sets undatedEnd to: undatedWords for an undated article, else
// nothing to add.
func (j *judgement) undatedEnding() string {
	if !j.published.IsZero() || !endsUndatedInPlace {
		return ""
	}
	return j.undatedWords()
}

// endsUndatedInPlace is false only in a test that compares the explanations judgeReleases
// ends itself with those datedAsOfToday copies.
var endsUndatedInPlace = true

// endedUndated dates r when judgeFigure's results are to be dated already (undatedEnd).
func (j *judgement) endedUndated(r Result) Result {
	if j.undatedEnd == "" {
		return r
	}
	return j.datedAsOfToday(r)
}

func trimStop(s string) string {
	if len(s) > 0 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
