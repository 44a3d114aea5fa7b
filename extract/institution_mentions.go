package extract

// countInstitutionMentions counts, among the mentions of the text, the country of each
// institution of one country named on a line ("The Riksbank held its policy rate", "INDEC
// said"): a text that names its country only by its central bank or its statistics office is
// about that country. It counts as a mention, not as the last country named, so a country named
// since still comes first for the sentences after it. With a language label set aside
// (language_names.go), "(Translated from Swedish) The Riksbank held ... among the highest in
// the EU ... prices rose just 0.7% in 2025" had only the EU left to give its figures to.
func (st *articleState) countInstitutionMentions(toks []token, caps bool) {
	for _, m := range st.lex.findNames(nil, st.lex.institutions, toks, caps) {
		inst := institutionOf(m)
		if inst.entity != "" && inst.role == "central_bank" {
			st.lastBank, st.lastBankAt = inst.entity, toks[m.first].start
		}
		if code := inst.entity; code != "" && !st.lex.aggregates.has(code) {
			st.mentions[code] += st.lex.mentionWeight(code)
			st.ownMentions[code] = true
		}
	}
}

// bankNamedJustBefore returns the country of the central bank that the sentence before
// policy-rate figure k's names after any country: "The Federal Reserve has begun to cut interest
// rates. The discount rate, 8% last summer, now stands at 6.75%" is the Fed's rate, not that of
// the country named a paragraph before (blind round 110: judged as Bank Rate, under a London
// dateline, after Iran). So is a projection the sentence after the bank's makes: "The ECB's
// staff raised their inflation projections. They now see headline inflation averaging 2.5 per
// cent in 2024" is the euro area's, not Italy's, named last (blind rounds 192 and 207). "" when
// a country was named since, or the bank further back.
func (st *articleState) bankNamedJustBefore(s *sentence, k int, r *reading) string {
	projection := !isPolicyRate(r.measure)
	if projection && (!r.forecastNoun && !s.forecastGoverned(k, r) || !st.projectionsNamedBefore(s)) {
		return ""
	}
	st.entityBefore(s.start)
	if st.lastBank == "" || st.lastBankAt < st.lastEntityAt || !st.withinSentences(st.lastBankAt, s.start, 1) {
		return ""
	}
	if projection {
		if from, to, ok := st.sentenceBefore(s); !ok || st.lastBankAt < from || st.lastBankAt >= to {
			return "" // (the bank named in the sentence that names its projections)
		}
	}
	return st.lastBank
}

// projectionsNamedBefore reports a noun or verb of forecasting in the sentence before s: "The
// ECB's staff raised their inflation projections." A bank named there for something else ("The
// ECB cut rates again on Thursday. The government had expected growth of 1.0%") makes no
// projection the next sentence states (review).
func (st *articleState) projectionsNamedBefore(s *sentence) bool {
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return false
	}
	toks := tokenizeInto(nil, st.art.Text, from, to)
	st.lex.attachFacts(toks)
	for _, c := range st.lex.cuesOf(nil, toks) {
		if c.categories&catForecast != 0 {
			return true
		}
	}
	return false
}
