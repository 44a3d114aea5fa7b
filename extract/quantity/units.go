package quantity

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// The units of measure a number may carry come from units.csv, so that a curator adds a unit
// without touching the scanner. Money is read by the currency tables of lexicon.go.

//go:embed units.csv
var unitsCSV string

// unitEntry is one unit of units.csv.
type unitEntry struct {
	name      string // canonical name, reported as Quantity.Unit
	dimension string
}

var (
	unitWords      map[string]unitEntry // lower-case forms, possibly of several words
	unitSymbols    map[string]unitEntry // case-sensitive forms
	maxUnitWords   int                  // the most words of a form in unitWords
	symbolPrefixes []string             // symbols that begin with a non-letter: "°C", "µg", "%"
)

func init() {
	var err error
	unitWords, unitSymbols, err = parseUnits(unitsCSV)
	if err != nil {
		panic(err) // the file is embedded: a bad row is a build mistake, caught by the tests
	}
	for w := range unitWords {
		maxUnitWords = max(maxUnitWords, strings.Count(w, " ")+1)
	}
	for sym := range unitSymbols {
		if !ascii.IsLetter(sym[0]) {
			symbolPrefixes = append(symbolPrefixes, sym)
		}
	}
	unitFirstWords = map[string]bool{}
	firstWords := map[string]unitFirstWord{}
	for w := range unitWords {
		first, _, several := strings.Cut(w, " ")
		unitFirstWords[first] = true
		fw := firstWords[first]
		fw.several = fw.several || several
		firstWords[first] = fw
	}
	for w, fw := range firstWords {
		fw.unit, fw.isUnit = unitWords[w]
		firstWords[w] = fw
	}
	unitWordShapes = newShapes(keys(unitFirstWords))
	unitWordTable, unitFirstWordTable = ascii.NewWordTable(unitWords), ascii.NewWordTable(firstWords)
	unitSymbolTable = ascii.NewExactWordTable(unitSymbols)
	unitLeadWords = newUnitLeadWords()
}

// unitWordShapes spare a map lookup for most words after a number.
var unitWordShapes *shapes

// unitFirstWords are the first words of the forms in unitWords: most words after a number
// begin none, and one lookup tells.
var unitFirstWords map[string]bool

// unitFirstWord is what units.csv makes of a word that begins one of its forms: the unit the
// word names alone, if it does, and whether it begins a form of several words ("square" of
// "square metres"). One look-up tells both.
type unitFirstWord struct {
	unit    unitEntry
	isUnit  bool
	several bool
}

func parseUnits(data string) (words, symbols map[string]unitEntry, err error) {
	r := csv.NewReader(strings.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = 4
	rows, err := r.ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("units.csv: %w", err)
	}
	words, symbols = map[string]unitEntry{}, map[string]unitEntry{}
	for k, row := range rows[1:] {
		e := unitEntry{name: row[0], dimension: row[1]}
		for _, f := range splitForms(row[2]) {
			if f != strings.ToLower(f) {
				return nil, nil, fmt.Errorf("units.csv: row %d: word %q is not lower-case", k+2, f)
			}
			if _, dup := words[f]; dup {
				return nil, nil, fmt.Errorf("units.csv: row %d: word %q stands in two rows", k+2, f)
			}
			words[f] = e
		}
		for _, f := range splitForms(row[3]) {
			if _, dup := symbols[f]; dup {
				return nil, nil, fmt.Errorf("units.csv: row %d: symbol %q stands in two rows", k+2, f)
			}
			symbols[f] = e
		}
	}
	return words, symbols, nil
}

func splitForms(field string) []string {
	if field == "" {
		return nil
	}
	return strings.Split(field, "|")
}

// unitTokenEnd returns the end of a unit token whose first word of letters ends at wordEnd:
// the word, then "/" and letters ("km/h"), then a power ("m2", "km²").
func unitTokenEnd(text string, wordEnd int) int {
	e := wordEnd
	if e+1 < len(text) && text[e] == '/' && ascii.IsLetter(text[e+1]) {
		e = ascii.WordEnd(text, e+1)
	}
	if e < len(text) && (text[e] == '2' || text[e] == '3') && (e+1 == len(text) || !ascii.IsWordByte(text[e+1])) {
		e++
	} else if isPowerSign(text, e) {
		e += len("²")
	}
	return e
}

// lexUnitAt reads a unit of units.csv at i: a symbol ("MW", "°C"), or a word or words
// ("kilometres", "miles per hour"). Symbols of one letter ("t", "C", "p") are read only
// glued to the number, where they cannot be a word of the sentence.
func lexUnitAt(text string, i int, glued bool) (unitEntry, int, bool) {
	if i >= len(text) {
		return unitEntry{}, 0, false
	}
	if !ascii.IsLetter(text[i]) {
		for _, sym := range symbolPrefixes {
			if strings.HasPrefix(text[i:], sym) {
				e := i + len(sym)
				if e < len(text) && ascii.IsLetter(text[e]) {
					continue
				}
				return unitSymbols[sym], e, true
			}
		}
		return unitEntry{}, 0, false
	}
	we := ascii.WordEnd(text, i)
	end := unitTokenEnd(text, we)
	// No symbol is a long lower-case word ("workers", "people"): those skip to the words.
	if we-i <= 4 || !isLowerByte(text[i]) || end != we {
		for k, e := range [2]int{end, we} {
			if k == 1 && e == end {
				break // the same token, read already
			}
			tok := text[i:e]
			if e < len(text) && (ascii.IsWordByte(text[e]) && !isPowerSign(text, e)) {
				continue
			}
			if u, ok := unitSymbolTable.Lookup(tok); ok && (glued || utf8.RuneCountInString(tok) > 1 && !gluedOnlySymbols[tok] || spacedSymbols[tok] && !wordFollows(text, e)) {
				return u, e, true
			}
		}
		if end > we && (end == len(text) || !ascii.IsWordByte(text[end])) {
			if u, ok := unitWordTable.Lookup(text[i:end]); ok {
				return u, end, true // "km/h"
			}
		}
	}
	if !unitWordShapes.may(text[i:we]) {
		return unitEntry{}, 0, false
	}
	first := unitFirstWordTable.Ref(text[i:we])
	if first == nil {
		return unitEntry{}, 0, false
	}
	if !first.several {
		// Most unit words after a number begin no form of several words ("years", "people"):
		// the word alone is the unit, as the loop below would find after building its longer
		// forms for nothing.
		if we < len(text) && ascii.IsDigit(text[we]) || !first.isUnit {
			return unitEntry{}, 0, false
		}
		return first.unit, we, true
	}
	// Words, longest first: "miles per hour" before "miles"; a hyphen joins words as a space
	// does ("kilowatt-hours").
	var buf [64]byte
	var ends [4]int  // the length in buf after each word
	var wends [4]int // the end in text of each word
	n, k, j := 0, 0, i
	for k < maxUnitWords && k < len(ends) {
		we := ascii.WordEnd(text, j)
		if we == j || n+(we-j)+1 > len(buf) {
			break
		}
		if k > 0 {
			buf[n] = ' '
			n++
		}
		for p := j; p < we; p++ {
			buf[n] = text[p] | 0x20
			n++
		}
		ends[k], wends[k] = n, we
		k++
		if we < len(text) && text[we] == '-' {
			j = we + 1
		} else if j = skipBlank(text, we); j == we {
			break
		}
	}
	for ; k > 0; k-- {
		e := wends[k-1]
		if e < len(text) && ascii.IsDigit(text[e]) {
			continue
		}
		var u unitEntry
		var ok bool
		if k == 1 { // one word, the common case: looked up as it stands
			u, ok = unitWordTable.Lookup(text[i:e])
		} else {
			u, ok = unitWords[string(buf[:ends[k-1]])]
		}
		if ok {
			return u, e, true
		}
	}
	return unitEntry{}, 0, false
}

// isPowerSign reports "²" or "³" at i. Both begin with the byte 0xC2, which is tested first:
// the test follows every word after a number.
func isPowerSign(text string, i int) bool {
	return i < len(text) && text[i] == 0xC2 && (hasPrefix(text, i, "²") || hasPrefix(text, i, "³"))
}

// gluedOnlySymbols are symbols of two letters that are also words ("in", "st"): read only
// against the digits, as in "6ft 4in" and "5st".
var gluedOnlySymbols = map[string]bool{"in": true, "st": true}

// spacedSymbols are the one-letter symbols also read after a space ("249 g", "12 V"), where
// nothing but punctuation or a new word follows them.
var spacedSymbols = map[string]bool{"g": true, "l": true, "L": true, "W": true, "V": true}

// wordFollows reports an abbreviation dot or a letter right after i: "g." and "V-shaped"
// are not symbols.
func wordFollows(text string, i int) bool {
	return i < len(text) && (text[i] == '.' && i+1 < len(text) && ascii.IsLetter(text[i+1]) || text[i] == '-' || text[i] == '\'')
}
