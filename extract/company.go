package extract

// companyOutput reports the nouns of output a firm reports of itself as often as a country:
// "output", "production", "sales".
func companyOutput(lower string) bool {
	return lower == "output" || lower == "production" || lower == "sales"
}

// saidByCompany reports a noun of output, words [first, head], bare or of a firm's scope
// ("output", "its output", "global output"), that opens the clause a firm says: the subject of
// a verb of saying right before it is a country's firm, a name after a country's possessive
// with positive evidence of a firm ("Chile's Codelco said output fell 2%", "Japan's Toyota
// said global output fell 3.7%", "Chile's state copper company Codelco said", "Ghana's Gold
// Fields unit said"): a word of a firm, a legal suffix, a name of knownFirms, or a word of a
// commodity in the name, or a name the lexicon does not know. The country's own bodies and
// office holders keep the output the country's: "Chile's statistics office said output fell
// 2%", "the central bank said", "Brazil's Finance Minister Fernando Haddad said", "Turkey's
// finance minister Mehmet Simsek said". A bare surname or agency the lexicon does not know
// ("Turkey's Simsek said", "Mexico's Inegi said") cannot be told from a firm's name by its
// form, and is read as a firm's: a claim lost rather than a false alarm.
func (s *sentence) saidByCompany(first, head int) bool {
	ws := s.words
	for i := first; i < head; i++ {
		if ws[i].tag != tagDet && !firmScopes[ws[i].lower] {
			return false // "Chile's output", "mining output": not a firm's own
		}
	}
	v := first - 1
	if v >= 0 && ws[v].lower == "that" {
		v--
	}
	if v >= 0 && ws[v].vg >= 0 && s.vgs[ws[v].vg].last == v && s.speaks(ws[v].vg) {
		return s.firmSpeaks(ws[v].vg)
	}
	if ws[first].lower != "its" && ws[first].lower != "their" {
		return false
	}
	// "its output" later in what the firm says: "Chile's SQM said lithium sales volumes rose
	// 20%, while its output rose 15%"
	for g := range s.vgs {
		if s.vgs[g].last < first && s.speaks(g) && s.firmSpeaks(g) {
			return true
		}
	}
	return false
}

// firmSpeaks reports a country's firm as the subject of the verb group g (saidByCompany).
func (s *sentence) firmSpeaks(g int) bool {
	ws := s.words
	p := s.subjectOf(g)
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
	if poss < 0 || n.last <= poss {
		return false
	}
	for i := poss + 1; i <= n.last; i++ {
		if firmNouns[ws[i].lower] {
			return true // "Chile's state copper company Codelco", "Brazil's miner Vale"
		}
	}
	// not a person or a body of the state: a title, an office ("Brazil's Finance Minister
	// Fernando Haddad", "Chile's President Gabriel Boric", "Colombia's statistics agency DANE",
	// "Peru's central bank chief Julio Velarde") or a given name before the last name
	for i := poss + 1; i <= n.last; i++ {
		w := &ws[i]
		if isTitle(&w.token) || officialBodyWords[w.lower] || stateAgentNouns[w.lower] || i < n.last && isGivenName(w.text) {
			return false
		}
	}
	for i := poss + 1; i <= n.last; i++ {
		w := &ws[i]
		if firmParts[w.lower] || knownFirms[w.text] || isCapitalised(w.text) && s.cueIs(i, catRestrict) {
			return true // "Ghana's Gold Fields unit", "Russia's Nornickel", "Japan's Toyota"
		}
	}
	// A name the lexicon does not know, with no evidence either way, may be a firm's
	// ("Botswana's Debswana said output slumped 28%") as well as a surname or an agency
	// ("Turkey's Simsek said", "Mexico's Inegi said"): read as a firm's, it loses a claim;
	// read as the country's, it makes a firm's output a false alarm, which costs more.
	return s.unknownName(n.last)
}

var (
	// firmNouns name a firm in a speaker's phrase, whatever else it holds ("state").
	firmNouns = map[string]bool{"company": true, "firm": true, "miner": true, "producer": true, "maker": true,
		"carmaker": true, "automaker": true, "group": true, "giant": true, "operator": true, "conglomerate": true,
		"corporation": true, "corp": true, "inc": true, "plc": true, "refiner": true, "exporter": true}
	// firmParts are legal suffixes and parts of a firm, which a body of the state may have as
	// well ("the statistics unit"): a firm's only with no word of the state beside them.
	firmParts = map[string]bool{"unit": true, "subsidiary": true, "arm": true, "ltd": true, "ltd.": true,
		"sa": true, "s.a.": true, "ag": true, "asa": true, "nv": true, "spa": true, "bhd": true, "tbk": true,
		"pjsc": true, "jsc": true, "llc": true, "co": true, "co.": true, "holdings": true, "corp.": true,
		"inc.": true, "mine": true, "mines": true, "mining": true, "plant": true, "refinery": true, "smelter": true, "motors": true, "steel": true, "petroleum": true}
	// firmScopes are the words of a firm's own output before the noun: "global output",
	// "its total output".
	firmScopes = map[string]bool{"global": true, "worldwide": true, "domestic": true, "overseas": true, "annual": true, "its": true, "their": true}
	// knownFirms are producers whose output the wires report as the firm's, by name alone:
	// miners, oil and gas companies, carmakers and steelmakers.
	knownFirms = map[string]bool{
		// miners
		"Codelco": true, "BHP": true, "Vale": true, "Glencore": true, "Freeport": true, "Antofagasta": true,
		"Zijin": true, "Nornickel": true, "Alrosa": true, "Sibanye": true, "AngloGold": true, "Barrick": true,
		"Newmont": true, "Polyus": true, "Kazatomprom": true, "Cameco": true, "Fortescue": true, "SQM": true,
		"Albemarle": true, "Tianqi": true, "Ganfeng": true, "Vedanta": true, "Hindalco": true, "Sasol": true,
		// oil and gas
		"Aramco": true, "ADNOC": true, "Adnoc": true, "NNPC": true, "Pemex": true, "Petrobras": true,
		"PDVSA": true, "Sonatrach": true, "Sonangol": true, "Equinor": true, "Rosneft": true, "Lukoil": true,
		"Gazprom": true, "Novatek": true, "KazMunayGas": true, "Petronas": true, "Pertamina": true, "ONGC": true,
		"Sinopec": true, "PetroChina": true, "CNOOC": true, "Ecopetrol": true, "YPF": true, "Eni": true,
		"Repsol": true, "TotalEnergies": true, "Shell": true, "BP": true, "Chevron": true, "ExxonMobil": true,
		"Exxon": true, "Woodside": true, "QatarEnergy": true, "SOCAR": true, "Petroecuador": true,
		// carmakers, steelmakers, chipmakers, planemakers
		"Toyota": true, "Honda": true, "Nissan": true, "Hyundai": true, "Kia": true, "Volkswagen": true,
		"BMW": true, "Stellantis": true, "Renault": true, "Maruti": true, "BYD": true, "Geely": true,
		"SAIC": true, "Tesla": true, "ArcelorMittal": true, "POSCO": true, "Posco": true, "Baowu": true,
		"Severstal": true, "Gerdau": true, "Ternium": true, "TSMC": true, "Samsung": true, "Foxconn": true,
		"Embraer": true, "Airbus": true, "Boeing": true,
	}
)
