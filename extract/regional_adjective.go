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
// of reading r, in its phrase, that names no entity the lexicon knows: "-ish", "-ian" or "-ese"
// after a capital, or "Welsh"; not the first word of a name ("Goldman Sachs").
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
		if next := &s.words[i+1]; i+1 < r.measureAt && next.text != "" && unicode.IsUpper(firstRune(next.text)) {
			continue // a name's first word: "Goldman Sachs reckons China's economy"
		}
		if placeAdjective(w.lower) {
			return true
		}
	}
	return false
}

// placeAdjective reports a word shaped as the adjective of a place: "scottish", "bavarian",
// "welsh", "maltese" ("Catalan" and "Texan" are left out: "-an" ends too many names). Words of
// that shape that name no place are not: "median", "christian".
func placeAdjective(w string) bool {
	if w == "welsh" {
		return true
	}
	if len(w) < 5 || notPlaceAdjectives[w] {
		return false
	}
	return strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese")
}

// notPlaceAdjectives are words of a place adjective's shape that name no place.
var notPlaceAdjectives = map[string]bool{
	"median": true, "christian": true, "civilian": true, "guardian": true, "historian": true,
	"musician": true, "politician": true, "custodian": true, "outlandish": true, "finish": true,
}
