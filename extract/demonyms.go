package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/timex"
)

// A country's demonym, or its name, that modifies a noun naming no measure of its economy
// ("American tariffs", "the American jobs report", "US trade policy", "strong American
// demand", "Korean chipmakers"), and a country named inside a quotation that someone placed
// elsewhere speaks ('"Trade with America is our lifeline," the minister told reporters in
// Ottawa'), name a partner, a market or an actor of a story from another country. Counted as
// the last country named, they gave a Johannesburg or an Ottawa story's inflation to the United
// States, where it was judged against the BLS's figure and flagged. Such a mention is
// peripheral (peripheralMention) only when its paragraph places the story elsewhere: a
// dateline of another place opens it, or it names another country or another's capital. In a
// paragraph about the country itself ("Irish shares have risen to a record high") its own
// markets are still what the text is about. Before a noun of a measure the table holds
// ("American inflation", "the American economy", "American consumer prices") a demonym names
// the country measured, wherever the story is from.

// peripheralInParagraph reports a mention m among toks, a paragraph, that modifies a noun of no
// measure the table holds or stands inside a quotation, in a paragraph that places the story
// in another country.
func (lex *Lexicon) peripheralInParagraph(toks []token, m *match) bool {
	if lex.modifiesOther(toks, m) {
		return lex.placedElsewhere(toks, m, -1, -1)
	}
	if from, to, ok := quotationAround(toks, m); ok {
		// the speaker's place is named outside the quotation: a country named in it as well
		// is the speaker's partner, not a second subject
		return lex.placedElsewhere(toks, m, from, to)
	}
	return false
}

// placesStory reports whether another country's name o places the story of a paragraph
// elsewhere than the name m that modifies a noun of no measure: o is named before m, outside a
// quotation ("The South African rand slid on US trade policy worries", "Canada's factories
// braced for American tariffs": the first is the story's).
func (lex *Lexicon) placesStory(toks []token, m, o *match) bool {
	if _, _, quoted := quotationAround(toks, o); quoted {
		return false
	}
	// Only a country named before m: one named after it in passing ("German exporters
	// suffered as China's demand slowed", "US President Joe Biden met Mexico's president",
	// "Japanese firms are moving production out of China") is a partner, and discounting m
	// for it gave the story's figures to the partner, where the two names had left them with
	// no country.
	return o.first < m.first
}

// modifiesOther reports a name m among toks that modifies a noun phrase after it whose measure,
// if any, is none the reference holds. A demonym is always a modifier before a word in lower
// case, and a name before a capitalised word (a title, an institution, a company: "US
// President Donald Trump", "US Treasury yields", "American Airlines shares"); a country's
// name before a word in lower case only when it is a cue of a measure, since that word is as
// often its verb or an adverb ("the US imposed", "Britain next year"). A verb is read as a cue
// by its base ("the US demanded" as "demand"), so a past form or a participle ends the test.
func (lex *Lexicon) modifiesOther(toks []token, m *match) bool {
	n := m.last + 1
	if n+1 < len(toks) && isPossessive(toks[n].lower) && isCapitalised(toks[n+1].text) && !toks[n+1].punct && subordinateOpener(toks, m.first) {
		// a name's company or person in a clause a subordinator opens: "after Russia's
		// Gazprom halved its deliveries" (blind round 206: Moldova's inflation judged as
		// Russia's); not a subject of a main clause ("Turkey's President Erdogan has pressed")
		n++
	}
	proper := 0 // capitalised words after the name
	for n+proper < len(toks) && proper < 4 && !toks[n+proper].punct && isCapitalised(toks[n+proper].text) && !timex.IsDayOrMonthName(toks[n+proper].text) {
		proper++ // ("Japan Tuesday said": a day)
	}
	if proper == 0 {
		if n >= len(toks) || toks[n].punct || toks[n].text == "" || toks[n].text[0] < 'a' || toks[n].text[0] > 'z' {
			return false // (most names are followed by a stop, a comma, "'s" or a capital)
		}
		if _, closed := closedClass[toks[n].lower]; closed {
			return false // "the US and China", "America is"
		}
		if isVerbForm(toks[n].lower) {
			return false // "the US demanded", "Japan raised", "Germany grew"
		}
	}
	lex.expandForms()
	if proper == 0 {
		if f := lex.facts[toks[n].lower]; f == nil || len(f.cueRoots) == 0 {
			// no cue starts at the word after the name ("tariffs", "chipmakers"): the phrase
			// names no measure (the modifiers of cues.csv that go before a measure are cues);
			// a country's name so placed modifies it when it can be no verb, a plural of a
			// noun that is never one ("U.S. tariffs", "US officials"; not "the US sanctions
			// Iran")
			return lex.isDemonym(toks[m.first:m.last+1]) || pluralNounOnly(toks[n].lower)
		}
	}
	// the noun phrase after the name, with the hyphens of its modifiers ("year-on-year
	// consumer price inflation")
	end := n
	for end < len(toks) && end < n+proper+8 && (!toks[end].punct || toks[end].text == "-") {
		end++
	}
	words := toks[n:end]
	lex.attachFacts(words)
	var buf [6]match
	next := 0 // the first word no cue before covers: modifiers that are cues ("consumer", "core") are passed
	for _, c := range lex.cuesOf(buf[:0], words) {
		for next < c.first && words[next].text == "-" {
			next++
		}
		if c.first != next {
			break // a word of no cue ("tariffs"; "policy" after "trade", a cue of no held measure)
		}
		if mm := c.measureOf(); mm != nil {
			return blocks(mm) // "US Consumer Price Index" holds; "US trade", "US Treasury yields" not
		}
		if proper == 0 && c.first == 0 && c.categories&(catSanctions|catSanctionsRef) != 0 && c.last+1 < len(words) &&
			(words[c.last+1].lower == "on" || words[c.last+1].lower == "against") {
			// "US sanctions on two Turkish ministers", "EU restrictions against Russian banks":
			// the noun, which its preposition shows ("the US sanctions Iran" is the verb)
			return true
		}
		next = c.last + 1
	}
	return proper > 0 || lex.isDemonym(toks[m.first:m.last+1])
}

// modifierBesideFocus reports a name m that modifies a noun of no measure (modifiesOther:
// "higher U.S. tariffs", "American consumers") while the figures the text last stated are
// another country's (or, with none in focus, the country it named last is another): it names
// a party to the story, not what its figures are of, as a name in a paragraph that places the
// story elsewhere does (peripheralInParagraph). The story's country may have been placed
// paragraphs before: "China's economy grew 5.0% in 2025. ...
// withstood pressure from higher U.S. tariffs. The consumer price index rose 0.2% in 2024"
// gave China's right inflation to the United States (blind round 60).
func (st *articleState) modifierBesideFocus(toks []token, m *match, code string) bool {
	f := st.focus.entity
	if f == "" && st.lastEntityAt < sentenceStartIn(toks, m.first) {
		// no figure in focus (the sentence before stated a movement of the currency): the
		// country the text named last, in a sentence before ("Turkey's currency crises ... US
		// sanctions on two Turkish ministers ... Inflation hit 25 percent", blind round 69);
		// not one of a list the name stands in ("helped by Chinese and American buyers")
		f = st.lastEntity
	}
	return f != "" && f != code && !st.lex.aggregates.has(f) && m.last+1 < len(toks) && st.lex.modifiesOther(toks, m)
}

// sentenceStartIn returns the offset where the sentence of token i starts, within toks: after
// the last full stop, question or exclamation mark before it, else at toks' first token.
func sentenceStartIn(toks []token, i int) int {
	for j := i - 1; j >= 0; j-- {
		if t := toks[j].text; t == "." || t == "!" || t == "?" {
			if j+1 < len(toks) {
				return toks[j+1].start
			}
		}
	}
	return toks[0].start
}

// pluralNounOnly reports a plural noun whose base the dictionary never inflects as a verb:
// "tariffs", "officials", "policies"; not "sanctions", "exports", "controls".
func pluralNounOnly(lower string) bool {
	if len(lower) < 4 || lower[len(lower)-1] != 's' || strings.HasSuffix(lower, "ss") {
		return false
	}
	for _, b := range lemmasOf(lower) {
		if b != lower && !canBeVerb(lower) {
			return true
		}
	}
	return false
}

// quoteReach bounds the words read before and after a name for the quotation it stands in, and
// for the other names of its paragraph: a line of a thousand names (a table run into one line)
// costs each of them that much, not the whole line.
const quoteReach = 64

// quotationAround returns the span of toks [from, to] of the quotation m stands in, its marks
// included; ok false when it stands in none, or in one longer than quoteReach words on either
// side. Straight marks pair up in order; a curly one says which end it is.
func quotationAround(toks []token, m *match) (from, to int, ok bool) {
	from, straight := -1, 0
	for i := m.first - 1; i >= 0 && i >= m.first-quoteReach; i-- {
		switch toks[i].text {
		case "“":
			if from < 0 {
				from = i
			}
		case "”":
			if from < 0 {
				return 0, 0, false // the last quotation closed before the name
			}
		case "\"":
			if from < 0 && straight == 0 {
				from = i
			}
			straight++
		}
	}
	if from < 0 || toks[from].text == "\"" && straight%2 == 0 {
		return 0, 0, false
	}
	for to = m.last + 1; to < len(toks) && to <= m.last+quoteReach; to++ {
		if t := toks[to].text; t == "\"" || t == "”" {
			return from, to, true
		}
	}
	return 0, 0, false // never closed: a quotation running on into the next paragraph
}

// placedElsewhere reports a paragraph toks that places its story in another country than m's: a
// dateline that opens it names another place ("JOHANNESBURG - ", "OTTAWA (Reuters) - "), or,
// near m and outside toks[skipFrom, skipTo], a country or a capital other than m's is named.
func (lex *Lexicon) placedElsewhere(toks []token, m *match, skipFrom, skipTo int) bool {
	code, ok := m.has(catEntity)
	if !ok {
		return false
	}
	if c, named, ok := lex.datelinePlace(toks); ok {
		if c == code || c != "" && named {
			return c != code
		}
		// a place the lexicon does not know, or one only a dateline names (datelines.csv:
		// London, whose stories are as often of elsewhere, is no mention of Britain to set
		// against m): not the country m names, unless the paragraph names another country
		// plainly, which m's discount would leave as the story's ("TORONTO, March 5 (Reuters) -
		// Canadian stocks tracked Wall Street lower as U.S. tariffs took effect": the two
		// stand, and neither is the story's)
		return !lex.otherPlainMention(toks, m)
	}
	// the names of the paragraph around m (within 2*quoteReach words), outside its quotation
	for _, o := range lex.countriesAround(toks, m) {
		if o.first >= skipFrom && o.last <= skipTo {
			continue
		}
		c, ok := o.has(catEntity)
		if !ok {
			c, ok = o.has(catCapital)
		}
		if !ok || c == code || lex.aggregates.has(c) {
			continue
		}
		if skipFrom >= 0 || lex.placesStory(toks, m, &o) {
			return true // (outside a quotation m stands in, any name of another country places its speaker)
		}
	}
	return false
}

// otherPlainMention reports a country other than m's named in the paragraph toks (near m) in
// no role that peripheralMention discounts: not a metonym, a currency's, a modifier of a noun
// of no measure or a name in a quotation.
func (lex *Lexicon) otherPlainMention(toks []token, m *match) bool {
	code, _ := m.has(catEntity)
	for _, o := range lex.countriesAround(toks, m) {
		c, ok := o.has(catEntity)
		if !ok || c == code || lex.aggregates.has(c) || lex.isMetonym(toks, &o) || currencyOf(toks, &o) || lex.modifiesOther(toks, &o) {
			continue
		}
		if _, _, quoted := quotationAround(toks, &o); quoted {
			continue
		}
		return true
	}
	return false
}

// countriesAround returns the names of countries and capitals of the paragraph toks within
// 2*quoteReach words of mention m, other than m, at their places in toks.
func (lex *Lexicon) countriesAround(toks []token, m *match) []match {
	from, to := max(0, m.first-2*quoteReach), min(len(toks), m.last+1+2*quoteReach)
	names := lex.findEntities(toks[from:to], false)
	out := names[:0]
	for _, o := range names {
		o.first, o.last = o.first+from, o.last+from
		if o.first != m.first {
			out = append(out, o)
		}
	}
	return out
}

// demonymSets holds, per lexicon, the demonyms of its entities as written.
var demonymSets sync.Map // *Lexicon -> map[string]bool

// isDemonym reports words that are the demonym of an entity of lex ("American", "South
// African"), which, unlike a country's name, modify the word after them.
func (lex *Lexicon) isDemonym(words []token) bool {
	set, ok := demonymSets.Load(lex)
	if !ok {
		d := make(map[string]bool)
		for _, e := range lex.Entities {
			for _, w := range e.Demonyms {
				d[w] = true
			}
		}
		set, _ = demonymSets.LoadOrStore(lex, d)
	}
	return set.(map[string]bool)[joinedText(words)]
}

// allCaps reports a word of capitals (and the stops and apostrophes of "ST. JOHN'S"),
// accented ones too ("BOGOTÁ", "SÃO").
func allCaps(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == '\'':
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(w[i:])
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
			i += size - 1
		default:
			return false
		}
	}
	return letters > 0
}
