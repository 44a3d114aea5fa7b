package extract

import "slices"

// An article often names an institution in full once, with its initials in brackets, and by
// the initials after that: "the National Bank of Ukraine (NBU) ... On March 14, the NBU lowered
// the rate to 14.5%". The lexicon cannot list every body's initials, and the same initials
// stand for other bodies elsewhere; the article's own definition says whose they are in it.

// learnAcronyms notes the initials toks define in brackets right after the name of an
// institution among insts: "National Bank of Ukraine (NBU)", "Central Bank of Nigeria (CBN)".
func (st *articleState) learnAcronyms(insts []match, toks []token) {
	for _, m := range insts {
		i := m.last + 1
		if i+2 >= len(toks) || toks[i].text != "(" || toks[i+2].text != ")" || !isInitials(toks[i+1].text) {
			continue
		}
		if st.acronyms == nil {
			st.acronyms = make(map[string]match)
		}
		st.acronyms[toks[i+1].text] = match{first: -1, last: -1, cues: m.cues, categories: m.categories}
	}
}

// addDefinedAcronyms adds to insts, in order, each word of toks that is initials the article
// defined and that no name found covers; the word inside the defining brackets is skipped
// (the name before them is already a match).
func (st *articleState) addDefinedAcronyms(insts []match, toks []token) []match {
	for i := range toks {
		def, ok := st.acronyms[toks[i].text]
		if !ok || i > 0 && toks[i-1].text == "(" && i+1 < len(toks) && toks[i+1].text == ")" {
			continue
		}
		at, covered := slices.BinarySearchFunc(insts, i, func(m match, i int) int {
			switch {
			case m.last < i:
				return -1
			case m.first > i:
				return 1
			}
			return 0
		})
		if covered {
			continue
		}
		def.first, def.last = i, i
		insts = slices.Insert(insts, at, def)
	}
	return insts
}

// isInitials reports a word of two to six capital letters: "NBU", "CBN", "BSP".
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
