package extract

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// Names of people, US states and foods that are spelt as a country's name. Read as the country,
// each gave the country a figure about someone else: "Rep. Jim Jordan, an Ohio Republican,
// said inflation was 2.9%" judged Jordan's inflation, "Georgia's unemployment rate was 3.5%,
// below the national rate" the Caucasus republic's, "Turkey prices fell 5.6%" Turkiye's.

// personTitles are the titles that come before a person's name: a country's name right after
// one, or after one and a first name, is a surname or a first name ("Rep. Jim Jordan", "Mr
// Chad", "Sen. Chad Smith", "Economist Chad Stone").
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "professor": true,
	"rep": true, "representative": true, "sen": true, "senator": true, "gov": true, "governor": true,
	"congressman": true, "congresswoman": true, "economist": true, "analyst": true,
}

// titleShapes passes every key of personTitles and few other words: every name asks about
// the word before it, most often "in", "of" or "the", which it turns away without a hash.
var titleShapes = newKeyShapes(personTitles)

// isTitle reports a title among personTitles, written with or without its full stop.
func isTitle(t *token) bool {
	if t.punct {
		return false
	}
	w := strings.TrimSuffix(t.lower, ".")
	return titleShapes.mayHold(w) && personTitles[w]
}

// keyShapes tells apart, by their first byte and length and by their last byte and length,
// strings that cannot be keys of a set from those that may be, as written (no case folding):
// a test of two loads where a map's lookup hashes the string. Every key passes.
type keyShapes struct {
	first, last [256]uint64 // bit n of first[b]: a key n bytes long starts with byte b
}

func newKeyShapes(set map[string]bool) *keyShapes {
	f := new(keyShapes)
	for k := range set {
		if k == "" || len(k) >= 64 {
			panic("keyShapes: key " + strconv.Quote(k))
		}
		f.first[k[0]] |= 1 << len(k)
		f.last[k[len(k)-1]] |= 1 << len(k)
	}
	return f
}

// mayHold reports whether w may be a key: false only when no key has its length and first
// byte, or its length and last byte.
func (f *keyShapes) mayHold(w string) bool {
	n := len(w)
	return n > 0 && n < 64 && f.first[w[0]]>>n&1 != 0 && f.last[w[n-1]]>>n&1 != 0
}

// titledName reports a one-word name m after a title, or after a title and a capitalised
// first name: "Mr Chad said", "Rep. Jim Jordan, an Ohio Republican, said"; or a given name
// that opens a person's name (personFirstName: "Jordan Smith said").
func titledName(m *match, toks []token) bool {
	if m.first != m.last {
		return false
	}
	if personFirstName(m, toks) {
		return true
	}
	if m.first == 0 {
		return false
	}
	i := m.first - 1
	if titleAt(toks, i) {
		return true
	}
	return givenName(&toks[i]) && titleAt(toks, i-1)
}

// titleAt reports a title that ends at token i: "Mr", "Rep." or "Rep" and its stop.
func titleAt(toks []token, i int) bool {
	if i >= 1 && toks[i].text == "." {
		i-- // "Rep ." when the tokenizer kept the stop apart; a stop after anything else ends a sentence
		return isTitle(&toks[i])
	}
	return i >= 0 && isTitle(&toks[i])
}

// givenName reports a capitalised word that may be a first name or an initial: no function
// word, no known name of a place or an institution, no day or month.
func givenName(t *token) bool {
	// an initial, with its stop or kept apart from it
	initial := (len(t.text) == 1 || len(t.text) == 2 && t.text[1] == '.') && t.text[0] >= 'A' && t.text[0] <= 'Z'
	if t.punct || t.facts != nil || !initial && !isCapitalised(t.text) {
		return false // most words before a name: the cheap tests first
	}
	if _, closed := closedClass[t.lower]; closed {
		return false // "The US said", "In Jordan, the central bank said", "A Jordan"
	}
	if initial {
		return true
	}
	return !timex.IsDayOrMonthName(t.text)
}

// surnameName reports a one-word name m that ends a person's name: a capitalised first name
// (or a first name and an initial) stands before it, and a verb of saying or an apposition
// describing someone follows: "said Jim Jordan", "economist Vernon Jordan told", "Michael B.
// Jordan said". A first name that opens the sentence or follows a capital is no sign of one
// (below).
func surnameName(m *match, toks []token) bool {
	if m.first != m.last || m.first == 0 {
		return false
	}
	i := m.first - 1
	if p := &toks[i]; !p.punct && (lowerASCIIStart(p.text) || !isCapitalised(p.text)) || !spokenOrDescribed(toks, m.last+1) {
		return false // most names follow "in", "the" or "'s": the verbs are asked of few
	}
	if toks[i].text == "." && i > 0 && len(toks[i-1].text) == 1 {
		i-- // "B ." an initial kept apart from its stop
	}
	if !givenName(&toks[i]) {
		return false
	}
	initial := len(toks[i].text) <= 2
	if initial && i > 0 && givenName(&toks[i-1]) {
		i-- // "Michael B. Jordan": the first name before the initial
	}
	if i > 0 && !opensSentence(toks[i-1].text) && !isCapitalised(toks[i-1].text) {
		return true // "said Vernon Jordan", "economist Jim Jordan"
	}
	// At the start of a sentence, or in a headline's capitals, a capital says nothing of a
	// first name: "Mainland China said", "Neighbouring Jordan said", "Oil Exporter Nigeria
	// Says" name the country (read as a surname, their figures went to the country of the
	// sentence before). An initial still marks a person ("Michael B. Jordan said"), and so does
	// a word only a given name is ("Jim Jordan said", '..., " Jim Jordan said'); a title is
	// titledName's.
	return initial || isGivenName(toks[i].text)
}

// givenNames are the words of givennames.txt that are a given name only: not a word of the
// lemma list ("Bill", "Mark", "Will") nor a country's name ("Chad", "Jordan": those are asked
// of personFirstName).
var (
	givenNamesOnce sync.Once
	givenNames     map[string]bool
)

//go:embed givennames.txt
var givenNamesFile string

// isGivenName reports a word written as a given name of givennames.txt is ("Jim", "Vernon").
func isGivenName(w string) bool {
	givenNamesOnce.Do(func() {
		givenNames = make(map[string]bool, 8500)
		for _, line := range strings.Split(givenNamesFile, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			if lemmasOf(strings.ToLower(line)) == nil {
				givenNames[line] = true
			}
		}
	})
	return givenNames[w]
}

// countryGivenNames are countries' names that are given names as well ("Jordan Smith", "Chad
// Stone", "Israel Kirzner", "Georgia Meloni"): before a capitalised word and what follows a
// person's name, they open one.
var countryGivenNames = map[string]bool{"Jordan": true, "Chad": true, "Israel": true, "Georgia": true}

// countryGivenShapes passes every key of countryGivenNames and few other words.
var countryGivenShapes = newKeyShapes(countryGivenNames)

// personFirstName reports a one-word name m that is a given name as well, followed by a
// capitalised word that may be a surname and a verb of saying or a description of someone:
// "Jordan Smith said", "Chad Stone told reporters", "Israel Kirzner, an economist,". A word
// that is the plural of a noun is taken for an institution's ("Israel Railways said", "Jordan
// Times reported"); a day or a month for a date ("Jordan Tuesday said").
func personFirstName(m *match, toks []token) bool {
	j := m.last + 1
	if w := toks[m.first].text; m.first != m.last || !countryGivenShapes.mayHold(w) || !countryGivenNames[w] {
		return false // (the shapes first: every name of every sentence is asked, and few are these)
	}
	if j+1 >= len(toks) || toks[j].punct || !isCapitalised(toks[j].text) {
		return false
	}
	if l := strings.ToLower(toks[j].text); timex.IsDayOrMonthName(toks[j].text) || pluralNoun(l) || bodyWord(l) {
		return false
	}
	return spokenOrDescribed(toks, j+1)
}

// bodyWord reports a word that names a body, an office or what a body is of, not a person:
// the country before it names the body ("Israel Treasury said", "Chad Finance said", "Jordan
// Central Bank said", "Israel Electric said"), as a plural noun does ("Israel Railways").
func bodyWord(lower string) bool {
	return officialBodyWords[lower] || stateAgentNouns[lower] || firmNouns[lower] || firmWords[lower] || bodyNames[lower]
}

// bodyNames are the words of bodies' names the lists of agent.go and company.go do not hold:
// ministries' and agencies' portfolios and utilities. Not those that are surnames as well
// ("Power", "Court", "Post"), nor a word of a forecast ("Planning").
var bodyNames = map[string]bool{"finance": true, "economy": true, "trade": true, "industry": true, "labour": true,
	"labor": true, "energy": true, "police": true, "army": true, "customs": true, "revenue": true,
	"tax": true, "electric": true, "electricity": true, "telecom": true, "radio": true,
	"television": true, "broadcasting": true, "airways": true, "airlines": true, "petroleum": true, "oil": true,
	"gas": true, "water": true, "railway": true, "council": true, "commission": true, "authority": true,
	"board": true, "fund": true, "exchange": true, "parliament": true, "cabinet": true,
	"university": true, "investment": true, "development": true, "statistics": true}

// pluralNoun reports a word that is an inflected form of another ending in s: "railways",
// "times", "chemicals".
func pluralNoun(lower string) bool {
	if !strings.HasSuffix(lower, "s") {
		return false
	}
	for _, b := range lemmasOf(lower) {
		if b != lower {
			return true
		}
	}
	return false
}

// lowerASCIIStart reports a word whose first byte is ASCII and no capital, which isCapitalised
// would turn away after decoding the rune and asking unicode: "in", "of", "the" before most
// names.
func lowerASCIIStart(w string) bool {
	return w != "" && w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z')
}

// opensSentence reports a token after which a capital says nothing about the next word.
func opensSentence(t string) bool {
	switch t {
	case ".", "!", "?", ":", "\"", "“", "‘", "'", "(", "-", "–", "—":
		return true
	}
	return false
}

// spokenOrDescribed reports, at i, a verb of saying or a description of someone between
// commas: what follows a person's name in a report.
func spokenOrDescribed(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if toks[i].text == "," {
		if i+1 >= len(toks) {
			return false
		}
		switch toks[i+1].lower {
		case "a", "an", "the", "who", "chief", "senior", "head":
			return true
		}
		return false
	}
	w := toks[i].lower
	for _, v := range [...]string{"say", "tell", "write", "argue", "tweet", "add", "note", "claim", "warn"} {
		if hasLemma(w, v) {
			return true
		}
	}
	return false
}

// usStateNames are the names of the states of the United States; a country's name among
// them (Georgia) is the state in copy about the United States.
var usStateNames = map[string]bool{
	"Alabama": true, "Alaska": true, "Arizona": true, "Arkansas": true, "California": true,
	"Colorado": true, "Connecticut": true, "Delaware": true, "Florida": true, "Georgia": true,
	"Hawaii": true, "Idaho": true, "Illinois": true, "Indiana": true, "Iowa": true, "Kansas": true,
	"Kentucky": true, "Louisiana": true, "Maine": true, "Maryland": true, "Massachusetts": true,
	"Michigan": true, "Minnesota": true, "Mississippi": true, "Missouri": true, "Montana": true,
	"Nebraska": true, "Nevada": true, "Ohio": true, "Oklahoma": true, "Oregon": true,
	"Pennsylvania": true, "Tennessee": true, "Texas": true, "Utah": true, "Vermont": true,
	"Virginia": true, "Wisconsin": true, "Wyoming": true, "Carolina": true, "Dakota": true,
	"Hampshire": true,
}

// usStateShapes passes every key of usStateNames and few other words.
var usStateShapes = newKeyShapes(usStateNames)

// usStateCues are the words that place a sentence in the United States when a state's name is
// also a country's: the state's cities, its governor, a national figure beside it ("the
// national rate": a country has no nation above it). "nation" and "nationwide" alone are the
// republic's own words as often ("Georgia, a nation of 3.7 million"), and "national" alone is not one (the
// National Bank of Georgia), nor "governor" (its governor); the title "Gov." is. The Caucasus republic's own words
// (georgianCues) outweigh them.
var usStateCues = map[string]bool{
	"atlanta": true, "savannah": true, "augusta": true, "macon": true,
	"statewide": true, "bls": true,
}

// georgianCues are the words of the republic of Georgia's own copy.
var georgianCues = map[string]bool{
	"tbilisi": true, "lari": true, "georgian": true, "caucasus": true, "geostat": true,
	"armenia": true, "azerbaijan": true, "russia": true, "batumi": true,
}

// usStateName reports a name m of a country that is also a US state's, in a sentence that
// says it is the state: another state named ("Georgia, Alabama and Florida", "lower than
// Alabama's"), a city of the state, a governor, a national figure beside it, "state officials".
func usStateName(m *match, toks []token) bool {
	// (the shapes first: every name of every sentence is asked, and few are a state's)
	if m.first != m.last || !usStateShapes.mayHold(toks[m.first].text) || !usStateNames[toks[m.first].text] {
		return false
	}
	us := false
	for i := range toks {
		t := &toks[i]
		if i == m.first || t.punct {
			continue
		}
		if georgianCues[t.lower] {
			return false
		}
		if usStateNames[t.text] || usStateCues[t.lower] || t.text == "Gov." || t.text == "Gov" && i+1 < len(toks) && toks[i+1].text == "." {
			us = true
		}
		if t.lower == "national" && i+1 < len(toks) && (toks[i+1].lower == "rate" || toks[i+1].lower == "average") {
			us = true // "below the national rate of 4%"
		}
		if t.lower == "peach" && i+1 < len(toks) && toks[i+1].lower == "state" {
			us = true
		}
		if t.lower == "state" && i+1 < len(toks) && (toks[i+1].lower == "officials" || toks[i+1].lower == "'s" || toks[i+1].lower == "’s") {
			us = true // "state officials said", "the state's economy"
		}
	}
	return us
}

// foodNames are countries' names that are also a food's, whose prices a sentence may open
// with: "Turkey prices fell 5.6%". At the start of a sentence the capital says nothing, and a
// country's prices are "Turkey's prices" or "prices in Turkey".
var foodNames = map[string]bool{"turkey": true, "chile": true}

// foodPrices reports a name m that opens the sentence as a food before "prices" or "price".
func foodPrices(m *match, toks []token) bool {
	// the word after first: every name of every sentence is asked, and few are followed by
	// "prices" (two comparisons, where the name's lookup hashed it)
	if m.first != m.last || m.last+1 >= len(toks) {
		return false
	}
	if next := toks[m.last+1].lower; next != "prices" && next != "price" {
		return false
	}
	if m.first > 0 && !opensSentence(toks[m.first-1].text) {
		return false
	}
	return foodNames[toks[m.first].lower]
}

// placeOfNoCountryAfter reports a place the lexicon does not know right after figure k, past
// its dates: "Unemployment was 4.1% in Alabama", "the jobless rate stood at 6.7% in Ontario
// last year", "growth of 7.2% across Gujarat". The figure is that place's (a state, a
// province, a city), and the country the text spoke of before is not its country: given it,
// a state's rate was judged against the nation's. A known country there is entityAfter's; a
// group of people after "among" or "for" ("4.1% among Hispanics") is no country's either.
func (s *sentence) placeOfNoCountryAfter(k int) bool {
	ws := s.words
	j := s.pastDates(s.qLast[k] + 1) // as entityAfter
	if j+1 >= len(ws) {
		return false
	}
	switch ws[j].lower {
	case "in", "across", "throughout", "among", "for":
	default:
		return false
	}
	if j+2 < len(ws) && compassWords[ws[j+1].lower] && ws[j+2].ent < 0 && unicode.IsUpper(firstRune(ws[j+2].text)) {
		return true // "7.2% in 2024 in eastern Germany": a part, which directedPlace left unnamed
	}
	return s.unknownName(j + 1)
}

// markUnplacedStateNames marks among ms, the entity names of a sentence, a country's name
// that is also a US state's (Georgia) as a name of no coded country when neither the sentence
// nor the article says it is the republic: "Georgia's unemployment rate was 3.5% in 2024"
// says nowhere which Georgia it means, and in English news it is the state as often as not
// (its rate is the state's 3.5%, the republic's is 14%). A false alarm costs more than a
// missed claim, so its figures make no claim; and as the Soviet Union's, they are no other
// country's either ("The US economy grew 2.8%. Georgia, with 3.5%, ..." is not the US's).
// usStateName has already dropped the names a sentence places in the United States. The
// republic is said by its own words (georgianCues) in the sentence or anywhere in the
// article, by a central bank (a state has none), or by an apposition that calls it a
// nation or a country ("Georgia, a nation of 3.7 million people,").
func (st *articleState) markUnplacedStateNames(ms []match, toks []token) []match {
	for i := range ms {
		m := &ms[i]
		if m.first != m.last || !usStateShapes.mayHold(toks[m.first].text) || !usStateNames[toks[m.first].text] {
			continue // (the shapes first: every name of every sentence passes here)
		}
		if apposedNation(toks, m.last+1) || hasRepublicWord(toks) || st.georgianArticle() {
			continue
		}
		m.cues, m.categories = unplacedStateCues, catEntity
	}
	return ms
}

// unplacedStateCode is the entity of a name that is a country's and a US state's, in a text
// that does not say which: no reference holds it (Lexicon.uncoded).
const unplacedStateCode = "state or country"

var unplacedStateCues = []cue{{category: catEntity, value: unplacedStateCode}}

// apposedNation reports an apposition at i that calls a name a country: ", a nation of 3.7
// million", ", the country's", ", a republic".
func apposedNation(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].text != "," || toks[i+1].lower != "a" && toks[i+1].lower != "the" {
		return false
	}
	switch toks[i+2].lower {
	case "nation", "country", "republic", "former":
		return true // ("a former Soviet republic")
	}
	return false
}

// hasRepublicWord reports among toks a word of the republic of Georgia's own copy, or a
// central bank, which a state has none of.
func hasRepublicWord(toks []token) bool {
	for i := range toks {
		if georgianCues[toks[i].lower] || toks[i].lower == "central" && i+1 < len(toks) && toks[i+1].lower == "bank" {
			return true
		}
	}
	return false
}

// georgianArticle reports an article with a word of the republic of Georgia's own copy
// anywhere in it ("TBILISI -", "the lari", "Geostat"), read once.
func (st *articleState) georgianArticle() bool {
	if st.republicOfGeorgia == 0 {
		st.republicOfGeorgia = 2
		text := st.art.Text
		for i := 0; i < len(text); {
			if !ascii.IsLetter(text[i]) {
				i++
				continue
			}
			j := i
			for j < len(text) && ascii.IsLetter(text[j]) {
				j++
			}
			if _, ok := ascii.LookupFold(georgianCues, text[i:j]); ok {
				st.republicOfGeorgia = 1
				break
			}
			i = j
		}
	}
	return st.republicOfGeorgia == 1
}
