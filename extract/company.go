package extract

// companyOutput reports the nouns of output a firm reports of itself as often as a country:
// "output", "production", "sales".
func companyOutput(lower string) bool {
	return lower == "output" || lower == "production" || lower == "sales"
}

// saidByCompany reports a bare noun of output, words [first, head] ("output", "its output"),
// that opens the clause a firm says: the subject of a verb of saying right before it is a
// country's firm, a name after a country's possessive that is no country, region or
// institution ("Chile's Codelco said output fell 2%", "Brazil's Vale said output rose 0.2%",
// "Chile's state copper company Codelco said"). The country's own bodies and office holders
// keep the output the country's: "Chile's statistics office said output fell 2%", "the central
// bank said", "Brazil's Finance Minister Fernando Haddad said". A surname alone ("Turkey's
// Simsek said") cannot be told from a firm's name and is read as one: a claim lost, not a
// false alarm.
func (s *sentence) saidByCompany(first, head int) bool {
	ws := s.words
	for i := first; i < head; i++ {
		if ws[i].tag != tagDet {
			return false // "Chile's output", "mining output": not bare
		}
	}
	v := first - 1
	if v >= 0 && ws[v].lower == "that" {
		v--
	}
	if v < 0 || ws[v].vg < 0 || s.vgs[ws[v].vg].last != v || !s.speaks(ws[v].vg) {
		return false
	}
	p := s.subjectOf(ws[v].vg)
	if p < 0 {
		return false
	}
	n := s.nps[p]
	poss := -1
	for i := n.first + 1; i < n.last; i++ {
		if ws[i].tag == tagPoss && ws[i-1].ent >= 0 {
			poss = i
		}
	}
	// the firm's name ends the phrase: a name the lexicon does not know, past the possessive
	if poss < 0 || n.last <= poss || !s.unknownName(n.last) {
		return false
	}
	// not a person or a body of the state: a title, an office ("Brazil's Finance Minister
	// Fernando Haddad", "Chile's President Gabriel Boric", "Colombia's statistics agency DANE",
	// "Peru's central bank chief Julio Velarde") or a given name before the last name
	for i := poss + 1; i <= n.last; i++ {
		if firmNouns[ws[i].lower] {
			return true // "Chile's state copper company Codelco", "Brazil's miner Vale"
		}
	}
	for i := poss + 1; i <= n.last; i++ {
		w := &ws[i]
		if isTitle(&w.token) || officialBodyWords[w.lower] || stateAgentNouns[w.lower] || i < n.last && isGivenName(w.text) {
			return false
		}
	}
	return true
}

// firmNouns name a firm in a speaker's phrase, whatever else it holds ("state").
var firmNouns = map[string]bool{"company": true, "firm": true, "miner": true, "producer": true, "maker": true,
	"carmaker": true, "automaker": true, "group": true, "giant": true, "operator": true, "conglomerate": true,
	"corporation": true, "corp": true, "inc": true, "plc": true, "refiner": true, "exporter": true}
