package extract

import (
	"strings"

	"github.com/factcheck/factcheck/extract/timex"
)

// A dateline opens a wire story's first line and says where it was filed: "LISBON - ",
// "HANOI (Reuters) - ", "LONDON, Dec 3 (Reuters) - ", "SAO PAULO, Brazil (AP) — ",
// "BEIJING, Dec. 3 (Xinhua) -- ", "ISLAMABAD, Dec 3 (APP): ", "Kuala Lumpur, Dec 3 (Bernama)
// -- ", "New Delhi, Dec 3 (PTI) The". Three readers ask for it: the mentions of the article
// (scanDateline: a dateline of a country or its capital names it), the home of "here" and "our
// economy" (datelineCountry), and whether a paragraph is placed elsewhere than a country it
// names in passing (placedElsewhere). They read it here, once, from the line's words, so that
// they agree on what is a dateline and which place it names.

// span is a stretch [from, to) of a line's words.
type span struct{ from, to int }

// dateline is the shape of a dateline that opens a line's words: its place, a second place
// after a slash ("BRUSSELS/LONDON"), and the words after a comma that say where the place is
// ("SAO PAULO, Brazil", "ST. JOHN'S, Antigua"). A span of no words is none.
type dateline struct {
	place, second, qualifier span
	// weak is a dateline of a shape that other lines have too: a place alone before a colon
	// ("ISLAMABAD: ", "EXCLUSIVE: ", "GDP (2024): "), an agency's brackets with no dash or date
	// ("NEW DELHI (PTI) India's", "FATAL FORCE (MACROSPACE) Review"). It counts only when its
	// place is known.
	weak bool
}

// maxPlaceWords bounds the words of a dateline's place ("SANTA CRUZ DE TENERIFE"): a longer run
// of capitals is a headline.
const maxPlaceWords = 4

// datelineToks returns the dateline that opens the words of a line, toks: a place in capitals
// ("LISBON", "NEW YORK", "ST. JOHN'S", "BRUSSELS/LONDON"), or in title case with a date after it
// ("Kuala Lumpur, Dec 3"), then a comma with a date or the place's country or state, an agency
// in brackets, and a dash or a colon. ok false when the line opens with none: a run of
// capitals before a comma and no date ("GDP, the broadest measure"), a two-letter name ("US -
// China talks"), a headline whose capitals run into a figure ("UK ECONOMY GROWS 0.5% - ").
// The tokenizer drops a dash it does not read as one ("--", "-" before a line break): after an
// agency or a date, a gap of more than a space stands for it.
func datelineToks(toks []token) (d dateline, ok bool) {
	caps := len(toks) > 0 && allCaps(toks[0].text)
	i := placeWords(toks, 0, caps)
	if i == 0 || caps && i == 1 && len(toks[0].text) < 3 {
		return dateline{}, false // ("US - China talks stall")
	}
	d.place = span{0, i}
	if i+1 < len(toks) && toks[i].text == "/" && toks[i].start == toks[i-1].end {
		if j := placeWords(toks, i+1, caps); j > i+1 {
			d.second, i = span{i + 1, j}, j // "BRUSSELS/LONDON", "Frankfurt/Main"
		}
	}
	if i+1 < len(toks) && toks[i].text == "," && toks[i+1].text == "(" {
		i++ // "SEOUL, (Yonhap) -- "
	}
	dated := false
	if i < len(toks) && toks[i].text == "," {
		if j := dateWords(toks, i+1); j > i+1 {
			dated, i = true, j // "DHAKA, March 5", "Frankfurt/Main, 3 Dec"
		} else {
			j = placeWords(toks, i+1, false) // "SAO PAULO, Brazil", "KANSAS CITY, Mo."
			if j == i+1 && caps {
				j = placeWords(toks, i+1, true) // "MEXICO CITY, MEXICO"
			}
			if j == i+1 {
				return dateline{}, false // "GDP, the broadest measure"
			}
			d.qualifier, i = span{i + 1, j}, j
			if i < len(toks) && toks[i].text == "." && toks[i].start == toks[i-1].end {
				i++ // "Mo."
			}
			if i < len(toks) && toks[i].text == "," {
				if k := dateWords(toks, i+1); k > i+1 {
					dated, i = true, k
				}
			}
		}
	}
	if !caps && !dated {
		return dateline{}, false // a title-case place needs its date: "London, the capital"
	}
	if dated && i+1 < len(toks) && toks[i].text == "." && toks[i].start == toks[i-1].end && isCapitalised(toks[i+1].text) {
		return d, true // "Vienna, 01.11.2026. The EU adopted"
	}
	if dated && i < len(toks) && toks[i-1].text == "." && isCapitalised(toks[i].text) {
		return d, true // "Ankara, 3 November. Prices rose": the date's words took the stop
	}
	agency := false
	if i < len(toks) && (toks[i].text == "(" || toks[i].text == "/") {
		close := ")"
		if toks[i].text == "/" {
			close = "/" // TASS's "MOSCOW, February 7. /TASS/. "
		}
		k := i + 1
		for k < len(toks) && k <= i+4 && !toks[k].punct && !isDigits(toks[k].text) {
			k++
		}
		if k == i+1 || k >= len(toks) || toks[k].text != close {
			return dateline{}, false
		}
		agency, i = true, k+1 // "(Reuters)", "(Thomson Reuters Foundation)"
		if i < len(toks) && toks[i].text == "." && toks[i].start == toks[i-1].end {
			i++
		}
	}
	if i >= len(toks) {
		// the line ends: a dash at its end is dropped, and only a date says that the words are
		// a dateline, not a heading ("NEW YORK", "WINNERS (once)")
		return d, dated
	}
	switch toks[i].text {
	case "-", "–", "—":
		return d, true
	case ":":
		// "ISLAMABAD: ", "LANSING, Michigan: "; a place with no date before a colon is as
		// often a kicker or a label ("EXCLUSIVE: ", "MARKETS: ", "GDP (2024): ")
		d.weak = d.qualifier.to == 0 && !dated
		return d, true
	}
	if (agency || dated) && toks[i].start-toks[i-1].end >= 2 {
		return d, true // a dash the tokenizer dropped: "(Xinhua) -- ", "Dec 3 -- "
	}
	if caps && toks[i].start-toks[i-1].end >= 3 && isCapitalised(toks[i].text) {
		// "BOGOTÁ -- The peso", "WASHINGTON -- The Fed": a place in capitals and a dropped
		// dash; weak, as a heading's capitals may stand so too ("EXCLUSIVE -- The")
		d.weak = true
		return d, true
	}
	// "New Delhi, Dec 3 (PTI) The government", "NEW DELHI (PTI) India's economy": an agency
	// ends a dateline with no dash, but so do the brackets of a heading ("FATAL FORCE
	// (MACROSPACE) Review")
	d.weak = !dated
	return d, agency && isCapitalised(toks[i].text)
}

// placeWords returns the end of the words of a place's name from toks[i]: in capitals when caps
// ("NEW YORK", "ST. JOHN'S"), else capitalised ("Kuala Lumpur", "Puerto Rico", "Mo."); i when
// none. A day's or a month's name and a word of the closed classes start none ("On Tuesday,
// March 4").
func placeWords(toks []token, i int, caps bool) int {
	j, words := i, 0
	for j < len(toks) && words < maxPlaceWords {
		w := toks[j].text
		switch {
		case toks[j].punct && w == "." && j > i && toks[j].start == toks[j-1].end && j+1 < len(toks) && placeWords(toks, j+1, caps) > j+1:
			j++ // "ST. JOHN'S"
			continue
		case toks[j].punct:
			return j
		case timex.IsDayOrMonthName(w):
			return j
		case caps && !allCaps(w):
			return j
		case !caps && !isCapitalised(w):
			return j
		}
		if _, closed := closedClass[toks[j].lower]; closed && j == i && !caps {
			return j
		}
		j++
		words++
	}
	if j < len(toks) && words == maxPlaceWords && !toks[j].punct && (caps && allCaps(toks[j].text) || !caps && isCapitalised(toks[j].text)) {
		return i // a longer run of capitals is a headline
	}
	return j
}

// dateWords returns the end of a date of a dateline from toks[i] ("Dec 3", "Dec. 3", "3 Dec",
// "March 4, 2025", "Tuesday"): numbers, names of days and months, their stops and commas, with
// at least one name; i when there is none.
func dateWords(toks []token, i int) int {
	if j := numericDate(toks, i); j > i {
		return j // "Vienna, 01.11.2026.", "Madrid, 3/11/2026 -"
	}
	j, named := i, false
	for j < len(toks) && j < i+7 {
		w := toks[j].text
		switch {
		case timex.IsDayOrMonthName(w):
			named = true
		case isDigits(w) && len(w) <= 4:
		case (w == "." || w == ",") && j > i && j+1 < len(toks) && (isDigits(toks[j+1].text) || timex.IsDayOrMonthName(toks[j+1].text)):
		case w == "." && j > i && toks[j].start == toks[j-1].end:
		default:
			if !named {
				return i
			}
			return j
		}
		j++
	}
	if !named {
		return i
	}
	return j
}

// numericDate returns the end of a date written in figures from toks[i], day and month before
// a year of four digits ("01.11.2026", one word; "3/11/2026") as European papers date their
// lines; i when there is none.
func numericDate(toks []token, i int) int {
	if i >= len(toks) {
		return i
	}
	if parts := strings.Split(toks[i].text, "."); len(parts) == 3 && dayOrMonthDigits(parts[0]) && dayOrMonthDigits(parts[1]) && len(parts[2]) == 4 && isDigits(parts[2]) {
		return i + 1
	}
	if i+4 < len(toks) && dayOrMonthDigits(toks[i].text) && toks[i+1].text == "/" && dayOrMonthDigits(toks[i+2].text) && toks[i+3].text == "/" &&
		len(toks[i+4].text) == 4 && isDigits(toks[i+4].text) {
		for k := i + 1; k <= i+4; k++ {
			if toks[k].start != toks[k-1].end {
				return i // "3 / 11 / 2026": no date's shape
			}
		}
		return i + 5
	}
	return i
}

// dayOrMonthDigits reports one or two digits.
func dayOrMonthDigits(w string) bool {
	return (len(w) == 1 || len(w) == 2) && isDigits(w)
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// datelinePlace returns the country of the dateline that opens the line toks, by the name of the
// country or of its capital, which must be the place's whole name ("LISBON", "NEW DELHI",
// "MEXICO CITY"; not "UK ECONOMY"), or by a place of datelines.csv ("LONDON"). The words after a
// comma say where the place is: a country among them is the place's ("SAO PAULO, Brazil"), and
// anything else makes it a place the lexicon does not know ("PARIS, Texas", "PORTLAND,
// Maine"). Two places after a slash name a country only when both name it. code is empty for a
// place the lexicon does not know ("JOHANNESBURG", "SHENZHEN"), which lends no country; named
// is false when only datelines.csv knows the place; ok false when the line opens with no
// dateline, or with one of a weak shape and a place the lexicon does not know (a kicker:
// "EXCLUSIVE: ").
func (lex *Lexicon) datelinePlace(toks []token) (code string, named, ok bool) {
	d, ok := datelineToks(toks)
	if !ok {
		return "", false, false
	}
	if d.qualifier.to > d.qualifier.from {
		code, named = lex.placeCode(toks, d.qualifier)
	} else {
		code, named = lex.placeCode(toks, d.place)
		if d.second.to > d.second.from {
			if c, n := lex.placeCode(toks, d.second); c != code {
				code, named = "", false
			} else {
				named = named && n
			}
		}
	}
	if d.weak && code == "" {
		return "", false, false
	}
	return code, named, true
}

// placeCode returns the country of the name or capital whose name is the whole of toks[sp]
// (named true), or of a place of datelines.csv ("LONDON"); "" when there is none.
func (lex *Lexicon) placeCode(toks []token, sp span) (code string, named bool) {
	words := toks[sp.from:sp.to]
	for _, m := range lex.findNames(nil, lex.entities, words, true) {
		if m.first == 0 && m.last == len(words)-1 {
			if c, ok := entityCode(m); ok {
				return c, true
			}
		}
		break
	}
	if len(words) == 1 {
		return lex.datelinePlaces[nameKeyOf(strings.ToUpper(words[0].text))], false
	}
	return lex.datelinePlaces[nameKeyOf(strings.ToUpper(joinedText(words)))], false
}

// ownDatelineCountry returns the country that a dateline in capitals opening sentence s names
// ("CANBERRA - ", "CANBERRA, Oct 3 (Reuters) - "), itself or by its capital: the country the
// text is filed from, which the mentions give to every sentence after it (scanDateline) but,
// read as a sentence's words, not to its own: a place in capitals is a name only in a line of
// capitals. Empty for any other sentence, and for a place of no country ("SYDNEY", "LONDON":
// market cities whose stories are as often of other countries).
func (st *articleState) ownDatelineCountry(s *sentence) string {
	if len(s.toks) < 3 || s.capsLine || !allCaps(s.toks[0].text) || !st.opensLine(s.start) {
		return ""
	}
	code, named, ok := st.lex.datelinePlace(s.toks)
	if !ok || !named {
		return ""
	}
	return code
}

// opensLine reports that only spaces stand between offset pos and the start of its line.
func (st *articleState) opensLine(pos int) bool {
	for i := pos - 1; i >= 0; i-- {
		switch st.art.Text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}
