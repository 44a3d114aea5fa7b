package extract

// A measure a company, an industry or a sector has of its own is no country's: "The company's
// output fell 2.1% in 2025" in a story on Toyota, "Its largest carmaker's output fell 3.4% last
// year, Volkswagen said" in one on Germany (blind round 39) were judged as the country's GDP
// growth, the country the text was about standing in for the possessor. A measure phrase whose
// possessor is a common noun is that noun's; only a noun that stands for a country, its
// government or its economy ("the country's output", "the government's debt", "the central
// bank's rate"), or for a time ("last year's growth"), leaves the measure the country's. A
// possessor's name ("Toyota's", "Germany's") is read where names are (possessorOfNoCountry,
// the mentions).

// ownedByNoPlace reports figure reading r's measure phrase as owned by a common noun that names
// no place, no government and no time: "the company's output", "the industry's output",
// "manufacturers' output". A forecast or an estimate a body makes of the measure ("the agency's
// growth forecast") is not the body's measure, and is left to the rules of forecasters.
func (s *sentence) ownedByNoPlace(lex *Lexicon, r *reading) bool {
	if r.np < 0 || r.measureAt < 0 {
		return false
	}
	n := s.nps[r.np]
	if r.measureAt <= n.first || r.measureAt > n.last {
		return false
	}
	ws := s.words
	for i := r.measureAt; i <= n.last; i++ {
		if ws[i].hasLemma("forecast") || ws[i].hasLemma("estimate") || ws[i].hasLemma("projection") || targetNoun(&ws[i].token) == targetHead {
			return false
		}
	}
	for i := r.measureAt - 1; i > n.first; i-- {
		if ws[i].tag != tagPoss {
			continue
		}
		o := &ws[i-1]
		if o.tag != tagNoun || o.ent >= 0 || o.date >= 0 || timeNouns[o.lower] || countryStandIns[o.lower] {
			return false
		}
		if len(lex.findNames(nil, lex.entities, s.toks[i-1:i], true)) > 0 {
			return false // a country's name written in lower case: wire copy's "jamaica's gdp"
		}
		if i == 1 || s.capsLine {
			// a word the dictionary knows, so no name: a name opening a sentence ("Banxico's")
			// is capitalised as any first word is
			return len(o.basesOf()) > 0
		}
		return !isCapitalised(o.text)
	}
	return false
}

// countryStandIns are the common nouns that, as a possessor, stand for a country, a bloc, its
// government or its central bank: "the country's output", "the bloc's inflation", "the
// government's deficit", "the bank's key rate".
var countryStandIns = map[string]bool{
	"country": true, "countries": true, "nation": true, "nations": true, "economy": true, "economies": true,
	"state": true, "states": true, "government": true, "governments": true, "republic": true, "kingdom": true,
	"island": true, "islands": true, "archipelago": true, "region": true, "bloc": true, "union": true,
	"area": true, "zone": true, "world": true, "continent": true, "federation": true, "territory": true,
	"emirate": true, "treasury": true, "exchequer": true, "bank": true, "fund": true, "ministry": true,
	"administration": true, "regime": true, "authorities": true, "people": true, "public": true, "member": true,
}
