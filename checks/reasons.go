package checks

// Reasons of the no_reference and unchecked verdicts (Result.Reason), in the words --summary
// counts them by. Each explanation says the same at length.
const (
	// unchecked
	ReasonNoIndicator     = "about no indicator the table holds"
	ReasonUnlinked        = "country or period unknown"
	ReasonIncomparable    = "unit or kind of figure the table does not hold"
	ReasonNoProjection    = "forecast with no projection to judge it against"
	ReasonOtherForecaster = "forecast whose forecaster the table does not hold"
	ReasonTarget          = "a policy target, not a forecast"
	ReasonEventDate       = "event date the table cannot be searched by"

	// no_reference
	ReasonNoFigure        = "no figure in the table"
	ReasonSeveralYears    = "figure over several years"
	ReasonSoFar           = "figure for part of a period"
	ReasonOtherBasis      = "table holds the figure on another basis only"
	ReasonUnstatedBasis   = "no basis stated, and it matches another"
	ReasonOnlyProjections = "table holds only projections"
	ReasonBeforeReleases  = "article older than every release, within measured revisions"
	ReasonNoRevisions     = "article older than every release, no revisions measured"
	ReasonPeriodNotOver   = "period not over when the article appeared"
	ReasonOtherDefinition = "claim or its source uses another definition"
	ReasonLevelMargin     = "level within the revision margin"
	ReasonCitedSource     = "cited source not in the table"
	ReasonUndatedEarlier  = "undated article quoting an earlier release"
	ReasonUndatedFirst    = "undated article, first releases missing, within measured revisions"
	ReasonBetweenReleases = "between the releases around the article's date"
	ReasonNoEvent         = "no matching event in the table"
	ReasonSuperseded      = "an estimate the text says was revised, which the table lacks"
	ReasonFiscalYear      = "fiscal year within the revision margin of a series labelled by calendar years"

	// reasonOther is given to a no_reference or unchecked verdict that a judging step left
	// without a reason; the golden test of explanations keeps it from being used.
	reasonOther = "other"
)

// withReason fills a result's reason when its verdict needs one and the step that judged it
// gave none, and clears it for verdicts that need none.
func withReason(r Result) Result {
	switch r.Verdict {
	case NoReference, Unchecked:
		if r.Reason == "" {
			r.Reason = reasonOther
		}
	default:
		r.Reason = ""
	}
	return r
}
