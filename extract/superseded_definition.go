package extract

// A figure can be given on a definition its source has since replaced: "Nigeria's
// unemployment rate, by the old method, was 33.3%", "India's economy grew 4.5% in 2013 on the
// old series", "Under the previous methodology, the jobless rate was 33.3%". The table holds
// each series as its publishers now define it, so such a figure is of another measure, as a
// widened one is (widened.go): judged against the current series, Nigeria's 33.3% (the
// national office's rate before its 2023 revision) was flagged against the ILO's 5.7%.

// A figure can also name a country's own count where the table holds an international one:
// "Unemployment on the national definition was 6.0%" is Germany's registered jobless rate,
// which the Federal Employment Agency counts, not the ILO rate of 3.4% the table holds; read as
// the ILO rate it was flagged. The table's inflation and growth are the national ones already,
// so such a phrase there only says what the figure is, and leaving it costs a claim, never a
// false alarm.

// supersededModifier are the words that mark a definition as one since replaced.
var supersededModifier = map[string]bool{
	"old": true, "older": true, "previous": true, "former": true,
	"outdated": true, "discontinued": true, "superseded": true, "old-style": true,
}

// ownCountModifier are the words that mark a definition as a country's own count, asked in a
// sentence of unemployment only: the table's other series are the national ones already
// ("Argentina's inflation, by its own measure, was 211%", "growth on a national accounts
// basis" keep their claims).
var ownCountModifier = map[string]bool{
	"national": true, "registered": true, "claimant": true, "domestic": true, "own": true,
}

// replacingModifier are the words that mark a definition as the one that replaced another:
// read as a yardstick only beside a superseded one ("4.5% on the old series, against 6.4% on
// the new one"), where the figure is one of two readings of a period set side by side.
var replacingModifier = map[string]bool{
	"new": true, "revised": true, "updated": true, "current": true, "rebased": true,
}

// definitionNoun are the nouns that say how a figure is counted (markDefinition marks them).
var definitionNoun = map[string]bool{
	"method": true, "methods": true, "methodology": true, "definition": true, "measure": true,
	"basis": true, "base": true, "series": true, "yardstick": true,
	"way": true, "formula": true, // "measured the old way", "on the old formula" (attack round 17)
}

// (Not "survey", "count" or "estimate": "down from 5.4% in the previous survey" is an earlier
// reading of the same measure, a time, not a definition.)

// definitionPhrases is what a sentence holds of definition phrases, once asked.
type definitionPhrases uint8

const (
	definitionsUnknown    definitionPhrases = iota
	definitionsNone                         // no definition noun at all: most sentences
	definitionsSome                         // definition nouns, none of a superseded definition
	definitionsSuperseded                   // a phrase of a superseded definition
)

// sentenceDefinitions returns what the sentence holds of definition phrases, read once.
func (s *sentence) sentenceDefinitions() definitionPhrases {
	if s.definitions != definitionsUnknown {
		return s.definitions
	}
	s.definitions = definitionsNone
	if s.marked(markDefinition) {
		s.definitions = definitionsSome
	}
	if s.definitions == definitionsSome && s.anyDefinitionPhrase(supersededModifier) {
		s.definitions = definitionsSuperseded
	}
	return s.definitions
}

// supersededDefinition reports figure k given on a definition since replaced: a phrase such as
// "by the old method" or "on the previous series" in the figure's own stretch of the sentence,
// from the figure or semicolon before it to the one after it; or, in a sentence of
// unemployment, on a country's own count ("on the national definition").
func (s *sentence) supersededDefinition(k int) bool {
	held := s.sentenceDefinitions()
	if held == definitionsNone {
		return false
	}
	ws := s.words
	from, to := 0, len(ws)
	for i := s.qFirst[k] - 1; i >= 0; i-- {
		if ws[i].lower == ";" || ws[i].fig >= 0 && ws[i].fig != k && !isDuration(s.quants[ws[i].fig].Unit) {
			from = i + 1
			break
		}
	}
	for i := s.qLast[k] + 1; i < len(ws); i++ {
		if ws[i].lower == ";" || ws[i].fig >= 0 && ws[i].fig != k && !isDuration(s.quants[ws[i].fig].Unit) {
			to = i
			break
		}
	}
	ownCount := s.namesUnemployment()
	for i := from; i < to; i++ {
		if held == definitionsSuperseded && s.definitionPhraseAt(i, supersededModifier, false) || ownCount && s.definitionPhraseAt(i, ownCountModifier, false) {
			return true
		}
	}
	if held != definitionsSuperseded {
		return false
	}
	// a replacing definition beside a superseded one: "against 6.4% on the new one"
	for i := from; i < to; i++ {
		if s.definitionPhraseAt(i, replacingModifier, true) {
			return true
		}
	}
	return false
}

// namesUnemployment reports a cue of unemployment in the sentence.
func (s *sentence) namesUnemployment() bool {
	for _, m := range s.cues {
		if mm := m.measureOf(); mm != nil && (mm.name == "unemployment" || mm.name == "unemployed") {
			return true
		}
	}
	return false
}

// anyDefinitionPhrase reports a definition phrase with one of modifiers anywhere in the
// sentence.
func (s *sentence) anyDefinitionPhrase(modifiers map[string]bool) bool {
	for i := range s.words {
		if s.definitionPhraseAt(i, modifiers, false) {
			return true
		}
	}
	return false
}

// definitionPhraseAt reports a phrase from preposition i that names a definition with one of
// modifiers: "by the old method", "under the previous methodology", "according to the former
// definition", "on the old series", "measured the old way"; with pronoun, "on the new one" too. Only determiners and
// modifiers may stand between the preposition and the noun.
func (s *sentence) definitionPhraseAt(i int, modifiers map[string]bool, pronoun bool) bool {
	ws := s.words
	switch ws[i].lower {
	case "by", "on", "under", "using", "with", "in":
	case "measured", "calculated", "computed", "counted":
		// "if measured the old way", "calculated the old way": the participle brings the phrase
	case "according", "based":
		if i+1 >= len(ws) || ws[i+1].lower != "to" && ws[i+1].lower != "on" {
			return false
		}
		i++
	default:
		return false
	}
	modified := false
	for j := i + 1; j < len(ws) && j <= i+5; j++ {
		w := &ws[j]
		switch {
		case modifiers[w.lower]:
			modified = true
		case w.lower == "accounts":
			return false // "on a national accounts basis": the national accounts are the table's
		case definitionNoun[w.lower] || pronoun && w.lower == "one":
			return modified
		case w.fig >= 0 || w.tag == tagVerb || w.tag == tagPrep || w.tag == tagPunct || w.tag == tagCoord:
			return false
		}
	}
	return false
}
