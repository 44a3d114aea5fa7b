package timex

import (
	"strings"
	"time"
)

// otherLanguageMonths are the months of the languages whose outlets print English editions
// under a dateline of their own: Spanish, Portuguese, French, German and Italian ("Buenos
// Aires, 3 de septiembre de 2019", "Berlin — 9. Februar 2023", "Paris, 20 avril 2017"). They
// are read in a masthead line only, where no English word can be mistaken for one.
var otherLanguageMonths = map[string]time.Month{
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "april": 4, "juni": 6, "juli": 7, "august": 8,
	"september": 9, "oktober": 10, "november": 11, "dezember": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
}

// otherLanguageDateAt reads at text[i:] a date of the day, month and year in one of those
// languages: "3 de septiembre de 2019", "9. Februar 2023", "1er mars 2017", "20 aprile 2017".
func otherLanguageDateAt(text string, i int) (dateParts, bool) {
	start := i
	de := digitsEnd(text, i)
	if de == i || de-i > 2 {
		return dateParts{}, false
	}
	day := atoi(text[i:de])
	j := de
	switch {
	case strings.HasPrefix(text[j:], "."):
		j++
	case strings.HasPrefix(text[j:], "er"), strings.HasPrefix(text[j:], "º"):
		j += 2 // "1er", "1º" (two bytes each)
	}
	j = skipSpaces(text, j)
	if strings.HasPrefix(text[j:], "de ") {
		j += 3
	}
	we := j
	for we < len(text) && text[we] != ' ' && text[we] != ',' && text[we] != '.' {
		we++
	}
	month, ok := otherLanguageMonths[strings.ToLower(text[j:we])]
	if !ok || day < 1 || day > 31 {
		return dateParts{}, false
	}
	k := skipSpaces(text, we)
	if strings.HasPrefix(text[k:], "de ") {
		k += 3
	}
	year, end, ok := fourDigitYear(text, k)
	if !ok {
		return dateParts{}, false
	}
	return dateParts{year: year, month: month, day: day, hasDay: true, hasYear: true, start: start, end: end}, true
}
