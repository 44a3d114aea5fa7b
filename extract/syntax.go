package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The syntactic layer: a small grammar of English as news writes it, computed only for the
// sentences that hold a candidate figure. Each word gets a coarse part of speech from closed
// word classes, the lexicon's verbs and nouns, its lemmas and its suffix, then from its
// neighbours (a word after "a" or "its" is a noun, after "will" or "to" a verb). Words are
// then grouped into noun phrases and verb groups; linking reads what a figure measures from
// those groups and from the clause they stand in, not from how many words lie between.

// tag is a coarse part of speech.
type tag uint8

const (
	tagNoun   tag = iota
	tagProper     // a name: capitalised inside a sentence, or a lexicon entity
	tagAdj
	tagAdv
	tagVerb
	tagDet
	tagPron
	tagWh // which, who, that introducing a relative clause
	tagPrep
	tagTo // "to" before a verb
	tagCoord
	tagSub // while, although, because: a subordinate clause follows
	tagModal
	tagAux // forms of be, have and do
	tagNeg
	tagPart // up, down after a verb ("edged up", "was down")
	tagPoss // the possessive 's
	tagNum  // a word of a figure
	tagPunct
)

var tagNames = [...]string{"N", "NP", "ADJ", "ADV", "V", "DET", "PRON", "WH", "P", "TO", "CC", "SUB", "MD", "AUX", "NEG", "PART", "POS", "NUM", "."}

func (t tag) String() string { return tagNames[t] }

// nominal reports tags that can stand inside a noun phrase.
func (t tag) nominal() bool {
	return t.in(nominalTags) // (the chunker asks it of every word, up to twice)
}

// in reports whether set, of bits 1<<t, has t's. (A tag is below 64, as tagPunct asserts
// below: the shift by t&63 needs no test for 64 and over, which one by t took each time.)
func (t tag) in(set uint64) bool {
	return set>>(t&63)&1 != 0
}

const _ = uint(63 - tagPunct) // every tag is below 64 (tag.in)

// nominalTags has the bit 1<<t of each nominal tag t.
const nominalTags = 1<<tagNoun | 1<<tagProper | 1<<tagAdj | 1<<tagNum | 1<<tagDet | 1<<tagPoss

// closedClass holds the function words of English, whose part of speech does not depend on
// the lexicon. Words of several classes get their most frequent one here and are decided in
// context ("that", "as", "after", "since").
var closedClass = map[string]tag{
	"the": tagDet, "a": tagDet, "an": tagDet, "this": tagDet, "these": tagDet, "those": tagDet,
	"its": tagDet, "their": tagDet, "his": tagDet, "her": tagDet, "our": tagDet, "my": tagDet,
	"your": tagDet, "some": tagDet, "any": tagDet, "each": tagDet, "every": tagDet, "no": tagDet,
	"another": tagDet, "all": tagDet, "both": tagDet, "such": tagDet, "either": tagDet,
	"neither": tagDet, "whose": tagDet, "many": tagDet, "several": tagDet, "few": tagDet,

	"it": tagPron, "they": tagPron, "he": tagPron, "she": tagPron, "we": tagPron, "i": tagPron,
	"you": tagPron, "them": tagPron, "him": tagPron, "us": tagPron, "there": tagPron,
	"itself": tagPron, "themselves": tagPron,

	"which": tagWh, "who": tagWh, "whom": tagWh, "where": tagWh, "that": tagWh,

	"of": tagPrep, "in": tagPrep, "on": tagPrep, "at": tagPrep, "by": tagPrep, "for": tagPrep,
	"from": tagPrep, "with": tagPrep, "without": tagPrep, "against": tagPrep, "over": tagPrep,
	"under": tagPrep, "between": tagPrep, "among": tagPrep, "amongst": tagPrep, "during": tagPrep,
	"since": tagPrep, "until": tagPrep, "till": tagPrep, "through": tagPrep, "throughout": tagPrep,
	"after": tagPrep, "before": tagPrep, "than": tagPrep, "about": tagPrep, "around": tagPrep,
	"across": tagPrep, "into": tagPrep, "onto": tagPrep, "within": tagPrep, "per": tagPrep,
	"via": tagPrep, "versus": tagPrep, "vs": tagPrep, "amid": tagPrep, "despite": tagPrep,
	"toward": tagPrep, "towards": tagPrep, "above": tagPrep, "below": tagPrep, "beyond": tagPrep,
	"near": tagPrep, "upon": tagPrep, "like": tagPrep, "unlike": tagPrep, "to": tagPrep, "behind": tagPrep,
	"including": tagPrep, "excluding": tagPrep, "following": tagPrep, "beneath": tagPrep, "worth": tagPrep,
	"except": tagPrep, "excepting": tagPrep, "barring": tagPrep, "beside": tagPrep,
	"alongside": tagPrep, "amidst": tagPrep, "regarding": tagPrep, "concerning": tagPrep,

	"and": tagCoord, "or": tagCoord, "but": tagCoord, "nor": tagCoord, "plus": tagCoord,

	"while": tagSub, "whereas": tagSub, "although": tagSub, "though": tagSub, "because": tagSub,
	"if": tagSub, "unless": tagSub, "whether": tagSub, "when": tagSub, "as": tagSub,
	"once": tagSub, "so": tagSub, "whilst": tagSub,

	"will": tagModal, "would": tagModal, "could": tagModal, "may": tagModal, "might": tagModal,
	"should": tagModal, "must": tagModal, "can": tagModal, "shall": tagModal, "cannot": tagModal,
	"'ll": tagModal, "'d": tagModal,

	"is": tagAux, "are": tagAux, "was": tagAux, "were": tagAux, "be": tagAux, "been": tagAux,
	"being": tagAux, "am": tagAux, "'re": tagAux, "'m": tagAux,
	"has": tagAux, "have": tagAux, "had": tagAux, "having": tagAux, "'ve": tagAux,
	"do": tagAux, "does": tagAux, "did": tagAux,

	"not": tagNeg, "n't": tagNeg, "never": tagNeg, "'t": tagNeg,

	"also": tagAdv, "only": tagAdv, "just": tagAdv, "still": tagAdv, "already": tagAdv,
	"even": tagAdv, "now": tagAdv, "then": tagAdv, "again": tagAdv, "further": tagAdv,
	"however": tagAdv, "meanwhile": tagAdv, "almost": tagAdv, "nearly": tagAdv, "very": tagAdv,
	"too": tagAdv, "more": tagAdv, "most": tagAdv, "less": tagAdv, "least": tagAdv,
	"rather": tagAdv, "yet": tagAdv, "ago": tagAdv, "earlier": tagAdv, "later": tagAdv,
	"respectively": tagAdv, "therefore": tagAdv, "thus": tagAdv, "instead": tagAdv,
	"perhaps": tagAdv, "probably": tagAdv, "possibly": tagAdv, "currently": tagAdv,
	"well": tagAdv, "far": tagAdv, "much": tagAdv, "somewhat": tagAdv, "roughly": tagAdv,
	"once-again": tagAdv, "here": tagAdv, "often": tagAdv, "always": tagAdv, "sometimes": tagAdv,
	"altogether": tagAdv, "anyway": tagAdv,
	"apiece": tagAdv, "alone": tagAdv, "ahead": tagAdv, "upward": tagAdv, "upwards": tagAdv,
	"downward": tagAdv, "downwards": tagAdv, "likewise": tagAdv, "otherwise": tagAdv, "hence": tagAdv,
	"indeed": tagAdv, "moreover": tagAdv, "furthermore": tagAdv, "nevertheless": tagAdv,
	"nonetheless": tagAdv, "besides": tagAdv,
}

// notAdverbs are words in -ly that are not adverbs.
var notAdverbs = map[string]bool{
	"supply": true, "family": true, "italy": true, "july": true, "reply": true, "apply": true,
	"rally": true, "ally": true, "assembly": true, "anomaly": true, "monopoly": true, "only": true,
	"early": true, "monthly": true, "quarterly": true, "weekly": true, "yearly": true, "daily": true,
	"likely": true, "unlikely": true, "elderly": true, "friendly": true, "bully": true, "fly": true,
	"holy": true, "ugly": true, "jelly": true, "belly": true, "sly": true, "lily": true,
	"half-yearly": true, "costly": true, "timely": true, "orderly": true, "lively": true,
}

// word is a token of a sentence with what the syntactic layer knows of it.
type word struct {
	token
	tag  tag
	fig  int // index of the figure the word belongs to, or -1
	date int // index of the date expression it belongs to, or -1
	ent  int // index of the entity match it belongs to, or -1
	cue  int // index of the cue match it belongs to, or -1
	inst int // index of the institution match it belongs to, or -1
	np   int // index of its noun phrase, or -1
	vg   int // index of its verb group, or -1
	// joined is true when a hyphen joins the word to the next ("year-on-year").
	joined bool
	// verbish is true for words that the lexicon or their form offer as verbs, whichever tag
	// they end up with; past is true for -ed forms and irregular pasts.
	verbish, past bool
}

// np is a noun phrase: words [first, last] with the head last, unless a figure heads it.
type np struct {
	first, last int
	head        int // the head word: the last noun, or the figure
}

// vg is a verb group: auxiliaries, modals, adverbs and the verb, with its particle.
type vg struct {
	first, last int
	head        int  // the main verb, or the copula when there is none
	modal       bool // will, would, could, may, ...
	passive     bool // a form of be before a participle
	infinitive  bool // the head follows "to"
}

// tagWords gives each word of s its part of speech.
func (s *sentence) tagWords(lex *Lexicon) {
	ws := s.words
	joined := false // (most sentences join no words, and are not read again for compounds)
	for i := range ws {
		w := &ws[i]
		joined = joined || w.joined
		switch {
		case w.fig >= 0:
			w.tag = tagNum
		case w.lower == "'s" || w.lower == "’s" || w.lower == "'":
			w.tag = tagPoss
			if i > 0 && ws[i-1].tag == tagPron {
				w.tag = tagAux // "it's"
			}
		case w.punct:
			w.tag = tagPunct
		case w.ent >= 0:
			w.tag = tagProper
		case w.date >= 0 && (w.facts == nil || !w.facts.isClosed || w.facts.closed == tagModal):
			w.tag = tagNoun // "in May"
		case w.facts != nil && w.facts.isClosed:
			w.tag = w.facts.closed // (lexicalTag's answer, without a call: a third of the words)
			if w.tag == tagNeg && i > 0 && w.lower == "'t" {
				contracted(&ws[i-1]) // "didn't" is "didn" and "'t"
			}
			if w.tag == tagSub && w.lower == "once" && i+1 < len(ws) && (ws[i+1].lower == "again" || ws[i+1].lower == "more") {
				w.tag = tagAdv // "Spain was once again the fastest-growing": an adverb, no clause opens
			}
		default:
			w.tag = s.lexicalTag(lex, i)
		}
	}
	// Context decides the words that can be verbs or nouns, left to right, so that each word
	// sees the decided tag of the one before it.
	if joined {
		s.joinCompounds()
	}
	for i := range ws {
		// (the words resolveInContext leaves as they are, most marks, prepositions, names and
		// figures, are not asked; whether a word is one of the contextWords is asked once)
		w := &ws[i]
		if contextWord := w.mayBeContextWord(); contextWord || w.tag.in(contextTags) || i > 0 && ws[i-1].fig >= 0 {
			// resolveInContext, written out: it is asked of most words, and is not inlined
			if prev := s.prevTag(i); !contextWord || !s.resolveContextWord(i, prev) {
				s.resolveByTag(i, prev)
			}
		}
	}
	if joined {
		s.joinCompounds()
	}
}

// verbOfNamedSubject reports a word in -s at i that can be a verb, after a name that opens
// the sentence (and an adverb: "alone", "also"), when nothing before it is a verb and no verb
// follows it in its clause: "Germany imports gas from Russia, and its economy shrank", "Ho
// Chi Minh City alone accounts for a fifth of output, and ...". "US exports rose" has its verb
// after the noun; "UK exports to the EU, a third of the total," has none, and a preposition
// after the word, so it stays a noun unless an adverb before it makes the name a subject.
func (s *sentence) verbOfNamedSubject(i int) bool {
	ws := s.words
	w := &ws[i]
	if !canBeVerb(strings.TrimSuffix(w.lower, "s")) {
		return false
	}
	j := i - 1
	adverb := ws[j].tag == tagAdv
	if adverb {
		j--
	}
	if j < 0 || ws[j].tag != tagProper {
		return false
	}
	for k := 0; k < j; k++ {
		if t := ws[k].tag; t != tagProper && t != tagDet && !(t == tagNoun && unicode.IsUpper(firstRune(ws[k].text))) {
			return false // only a name opens the sentence: "Ho Chi Minh City", "The Netherlands"
		}
	}
	n := &ws[i+1]
	switch {
	case n.tag == tagDet || n.tag == tagNoun && n.fig < 0 && n.date < 0:
	case adverb && n.tag == tagPrep:
	default:
		return false
	}
	for k := i + 1; k < len(ws); k++ {
		switch t := ws[k].tag; {
		case t == tagVerb || t == tagAux || t == tagModal:
			return false
		case ws[k].lower == "," || ws[k].lower == ";" || ws[k].lower == ":" || t == tagCoord || t == tagSub:
			return true
		}
	}
	return true
}

// contracted tags the word before the "'t" of a negative contraction, which the tokeniser
// leaves with the auxiliary's "n" ("didn", "isn", "couldn"; "can" of "can't"), as the
// auxiliary or modal it is, so that its verb group holds the negation ("didn't grow 3%" is
// "did not grow 3%"). "won't", "shan't" and "ain't" are the irregular ones.
func contracted(w *word) {
	t, ok := closedClass[w.lower]
	if !ok && len(w.lower) > 1 && w.lower[len(w.lower)-1] == 'n' {
		t, ok = closedClass[w.lower[:len(w.lower)-1]]
	}
	switch {
	case ok && (t == tagAux || t == tagModal):
		w.tag = t
	case w.lower == "won" || w.lower == "shan":
		w.tag = tagModal
	case w.lower == "ain":
		w.tag = tagAux
	default:
		return
	}
	w.verbish, w.past = false, false
}

// joinCompounds tags a compound joined by hyphens as one modifier ("year-on-year
// inflation", "long-awaited"); it runs before the words are read in context, so that the word
// after the compound sees an adjective, and after, once the word after it is decided.
func (s *sentence) joinCompounds() {
	ws := s.words
	for i := 0; i < len(ws); i++ {
		if !ws[i].joined || ws[i].fig >= 0 || ws[i].punct {
			continue
		}
		j := i
		for j < len(ws) && ws[j].joined {
			j++
		}
		last := j // the last word of the compound
		if last >= len(ws) {
			break
		}
		nextNominal := last+1 < len(ws) && (ws[last+1].tag == tagNoun || ws[last+1].tag == tagAdj || ws[last+1].tag == tagProper || ws[last+1].fig >= 0)
		for t := i; t <= last; t++ {
			if ws[t].fig >= 0 || ws[t].date >= 0 && ws[t].tag != tagPrep {
				continue
			}
			if t < last || nextNominal {
				ws[t].tag = tagAdj
			} else if ws[t].tag == tagPrep || ws[t].tag == tagDet {
				ws[t].tag = tagNoun
			}
		}
		i = last
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isClosedClass(lower string) bool {
	_, ok := closedClass[lower]
	return ok
}

// lexicalTag is the tag a word has out of context.
func (s *sentence) lexicalTag(lex *Lexicon, i int) tag {
	w := &s.words[i]
	if w.facts != nil && w.facts.isClosed {
		if w.facts.closed == tagNeg && i > 0 && w.lower == "'t" {
			contracted(&s.words[i-1]) // (as tagWords does)
		}
		return w.facts.closed
	}
	f := lex.formOf(&w.token) // found once per word: the dictionary is the costly part of tagging
	// (the cue's categories and extent, not cueAt's copy of the match)
	hasCue, cats, oneWord := w.cue >= 0, cueCategory(0), false
	if hasCue {
		m := &s.cues[w.cue]
		cats, oneWord = m.categories, m.first == m.last
	}
	if !hasCue && f.capital && i > 0 && !s.capsLine && !s.afterOpening(i) && !f.pastSpelt {
		return tagProper // a name: no need to ask the dictionary
	}
	if hasCue && i > 0 && f.capital && !s.capsLine && s.words[i-1].tag == tagProper && s.words[i-1].ent < 0 &&
		cats&(catMeasure|catKindNoun|catBasis) == 0 {
		return tagProper // a capitalised word after a name is the name's: "the Cruzado Plan began"
	}
	if cats&(catVerb|catChange|catState|catForecast|catRevision|catSanctionVerb) != 0 && (f.verbForm || w.canBeVerb()) {
		w.verbish = true
	}
	if !w.verbish && cats&(catMeasure|catKindNoun) != 0 && !f.comparative &&
		!(f.endsIng && cats&catMeasure == 0 && f.verbForm) &&
		!(f.endsEd && f.verbForm && oneWord) {
		// but "traded", "exported": a past form of a measure's word is its verb
		return tagNoun // but "ranging", "averaging" are forms of the verbs
	}
	if f.verbForm {
		w.verbish = true
	}
	if f.pastSpelt || w.verbish && f.verbForm && !f.endsIng && !f.endsS {
		w.past = true
	}
	if f.capital && i > 0 && !s.capsLine && !s.afterOpening(i) && !w.verbish {
		return tagProper
	}
	switch {
	case w.verbish:
		return tagVerb // decided in context
	case f.adverb:
		return tagAdv
	case lex.adjectiveOf(&w.token):
		return tagAdj
	}
	return tagNoun
}

// wordForm is what a word's spelling says of its part of speech out of context, as lexicalTag
// asks it: it depends on the word alone, and is found once per word type. Whether the word
// can be a verb and whether it is an adjective are asked of fewer words, and kept apart
// (token.canBeVerb, adjectiveOf).
type wordForm struct {
	capital     bool // it starts with a capital letter
	endsEd      bool
	endsIng     bool
	endsS       bool
	pastSpelt   bool // in -ed, or an irregular past
	verbForm    bool // isVerbForm
	comparative bool // comparativeOf
	adverb      bool // in -ly, and no word in -ly that is not an adverb
}

// A yes or no found on first use, in a wordType.
type lazyBool uint8

const (
	unknown lazyBool = iota
	no
	yes
)

func lazy(b bool) lazyBool {
	if b {
		return yes
	}
	return no
}

// canBeVerb is canBeVerb of the token's lower case, from its type when it has one.
func (t *token) canBeVerb() bool {
	if wt := t.wt; wt != nil {
		if wt.canBeVerb == unknown {
			wt.canBeVerb = lazy(canBeVerb(t.lower))
		}
		return wt.canBeVerb == yes
	}
	return canBeVerb(t.lower)
}

// adjectiveOf is isAdjective of the token's lower case, from its type when it has one.
func (lex *Lexicon) adjectiveOf(t *token) bool {
	if wt := t.wt; wt != nil {
		if wt.adjective == unknown {
			wt.adjective = lazy(isAdjective(lex, t.lower))
		}
		return wt.adjective == yes
	}
	return isAdjective(lex, t.lower)
}

// formOf returns the wordForm of the token, from its type when it has one. The type's form,
// once known, is read where it is asked (formOf is inlined).
func (lex *Lexicon) formOf(t *token) wordForm {
	if wt := t.wt; wt != nil && wt.formKnown {
		return wt.form
	}
	return lex.findFormOf(t)
}

// findFormOf is formOf of a token whose type's form is not known yet, or that has no type.
func (lex *Lexicon) findFormOf(t *token) wordForm {
	if wt := t.wt; wt != nil {
		wt.form, wt.formKnown = lex.spellingOf(t), true
		return wt.form
	}
	return lex.spellingOf(t)
}

// spellingOf finds the wordForm of a token.
func (lex *Lexicon) spellingOf(t *token) wordForm {
	lower := t.lower
	f := wordForm{
		capital:     unicode.IsUpper(firstRune(t.text)),
		endsEd:      strings.HasSuffix(lower, "ed"),
		endsIng:     strings.HasSuffix(lower, "ing"),
		endsS:       strings.HasSuffix(lower, "s"),
		verbForm:    isVerbFormOf(lower, t),
		comparative: comparativeOf(lower),
		adverb:      len(lower) > 4 && strings.HasSuffix(lower, "ly") && !notAdverbs[lower],
	}
	f.pastSpelt = f.endsEd || irregularPast(lower)
	return f
}

// afterOpening reports a word that starts a quotation or a parenthesis, where a capital does not
// make a name.
func (s *sentence) afterOpening(i int) bool {
	p := s.words[i-1].lower
	return p == "\"" || p == "“" || p == "(" || p == ":" || p == "‘"
}

// isVerbForm reports inflected forms that only verbs have, by the dictionary: a form in -ed or
// -ing of another base, or an irregular past ("rose", "stuck", "fell").
func isVerbForm(lower string) bool {
	return isVerbFormOf(lower, nil)
}

// isVerbFormOf is isVerbForm of a word of a sentence, whose bases it looks up once.
func isVerbFormOf(lower string, t *token) bool {
	if t != nil && t.facts != nil && t.lower == lower {
		return t.facts.verbForm // a word of the lexicon: found when it was built
	}
	if irregularPast(lower) {
		return true
	}
	if strings.HasSuffix(lower, "ly") || notVerbForm(lower) {
		return false
	}
	var bases []string
	if t != nil {
		bases = t.basesOf()
	} else {
		bases = lemmasOf(lower)
	}
	for _, b := range bases {
		if b == lower || strings.ContainsAny(b, "- ") {
			continue
		}
		if strings.HasSuffix(lower, "ed") || strings.HasSuffix(lower, "ing") {
			return true
		}
		if !strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "er") && !strings.HasSuffix(lower, "est") && hasForm(b, "ing") {
			return true // an irregular past or participle: "stuck", "grew", "shrunk"
		}
	}
	return false
}

// notVerbForm lists irregular forms the dictionary files under a verb that news uses otherwise.
func notVerbForm(lower string) bool {
	switch lower {
	case "worse", "worst", "feet", "data", "media", "lay":
		return true
	}
	return false
}

// canBeVerb reports a word whose base the dictionary inflects as a verb ("rise" → "rising").
func canBeVerb(lower string) bool {
	if isVerbForm(lower) || hasForm(lower, "ing") {
		return true
	}
	for _, b := range lemmasOf(lower) {
		if b != lower && hasForm(b, "ing") {
			return true
		}
	}
	return false
}

// pastOnly lists irregular pasts that news uses only as verbs, though the dictionary also
// knows a noun of the same spelling ("rose", "fell", "saw").
func pastOnly(lower string) bool {
	switch lower {
	case "rose", "fell", "grew", "shrank", "stood", "held", "ran", "saw", "came", "went", "said",
		"sank", "slid", "sold", "paid", "found", "left", "led":
		return true
	}
	return false
}

// irregularPast lists the past forms that are spelt like their base, which the dictionary
// cannot tell apart, and the commonest irregular pasts of figures.
func irregularPast(lower string) bool {
	switch lower {
	case "rose", "fell", "grew", "shrank", "stood", "held", "ran", "saw", "came", "went", "said",
		"put", "set", "cut", "hit", "let", "spread", "cost", "forecast", "shut", "quit", "bet",
		"broadcast", "upset", "hurt", "burst", "split", "read", "sank", "slid", "sold", "paid":
		return true
	}
	return false
}

// isAdjective reports words that are adjectives out of context: those the lexicon lists as
// modifiers, comparatives and superlatives of a dictionary base, and the usual adjective endings.
func isAdjective(lex *Lexicon, lower string) bool {
	if lex.adjectives[lower] {
		return true
	}
	switch lower {
	case "worse", "worst", "better", "best", "farther", "farthest", "furthest":
		return true // irregular comparatives and superlatives
	}
	if strings.HasSuffix(lower, "er") || strings.HasSuffix(lower, "est") {
		for _, b := range lemmasOf(lower) {
			if b != lower && (strings.HasSuffix(lower, "er") && hasForm(b, "est") || strings.HasSuffix(lower, "est") && hasForm(b, "er")) {
				return true // "higher" of high, which also has "highest"
			}
		}
	}
	if len(lower) < 6 {
		return false
	}
	return adjectiveSuffix(lower)
}

// comparativeOf reports a comparative or superlative of a gradable adjective ("highest",
// "lower"), which stays an adjective whatever noun of the lexicon shares its base.
func comparativeOf(lower string) bool {
	if !strings.HasSuffix(lower, "er") && !strings.HasSuffix(lower, "est") {
		return false
	}
	for _, b := range lemmasOf(lower) {
		if b != lower && (hasForm(b, "er") && hasForm(b, "est")) {
			return true
		}
	}
	return false
}

// resolveInContext decides words that can be verbs or nouns, "to", "that" and particles, from
// the words around them; contextWord is the word's mayBeContextWord.
func (s *sentence) resolveInContext(i int, contextWord bool) {
	prev := s.prevTag(i)
	if contextWord && s.resolveContextWord(i, prev) {
		return
	}
	s.resolveByTag(i, prev)
}

// contextWords are the words resolveContextWord decides: most words of a sentence are none of
// them, and are turned away with one test instead of a comparison with each.
var contextWords = func() (f wordShapes) {
	for _, w := range []string{"to", "that", "this", "up", "down", "off", "out", "back", "given", "likely", "unlikely",
		"after", "before", "since", "until", "earlier", "later", "so", "as", "prior"} {
		f.add(w)
	}
	return f
}()

// mayBeContextWord is contextWords.mayHold of the token's lower case, kept in its type when it
// has one: every word of a tagged sentence is asked. A mark is none of the contextWords, all
// of letters, and is turned away without the call: most tokens without a type are marks (a
// sentence of figures has a "%" and a "," for each).
func (t *token) mayBeContextWord() bool {
	if t.wt != nil {
		return t.wt.marks&typeContextWord != 0
	}
	return !t.punct && mayBeContextWord(t.lower)
}

// mayBeContextWord is contextWords.mayHold(lower), called: inlined, it kept the method from
// being inlined for the words that have types.
func mayBeContextWord(lower string) bool {
	return contextWords.mayHold(lower)
}

// resolveContextWord is resolveInContext of the words it decides by what they are ("to",
// "that", "up", ...), and reports whether it decided word i; the others are decided by their
// tags (resolveByTag).
func (s *sentence) resolveContextWord(i int, prev tag) bool {
	ws := s.words
	w := &ws[i]
	switch {
	case w.lower == "to":
		j := s.nextWordIndex(i)
		if j < 0 || ws[j].fig >= 0 || ws[j].date >= 0 || ws[j].past && !isBaseVerb(ws[j].lower) && (strings.HasSuffix(ws[j].lower, "ed") || pastOnly(ws[j].lower) || !ws[j].ownBase()) {
			break // "to hit", "to cut", "to exceed" are verbs; "to 1986" and "rose to revised" are not
		}
		// "to" before a verb is the infinitive; after a verb or an adjective of projection
		// ("expected to", "likely to") any word that can be a verb is one ("to stabilise").
		afterVerb := prev == tagVerb || prev == tagAdj && s.cueIs(i-1, catForecast) || s.afterVerbObject(i)
		if ws[j].verbish || ws[j].tag == tagAux || isBaseVerb(ws[j].lower) ||
			afterVerb && ws[j].tag != tagDet && ws[j].tag != tagProper && ws[j].canBeVerb() && !strings.HasSuffix(ws[j].lower, "s") {
			w.tag = tagTo
			ws[j].verbish = true
			if ws[j].tag == tagNoun || ws[j].tag == tagAdj {
				ws[j].tag = tagVerb
			}
		}
	case w.lower == "that" || w.lower == "this":
		// "that" after a noun opens a relative clause; before a noun it is a determiner ("that
		// figure"), unless a verb follows the noun ("the rate that economists had forecast");
		// after a verb ("said that") it opens a complement clause.
		if j := s.nextWordIndex(i); j >= 0 && (ws[j].tag == tagNoun || ws[j].tag == tagAdj || ws[j].tag == tagNum) && !ws[j].verbish {
			w.tag = tagDet
			if w.lower == "that" && prev == tagVerb {
				w.tag = tagSub // "reported that gross domestic product, grew 3.1 pct"
			} else if w.lower == "that" && (prev == tagNoun || prev == tagNum) {
				k := j
				for k < len(ws) && (ws[k].tag == tagNoun || ws[k].tag == tagAdj || ws[k].tag == tagDet || ws[k].tag == tagProper || ws[k].tag == tagNum) {
					k++
				}
				if k < len(ws) && (ws[k].tag == tagAux || ws[k].tag == tagModal || ws[k].verbish && !strings.HasSuffix(ws[k].lower, "ing")) {
					w.tag = tagWh
					if prev == tagVerb {
						w.tag = tagSub
					}
				}
			}
		} else if w.lower == "this" && j >= 0 && ws[j].tag == tagVerb && !ws[j].past && !strings.HasSuffix(ws[j].lower, "s") && ws[j].ownBase() &&
			(j+1 >= len(ws) || ws[j+1].tag == tagPrep || ws[j+1].tag == tagPunct || ws[j+1].tag == tagAux || ws[j+1].tag == tagModal) {
			w.tag, ws[j].tag = tagDet, tagNoun // "growth in this measure in 1987 is"
		} else if w.lower == "this" {
			w.tag = tagPron
		} else if prev == tagVerb || prev == tagPunct || prev == tagAux || i == 0 {
			w.tag = tagSub
		}
	case w.lower == "up" || w.lower == "down" || w.lower == "off" || w.lower == "out" || w.lower == "back":
		switch prev {
		case tagVerb, tagAux, tagNoun, tagProper, tagPron, tagAdv:
			w.tag = tagPart
		default:
			if w.lower == "up" || w.lower == "down" {
				w.tag = tagPart
			}
		}
	case w.lower == "given" && (i == 0 || ws[i-1].lower == ",") && i+1 < len(ws) && ws[i+1].tag != tagPrep && ws[i+1].lower != "that":
		w.tag, w.verbish, w.past = tagPrep, false, false // "Given virtual zero inflation, ...": considering
	case (w.lower == "likely" || w.lower == "unlikely") && prev != tagModal:
		w.tag = tagAdj // "gross domestic product likely to grow", "is likely to"
		if j := i + 1; j < len(ws) && ws[j].past && ws[j].verbish && ws[j].fig < 0 {
			// "the economy likely shrank 0.3%, a Reuters poll showed": before a verb in the
			// past it says how likely what the verb tells is, an estimate made before the figure
			w.tag = tagAdv
		}
	case w.tag == tagPrep && (w.lower == "after" || w.lower == "before" || w.lower == "since" || w.lower == "until") && s.clauseFollows(i):
		w.tag = tagSub // "after its economy shrank": a clause, not a phrase, follows
	case w.lower == "prior" && i+1 < len(ws) && ws[i+1].lower == "to":
		w.tag = tagPrep // "13 percent prior to the uprising": a preposition with "to", not a noun the figure measures
	case (w.lower == "earlier" || w.lower == "later") && (prev == tagDet || prev == tagPoss):
		w.tag = tagAdj // "an earlier estimate"
	case w.lower == "so" && i+1 < len(ws) && (ws[i+1].lower == "far" || ws[i+1].lower == "much" || ws[i+1].lower == "too"):
		w.tag = tagAdv // "so far this year"
	case w.lower == "as" && i+2 < len(ws) && ws[i+1].lower == "a" && ws[i+2].lower == "whole":
		w.tag, ws[i+1].tag, ws[i+2].tag = tagAdv, tagAdv, tagAdv // "for 1986 as a whole"
	case w.lower == "as" && i+3 < len(ws) && (ws[i+1].lower == "a" || ws[i+1].lower == "the") && ws[i+3].lower == "of" &&
		(ws[i+2].lower == "share" || ws[i+2].lower == "percentage" || ws[i+2].lower == "proportion" || ws[i+2].lower == "ratio"):
		w.tag = tagPrep // "deficits as a share of GDP": the noun's measure, no clause"
	case w.lower == "as":
		// "as" before a figure or noun phrase compares ("as much as", "as against"); it opens a
		// clause only before a subject and a verb, which the clause reader decides.
	default:
		return false
	}
	return true
}

// contextTags has the bit 1<<t of each tag t that resolveByTag reads the words around: a word of
// another tag that resolveContextWord does not decide is changed only after a figure.
const contextTags = 1<<tagModal | 1<<tagAdj | 1<<tagNoun | 1<<tagVerb

// resolveByTag is resolveInContext of the words that resolveContextWord leaves. A word is
// asked the cases of its own tag only, in the order they had in one chain of cases that asked
// every word each (resolveByTagInTurn, in the tests): every case but the comparative's asks
// for one tag, and the comparative's makes an adjective, which an adjective is already.
func (s *sentence) resolveByTag(i int, prev tag) {
	ws := s.words
	w := &ws[i]
	switch w.tag {
	case tagModal:
		// a modal's verb: "could stabilise", "would edge higher"; "will likely be"
		if i+1 < len(ws) && (ws[i+1].lower == "likely" || ws[i+1].lower == "unlikely") {
			ws[i+1].tag = tagAdv
		}
		if j := s.nextWordIndex(i); j >= 0 && (ws[j].tag == tagNoun || ws[j].tag == tagAdj) && ws[j].date < 0 && ws[j].canBeVerb() {
			ws[j].tag, ws[j].verbish = tagVerb, true
		}
	case tagAdj:
		// an adjective before a figure stays one, and so does a comparative after one
	case tagNoun:
		switch {
		case i+1 < len(ws) && ws[i+1].fig >= 0 && (prev == tagDet || prev == tagPoss) && !s.cueIs(i, catMeasure):
			// "an average 6.3 pct", "a record 3 pct", "its present 10.9 pct": a modifier of the figure
			w.tag = tagAdj
		case i > 0 && ws[i-1].fig >= 0 && isComparative(w.lower):
			w.tag = tagAdj // "nine pct lower than", "2.7 pct higher"
		case s.opinionVerbAfterPlural(i):
			w.tag, w.verbish = tagVerb, true
		case strings.HasSuffix(w.lower, "s") && !w.verbish && i > 0 && i+1 < len(ws):
			// An unknown verb in -s after a singular noun, before its object: "the latest CPI
			// supports existing expectations".
			p, n := &ws[i-1], &ws[i+1] // (by pointer: two words of 144 bytes were copied)
			if n.tag == tagAdv && i+2 < len(ws) {
				n = &ws[i+2] // "the report revises downwards the OECD's forecast"
			}
			if (p.tag == tagNoun || p.tag == tagProper) && !strings.HasSuffix(p.lower, "s") && p.date < 0 &&
				(n.tag == tagDet || n.tag == tagPron || n.lower == "that" || n.tag == tagVerb && !n.past || partOfBefore(ws, i+1)) && canBeVerb(strings.TrimSuffix(w.lower, "s")) ||
				p.fig >= 0 && w.fig < 0 && s.verbAfterFigure(i) && canBeVerb(strings.TrimSuffix(w.lower, "s")) {
				w.tag, w.verbish = tagVerb, true
			} else if s.verbOfNamedSubject(i) {
				w.tag, w.verbish = tagVerb, true
			}
		}
	case tagVerb:
		switch {
		case i > 0 && ws[i-1].fig >= 0 && isComparative(w.lower):
			w.tag = tagAdj // "2.7 pct higher"
		case prev == tagAux && strings.HasSuffix(w.lower, "er") && i+1 < len(ws) && ws[i+1].lower == "than":
			// a comparative after a copula, before "than", is no verb: "The increase of around
			// 1 per cent was slower than the 1.1 per cent rise" (blind round 225: read as a
			// fall of 1%)
			w.tag = tagAdj
		case w.past && strings.HasSuffix(w.lower, "ed") && (prev == tagAdj || prev == tagNum || prev == tagDet) &&
			i+1 < len(ws) && (ws[i+1].tag == tagNoun || ws[i+1].tag == tagProper) && ws[i+1].date < 0 && (ws[i-1].fig < 0 || s.cueIs(i, catBasis)):
			// "the 24 western industrialised nations", "a 0.4% annualised pace"
			w.tag = tagAdj
		case strings.HasSuffix(w.lower, "ing") && prev != tagVerb && prev != tagAux && prev != tagModal && prev != tagTo &&
			i+2 < len(ws) && ws[i+1].tag == tagNoun && !ws[i+1].verbish && ws[i+1].date < 0 &&
			(ws[i+2].tag == tagAux || ws[i+2].tag == tagModal || ws[i+2].verbish && ws[i+2].past || s.cueIs(i, catRestrict)):
			// A form in -ing between a clause's opening and a noun with a finite verb after it
			// modifies the noun: "asking prices have fallen", "rising costs were", "falling
			// exports cut growth"; so does one the lexicon knows as a modifier ("asking prices in
			// the UK rose").
			w.tag = tagAdj
		case (!w.past || i == 0 || s.afterOpening(i)) && prev != tagVerb && prev != tagAux && prev != tagModal && prev != tagTo && s.cueIs(i, catRestrict) &&
			i+1 < len(ws) && ws[i+1].tag == tagNoun && s.cueIs(i+1, catMeasure):
			// a base form the lexicon knows as a part's modifier, before a measure, modifies
			// it: "Rent inflation in Turkey topped 100%" (not an order to rent, nor a past of
			// "rend" with no subject)
			w.tag = tagAdj
		case strings.HasSuffix(w.lower, "s") && !w.past && i >= 2 && ws[i-1].tag == tagVerb && !ws[i-1].past &&
			(ws[i-2].tag == tagTo || ws[i-2].tag == tagModal || ws[i-2].tag == tagAux && strings.HasSuffix(ws[i-1].lower, "ing")):
			// A bare verb or a progressive takes no verb in -s after it: "to award contracts",
			// "will cut costs", "is seeking contracts" hold the verb's object.
			w.tag = tagNoun
		default:
			if i > 0 && ws[i-1].fig >= 0 && s.verbAfterFigure(i) && ws[i+1].tag == tagVerb {
				ws[i+1].tag = tagNoun // "eight pct represents gains": its object
			}
			if s.countedSubjectsVerb(i) {
				break
			}
			if w.past && s.changeOfObjectBy(i) {
				// "the pandemic cut output by 9.9 percent": a verb of change with its object and
				// the amount, not "the revised figure" (blind round 100: read as one phrase, the
				// fall was a rise)
				break
			}
			if s.nounContext(i) {
				w.tag = tagNoun
				nextNominal := i+1 < len(ws) && (ws[i+1].tag == tagNoun || ws[i+1].tag == tagAdj || ws[i+1].tag == tagNum || ws[i+1].tag == tagProper)
				if w.past && (strings.HasSuffix(w.lower, "ed") || nextNominal) || i+1 < len(ws) && ws[i+1].fig >= 0 && (prev == tagDet || prev == tagPoss) ||
					strings.HasSuffix(w.lower, "ing") && nextNominal {
					// "the revised figure", "an estimated 8 pct", "the faltering German economy"
					w.tag = tagAdj // "the revised figure", "an estimated 8 pct", "an average 6.3 pct"
				}
			}
		}
	default:
		// (marks, determiners, prepositions, names, figures: only the comparative's case)
		if i > 0 && ws[i-1].fig >= 0 && isComparative(w.lower) {
			w.tag = tagAdj
		}
	}
}

// changeOfObjectBy reports a word of change at i followed by a measure noun, "by" and a figure:
// "cut output by 9.9 percent", "lifted exports by 4%". Such a past form is the clause's verb.
func (s *sentence) changeOfObjectBy(i int) bool {
	ws := s.words
	if i+3 >= len(ws) || !s.cueIs(i, catChange) || ws[i+1].tag != tagNoun || !s.cueIs(i+1, catMeasure) {
		return false
	}
	return ws[i+2].lower == "by" && ws[i+3].fig >= 0
}

// opinionVerbAfterPlural reports a base form of a verb of saying, thinking or estimating
// between a plural noun and a clause with a finite verb of its own: the verb whose subject the
// noun is and whose object the clause is, "Economists think China's economy grew 5%", "Shadow
// statisticians claim Britain's unemployment was 6%", which the tagger had read as one noun
// phrase ("economists think China").
func (s *sentence) opinionVerbAfterPlural(i int) bool {
	ws := s.words
	w := &ws[i]
	if i == 0 || i+1 >= len(ws) || ws[i-1].fig >= 0 || ws[i-1].tag != tagNoun || !pluralLike(ws[i-1].lower) || strings.HasSuffix(w.lower, "s") || w.past {
		return false
	}
	if n := &ws[i+1]; n.tag != tagNoun && n.tag != tagProper && n.tag != tagDet || n.fig >= 0 {
		return false
	}
	for _, base := range [...]string{"think", "claim", "say", "estimate", "believe", "argue", "suggest", "reckon", "insist", "contend", "suspect", "calculate"} {
		if w.hasLemma(base) {
			return s.finiteVerbAfter(i + 1)
		}
	}
	return false
}

// countedSubjectsVerb reports a form in -ing at i between a number and a figure or a
// determiner: the verb of a clause whose subject the number counts, "with three predicting two
// pct growth and two seeing one pct", "four expecting a rise of 2%". A modifier stands before
// a noun ("three leading banks"), and a name is no verb ("70 Boeing 737-800 planes").
func (s *sentence) countedSubjectsVerb(i int) bool {
	ws := s.words
	return strings.HasSuffix(ws[i].lower, "ing") && i > 0 && ws[i-1].fig >= 0 && i+1 < len(ws) &&
		(ws[i+1].fig >= 0 || ws[i+1].tag == tagDet) && lowerASCIIStart(ws[i].text)
}

// partOfBefore reports a word of quantity at i before "of" ("most of", "much of"): the object
// of a verb, never the next word of a noun compound ("Mexico sells most of its exports").
func partOfBefore(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i+1].lower != "of" {
		return false
	}
	switch ws[i].lower {
	case "most", "much", "all", "some", "half", "part", "many", "none":
		return true
	}
	return false
}

// afterVerbObject reports a word right after the object of a verb of expecting or wanting
// ("expects inflation to return", "forecast growth to slow"): an infinitive follows.
func (s *sentence) afterVerbObject(i int) bool {
	ws := s.words
	j := i - 1
	for j >= 0 && (ws[j].tag == tagNoun || ws[j].tag == tagAdj || ws[j].tag == tagDet || ws[j].tag == tagPoss || ws[j].tag == tagProper) && !ws[j].verbish {
		j--
	}
	return j >= 0 && j < i-1 && ws[j].tag == tagVerb && (s.cueIs(j, catForecast) || ws[j].hasLemma("want") || ws[j].hasLemma("need") || ws[j].hasLemma("allow"))
}

// clauseFollows reports a subject and a finite verb right after word i: a noun phrase, then a
// form of be or have, a modal, or a verb in the past.
func (s *sentence) clauseFollows(i int) bool {
	ws := s.words
	j := i + 1
	for j < len(ws) && (ws[j].tag == tagDet || ws[j].tag == tagAdj || ws[j].tag == tagNoun || ws[j].tag == tagProper ||
		ws[j].tag == tagPron || ws[j].tag == tagPoss) && !ws[j].verbish {
		j++
	}
	if j == i+1 || j >= len(ws) {
		return false
	}
	n := &ws[j]
	return n.tag == tagAux || n.tag == tagModal || n.verbish && n.past && !strings.HasSuffix(n.lower, "ing")
}

// isBaseVerb lists base forms that follow "to" in the sentences figures stand in, beyond the
// lexicon's verbs ("to be", "to have").
func isBaseVerb(lower string) bool {
	switch lower {
	case "be", "have", "do", "remain", "stay", "reach", "hit", "top", "exceed", "average", "meet", "keep", "bring", "hold", "take", "make", "see", "become":
		return true
	}
	return false
}

// nounContext reports a position where a verb-or-noun word is a noun: after a determiner, a
// possessive, an adjective or a figure ("a 0.7 pct January gain"), or before "of" ("the rise of").
func (s *sentence) nounContext(i int) bool {
	ws := s.words
	// A verb-or-noun right before its figure is the verb ("the index rises 2%", "GDP UP 2.7
	// PCT"), unless a determiner makes it a noun ("an average 6.3 pct").
	before := i - 1
	for before >= 0 && ws[before].tag == tagAdv {
		before--
	}
	// A base or -s form that ends its sentence after a noun closes a noun phrase: "MAINTAINS
	// FIVE PCT INFLATION TARGET".
	if !ws[i].past && (i+1 == len(ws) || ws[i+1].tag == tagPunct && ws[i+1].lower != ",") && i > 0 && (ws[i-1].tag == tagNoun || ws[i-1].tag == tagNum) {
		return true
	}
	// A verb of change or state in the past right after a possessive and before its figure
	// has the possessive's noun left out: "while Germany's shrank 0.2%", "Italy's rose to
	// 7.8%" (the noun of the clause before it).
	// A past in -ed needs "to" or "by" before the figure: "the country's estimated 3%" is an
	// adjective, "Italy's climbed to 7.8 pct" is not.
	if before >= 0 && ws[before].tag == tagPoss && ws[i].past && (s.cueIs(i, catChange) || s.cueIs(i, catState)) {
		j := s.nextWordIndex(i)
		switch {
		case j < 0:
		case ws[j].fig >= 0 && pastOnly(ws[i].lower):
			return false
		case (ws[j].lower == "to" || ws[j].lower == "by") && j+1 < len(ws) && ws[j+1].fig >= 0:
			return false
		}
	}
	// A participle before its agent: "the 2% target set by the central bank".
	if ws[i].past && i+1 < len(ws) && ws[i+1].lower == "by" && i > 0 && (ws[i-1].tag == tagNoun || ws[i-1].tag == tagNum) {
		return false
	}
	// "says", "said": a reporting verb is never a noun; nor is a word before "that".
	if ws[i].hasLemma("say") || i+1 < len(ws) && ws[i+1].lower == "that" {
		return false
	}
	// A verb form in -s after a singular noun and before a preposition or a figure is the
	// noun's verb: "Japan's jobless rate remains among the lowest", "the index stands at 104";
	// a plural noun there is followed by its own verb ("its price rises were").
	if strings.HasSuffix(ws[i].lower, "s") && !ws[i].past && ws[i].verbish && i > 0 && ws[i-1].tag == tagNoun && !pluralLike(ws[i-1].lower) &&
		i+1 < len(ws) && (ws[i+1].tag == tagPrep && ws[i+1].lower != "of" || ws[i+1].fig >= 0) && canBeVerb(strings.TrimSuffix(ws[i].lower, "s")) {
		return false
	}
	// A verb of state or change that is its own past, between a noun and a figure, is the
	// noun's verb: "the inflation rate hit 13.9 pct", "the deficit hit 15% of GDP". No noun
	// compound of these words takes a bare figure after it.
	if i > 0 && (ws[i-1].tag == tagNoun || ws[i-1].tag == tagProper) && ws[i-1].date < 0 && ws[i].verbish &&
		(s.cueIs(i, catState) || s.cueIs(i, catChange)) && !s.cueIs(i, catMeasure) && !s.cueIs(i, catKindNoun) {
		if j := s.nextWordIndex(i); j >= 0 && ws[j].fig >= 0 && !isDuration(s.quants[ws[j].fig].Unit) {
			return false
		}
	}
	// No noun compound holds an adverb: a verb-or-noun not in the past after a noun and an
	// adverb is a verb ("the finance ministry now expects the economy to contract by 3%",
	// blind round 132: read as an outturn; "the bank still forecasts growth of 3%",
	// "Economists surveyed by the central bank now expect growth of 1.05%"). A past form there
	// is a participle of the noun's ("an estimate later cut to 3.2%").
	if before >= 0 && before < i-1 && (ws[before].tag == tagNoun || ws[before].tag == tagProper) && ws[before].date < 0 && ws[before].fig < 0 &&
		ws[i].verbish && !ws[i].past {
		return false
	}
	// A noun compound does not run on into a determiner ("the bank cut its forecast"), and a
	// clause needs a verb: "the government cut inflation from 250 pct" has no other.
	if i > 0 && i+1 < len(ws) && (ws[i-1].tag == tagNoun || ws[i-1].tag == tagProper) && ws[i-1].date < 0 {
		if n := &ws[i+1]; n.tag == tagDet && n.lower != "no" || (n.tag == tagNoun || n.tag == tagAdj) && n.date < 0 && !n.verbish && !s.finiteVerbAfter(i) {
			return false
		}
		// ... nor into a place that opens a phrase of its own, when no verb follows: "The OECD
		// estimates global growth of 2.7%", "The Bundesbank forecasts French GDP growth of
		// 0.9%" (a measure stays a noun: "consumer prices Germany 2.1%" in a table)
		if n := &ws[i+1]; n.ent >= 0 && s.ents[n.ent].first == i+1 && !s.cueIs(i, catMeasure) && !s.finiteVerbAfter(i) {
			return false
		}
		// ... nor into a part of something: "Germany buys much of its gas"
		if partOfBefore(ws, i+1) {
			return false
		}
	}
	// A participle after its noun, before its complement: "the year ending in March", "growth
	// ranging from"; a noun in -ing ("spending", "lending") is a measure of the lexicon, and "of"
	// follows a gerund ("the ending of sanctions").
	if strings.HasSuffix(ws[i].lower, "ing") && i > 0 && i+1 < len(ws) && ws[i-1].tag == tagNoun && !s.cueIs(i, catMeasure) && isVerbFormOf(ws[i].lower, &ws[i].token) {
		if n := &ws[i+1]; n.tag == tagPrep && n.lower != "of" || n.date >= 0 || n.fig >= 0 {
			return false
		}
	}
	// a plural before a participle is the participle's subject: "with growth forecasts
	// slipping to 1.8%"
	if pluralLike(ws[i].lower) && i+1 < len(ws) && strings.HasSuffix(ws[i+1].lower, "ing") && ws[i+1].verbish {
		return true
	}
	if s.causativeBefore(i) >= 0 && !(i+1 < len(ws) && ws[i+1].lower == "of" && s.cueIs(i, catChange)) {
		// "make Thailand's GDP grow by five pct", "helped inflation fall"; but a change
		// with "of" after it is a noun: "making a year-on-year decline of 1.4 pct"
		return false
	}
	subjectBefore := before < 0 || ws[before].tag == tagNoun || ws[before].tag == tagProper || ws[before].tag == tagPron || ws[before].lower == ")"
	if subjectBefore && ws[i].ownBase() && !strings.HasSuffix(ws[i].lower, "s") && !pastOnly(ws[i].lower) && s.determinerOpens(before) {
		subjectBefore = false // "the inflation forecast to around 2.5 pct": a noun compound
	}
	for j, n := i+1, 0; j < len(ws) && n < 3 && subjectBefore; j, n = j+1, n+1 {
		if ws[j].fig >= 0 {
			return false
		}
		switch ws[j].lower {
		case "by", "to", "at", "around", "about", "an", "a":
			continue
		}
		if ws[j].tag != tagAdv {
			break
		}
	}
	for j := i - 1; j >= 0; j-- {
		if ws[j].lower == "%" && j > 0 && ws[j-1].fig >= 0 && s.qFirst[ws[j-1].fig] >= 0 {
			// a figure in a phrase a determiner opens modifies the word after it: "the 8.9%
			// rebound of 2021", "a 2% jump", "a record 9.9% slump" (blind round 225: read as a
			// verb, and the fall as growth); "GDP 8.9% rebound" heads no phrase
			k := s.qFirst[ws[j-1].fig] - 1
			for k > 0 && (ws[k].tag == tagAdj || ws[k].tag == tagAdv) {
				k--
			}
			return k >= 0 && (ws[k].tag == tagDet || ws[k].tag == tagPoss) && (!ws[i].past || ws[i].ownBase()) // ("rebound" is a past of "rebind" too)
		}
		switch t := ws[j].tag; {
		case t == tagDet || t == tagPoss:
			return true
		case t == tagAdj || t == tagNum || ws[j].date >= 0 && t == tagNoun || t == tagAdv:
			if t == tagNum && s.verbAfterFigure(i) {
				return false
			}
			if ws[j].date >= 0 && ws[i].past {
				// "unveiled on Tuesday foresaw growth": a date a preposition governs modifies no noun
				k := j
				for k >= 0 && (ws[k].date >= 0 || ws[k].tag == tagDet) {
					k--
				}
				if k >= 0 && ws[k].tag == tagPrep {
					return false
				}
			}
			if t == tagNum || ws[j].date >= 0 {
				return !ws[i].past || ws[j].date >= 0 && !s.subjectBefore(j)
			}
			continue
		case t == tagNoun && ws[j].joined:
			continue
		case t == tagPrep && ws[j].lower != "to":
			if strings.HasSuffix(ws[i].lower, "ing") && j > 0 && ws[j-1].tag == tagVerb && !s.intransitiveChange(i) {
				return false // a gerund after a verb's preposition: "succeeded in cutting inflation"
			}
			if strings.HasSuffix(ws[i].lower, "ing") && j == i-1 && s.gerundClauseAfter(j) && i+1 < len(ws) {
				switch n := &ws[i+1]; {
				case n.fig >= 0, n.tag == tagPrep, n.tag == tagAdv, n.lower == "back", n.lower == "up", n.lower == "down":
					// "before falling back to 6.3%", "after rising by 2%": a clause; not
					// "before falling prices hit demand"
					return false
				}
			}
			return !ws[i].past || !strings.HasSuffix(ws[i].lower, "ing")
		case t == tagNoun || t == tagProper:
			// "a principal policy target" is a noun compound, "prices rose" a verb: a past form
			// after a noun is a verb; another form is a noun when a determiner opens the phrase
			// ("the policy target", "its price rises", "the inflation forecast") and the noun
			// before it is singular.
			// a country's adjective after a determiner modifies the word: "the British budget"
			demonym := t == tagProper && ws[j].ent >= 0 && j > 0 && ws[j-1].tag == tagDet && !ws[i].past
			if t == tagProper && !ws[i].past && i+1 < len(ws) && ws[i+1].lower == "of" && s.determinerOpensName(j) {
				demonym = true // a name modifying a noun before its "of": "the wider ILO measure of unemployment"
			}
			if ws[i].past && (strings.HasSuffix(ws[i].lower, "ed") || pastOnly(ws[i].lower) || !ws[i].ownBase()) || pluralLike(ws[j].lower) || t == tagProper && !demonym {
				return false
			}
			for k := j - 1; k >= 0; k-- {
				switch ws[k].tag {
				case tagNoun, tagAdj, tagAdv:
					continue
				case tagNum:
					if f := ws[k].fig; f >= 0 && !isDuration(s.quants[f].Unit) {
						continue // "its 5% inflation target"; not "the 12 month period ending"
					}
				case tagDet, tagPoss:
					return true
				}
				break
			}
			return false
		default:
			return false
		}
	}
	// At the start of a sentence a word in -s or the base is a noun ("Rises in prices ..."),
	// a past form a verb only with a subject, which it lacks.
	return !ws[i].past
}

// gerundClauseAfter reports a preposition that opens a clause in -ing: "before falling",
// "while growing", "by cutting". Not "after": "after shrinking 3.8%" gives the figure before,
// in comparison, which the comparison reader takes.
func (s *sentence) gerundClauseAfter(j int) bool {
	switch s.words[j].lower {
	case "before", "while", "when", "by", "without", "despite":
		return true
	}
	return false
}

// causativeBefore returns the causative or perception verb ("make", "let", "help", "see",
// "watch") whose object word i, a base form, follows, or -1: the object is the subject of the
// base form ("make Thailand's GDP grow", "helped inflation fall").
func (s *sentence) causativeBefore(i int) int {
	ws := s.words
	if ws[i].past && !ws[i].ownBase() || strings.HasSuffix(ws[i].lower, "s") && !strings.HasSuffix(ws[i].lower, "ss") ||
		i == 0 || ws[i-1].tag != tagNoun && ws[i-1].tag != tagProper {
		return -1 // the object ends in a noun: "see a rising trend" has none before "rising"
	}
	j := i - 1
	for j >= 0 && (ws[j].tag == tagNoun || ws[j].tag == tagProper || ws[j].tag == tagAdj || ws[j].tag == tagDet || ws[j].tag == tagPoss) && !ws[j].verbish {
		j--
	}
	if j == i-1 || j < 0 || ws[j].tag != tagVerb {
		return -1
	}
	for _, base := range []string{"make", "let", "help", "see", "watch"} {
		if ws[j].hasLemma(base) {
			return j
		}
	}
	return -1
}

// intransitiveChange reports a verb of change that takes no object ("rising", "falling"), which
// before a noun modifies it ("driven by rising prices"); verbs that revise a figure ("cutting",
// "raising", "lowering") take one.
func (s *sentence) intransitiveChange(i int) bool {
	m, ok := s.cueAt(i)
	if !ok {
		return false
	}
	_, change := m.has(catChange)
	_, revision := m.has(catRevision)
	return change && !revision
}

// finiteVerbAfter reports a finite verb later in the clause of word i: an auxiliary, a modal or
// a word that can only be a verb form.
func (s *sentence) finiteVerbAfter(i int) bool {
	ws := s.words
	for j := i + 1; j < len(ws); j++ {
		w := &ws[j]
		switch {
		case w.tag == tagPunct && w.lower != "\"" && w.lower != "(" && w.lower != ")", w.tag == tagSub && w.lower != "as", w.tag == tagWh, w.tag == tagCoord:
			return false
		case w.tag == tagAux || w.tag == tagModal:
			return true
		case w.verbish && !strings.HasSuffix(w.lower, "ing"):
			// a word that can be a verb after a determiner or a figure is a noun: "its 3% target"
			if p := &ws[j-1]; p.tag != tagDet && p.tag != tagNum && p.tag != tagPoss && p.tag != tagAdj && p.lower != "to" {
				return true // not "its 3% target", nor the infinitive "to ease"
			}
		}
	}
	return false
}

// verbAfterFigure reports a verb in -s right after a figure that opens its object: "growth of
// over eight pct represents gains", "inflation of 3 pct reflects higher prices". A noun in -s
// after a figure is followed by a preposition or ends its phrase ("two pct rises in prices").
func (s *sentence) verbAfterFigure(i int) bool {
	ws := s.words
	if ws[i].past || !strings.HasSuffix(ws[i].lower, "s") || i+1 >= len(ws) || ws[i+1].date >= 0 || ws[i+1].fig >= 0 {
		return false
	}
	switch n := &ws[i+1]; n.tag {
	case tagDet, tagPron, tagAdj, tagNoun:
		return true
	case tagVerb:
		return !n.past // "represents gains": the second word is the object
	}
	return false
}

// determinerOpens reports a run of nouns and adjectives ending at word j that a determiner or
// possessive opens ("the inflation", "its price").
// determinerOpensName reports a determiner before the name at j and the words that modify it:
// "the wider ILO".
func (s *sentence) determinerOpensName(j int) bool {
	for j >= 0 && s.words[j].tag == tagProper {
		j--
	}
	return j >= 0 && (s.words[j].tag == tagDet || s.determinerOpens(j))
}

func (s *sentence) determinerOpens(j int) bool {
	for k := j; k >= 0; k-- {
		switch s.words[k].tag {
		case tagNoun, tagAdj, tagAdv:
			continue
		case tagDet, tagPoss:
			return true
		}
		return false
	}
	return false
}

// subjectBefore reports a noun phrase word before position j that a date may close ("Inflation
// in January rose").
func (s *sentence) subjectBefore(j int) bool {
	for k := j - 1; k >= 0; k-- {
		switch s.words[k].tag {
		case tagNoun, tagProper, tagPron:
			return true
		case tagPrep, tagNum, tagAdj, tagDet:
			continue
		default:
			return false
		}
	}
	return false
}

func (s *sentence) prevTag(i int) tag {
	if i == 0 {
		return tagPunct
	}
	return s.words[i-1].tag
}

// nextWordIndex returns the next word that is not an adverb, or -1.
func (s *sentence) nextWordIndex(i int) int {
	for j := i + 1; j < len(s.words); j++ {
		if s.words[j].tag != tagAdv && s.words[j].tag != tagNeg {
			return j // "will never return", "could not grow": past the negation too
		}
	}
	return -1
}

// chunk groups the tagged words into noun phrases and verb groups, whose np and vg are -1
// (as analyse leaves them).
func (s *sentence) chunk() {
	ws := s.words
	for i := 0; i < len(ws); {
		// a word of a tag neither can start at is passed over without asking either
		switch t := ws[i].tag; {
		case t.in(verbGroupTags):
			if end, ok := s.verbGroupAt(i); ok {
				s.addVerbGroup(i, end)
				i = end + 1
				continue
			}
		case t.in(nounPhraseTags):
			if end, ok := s.nounPhraseAt(i); ok {
				s.addNounPhrase(i, end)
				i = end + 1
				continue
			}
		}
		i++
	}
}

// verbGroupTags and nounPhraseTags have the bit 1<<t of each tag t a verb group or a noun
// phrase can start at (verbGroupAt, nounPhraseAt): no tag is of both.
const (
	verbGroupTags  = 1<<tagVerb | 1<<tagAux | 1<<tagModal | 1<<tagPart | 1<<tagTo
	nounPhraseTags = nominalTags | 1<<tagAdv | 1<<tagPron
)

// verbGroupAt returns the end of a verb group starting at i.
func (s *sentence) verbGroupAt(i int) (int, bool) {
	ws := s.words
	switch ws[i].tag {
	case tagVerb, tagAux, tagModal:
	case tagPart:
		// a headline's verbless predicate: "ITALIAN 1986 GDP UP 2.7 PCT"; an elliptic one after
		// a comma: "was 113.1, up 2.6 pct from 110.2"
		elliptic := i > 0 && ws[i-1].lower == "," && i+1 < len(ws) && ws[i+1].fig >= 0
		if i == 0 || !elliptic && ws[i-1].np < 0 && ws[i-1].tag != tagNoun && ws[i-1].tag != tagProper {
			return 0, false
		}
	case tagTo:
		if i+1 >= len(ws) || ws[i+1].tag != tagVerb && ws[i+1].tag != tagAux {
			return 0, false
		}
	default:
		return 0, false
	}
	end := i
	for j := i + 1; j < len(ws); j++ {
		t := ws[j].tag
		switch {
		case t == tagVerb || t == tagAux || t == tagModal || t == tagNeg || t == tagPart:
			end = j
		case ws[j].cue >= 0 && ws[j].cue == ws[end].cue && s.cues[ws[j].cue].first < j:
			end = j // a verb of several words: "came in", "edged up"
		case t == tagTo && j+1 < len(ws) && (ws[j+1].tag == tagVerb || ws[j+1].tag == tagAux || ws[j+1].tag == tagAdv):
			end = j
		case t == tagAdv && j+1 < len(ws) && (ws[j+1].tag == tagVerb || ws[j+1].tag == tagAux || ws[j+1].tag == tagPart || ws[j+1].tag == tagTo):
			end = j
		case t == tagAdj && ws[j].past && ws[end].tag == tagAux:
			// "is expected", "was revised": a participle after a form of be
			ws[j].tag = tagVerb
			end = j
		case t == tagAdj && ws[end].tag == tagAux && s.cueIs(j, catState):
			end = j // "will be unchanged", "was steady"
		case t == tagAdj && (ws[end].tag == tagAux || ws[end].tag == tagAdv) && s.cueIs(j, catForecast) && j+1 < len(ws) && ws[j+1].tag == tagTo:
			end = j // "is likely to grow", "is due to rise"
		default:
			return end, true
		}
	}
	return end, true
}

func (s *sentence) addVerbGroup(first, last int) {
	g := vg{first: first, last: last, head: -1}
	sawBe := false
	for j := first; j <= last; j++ {
		w := &s.words[j]
		w.vg = len(s.vgs)
		switch w.tag {
		case tagModal:
			g.modal = true
		case tagAux:
			if g.head < 0 || s.words[g.head].tag == tagAux {
				g.head = j
			}
			if hasLemma(w.lower, "be") {
				sawBe = true
			}
		case tagVerb:
			g.head = j
			g.passive = sawBe && w.past
			g.infinitive = j > first && s.words[j-1].tag == tagTo
		case tagAdj:
			g.head = j
		}
	}
	if g.head < 0 {
		g.head = last
	}
	s.vgs = append(s.vgs, g)
}

// nounPhraseAt returns the end of a noun phrase starting at i: determiners, adjectives,
// nouns, names, figures and possessives, with the head last. A figure after a noun starts a
// new phrase ("GDP 2.7 pct higher"), and a phrase does not run past a verb or a preposition.
func (s *sentence) nounPhraseAt(i int) (int, bool) {
	ws := s.words
	if !ws[i].tag.nominal() && ws[i].tag != tagAdv && ws[i].tag != tagPron {
		return 0, false
	}
	if ws[i].tag == tagPron || ws[i].tag == tagPoss {
		return i, ws[i].tag == tagPron
	}
	if d := ws[i].date; d >= 0 && i > 0 && (ws[i-1].tag == tagPrep || s.secondOfDates(i)) {
		// A date a preposition governs is the whole phrase: in "In February 2024 Brazil's
		// rate hit", "In 2024 growth slowed" the next noun opens the clause's subject; so is
		// the second of two ("Between 1991 and 1993 Finnish GDP fell": blind round 98, read
		// as "1993 GDP").
		end := i
		for end+1 < len(ws) && ws[end+1].date == d {
			end++
		}
		if end+1 >= len(ws) || ws[end+1].tag != tagPoss { // "with 2023's 7.4%" owns what follows
			return end, true
		}
	}
	end := -1
	for j := i; j < len(ws); j++ {
		t := ws[j].tag
		// a nominal word continues the phrase unless it begins another (most words of a
		// phrase are nominal: asked first, they are spared the tests of the other tags)
		if t.nominal() {
			if end >= 0 {
				e := &ws[end]
				switch t {
				case tagNum:
					if e.tag != tagNum && e.tag != tagDet && e.tag != tagAdj && e.tag != tagPoss && e.date < 0 && !e.joined {
						return end, true
					}
					if e.tag == tagNum && e.fig != ws[j].fig {
						return end, true // two figures side by side: "3.07 mln 11.1 pct" never forms one phrase
					}
				case tagDet:
					if e.tag != tagDet {
						return end, true
					}
				case tagNoun:
					if e.fig >= 0 && s.unitWord(j) {
						end = j // "2.5 pct points"
						continue
					}
				}
				if (e.tag == tagNoun || e.tag == tagProper) && s.measureStartsAt(j) && (s.cueIs(end, catSpeaker) || i > 0 && ws[i-1].hasLemma("tell")) {
					// who is told, then what the clause is about: "told parliament gross domestic
					// product would grow", "told reporters inflation had peaked"
					return end, true
				}
				if t == tagAdj && e.fig >= 0 && isComparative(ws[j].lower) {
					return end, true // "2.7 pct higher than": the comparative is the predicate
				}
				if t == tagProper && s.placeOpensTimeClause(end, j) {
					return end, true
				}
			}
			end = j
			continue
		}
		switch {
		case t == tagAdv:
			if j+1 < len(ws) && (ws[j+1].tag == tagAdj || ws[j+1].tag == tagNum) {
				continue
			}
			return end, end >= 0
		case end >= 0 && ws[j].cue >= 0 && ws[j].cue == ws[end].cue && s.cues[ws[j].cue].first <= end && hasAny(s.cues[ws[j].cue], catMeasure, catKindNoun, catBasis):
			end = j // "rate of inflation", "cost of living", "year on year rate"
		case t == tagVerb && ws[j].past && end >= 0 && ws[end].tag == tagAdv:
			end = j // "a seasonally adjusted 0.4 pct"
		case t == tagVerb && end >= 0 && ws[end].joined:
			end = j // "a long-awaited rise"
		default:
			return end, end >= 0
		}
	}
	return end, end >= 0
}

// placeOpensTimeClause reports a place at word j, after a time noun at word end, that opens
// the clause the noun heads, as its verb right after it shows: "in that same year Japan
// overtook West Germany", "the year China overtook Japan". As one phrase headed by Japan, the
// clause had no subject but West Germany, and Japan's growth was judged as Germany's (blind
// round 93). A time noun joined to the word before it modifies the place phrase instead:
// "first-quarter North American production".
func (s *sentence) placeOpensTimeClause(end, j int) bool {
	ws := s.words
	e := &ws[end]
	if ws[j].ent < 0 || e.tag != tagNoun || end > 0 && ws[end-1].joined || !timeNouns[e.lower] && e.lower != "time" {
		return false
	}
	after := s.ents[ws[j].ent].last + 1
	return after < len(ws) && (ws[after].tag == tagVerb || ws[after].tag == tagAux || ws[after].tag == tagModal)
}

// secondOfDates reports a date at word i that a coordinator or "to" joins to a date before
// it: the 1993 of "between 1991 and 1993", "from 1991 to 1993", "in 2022 and 2023".
func (s *sentence) secondOfDates(i int) bool {
	ws := s.words
	if i < 2 || ws[i-1].lower != "and" && ws[i-1].lower != "to" && ws[i-1].lower != "or" {
		return false
	}
	d := ws[i-2].date
	return d >= 0 && d != ws[i].date
}

// measureStartsAt reports a measure phrase of the lexicon that starts at word j.
func (s *sentence) measureStartsAt(j int) bool {
	if j < 0 || j >= len(s.words) || s.words[j].cue < 0 {
		return false
	}
	m := &s.cues[s.words[j].cue] // (not cueAt's copy of the match: asked of most words chunked)
	return m.first == j && m.categories&catMeasure != 0
}

func isComparative(lower string) bool {
	switch lower {
	case "higher", "lower", "more", "less", "above", "below", "up", "down", "better", "worse":
		return true
	}
	return false
}

// unitWord reports a noun that follows a figure as a word of it the quantity scanner did not
// take in ("2.5 pct points").
func (s *sentence) unitWord(j int) bool {
	switch s.words[j].lower {
	case "points", "point", "percentage":
		return true
	}
	return false
}

func (s *sentence) addNounPhrase(first, last int) {
	p := np{first: first, last: last, head: last}
	// The head is the last noun; a figure heads a phrase that ends in it, in its unit or in a
	// date ("1.6% last year").
	for j := last; j >= first; j-- {
		if t := s.words[j].tag; (t == tagNoun || t == tagProper || t == tagNum) && s.words[j].date < 0 && !s.basisOnly(j) {
			p.head = j
			break
		}
	}
	for j := first; j <= last; j++ {
		s.words[j].np = len(s.nps)
	}
	s.nps = append(s.nps, p)
}

// basisOnly reports a word that only states a basis ("3% year-on-year"): it heads nothing.
func (s *sentence) basisOnly(i int) bool {
	c := s.cueCategoriesAt(i)
	return c&catBasis != 0 && c&(catMeasure|catKindNoun) == 0
}

// cueIs reports whether word i is covered by a cue of the category.
func (s *sentence) cueIs(i int, category cueCategory) bool {
	return s.cueCategoriesAt(i)&category != 0
}

// cueCategoriesAt returns the categories of the cue match covering word i, none when no cue
// covers it: cueAt's answer for the questions asked of the categories alone, without its copy
// of the match (the chunker and the tagger ask them of most words).
func (s *sentence) cueCategoriesAt(i int) cueCategory {
	if i < 0 || i >= len(s.words) || s.words[i].cue < 0 {
		return 0
	}
	return s.cues[s.words[i].cue].categories
}

// cueAt returns the cue match covering word i.
func (s *sentence) cueAt(i int) (match, bool) {
	if i < 0 || i >= len(s.words) || s.words[i].cue < 0 {
		return match{}, false
	}
	return s.cues[s.words[i].cue], true
}

// pluralLike reports a word that looks like a plural noun ("prices", "rates"), unlike words
// that only end in s ("previous", "gross", "census", "basis").
func pluralLike(lower string) bool {
	if !strings.HasSuffix(lower, "s") {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(lower, end) {
			return false
		}
	}
	return true
}
