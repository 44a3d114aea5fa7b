package extract

import (
	"strings"
	"unicode"
)

// A measure modified by the adjective of a place the lexicon does not know as a country is that
// place's, a part of a country: "Scottish GDP per head grew 0.4 per cent", "Scottish
// unemployment averaged 3.9 per cent", "Bavarian unemployment", "Catalan inflation". With no
// country of its own in the sentence, it was given the country of the text around it (blind
// round 26: a Scotsman story's Scottish figures were judged as the United Kingdom's). A
// country's adjective is a name the lexicon knows ("British", "Spanish") and is no such word.

// regionalAdjectiveOfMeasure reports a capitalised adjective of a place before the measure word
// of reading r, in its phrase, that names no entity the lexicon knows: "-ish", "-ian", "-ese",
// "-an" after a capital, or "Welsh".
func (s *sentence) regionalAdjectiveOfMeasure(r *reading) bool {
	if r.measureAt < 0 || r.fromContext {
		return false
	}
	p := s.words[r.measureAt].np
	if p < 0 {
		return false
	}
	for i := s.nps[p].first; i < r.measureAt; i++ {
		w := &s.words[i]
		if w.ent >= 0 || w.inst >= 0 || w.text == "" || !unicode.IsUpper(firstRune(w.text)) {
			continue
		}
		if placeAdjective(w.lower) {
			return true
		}
	}
	return false
}

// placeAdjective reports a word shaped as the adjective of a place: "scottish", "bavarian",
// "catalan", "texan", "welsh", "maltese". Words of that shape that name no place are not:
// "median", "annual", "urban".
func placeAdjective(w string) bool {
	if w == "welsh" {
		return true
	}
	if len(w) < 5 || notPlaceAdjectives[w] {
		return false
	}
	return strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "an")
}

// notPlaceAdjectives are words of a place adjective's shape that name no place.
var notPlaceAdjectives = map[string]bool{
	"median": true, "annual": true, "urban": true, "suburban": true, "human": true, "mean": true,
	"christian": true, "civilian": true, "guardian": true, "historian": true, "veteran": true,
	"republican": true, "partisan": true, "metropolitan": true, "cosmopolitan": true, "vegan": true,
	"musician": true, "politician": true, "custodian": true, "ocean": true, "clean": true,
	"spartan": true, "orphan": true, "titan": true, "outlandish": true, "finish": true,
}
