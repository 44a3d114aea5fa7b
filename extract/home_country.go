package extract

import "strings"

// A story filed from a country's capital about that country names its partners in passing:
// "TASHKENT - ... the money sent home by Uzbeks working in Russian construction sites ... A
// stronger rouble, an influx of Russians relocating their savings and workers' wages rising in a
// tight Russian labour market all played a part. That money helped the economy grow 5.7 per
// cent" was read as Russia's growth, the country named last, and flagged; so was Armenia's
// 12.6% after "Re-exports ... to Russia" in a story from Yerevan (blind round 175). A country
// named only as a modifier of another noun or as where people and goods come from or go to does
// not take over "the economy" from the dateline's country when the text names that country too.

// asideMention reports name m of toks as named in passing: a people after "of" or "by" ("an
// influx of Russians", "money sent home by Uzbeks"), a demonym before a noun other than an
// economy's or a state's ("Russian IT specialists", "a tight Russian labour market"; not "the
// Russian economy", "The French are angry"), or a name that flows of goods, money or people go
// to or come from ("Re-exports of cars, electronics and machinery to Russia"; not "New figures
// from Russia").
func (lex *Lexicon) asideMention(toks []token, m *match) bool {
	n := m.last + 1
	if m.first == m.last && m.first > 0 && (toks[m.first-1].lower == "of" || toks[m.first-1].lower == "by") &&
		strings.HasSuffix(toks[m.first].text, "s") && lex.isDemonym([]token{{text: strings.TrimSuffix(toks[m.first].text, "s")}}) {
		return true // a people: "an influx of Russians" (not a country's name in -s: "Laos owes")
	}
	if lex.isDemonym(toks[m.first:n]) {
		if n >= len(toks) || toks[n].punct || toks[n].text == "" || toks[n].text[0] < 'a' || toks[n].text[0] > 'z' || isVerbFormOf(toks[n].lower, &toks[n]) || closedClass[toks[n].lower] != 0 {
			return false // a demonym as a noun ("The French are angry") or before a name
		}
		if m.first > 0 && toks[m.first-1].lower == "the" && n+1 < len(toks) && toks[n+1].punct {
			return false // "the Russian economy." read as a whole
		}
		switch toks[n].lower {
		case "economy", "economic", "government", "state", "gdp", "output", "inflation", "growth", "central", "authorities", "officials":
			return false
		}
		return true
	}
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 1 || toks[i].lower != "from" && toks[i].lower != "to" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].lower != "." && toks[j].lower != ";"; j-- {
		if flowNoun(toks[j].lower) {
			return true
		}
	}
	return false
}

// flowNoun reports a noun of goods, money or people that go from one country to another.
func flowNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "export", "re-export", "import", "shipment", "remittance", "transfer", "money", "people", "migrant",
		"worker", "good", "sale", "tourist", "visitor", "flow", "inflow", "outflow", "capital", "fund", "cash":
		return true
	}
	return false
}

// homeOverAside returns the dateline's country in place of c, the country the text named last,
// when c was last named in passing (asideMention) and the text has named the dateline's
// country too; else "".
func (st *articleState) homeOverAside(s *sentence, c string) string {
	if c != st.lastEntity || !st.lastEntityAside {
		return ""
	}
	h := st.datelineCountry(s.start)
	if h == "" || h == c || st.mentions[h] == 0 {
		return ""
	}
	return h
}

// absoluteWithMention reports a name m among toks that is the subject of an absolute clause
// "with" opens after a clause of its own: "Sonatrach's exports of natural gas reached about 52
// billion cubic metres in 2024, ..., with Italy taking more than a third through the Transmed
// pipeline". It tells how the main clause's measure is shared out, and names a partner, not
// what the text goes on about (blind round 208: Algeria's growth and inflation a paragraph on
// were judged as Italy's, four rows). Counted half, as a yardstick is.
func absoluteWithMention(toks []token, m *match) bool {
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 1 || toks[i].lower != "with" || toks[i-1].lower != "," {
		return false
	}
	n := m.last + 1
	if n < len(toks) && isPossessive(toks[n].lower) {
		return false // "with Italy's share ..."
	}
	return n < len(toks) && !toks[n].punct && len(toks[n].lower) > 4 && strings.HasSuffix(toks[n].lower, "ing")
}
