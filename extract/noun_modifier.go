package extract

import "strings"

// A noun before a measure names the part of it that is meant ("energy prices", "export
// growth"), and restricts makes it so. But the tagger reads a word it does not know by its
// ending, and a noun in -al, -ic, -ive, -able or -ary is taken for an adjective: "Hospital
// price inflation in Germany was 4.5% in 2024" was read as Germany's consumer-price inflation
// and flagged against its 2.26%, as were "cereal prices", "vegetable price inflation",
// "chemical prices" and "material price inflation". An adjective restricts only when the
// lexicon lists it ("medical", "industrial"), since most that stand before a measure describe
// it ("massive inflation", "typical growth").
//
// What tells the noun is its plural: the dictionary knows "hospitals", "cereals" and
// "vegetables", and has no "massives", "typicals" or "historics"; the rule reads price measures
// only ("criminal prices"). An adjective that restricts any measure is listed in the lexicon
// ("potential growth" is not the economy's growth: cues.csv). The neutral words of the lexicon
// ("general", "national", "official", "annual") are cues and are passed over before this is
// asked.

// suffixNoun reports a word that the tagger took for an adjective by its ending alone and that
// the dictionary knows as a noun, by a plural of it.
func suffixNoun(lower string) bool {
	return len(lower) >= 6 && adjectiveSuffix(lower) && hasPlural(lower)
}

// hasPlural reports a word the dictionary knows as a noun by a plural of it ("hospitals",
// "cars"), or a plural itself ("services").
func hasPlural(lower string) bool {
	for _, plural := range []string{lower + "s", lower + "es"} {
		for _, b := range lemmasOf(plural) {
			if b == lower {
				return true
			}
		}
	}
	for _, b := range lemmasOf(lower) {
		if b != lower && (lower == b+"s" || lower == b+"es") {
			return true
		}
	}
	return false
}

// adjectiveSuffix reports an ending isAdjective reads as an adjective's.
func adjectiveSuffix(lower string) bool {
	for _, suffix := range adjectiveSuffixes {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

var adjectiveSuffixes = []string{"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish", "ary"}

// A hyphen makes a compound of the words it joins, and the tagger tags a compound before a
// noun as an adjective: "Shop-price inflation in Britain was 4.3%", "used-car price
// inflation". A compound that ends in the measure's "price", or ends in a noun right before
// it, names the goods priced: the compound's noun restricts the measure as "shop price
// inflation" does. Other compounds before a measure mostly describe it ("year-on-year",
// "double-digit", "long-term" inflation) and are left as they are.

// pricedCompound reports a hyphenated compound among the modifiers [from, at) of a measure
// whose phrase begins at word at with "price", that ends in a noun of the dictionary joined to
// "price" or right before it.
func (s *sentence) pricedCompound(from, at int) bool {
	ws := s.words
	if at >= len(ws) || (ws[at].lower != "price" && ws[at].lower != "prices") {
		return false
	}
	j := at - 1
	if j < from || !(ws[j].joined || j > 0 && ws[j-1].joined) {
		return false
	}
	w := &ws[j]
	if w.cue >= 0 || w.ent >= 0 || w.date >= 0 || w.fig >= 0 || w.inst >= 0 {
		return false
	}
	return hasPlural(w.lower)
}

// suffixNounModifier reports a noun among the modifiers [from, to) of a measure that the tagger
// took for an adjective by its ending (suffixNoun). Words before a possessive are the
// possessor's, as restricts reads them; a word of a hyphenated compound is the compound's.
func (s *sentence) suffixNounModifier(from, to int) bool {
	ws := s.words
	from = afterPossessor(ws, from, to)
	for i := from; i < to; i++ {
		w := &ws[i]
		if w.tag != tagAdj || w.cue >= 0 || w.ent >= 0 || w.date >= 0 || w.fig >= 0 || w.inst >= 0 ||
			w.joined || i > 0 && ws[i-1].joined {
			continue
		}
		if suffixNoun(w.lower) {
			return true
		}
	}
	return false
}

// pricedMeasure reports a measure of prices, the measures whose modifiers name goods.
func pricedMeasure(name string) bool {
	return name == "inflation" || name == "prices"
}
