package quantity

// Several countries call their currency by one name: the peso of Mexico, Argentina, Chile,
// Colombia and the Philippines; the dinar of Kuwait, Iraq and Jordan. A bare name ("the peso")
// is read as one of them by default (currencyWords); which one the writer meant is the country
// the text is about, which only the sentence around it can say.

// namesakes maps each default code of a shared name to the codes of the other currencies
// called by it, as the adjectives that tell them apart say ("Chilean peso" is CLP).
var namesakes = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, byDefault := range currencyAdjectives {
		for def, code := range byDefault {
			if code == def {
				continue
			}
			if m[def] == nil {
				m[def] = map[string]bool{}
			}
			m[def][code] = true
		}
	}
	return m
}()

// BareCurrencyName reads a currency named by its word alone, with no adjective that says
// whose it is ("the peso", not "the Mexican peso" or "the Chilean peso"): it returns the
// code the word stands for by default.
func BareCurrencyName(adjective, word string) (string, bool) {
	cw, ok := currencyWordTable.Lookup(word)
	if !ok || cw.divisor != 1 || ambiguousCurrency[cw.code] {
		return "", false
	}
	if adj, ok := currencyAdjectiveTable.Lookup(adjective); ok {
		if _, named := adj[cw.code]; named {
			return "", false
		}
	}
	return cw.code, true
}

// Namesake reports whether other is called by the same name as the currency whose default
// code is def: Namesake("MXN", "CLP") is true (both "peso"), Namesake("MXN", "BRL") false.
func Namesake(def, other string) bool {
	return namesakes[def][other]
}
