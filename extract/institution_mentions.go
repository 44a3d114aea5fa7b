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
		if code := institutionOf(m).entity; code != "" && !st.lex.aggregates[code] {
			st.mentions[code] += st.lex.mentionWeight(code)
			st.ownMentions[code] = true
		}
	}
}
