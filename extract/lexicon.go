package extract

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/factcheck/factcheck/data"
	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// Lexicon is the vocabulary extraction works with: countries and regions with their names,
// and the cue phrases for indicators, vetoes, kinds, bases, sources and sanctions. It is read
// from the files of data/lexicon (see README.md there) and is immutable once loaded.
type Lexicon struct {
	// Entities lists every country and aggregate, in file order.
	Entities []Entity

	entities *phraseTrie // case-sensitive names, demonyms, capitals, metonyms
	// metonyms are the metonyms of entities.csv as written ("Wall Street", "the Fed"): the
	// markets, the central bank or the government of a country, which a story about another
	// country names as actors (peripheralMention)
	metonyms      map[string]bool
	metonymStarts map[string]bool // the first words of metonyms
	aggregates    codeSet         // the codes of entities of the kind aggregate
	uncoded       map[string]bool // states and groups whose figures make no claim
	cues          *phraseTrie     // case-blind cue phrases, matched on word forms and lemmas
	institutions  *phraseTrie     // case-sensitive names of statistics offices, central banks, ...
	abbreviations map[string]bool
	// abbrevShapes filters the abbreviations: the word before every full stop is asked about.
	abbrevShapes wordShapes
	measures     map[string]*measure // the measures of measures.csv, by name
	// adjectives are the one-word modifiers of cues.csv (neutral and restrict), which the
	// tagger takes for adjectives.
	adjectives map[string]bool
	// demonyms are the demonyms of entities.csv in lower case ("spanish", "portuguese"),
	// which also name languages (languageName); demonymShapes filters them: every name of
	// one word is asked about, and most are a country's ("Germany"), no demonym.
	demonyms      map[string]bool
	demonymShapes wordShapes

	// cueWords are the words of cue phrases, and triggerWords those of the phrases that can
	// make a figure a claim (measures, changes, nouns of kind); formsOnce expands both to every
	// form of their words ("price" → "prices", "rise" → "rose"), so that a sentence is tested
	// with one lookup per word and only words of the lexicon are looked up in the dictionary.
	cueWords, triggerWords map[string]bool
	// startWords are the first words of cue phrases, with their forms: a phrase is looked for
	// only where one stands.
	startWords map[string]bool
	// measureWords are the words of phrases of national measures ("gdp", "inflation",
	// "price"), otherWords those of the measures no indicator covers ("exports", "profit");
	// wordKinds holds all three sets in one map of flags, for one lookup per word.
	measureWords, otherWords map[string]bool
	wordKinds                map[string]uint8
	kindTable                *ascii.WordTable[uint8] // wordKinds, looked up without a lower-case copy
	// slipWords are the words a typing slip is read as: the longest of each phrase of a
	// measure, change or kind, with their forms.
	slipWords map[string]bool
	// kindShapes filters the words of wordKinds, so that most words of a sentence are turned
	// away before any lookup.
	kindShapes pairShapes
	// quarterly holds "entity|indicator" for series published for quarters only.
	quarterly map[string]bool
	// committees holds, per name of a rate-setting body ("Monetary Policy Committee"), the
	// central banks (source names) and the countries whose body is so called: committees.csv.
	committees map[string]*committee
	// datelinePlaces are the places of datelines.csv in capitals ("LONDON"), with their
	// countries: capitals that name their country only where a story was filed.
	datelinePlaces map[string]string
	// typos reads a word no dictionary knows as the cue word it is one slip away from.
	typos *typoIndex
	// facts holds, once the forms are expanded, what the lexicon knows of each word it has.
	facts     map[string]*wordFacts
	formsOnce sync.Once
	// claimPhrases are the phrases whose match makes a sentence one that may hold a claim
	// (sentence.mayHoldClaim), and the comparisons, some of which do; witnesses holds, once
	// the forms are expanded, the words of those mayHoldClaim takes, which a sentence must
	// hold to match one (lacksClaimCues); nil when a phrase has no word it can ask for.
	claimPhrases []cuePhrase
	witnesses    *phraseWords
	// national is witnesses of the phrases of a measure of a national topic
	// (namesNoNationalMeasure).
	national *phraseWords
	// readWitnesses are the witnesses of what makes analysisUnread read a sentence: the
	// phrases of a measure but "other", and the words namesRateGrowthOrBloc names
	// (unreadUntokenised).
	readWitnesses *phraseWords
}

// Flags of wordKinds.
const (
	wordMeasure uint8 = 1 << iota
	wordTrigger
	wordOther
	wordWitness     // a word that makes a phrase of witnesses alone (only on words of the other kinds)
	wordReadWitness // a word that makes a phrase of readWitnesses alone (as wordWitness)
)

// Entity is one row of entities.csv.
type Entity struct {
	Code       string // ISO 3166-1 alpha-3 or World Bank aggregate code
	Name       string // World Bank name
	Kind       string // country or aggregate
	ShortNames []string
	Demonyms   []string
	Capitals   []string
	Metonyms   []string
}

const (
	entitiesFile    = "entities.csv"
	cuesFile        = "cues.csv"
	measuresFile    = "measures.csv"
	institutesFile  = "institutions.csv"
	notEntityFile   = "not_entities.txt"
	abbrevFile      = "abbreviations.txt"
	frequenciesFile = "frequencies.csv"
	datelinesFile   = "datelines.csv"
	committeesFile  = "committees.csv"
)

// cueCategory is the category of a cue, one bit each: the categories of a match are a mask
// made when it is found, so that asking whether a word is a change cue, which the reading of
// every figure does many times, tests a bit where it compared strings.
type cueCategory uint32

// The categories of the entity lexicon: a capital is a weak mention, good inside a sentence
// but not strong enough to become what "the economy" refers to later.
const (
	catEntity cueCategory = 1 << iota
	catCapital
	catNotEntity
	catInstitution
	// the categories of cues.csv (see README.md in data/lexicon)
	catMeasure
	catChange
	catState
	catVerb
	catForecast
	catNotForecast
	catKindNoun
	catComparison
	catRevision
	catBasis
	catNeutral
	catRestrict
	catNominal
	catReal
	catPerCapita
	catPPP
	catVeto
	catSanctions
	catSanctionsRef
	catSanctionVerb
	catSpeaker
)

// categoryNames names each category as cues.csv writes it.
var categoryNames = map[cueCategory]string{
	catEntity: "entity", catCapital: "capital", catNotEntity: "not_entity", catInstitution: "institution",
	catMeasure: "measure", catChange: "change", catState: "state", catVerb: "verb", catForecast: "forecast",
	catNotForecast: "not_forecast", catKindNoun: "kind_noun", catComparison: "comparison",
	catRevision: "revision", catBasis: "basis", catNeutral: "neutral", catRestrict: "restrict",
	catNominal: "nominal", catReal: "real", catPerCapita: "per_capita", catPPP: "ppp", catVeto: "veto",
	catSanctions: "sanctions", catSanctionsRef: "sanctions_ref", catSanctionVerb: "sanctions_verb",
	catSpeaker: "speaker",
}

// cuesFileCategories are the categories cues.csv may use.
const cuesFileCategories = catMeasure | catChange | catState | catVerb | catForecast | catNotForecast |
	catKindNoun | catComparison | catRevision | catBasis | catNeutral | catRestrict | catNominal | catReal |
	catPerCapita | catPPP | catVeto | catSanctions | catSanctionsRef | catSanctionVerb | catSpeaker

// String returns the names of the categories of c, joined by "|".
func (c cueCategory) String() string {
	var names []string
	for rest := c; rest != 0; rest &= rest - 1 {
		bit := rest & -rest
		name, ok := categoryNames[bit]
		if !ok {
			name = fmt.Sprintf("category(%#x)", uint32(bit))
		}
		names = append(names, name)
	}
	return strings.Join(names, "|")
}

// cueFileCategory returns the category cues.csv names name.
func cueFileCategory(name string) (cueCategory, bool) {
	for c, n := range categoryNames {
		if n == name && c&cuesFileCategories != 0 {
			return c, true
		}
	}
	return 0, false
}

// DefaultLexicon loads the lexicon embedded in the binary.
func DefaultLexicon() (*Lexicon, error) {
	sub, err := fs.Sub(data.FS, "lexicon")
	if err != nil {
		return nil, fmt.Errorf("open embedded lexicon: %w", err)
	}
	return LoadLexicon(sub)
}

// LoadLexicon reads entities.csv, measures.csv, cues.csv, institutions.csv, frequencies.csv,
// datelines.csv, not_entities.txt and abbreviations.txt from fsys. Errors name the file and line.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lex := &Lexicon{
		entities:      newPhraseTrie(false),
		cues:          newPhraseTrie(true),
		institutions:  newPhraseTrie(false),
		abbreviations: make(map[string]bool),
		uncoded:       map[string]bool{unplacedStateCode: true},
		metonyms:      make(map[string]bool),
		metonymStarts: make(map[string]bool),
		demonyms:      make(map[string]bool),
		measures:      make(map[string]*measure),
		adjectives:    make(map[string]bool),
		cueWords:      make(map[string]bool),
		startWords:    make(map[string]bool),
		triggerWords:  make(map[string]bool),
		measureWords:  make(map[string]bool),
		otherWords:    make(map[string]bool),
		slipWords:     make(map[string]bool),
	}
	if err := lex.loadEntities(fsys); err != nil {
		return nil, err
	}
	if err := lex.loadMeasures(fsys); err != nil {
		return nil, err
	}
	if err := lex.loadCues(fsys); err != nil {
		return nil, err
	}
	for _, m := range lex.measures {
		if m.rate != "" && lex.measures[m.rate] == nil {
			return nil, fmt.Errorf("lexicon %s: measure %s: rate %q is not a measure", measuresFile, m.name, m.rate)
		}
	}
	if err := lex.loadInstitutions(fsys); err != nil {
		return nil, err
	}
	if err := lex.loadCommittees(fsys); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, notEntityFile, func(line string, _ int) error {
		lex.entities.add(line, cue{category: catNotEntity})
		if first := line[:1]; strings.ToLower(first) != first {
			return nil
		}
		lex.entities.add(strings.ToUpper(line[:1])+line[1:], cue{category: catNotEntity})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, abbrevFile, func(line string, _ int) error {
		lex.abbreviations[line] = true
		lex.abbrevShapes.add(line)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lex.loadFrequencies(fsys); err != nil {
		return nil, err
	}
	if err := lex.loadDatelines(fsys); err != nil {
		return nil, err
	}
	return lex, nil
}

// loadFrequencies reads frequencies.csv: the indicators a country publishes for quarters only.
func (lex *Lexicon) loadFrequencies(fsys fs.FS) error {
	lex.quarterly = make(map[string]bool)
	return eachRecord(fsys, frequenciesFile, []string{"entity", "indicator", "frequency", "note"}, func(rec []string, _ int) error {
		if rec[2] != "quarter" {
			return fmt.Errorf("frequency %q of %s %s is not quarter", rec[2], rec[0], rec[1])
		}
		lex.quarterly[rec[0]+"|"+rec[1]] = true
		return nil
	})
}

// loadDatelines reads datelines.csv: capitals that entities.csv does not list, because in a
// sentence they are more often a venue, a market or a city than a government ("in London", "the
// Paris-based OECD", "London house prices"), but that as a dateline say which country a story
// was filed from, as the capitals there do.
func (lex *Lexicon) loadDatelines(fsys fs.FS) error {
	lex.datelinePlaces = make(map[string]string)
	known := make(map[string]bool, len(lex.Entities))
	for _, e := range lex.Entities {
		known[e.Code] = true
	}
	return eachRecord(fsys, datelinesFile, []string{"place", "entity"}, func(rec []string, _ int) error {
		place, code := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if !known[code] {
			return fmt.Errorf("entity %q of %s is not a code of %s", code, place, entitiesFile)
		}
		lex.datelinePlaces[nameKeyOf(strings.ToUpper(place))] = code
		return nil
	})
}

func (lex *Lexicon) loadEntities(fsys fs.FS) error {
	want := []string{"code", "name", "kind", "short_names", "demonyms", "capitals", "metonyms"}
	seen := make(map[string]int)
	return eachRecord(fsys, entitiesFile, want, func(rec []string, line int) error {
		e := Entity{
			Code:       strings.TrimSpace(rec[0]),
			Name:       strings.TrimSpace(rec[1]),
			Kind:       strings.TrimSpace(rec[2]),
			ShortNames: splitList(rec[3]),
			Demonyms:   splitList(rec[4]),
			Capitals:   splitList(rec[5]),
			Metonyms:   splitList(rec[6]),
		}
		if len(e.Code) != 3 || strings.ToUpper(e.Code) != e.Code {
			return fmt.Errorf("code %q is not three capital letters", e.Code)
		}
		if e.Kind != "country" && e.Kind != "aggregate" && e.Kind != "uncoded" {
			return fmt.Errorf("kind %q is not country, aggregate or uncoded", e.Kind)
		}
		if prev, dup := seen[e.Code]; dup {
			return fmt.Errorf("code %s already defined on line %d", e.Code, prev)
		}
		seen[e.Code] = line
		lex.Entities = append(lex.Entities, e)
		if e.Kind == "aggregate" {
			lex.aggregates.add(e.Code)
		}
		if e.Kind == "uncoded" {
			lex.uncoded[e.Code] = true
		}
		strong := cue{category: catEntity, value: e.Code}
		// World Bank names such as "Korea, Rep." are not how news writes; short names carry
		// the usual forms, so only comma-free names are aliases.
		if !strings.Contains(e.Name, ",") {
			lex.addEntityAlias(e.Name, strong)
		}
		for _, alias := range e.Metonyms {
			lex.metonyms[alias] = true
			first, _, _ := strings.Cut(alias, " ")
			lex.metonymStarts[first] = true
		}
		for _, list := range [][]string{e.ShortNames, e.Demonyms, e.Metonyms} {
			for _, alias := range list {
				lex.addEntityAlias(alias, strong)
			}
		}
		// The people of a country: "Germans", "Americans", "Italians" from "German",
		// "American", "Italian".
		for _, d := range e.Demonyms {
			lex.demonyms[strings.ToLower(d)] = true
			lex.demonymShapes.add(strings.ToLower(d))
			if strings.HasSuffix(d, "an") && !strings.Contains(d, " ") {
				lex.addEntityAlias(d+"s", strong)
			}
		}
		for _, capital := range e.Capitals {
			lex.addEntityAlias(capital, cue{category: catCapital, value: e.Code})
		}
		return nil
	})
}

// addEntityAlias adds an alias as written and, when it starts in lower case ("eurozone", "the
// world economy"), also with a capital first letter as at the start of a sentence.
func (lex *Lexicon) addEntityAlias(alias string, c cue) {
	lex.entities.add(alias, c)
	first := alias[:1]
	if strings.ToLower(first) == first && strings.ToUpper(first) != first {
		lex.entities.add(strings.ToUpper(first)+alias[1:], c)
	}
}

func (lex *Lexicon) loadCues(fsys fs.FS) error {
	var phrases []cuePhrase
	err := eachRecord(fsys, cuesFile, []string{"category", "value", "phrase"}, func(rec []string, _ int) error {
		name, value, phrase := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
		category, ok := cueFileCategory(name)
		if !ok {
			return fmt.Errorf("unknown category %q", name)
		}
		if phrase == "" {
			return errors.New("empty phrase")
		}
		if category == catMeasure && lex.measures[value] == nil {
			return fmt.Errorf("measure %q is not defined in %s", value, measuresFile)
		}
		// (a noun, or a verb's participle, modifies a measure without being an adjective
		// wherever it stands)
		if (category == catNeutral || category == catRestrict) && value != "noun" && value != "participle" && !strings.ContainsAny(phrase, " -") {
			lex.adjectives[phrase] = true
		}
		c := cue{category: category, value: value}
		if category == catMeasure {
			c.measure = lex.measures[value]
		}
		lex.cues.add(phrase, c)
		keys := phraseKeys(phrase, true)
		for _, w := range keys {
			lex.cueWords[w] = true
		}
		lex.startWords[keys[0]] = true
		phrases = append(phrases, cuePhrase{category, value, keys})
		return nil
	})
	if err != nil {
		return err
	}
	lex.chooseKeyWords(phrases)
	return nil
}

// cuePhrase is one phrase of cues.csv, as the words it is matched on.
type cuePhrase struct {
	category cueCategory
	value    string
	keys     []string
}

// chooseKeyWords picks the word that stands for each phrase in the test of a sentence: a
// phrase can only match where all its words stand, so any one of them will do, and the rarer
// it is, the fewer sentences with a figure are read for nothing. A word that is a phrase of
// the same kind by itself ("deficit" for "government deficit") adds no sentence at all;
// otherwise the phrase's longest word that is no function word ("unemployed", not "number").
func (lex *Lexicon) chooseKeyWords(phrases []cuePhrase) {
	// The kinds of phrase a sentence is tested for, each with the word sets it fills.
	const (
		noKind = iota
		otherKind
		measureKind
		triggerKind
	)
	kindOf := func(p cuePhrase) int {
		switch {
		case p.category == catMeasure && p.value == measureOtherName:
			return otherKind
		case p.category == catMeasure:
			return measureKind
		case p.category == catChange || p.category == catKindNoun:
			return triggerKind
		}
		return noKind
	}
	single := map[int]map[string]bool{otherKind: {}, measureKind: {}, triggerKind: {}}
	for _, p := range phrases {
		if kind := kindOf(p); kind != noKind && len(p.keys) == 1 {
			single[kind][p.keys[0]] = true
		}
	}
	for _, p := range phrases {
		kind := kindOf(p)
		w := keyWord(p.keys)
		if kind != noKind {
			lex.slipWords[w] = true
			for _, k := range p.keys {
				if single[kind][k] {
					w = k
					break
				}
			}
		}
		switch {
		case kind == otherKind:
			lex.otherWords[w] = true
		case kind == measureKind:
			lex.measureWords[w] = true
			lex.triggerWords[w] = true
		case kind == triggerKind:
			lex.triggerWords[w] = true
		case p.category == catComparison && w == "compare":
			lex.triggerWords[w] = true // "That compares with 4.2% a year earlier" refers back
			lex.slipWords[w] = true
		}
		if kind == measureKind || kind == otherKind || kind == triggerKind || p.category == catComparison {
			lex.claimPhrases = append(lex.claimPhrases, p)
		}
	}
}

// measureOtherName is the measure of figures no indicator covers.
const measureOtherName = "other"

// keyWord returns the longest word of a phrase that is no function word.
func keyWord(keys []string) string {
	best := keys[0]
	for _, k := range keys {
		if _, fn := closedClass[k]; !fn && (len(k) > len(best) || isClosedClass(best)) {
			best = k
		}
	}
	return best
}

// expandForms adds to cueWords and triggerWords every form the dictionary lists of their words.
func (lex *Lexicon) expandForms() {
	lex.formsOnce.Do(func() {
		lemmaOnce.Do(loadLemmas)
		// The verbs of growth say what a country as their subject measures ("Brazil grew 3%").
		for _, w := range []string{"grow", "expand", "shrink", "contract"} {
			lex.measureWords[w] = true
			lex.slipWords[w] = true
		}
		lex.addForms()
		lex.wordKinds = make(map[string]uint8, len(lex.triggerWords)+len(lex.otherWords)+3)
		for w := range lex.measureWords {
			lex.wordKinds[w] |= wordMeasure
		}
		for w := range lex.triggerWords {
			lex.wordKinds[w] |= wordTrigger
		}
		for w := range lex.otherWords {
			lex.wordKinds[w] |= wordOther
		}
		for _, w := range []string{"it", "this", "that"} {
			lex.wordKinds[w] |= wordTrigger // what refers back to the sentence before
		}
		// the words that make a sentence a candidate, and name what a figure measures, are
		// the ones a slip must not hide
		lex.typos = newTypoIndex(maps.Keys(lex.slipWords))
		lex.buildWordFacts()
		formsOf := lex.formsOfLemmas()
		if lex.witnesses = newPhraseWords(lex.claimCuePhrases(formsOf), formsOf); lex.witnesses != nil {
			for w, k := range lex.wordKinds { // (a word of no other kind would cost wordsAndWitnessIn a lookup)
				if b, ok := lex.witnesses.words.Lookup(w); ok && b.alone {
					lex.wordKinds[w] = k | wordWitness
				}
			}
		}
		lex.national = newPhraseWords(lex.nationalPhrases(), formsOf)
		if lex.readWitnesses = newPhraseWords(lex.readPhrases(), formsOf); lex.readWitnesses != nil {
			for w, k := range lex.wordKinds {
				if b, ok := lex.readWitnesses.words.Lookup(w); ok && b.alone {
					lex.wordKinds[w] = k | wordReadWitness
				}
			}
		}
		for w := range lex.wordKinds {
			lex.kindShapes.add(w)
		}
		lex.kindTable = ascii.NewWordTable(lex.wordKinds)
	})
}

// claimCuePhrases returns the phrases of claimPhrases that mayHoldClaim may take: all but
// the comparisons whose first word is no form of "compare".
func (lex *Lexicon) claimCuePhrases(formsOf map[string][]string) []cuePhrase {
	var phrases []cuePhrase
	for _, p := range lex.claimPhrases {
		if p.category != catComparison || hasLemma(p.keys[0], "compare") || slices.ContainsFunc(formsOf[p.keys[0]], func(w string) bool { return hasLemma(w, "compare") }) {
			phrases = append(phrases, p)
		}
	}
	return phrases
}

// formsOfLemmas returns the words of the lexicon each word is a form of, by that word.
func (lex *Lexicon) formsOfLemmas() map[string][]string {
	formsOf := make(map[string][]string)
	for w, f := range lex.facts {
		for _, l := range f.lemmas {
			formsOf[l] = append(formsOf[l], w)
		}
	}
	return formsOf
}

// nationalPhrases returns the phrases of claimPhrases (which holds every phrase of a measure)
// that name a measure of a national topic: the cues measureBefore looks for.
func (lex *Lexicon) nationalPhrases() []cuePhrase {
	var national []cuePhrase
	for _, p := range lex.claimPhrases {
		if p.category == catMeasure && !blocks(lex.measures[p.value]) {
			national = append(national, p)
		}
	}
	return national
}

// readPhrases returns the phrases of claimPhrases of a measure but "other", and, each a phrase
// alone, the words namesRateGrowthOrBloc names: "rate", the verbs of growth and the nouns of a
// bloc (the phraseWords of these hold every form of each, which the dictionary's are among:
// TestReadWitnessesHoldEveryWordNamed). A sentence that holds none of them names no measure but
// "other" and no word that analysisUnread asks about.
func (lex *Lexicon) readPhrases() []cuePhrase {
	var phrases []cuePhrase
	for _, p := range lex.claimPhrases {
		if p.category == catMeasure && p.value != measureOther {
			phrases = append(phrases, p)
		}
	}
	for _, w := range append(append([]string{"rate"}, growthVerbs[:]...), blocNouns[:]...) {
		phrases = append(phrases, cuePhrase{keys: []string{w}})
	}
	return phrases
}

// phraseWords finds in a text, without tokenising it, whether it may hold a phrase of a set
// (lacksPhrase): a phrase matches only where each of its words stands, as written or as one of
// its lemmas (cuesOf), so a text that lacks a form of one word of every phrase holds none. The
// words asked for are a phrase's words of witnessShape but its function words, which are in
// most sentences; all of them when that leaves one word of a longer phrase ("without work").
// A word that is a phrase's only one asked for is a phrase alone; the words of the other
// phrases have a bit each, and those phrases the bits of their words (phrases; a phrase with a
// word alone is answered by that word). words holds every form of the words asked for, alone
// when it is a form of a word alone, with the bits of the words it is a form of. A text may
// hold a phrase when it holds a word alone, or words whose bits cover a phrase's.
type phraseWords struct {
	words  *ascii.WordTable[wordBits]
	shapes pairShapes
	// phrases are in the order of their lowest bits, those of bit b from phrasesFrom[b] on: a
	// phrase is asked about only when its lowest bit was found
	phrases     []wordBits
	phrasesFrom [129]int
}

// wordBits is a set of phrase words, a bit each (phraseWords); alone marks a word that makes a
// phrase by itself.
type wordBits struct {
	bits  [2]uint64
	alone bool
}

// newPhraseWords returns the phraseWords of phrases, whose words have the forms formsOf
// (formsOfLemmas); nil when a phrase has no word to ask for, or the words of the phrases of
// more than one, but those with a word alone, are more than 128.
func newPhraseWords(phrases []cuePhrase, formsOf map[string][]string) *phraseWords {
	forms := func(k string) []string { return append([]string{k}, formsOf[k]...) }
	askable := func(k string) bool {
		return !slices.ContainsFunc(forms(k), func(w string) bool { return !witnessShape(w) })
	}
	var asked [][]string
	alone := make(map[string]bool)
	for _, p := range phrases {
		var words []string
		for _, k := range p.keys {
			if !isClosedClass(k) && askable(k) {
				words = append(words, k)
			}
		}
		if len(words) == 1 {
			// "without work": its function words too, rarer than "work" together
			for _, k := range p.keys {
				if isClosedClass(k) && askable(k) {
					words = append(words, k)
				}
			}
		}
		switch len(words) {
		case 0:
			return nil
		case 1:
			alone[words[0]] = true
		default:
			asked = append(asked, words)
		}
	}
	x := &phraseWords{}
	bit := make(map[string]int) // the words of phrases of more than one, numbered
	for _, words := range asked {
		if slices.ContainsFunc(words, func(k string) bool { return alone[k] }) {
			continue // a phrase with a word that makes one alone is answered by that word
		}
		var mask wordBits
		for _, k := range words {
			if _, ok := bit[k]; !ok {
				if len(bit) == 128 {
					return nil
				}
				bit[k] = len(bit)
			}
			mask.bits[bit[k]/64] |= 1 << (bit[k] % 64)
		}
		if !slices.Contains(x.phrases, mask) {
			x.phrases = append(x.phrases, mask)
		}
	}
	lowest := func(b wordBits) int {
		if b.bits[0] != 0 {
			return bits.TrailingZeros64(b.bits[0])
		}
		return 64 + bits.TrailingZeros64(b.bits[1])
	}
	slices.SortStableFunc(x.phrases, func(a, b wordBits) int { return lowest(a) - lowest(b) })
	for b := range x.phrasesFrom {
		x.phrasesFrom[b] = len(x.phrases)
	}
	for k := len(x.phrases) - 1; k >= 0; k-- {
		x.phrasesFrom[lowest(x.phrases[k])] = k
	}
	for b := len(x.phrasesFrom) - 2; b >= 0; b-- {
		x.phrasesFrom[b] = min(x.phrasesFrom[b], x.phrasesFrom[b+1])
	}
	table := make(map[string]wordBits)
	for k := range alone {
		for _, w := range forms(k) {
			v := table[w]
			v.alone = true
			table[w] = v
		}
	}
	for k, b := range bit {
		for _, w := range forms(k) {
			v := table[w]
			v.bits[b/64] |= 1 << (b % 64)
			table[w] = v
		}
	}
	x.words = ascii.NewWordTable(table)
	for w := range table {
		x.shapes.add(w)
	}
	return x
}

// witnessShape reports a word of ASCII letters and digits that starts with a letter.
func witnessShape(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// lacksClaimCues reports that the sentence text[start:end], read through types, holds no
// phrase that mayHoldClaim takes, without tokenising it: it lacks a word of every one
// (witnesses), and holds no word that is read as a typing slip of a cue word. False is only a
// maybe.
//
// A word a phrase of the lexicon is matched on, as written or as a lemma, is lower-case text
// ("'s", "u.s.", "m3"): a witness, a word phraseWords asks for, is a token whose lower case is
// of witnessShape. Such a token is a whole run of ASCII letters and digits in the text: the tokenizer reads a run
// whole, dots join it only to a longer token, a letter past ASCII to a longer token whose
// lower case is past ASCII too, and only a possessive ("'s2") ends a token inside a run,
// before a digit. A rune past ASCII whose lower case is ASCII (the Kelvin sign) could make a
// witness of a word written otherwise: a sentence that holds one is not answered. A typing
// slip is read only in a word of lower-case ASCII letters that mayBeSlip lets through, a run
// too, whose type says whether it is one.
func (lex *Lexicon) lacksClaimCues(text string, start, end int, types *wordCache) bool {
	lex.expandForms()
	if lex.witnesses == nil || types == nil {
		return false
	}
	return lex.witnesses.lacksPhrase(text, start, end, lex.typos, types)
}

// namesNoNationalMeasure reports that text[start:end], read as lookBack reads it (through the
// word cache or not, with no slip corrected), holds no cue of a measure of a national topic,
// without tokenising it: it lacks a word of every phrase of one (national), found as
// lacksClaimCues finds its witnesses (a slip is not corrected there). False is only a maybe.
func (lex *Lexicon) namesNoNationalMeasure(text string, start, end int) bool {
	lex.expandForms()
	return lex.national != nil && lex.national.lacksPhrase(text, start, end, nil, nil)
}

// lacksReadWitnesses reports that text[start:end], read through types, holds no phrase of
// readPhrases and no word read as a typing slip, found as lacksClaimCues finds its witnesses.
// False is only a maybe.
func (lex *Lexicon) lacksReadWitnesses(text string, start, end int, types *wordCache) bool {
	lex.expandForms()
	return lex.readWitnesses != nil && types != nil && lex.readWitnesses.lacksPhrase(text, start, end, lex.typos, types)
}

// lacksPhrase reports that text[start:end] holds none of x's phrases (phraseWords) and, with
// types, no word that typos reads as a slip (lacksClaimCues).
func (x *phraseWords) lacksPhrase(text string, start, end int, typos *typoIndex, types *wordCache) bool {
	var found [2]uint64 // the bits of the words found
	// The runs are found from masks of 64 bytes at a time, as wordsAndWitnessIn finds its words.
	var before uint64 // the runs of the block before, whose last bit is text[base-1]'s (only the last block is cut)
	for base := start; base < end; base += 64 {
		letters, digits, upper, high := ascii.Classes64(text, base, 'A', 'Z')
		runs := letters | digits
		if n := end - base; n < 64 {
			runs &= 1<<n - 1
			high &= 1<<n - 1
		}
		for ; high != 0; high &= high - 1 {
			if lowerIsASCIIAt(text, base+ascii.FirstBit(high)) {
				return false
			}
		}
		// (a run that goes on into the block was read with the block before)
		starts := runs &^ (runs<<1 | before>>63)
		before = runs
		for ; starts != 0; starts &= starts - 1 {
			k := ascii.FirstBit(starts)
			i := base + k
			n := ascii.FirstBit(^runs >> k)
			j := i + n
			if j >= base+64 {
				for j = base + 64; j < end && asciiWordByte[text[j]]; j++ {
				}
			}
			if n == 1 && j+1 < end && text[j] == '.' && isUpperASCII(text[i]) {
				// a dotted initialism, read as its letters run together ("G.D.P.": initialismLower)
				if w := initialismAt(text, i, end); w != "" {
					if b, ok := x.words.Lookup(w); ok {
						if b.alone {
							return false
						}
						found[0] |= b.bits[0]
						found[1] |= b.bits[1]
					}
				}
			}
			// (a run of one or two bytes is asked with the bytes after it, or its own: as
			// wordsAndWitnessIn)
			first, second, third := firstThreeAt(text, i)
			last := text[j-1]
			if r := x.shapes.rowOf(first, second); r != 0 && x.shapes.mayGoOn(r, third) && x.shapes.mayEnd(r, j-i, last) {
				if b, ok := x.words.Lookup(text[i:j]); ok {
					if b.alone {
						return false
					}
					found[0] |= b.bits[0]
					found[1] |= b.bits[1]
				}
			}
			// (the run's bits in the block are 1<<n - 1, with 1<<64 0)
			if types == nil || !typos.mayBeSlipOf(j-i, first, last) || (upper|digits)>>k&(1<<n-1) != 0 || j > base+64 && !lowerLetters(text[i:j]) {
				continue // only a word of lower-case letters is read as a slip
			}
			w := text[i:j]
			h := hashWord(w)
			wt := types.firstType(h)
			if wt.text != w {
				wt = types.lookup(w, h)
			}
			if wt.slip != nil {
				return false
			}
		}
	}
	for h, rest := range found {
		for ; rest != 0; rest &= rest - 1 {
			b := 64*h + bits.TrailingZeros64(rest)
			for _, p := range x.phrases[x.phrasesFrom[b]:x.phrasesFrom[b+1]] {
				if p.bits[0]&^found[0] == 0 && p.bits[1]&^found[1] == 0 {
					return false
				}
			}
		}
	}
	return true
}

// lowerIsASCIIAt reports a rune past ASCII at text[i] whose lower case is ASCII: the Kelvin
// sign and the dotted capital I.
func lowerIsASCIIAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "\u212a") || strings.HasPrefix(text[i:], "\u0130")
}

// addForms adds to each of the word sets that expandForms expands the forms of its words, in
// one pass over the dictionary in its order: a form whose base was added as a form before it
// is added too, as when each set was expanded in place. A word is looked up once, in a map of
// the sets each word is in, behind a shape filter, rather than once in each of six maps: the
// dictionary has some 68,000 bases, and this pass was most of the lexicon's first use.
func (lex *Lexicon) addForms() {
	sets := [...]map[string]bool{lex.cueWords, lex.startWords, lex.triggerWords, lex.measureWords, lex.otherWords, lex.slipWords}
	size := 0
	for _, set := range sets {
		size += len(set)
	}
	in := make(map[string]uint8, 2*size) // bit k: in sets[k]
	var shapes wordShapes
	for k, set := range sets {
		for w := range set {
			in[w] |= 1 << k
			shapes.add(w)
		}
	}
	lemmas.each(func(form string, bases []string) {
		var add uint8
		for _, b := range bases {
			if shapes.mayHold(b) {
				add |= in[b]
			}
		}
		if add != 0 {
			in[form] |= add
			shapes.add(form)
		}
	})
	for w, bits := range in {
		for k, set := range sets {
			if bits&(1<<k) != 0 {
				set[w] = true
			}
		}
	}
}

// wordsAndWitnessIn reports whether text[start:end] holds a word of a national measure, one of
// a phrase that refers back or changes (a candidate only when the text before named a measure),
// and one of a measure no indicator covers. It reads the words in place, with one lookup each
// and without tokenising, since most sentences with a figure go no further. It stops at the
// first word of a national measure, which makes the sentence a candidate whatever else it
// holds: trigger, other and witnessed then say only what the words before it hold. witnessed
// has wordWitness for a word of its own that makes a phrase mayHoldClaim takes alone
// (witnesses): then the sentence is not worth the test of lacksClaimCues; and wordReadWitness
// for one that makes a phrase of readWitnesses alone: nor that of lacksReadWitnesses.
func (lex *Lexicon) wordsAndWitnessIn(text string, start, end int) (measure, trigger, other bool, witnessed uint8) {
	lex.expandForms()
	var kinds uint8
	// The words are found from a mask of the letters of 64 bytes at a time, a word's start and
	// end each with one bit count: a loop over the bytes between words and a search for each
	// word's end were most of the cost. The text past end is read but masked off.
	var before uint64 // the letters of the block before, whose last bit is text[base-1]'s (only the last block is cut)
	for base := start; base < end; base += 64 {
		letters, _, _, _ := ascii.Classes64(text, base, '0', '9')
		if n := end - base; n < 64 {
			letters &= 1<<n - 1
		}
		// (a word that runs into the block was read with the block before)
		starts := letters &^ (letters<<1 | before>>63)
		before = letters
		for ; starts != 0; starts &= starts - 1 {
			k := ascii.FirstBit(starts)
			i := base + k
			// its first three bytes first: most words' start none of the table's, and are
			// turned away before their end is found (a word of one or two letters is asked with
			// the bytes after it, or its own at the text's end: pairShapes holds such a word
			// with any)
			first, second, third := firstThreeAt(text, i)
			r := lex.kindShapes.rowOf(first, second)
			if r == 0 || !lex.kindShapes.mayGoOn(r, third) {
				continue
			}
			j := i + ascii.FirstBit(^letters>>k) // (64 past the block when the word runs to its end)
			if j >= base+64 {
				j = min(ascii.WordEnd(text, base+64), end)
			}
			if !lex.kindShapes.mayEnd(r, j-i, text[j-1]) {
				continue
			}
			if k, ok := lex.kindTable.Lookup(text[i:j]); ok {
				kinds |= k
				if k&wordMeasure != 0 {
					return true, kinds&wordTrigger != 0, kinds&wordOther != 0, kinds & (wordWitness | wordReadWitness)
				}
			}
		}
	}
	return false, kinds&wordTrigger != 0, kinds&wordOther != 0, kinds & (wordWitness | wordReadWitness)
}

func (lex *Lexicon) loadInstitutions(fsys fs.FS) error {
	return eachRecord(fsys, institutesFile, []string{"phrase", "entity", "source", "role"}, func(rec []string, _ int) error {
		phrase, entity, source, role := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2]), strings.TrimSpace(rec[3])
		if phrase == "" {
			return errors.New("empty phrase")
		}
		if entity != "" && (len(entity) != 3 || strings.ToUpper(entity) != entity) {
			return fmt.Errorf("entity %q is not three capital letters", entity)
		}
		if role != "" && role != roleCentralBank {
			return fmt.Errorf("role %q is not %q or empty", role, roleCentralBank)
		}
		lex.institutions.add(phrase, cue{category: catInstitution, value: entity + "|" + source + "|" + role})
		return nil
	})
}

// committee is a name of a rate-setting body and the central banks whose body it is.
type committee struct {
	banks, countries map[string]bool
}

// loadCommittees reads committees.csv: the central banks whose rate-setting body bears a name
// that several banks share ("Monetary Policy Committee"), each a source of institutions.csv with
// a country.
func (lex *Lexicon) loadCommittees(fsys fs.FS) error {
	lex.committees = make(map[string]*committee)
	return eachRecord(fsys, committeesFile, []string{"bank", "committee"}, func(rec []string, _ int) error {
		bank, name := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		code := lex.institutionEntityOf(bank)
		if code == "" {
			return fmt.Errorf("bank %q is no institution of %s with a country", bank, institutesFile)
		}
		c := lex.committees[name]
		if c == nil {
			c = &committee{banks: make(map[string]bool), countries: make(map[string]bool)}
			lex.committees[name] = c
		}
		c.banks[bank] = true
		c.countries[code] = true
		return nil
	})
}

// roleCentralBank marks a monetary authority in institutions.csv.
const roleCentralBank = "central_bank"

// institution is what institutions.csv says of a name.
type institution struct{ entity, source, role string }

func institutionOf(m match) institution {
	v, _ := m.has(catInstitution)
	entity, rest, _ := strings.Cut(v, "|")
	source, role, _ := strings.Cut(rest, "|")
	return institution{entity, source, role}
}

// eachRecord reads a CSV file with the given header; lines starting with '#' are comments.
func eachRecord(fsys fs.FS, name string, header []string, fn func(rec []string, line int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = len(header)
	first := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return fmt.Errorf("lexicon %s: %w", name, err)
		}
		if first {
			first = false
			if strings.Join(rec, ",") != strings.Join(header, ",") {
				return fmt.Errorf("lexicon %s: line %d: header is %q, want %q", name, line, strings.Join(rec, ","), strings.Join(header, ","))
			}
			continue
		}
		if err := fn(rec, line); err != nil {
			return fmt.Errorf("lexicon %s: line %d: %w", name, line, err)
		}
	}
	if first {
		return fmt.Errorf("lexicon %s: empty file", name)
	}
	return nil
}

// eachLine calls fn for each non-empty, non-comment line of a text file.
func eachLine(fsys fs.FS, name string, fn func(line string, n int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return fmt.Errorf("lexicon %s: line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

func splitList(cell string) []string {
	var out []string
	for _, s := range strings.Split(cell, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// mentionWeight is what one mention adds to an entity's salience. A bloc is often named in
// passing ("joined the EU in 2004") in a story about one of its members, so it counts half.
func (lex *Lexicon) mentionWeight(code string) float64 {
	if lex.aggregates.has(code) {
		return 0.5
	}
	return 1
}

// findEntities returns the entity names among toks. In a line in capitals ("ITALIAN 1986 GDP
// UP") a word is also tried with only its first letter in capitals.
func (lex *Lexicon) findEntities(toks []token, caps bool) []match {
	return lex.dropLanguageNames(dropNamesOfNoCountry(lex.findNames(nil, lex.entities, toks, caps), toks), toks)
}

// findNames appends to dst the names of trie among toks.
func (lex *Lexicon) findNames(dst []match, trie *phraseTrie, toks []token, caps bool) []match {
	dst, _ = lex.namesIn(dst, trie, toks, caps, false)
	return dst
}

// findEntitiesAndInstitutions appends to ents the names of entities among toks and to insts
// those of institutions, as findNames finds each. The walk over the words that finds the
// entities notes the first word where the name of an institution may start, and institutions
// are looked for from there on only: most sentences name none, and every word was walked
// twice, once for each trie.
func (lex *Lexicon) findEntitiesAndInstitutions(ents, insts []match, toks []token, caps bool) ([]match, []match) {
	found := len(ents)
	ents, from := lex.namesIn(ents, lex.entities, toks, caps, true)
	// the walk passed over the words of each name after its first
	for _, m := range ents[found:] {
		if m.first >= from {
			break
		}
		for k := m.first + 1; k <= m.last && k < from; k++ {
			if lex.mayStartInstitution(&toks[k], caps) {
				from = k
			}
		}
	}
	if from == len(toks) {
		return ents, insts
	}
	found = len(insts)
	insts = lex.findNames(insts, lex.institutions, toks[from:], caps)
	for k := found; k < len(insts); k++ {
		insts[k].first += from
		insts[k].last += from
	}
	return ents, insts
}

// dropLongerNames drops from insts (names among toks, whose offsets are in text) each name that is only the start of a longer
// name: "ABS" in "ABS-CBN" (a broadcaster), "NSO" in "NSO Group said" (a company). Initials
// and short names are shared by many bodies, and a name matched inside another gave a figure
// the office's country or cited source. The name goes on when a hyphen joins it to a
// further capitalised word, or when a capitalised word follows it that starts no phrase of
// its own: no title or agent noun ("ECB President Lagarde", "BLS Commissioner"), no day or
// month, no other name, no word of a line in title case (where verbs are capitalised too:
// "ABS Says Inflation Eased"), and not itself followed by another capitalised word (a
// title's person, "IMF World Economic Outlook": the name's own report).
func (lex *Lexicon) dropLongerNames(insts []match, toks []token, text string, caps bool) []match {
	kept := insts[:0]
	for _, m := range insts {
		if !nameGoesOn(lex, m.last, toks, text, caps) {
			kept = append(kept, m)
		}
	}
	return kept
}

// nameGoesOn reports a name that ends at word last and that the words after continue (see
// dropLongerNames).
func nameGoesOn(lex *Lexicon, last int, toks []token, text string, caps bool) bool {
	if last+1 >= len(toks) {
		return false
	}
	next := &toks[last+1]
	if next.punct {
		return false
	}
	end := toks[last].end
	if next.start == end+1 && text[end] == '-' {
		// "ABS-CBN": a hyphen with no space either side (the tokenizer drops it), then a
		// capitalised word
		return startsUpper(next.text)
	}
	if caps || !isCapitalised(next.text) || next.start == end {
		return false
	}
	if isTitle(next) || agentNoun(next.lower) || timex.IsWeekday(next.text) {
		return false
	}
	if _, ok := timex.MonthOf(next.text); ok {
		return false
	}
	if next.wt != nil && lex.nameRootsOf(next.wt, caps) != noNameRoots {
		return false
	}
	if last+2 < len(toks) && !toks[last+2].punct && startsUpper(toks[last+2].text) {
		return false
	}
	return !titleCaseLine(toks)
}

// startsUpper reports a word whose first letter is a capital.
func startsUpper(w string) bool {
	return w != "" && unicode.IsUpper(firstRune(w))
}

// agentNoun reports a noun by its ending that names a person by what they do ("President",
// "Commissioner", "Director", "Economist", "Chairman", "Spokeswoman"): after a name, such a
// word is a title, and a person's name follows it or is understood.
func agentNoun(lower string) bool {
	for _, suf := range [...]string{"er", "or", "ist", "man", "woman", "person", "ent", "ant"} {
		if len(lower) > len(suf)+2 && strings.HasSuffix(lower, suf) {
			return true
		}
	}
	return false
}

// titleCaseLine reports a line whose words of four letters or more are mostly capitalised:
// a headline in title case, where a capitalised word may be a verb.
func titleCaseLine(toks []token) bool {
	long, upper := titleCaseCounts(toks, 0, 0, false)
	return 2*upper > long
}

// titleCaseCounts counts the words of four letters or more of toks outside toks[from:to], and
// the capitalised ones among them; with lettersOnly, a word that opens with no letter (a year,
// a figure) is no word.
func titleCaseCounts(toks []token, from, to int, lettersOnly bool) (long, upper int) {
	for i := range toks {
		t := &toks[i]
		if i >= from && i < to || t.punct || len(t.text) < 4 || lettersOnly && !unicode.IsLetter(firstRune(t.text)) {
			continue
		}
		long++
		if startsUpper(t.text) {
			upper++
		}
	}
	return long, upper
}

// mayStartInstitution reports a word where the name of an institution may start: a word with
// no type (a mark, a slip corrected) is taken for one, unless it is a mark of one byte that no
// name starts with.
func (lex *Lexicon) mayStartInstitution(t *token, caps bool) bool {
	if t.wt != nil {
		return len(lex.nameRootsOf(t.wt, caps).inst) > 0
	}
	return !t.punct || len(t.text) != 1 || lex.institutions.firstWords.mayHold(t.text)
}

// mayStartName reports whether a name may start at word i, which reaches roots: one that is a
// name alone, or one the next word may continue as written (a line of capitals tries other
// forms: any may). "the" starts the name of an institution ("the Fed"), and is in most
// sentences.
func mayStartName(roots []*trieNode, toks []token, i int, caps bool) bool {
	for _, r := range roots {
		if caps || len(r.cues) > 0 || i+1 < len(toks) && r.mayContinue(toks[i+1].nameKey()) {
			return true
		}
	}
	return false
}

// namesIn appends to dst the names of trie among toks. With institutionsToo (trie is then the
// entities), it also returns the first word it read where the name of an institution may start
// (mayStartInstitution, and mayStartName), len(toks) when there is none: the words of the
// names it finds after their first are not read.
func (lex *Lexicon) namesIn(dst []match, trie *phraseTrie, toks []token, caps, institutionsToo bool) ([]match, int) {
	key := func(i int) string { return toks[i].nameKey() }
	w := nameWalk{lex: lex, trie: trie, toks: toks, caps: caps, entities: trie == lex.entities, instFrom: len(toks), noteInst: institutionsToo}
	if !caps {
		return trie.findAll(dst, len(toks), w.rootsFrom, key, nil), w.instFrom
	}
	return trie.findAll(dst, len(toks), w.rootsFrom, key, func(i int) []string {
		return trie.titleFormOf(toks[i].nameKey())
	}), w.instFrom
}

// nameWalk finds where the names of a trie (the entities or the institutions) may start among
// toks, and with noteInst, the first word where an institution's may (instFrom).
type nameWalk struct {
	lex            *Lexicon
	trie           *phraseTrie
	toks           []token
	caps, entities bool
	instFrom       int
	noteInst       bool // until instFrom is found
}

// rootsFrom returns the first word from i on where a name may start, with the children of the
// root it reaches; len(toks) when there is none.
func (w *nameWalk) rootsFrom(i int) (int, []*trieNode) {
	lex, trie, toks, caps, entities := w.lex, w.trie, w.toks, w.caps, w.entities // (in registers)
	typed := entities || trie == lex.institutions
	for ; i < len(toks); i++ {
		t := &toks[i]
		// where a name may start is known of most words from their types
		if wt := t.wt; wt != nil && typed {
			n := wt.names
			if caps {
				n = wt.capsNames
			}
			if n == noNameRoots {
				continue // most words: known to start no name
			}
			if n == nil {
				n = lex.nameRootsOf(wt, caps)
			}
			roots := n.inst
			if entities {
				roots = n.entity
			}
			if w.noteInst && len(n.inst) > 0 && mayStartName(n.inst, toks, i, caps) {
				w.instFrom, w.noteInst = i, false
			}
			if len(roots) > 0 {
				return i, roots
			}
			continue
		}
		if t.punct && len(t.text) == 1 && !trie.firstWords.mayHold(t.text) {
			// a mark of one byte, a sentence's commas and stops: its key is its text, and
			// it has no title form to try in a line of capitals
			if w.noteInst && lex.institutions.firstWords.mayHold(t.text) {
				w.instFrom, w.noteInst = i, false
			}
			continue
		}
		if w.noteInst && lex.mayStartInstitution(t, caps) {
			w.instFrom, w.noteInst = i, false
		}
		if roots := trie.appendNameRoots(nil, t.nameKey(), caps); len(roots) > 0 {
			return i, roots
		}
	}
	return len(toks), nil
}

// correctTypos reads each word of toks that no dictionary knows, written in lower case, as the
// cue word it is one slip away from ("consuemr" → consumer): its
// lower-case form becomes that word, its text stays as written.
func (lex *Lexicon) correctTypos(toks []token) (corrected bool) {
	lex.expandForms()
	for i := range toks {
		t := &toks[i]
		var w string
		switch {
		case t.wt != nil:
			if t.wt.slip != nil {
				w = *t.wt.slip
			}
		case !t.punct && lex.typos.mayBeSlip(t.lower):
			w = lex.slipOf(t.text, t.lower, t.facts, t.basesOf())
		}
		if w != "" {
			t.lower, t.wt = w, nil
			lex.attachFactsTo(t)
			corrected = true
		}
	}
	return corrected
}

// slipOf returns the cue word that a word, written text, is a typing slip of, or "": only a
// word no dictionary knows, written in lower case, may be one.
func (lex *Lexicon) slipOf(text, lower string, facts *wordFacts, bases []string) string {
	if !lex.typos.mayBeSlip(lower) || text != lower || strings.HasSuffix(lower, "ly") || facts != nil || bases != nil {
		return "" // a name, a word of a caps line (too often a name), a function word, an adverb
	}
	return lex.typos.correct(lower)
}

// findCues returns the cue phrases among toks, matching each word as written or as any of its
// dictionary bases. Punctuation and the possessive "'s" are matched only as written.
func (lex *Lexicon) findCues(toks []token) []match {
	return lex.findCuesInto(nil, toks)
}

// findCuesInto is findCues appending to dst.
func (lex *Lexicon) findCuesInto(dst []match, toks []token) []match {
	lex.expandForms()
	lex.attachFacts(toks)
	return lex.cuesOf(dst, toks)
}

// cuesOf is findCuesInto of words whose facts are attached.
func (lex *Lexicon) cuesOf(dst []match, toks []token) []match {
	from := len(dst)
	dst = lex.cueMatches(dst, toks)
	// A noun that stands for a figure is no verb's form: "rating" and "rated" have the base
	// "rate", but "an approval rating of 87%" is no rate the text was about (blind round 132:
	// read as Brazil's growth of 2010). The forms written so stay ("a reading of 3.2%").
	out := dst[:from]
	for _, m := range dst[from:] {
		if m.first == m.last && m.categories == catKindNoun && verbFormOfNoun(toks[m.first].lower) && lex.cues.child(&lex.cues.root, toks[m.first].lower) == nil {
			continue
		}
		out = append(out, m)
	}
	return out
}

// verbFormOfNoun reports a word written as a verb's participle or gerund: "rating", "rated".
func verbFormOfNoun(lower string) bool {
	return strings.HasSuffix(lower, "ing") || strings.HasSuffix(lower, "ed")
}

// cueMatches is cuesOf before its forms of verbs are let go.
func (lex *Lexicon) cueMatches(dst []match, toks []token) []match {
	return lex.cues.findAll(dst, len(toks), func(i int) (int, []*trieNode) {
		for ; i < len(toks); i++ {
			if f := toks[i].facts; f != nil && len(f.cueRoots) > 0 {
				return i, f.cueRoots
			}
		}
		return len(toks), nil
	}, func(i int) string { return toks[i].lower }, func(i int) []string {
		if f := toks[i].facts; f != nil && !strings.HasPrefix(toks[i].lower, "'") {
			return f.lemmas
		}
		return nil
	})
}

// codeSet is a set of entity codes, which are three capital letters (as the entity table's
// reader requires), kept as a bit for each of the 26³ codes, and one for any other string,
// never set: whether a code is an aggregate's is asked of the names around most figures, and
// a map hashed the code at each.
type codeSet [(noCode + 1 + 63) / 64]uint64

// noCode is the bit of the strings that are no code.
const noCode = 26 * 26 * 26

// codeIndex returns the bit of a code of three capital letters, and noCode for any other
// string. (One expression, so that has is inlined: every name asks.)
func codeIndex(code string) int {
	if len(code) != 3 || code[0]-'A' >= 26 || code[1]-'A' >= 26 || code[2]-'A' >= 26 { // (bytes below 'A' wrap past 25)
		return noCode
	}
	return (int(code[0]-'A')*26+int(code[1]-'A'))*26 + int(code[2]-'A')
}

func (s *codeSet) add(code string) {
	if i := codeIndex(code); i != noCode {
		s[i/64] |= 1 << (i % 64)
	}
}

func (s *codeSet) has(code string) bool {
	i := uint(codeIndex(code))
	return s[i/64]>>(i%64)&1 != 0
}
