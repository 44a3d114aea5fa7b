package extract

import (
	"slices"
	"strings"
)

// An article often names an institution in full once, with its initials in brackets, and by
// the initials after that: "the National Bank of Ukraine (NBU) ... On March 14, the NBU lowered
// the rate to 14.5%". The lexicon cannot list every body's initials, and the same initials
// stand for other bodies elsewhere; the article's own definition says whose they are in it:
// "The Bank of Jamaica (BOJ) left its policy rate at 7%" is not the Bank of Japan's (blind
// round 179: Jamaica's growth and rates were read as Japan's).

// blockedAcronym marks initials an article defined for a country's body that is no
// institution of the lexicon: there they stand for no other country's body.
const blockedAcronym = -2

// learnAcronyms notes the initials s defines in brackets right after a name: for the
// institution among insts that ends there ("National Bank of Ukraine (NBU)"), or, after a
// capitalised name of a country's body that is none, as that country's ("Bank of Jamaica
// (BOJ)"), which no other country's body of the lexicon is.
func (st *articleState) learnAcronyms(s *sentence, insts []match, toks []token) {
	if strings.IndexByte(s.text, '(') < 0 {
		return // most sentences
	}
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "(" || toks[i+2].text != ")" || !isInitials(toks[i+1].text) {
			continue
		}
		def := match{first: blockedAcronym, last: blockedAcronym}
		for _, m := range insts {
			if m.last == i-1 {
				def = match{first: -1, last: -1, cues: m.cues, categories: m.categories}
				break
			}
		}
		if def.first == blockedAcronym {
			// a name of a country's body the lexicon does not hold: the initials are that
			// country's ("Bank of Jamaica (BOJ)"); a name of no country ("The National
			// Statistic Institute (INSEE)") leaves the lexicon's reading of them
			code := s.countryInNameBefore(i)
			if code == "" {
				continue
			}
			def.cues = []cue{{category: catEntity, value: code}}
		}
		if st.acronyms == nil {
			st.acronyms = make(map[string]match)
		}
		st.acronyms[toks[i+1].text] = def
	}
}

// addDefinedAcronyms adds to insts, in order, each word of toks that is initials the article
// defined for an institution and that no name found covers, and drops the lexicon's match of
// initials the article defined for another name; the word inside the defining brackets is
// skipped (the name before them is already a match).
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
		if def.first == blockedAcronym {
			if covered && insts[at].first == i && insts[at].last == i && institutionOf(insts[at]).entity != def.cues[0].value {
				insts = slices.Delete(insts, at, at+1) // "BOJ" after "Bank of Jamaica (BOJ)": not Japan's
			}
			continue
		}
		def.first, def.last = i, i
		if covered {
			if insts[at].first == i && insts[at].last == i && institutionOf(insts[at]).entity != institutionOf(def).entity {
				insts[at] = def // "BOJ" after "The Bank of Jamaica (BOJ)": not the Bank of Japan
			}
			continue
		}
		insts = slices.Insert(insts, at, def)
	}
	return insts
}

// countryInNameBefore returns the country a capitalised name right before word i names
// ("Bank of Jamaica" before "(BOJ)"), or "".
func (s *sentence) countryInNameBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := s.toks[j].text
		if w == "" || (w[0] < 'A' || w[0] > 'Z') && s.toks[j].lower != "of" && s.toks[j].lower != "and" {
			return ""
		}
		for _, m := range s.ents {
			if m.last == j {
				if code, ok := entityCode(m); ok {
					return code
				}
			}
		}
	}
	return ""
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
