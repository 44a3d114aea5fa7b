package extract

import (
	"strings"

	"github.com/factcheck/factcheck/extract/quantity"
)

// An exchange rate is written as a currency and what it costs in another: "the yen weakened to
// 151 per dollar", "the euro traded at $1.08", "the dollar bought 151 yen". DESIGN.md keeps the
// value as written with a unit that names both currencies, the one counted first ("JPY/USD":
// yen per dollar, "USD/EUR": dollars per euro), and gives the claim to the country whose
// currency is quoted against the dollar; the checks invert where the table holds the other way.

// currencyEntities are the countries and areas whose currencies news quotes, by ISO 4217 code.
var currencyEntities = map[string]string{
	"USD": "USA", "EUR": "EMU", "JPY": "JPN", "GBP": "GBR", "CNY": "CHN", "CHF": "CHE",
	"CAD": "CAN", "AUD": "AUS", "NZD": "NZL", "SEK": "SWE", "NOK": "NOR", "DKK": "DNK",
	"RUB": "RUS", "INR": "IND", "BRL": "BRA", "MXN": "MEX", "ZAR": "ZAF", "KRW": "KOR",
	"TRY": "TUR", "PLN": "POL", "HUF": "HUN", "CZK": "CZE", "HKD": "HKG", "SGD": "SGP",
	"TWD": "TWN", "THB": "THA", "MYR": "MYS", "IDR": "IDN", "PHP": "PHL", "ILS": "ISR",
	"SAR": "SAU", "AED": "ARE", "NGN": "NGA", "EGP": "EGY", "ARS": "ARG", "CLP": "CHL",
	"COP": "COL", "UAH": "UKR", "KZT": "KAZ", "GHS": "GHA", "PKR": "PAK", "BDT": "BGD", "LKR": "LKA",
	"DEM": "DEU", "FRF": "FRA", "ITL": "ITA", "ESP": "ESP", "NLG": "NLD", "BEF": "BEL",
	"FIM": "FIN", "GRD": "GRC", "PTE": "PRT", "IEP": "IRL", "ATS": "AUT",
}

// currencyOfEntity is the currency of each country and area of currencyEntities.
var currencyOfEntity = func() map[string]string {
	m := make(map[string]string, len(currencyEntities))
	for code, entity := range currencyEntities {
		m[entity] = code
	}
	return m
}()

// fxQuote reads figure k of an exchange-rate reading r: the unit naming both currencies and the
// entity of the claim. ok is false when the figure is no rate of the currency its phrase names:
// an amount ("the dollar's $1bn"), a change ("fell 2% against the dollar"), a rate with no
// second currency. byConvention is true when no unit says which way the figure counts and the
// market's way was taken (marketQuote).
func (st *articleState) fxQuote(s *sentence, k int, r *reading) (unit, entity string, byConvention, ok bool) {
	if r.np < 0 || r.apposed >= 0 {
		return "", "", false, false // "885,000 euros (£611,000)": a sum converted, no rate
	}
	base, ok := s.currencyIn(r.np)
	if !ok && r.vg >= 0 && s.words[s.qFirst[k]].np == r.np {
		// the figure names its own currency: "the dollar bought 151 yen", "one dollar bought
		// 102.55 yen", "the dollar was worth 102.55 yen": the subject's is the other
		base, ok = s.subjectCurrency(r.vg)
	}
	if !ok {
		return "", "", false, false
	}
	q := s.quants[k]
	if q.Value <= 0 || q.Value >= 1e6 || q.ValueMax != nil {
		return "", "", false, false // an amount of money, not a price of a currency
	}
	counted, per := "", ""
	switch {
	case strings.Contains(q.Unit, "/"):
		// "151 yen per dollar": the scanner keeps the denominator as written
		num, den, _ := strings.Cut(q.Unit, "/")
		code, known := quantity.CurrencyNamed("", den)
		if !quantity.IsCurrency(num) || !known && !quantity.IsCurrency(den) {
			return "", "", false, false
		}
		if !known {
			code = den
		}
		counted, per = num, code
	case quantity.IsCurrency(q.Unit):
		counted, per = q.Unit, base // "the euro at $1.08"
	case q.Unit == "":
		code, bare, found := s.perCurrencyAfter(k) // "the yen weakened to 151 per dollar"
		if !found {
			return "", "", false, false
		}
		counted, per = base, code
		if bare {
			counted, per = marketQuote(base, code)
			byConvention = true
		}
	default:
		return "", "", false, false
	}
	if counted == per || counted != base && per != base {
		return "", "", false, false
	}
	quoted := base
	switch {
	case per == "USD":
		quoted = counted
	case counted == "USD":
		quoted = per
	}
	entity, known := currencyEntities[quoted]
	if !known {
		return "", "", false, false
	}
	return counted + "/" + per, entity, byConvention, true
}

// currencyIn returns the currency noun phrase p names: "the yen", "sterling", "the Australian
// dollar"; not a sum of it.
func (s *sentence) currencyIn(p int) (string, bool) {
	n := s.nps[p]
	for i := n.last; i >= n.first; i-- {
		if s.words[i].fig >= 0 {
			continue // "40m rupees", "one dollar": a sum of the currency, not the currency
		}
		adjective := ""
		if i > n.first {
			adjective = s.words[i-1].text
		}
		if code, ok := quantity.CurrencyNamed(adjective, s.words[i].text); ok {
			return code, true
		}
	}
	return "", false
}

// subjectCurrency returns the currency the subject of verb group g names: "the dollar", or one
// unit of it ("one dollar").
func (s *sentence) subjectCurrency(g int) (string, bool) {
	subj := s.subjectOf(g)
	if subj < 0 {
		return "", false
	}
	if code, ok := s.currencyIn(subj); ok {
		return code, true
	}
	for i := s.nps[subj].first; i <= s.nps[subj].last; i++ {
		if f := s.words[i].fig; f >= 0 && s.quants[f].Value == 1 && quantity.IsCurrency(s.quants[f].Unit) {
			return s.quants[f].Unit, true
		}
	}
	return "", false
}

// perCurrencyAfter returns the currency a bare figure is counted against: "151 per dollar",
// "100 to the dollar", "1.17 against the euro". bare is true when the words relate the two
// currencies without saying which one the figure counts ("1.28 against the dollar", "to",
// "versus"), false when they say it is so much per unit of the other ("per", "a").
func (s *sentence) perCurrencyAfter(k int) (code string, bare, ok bool) {
	i := s.qLast[k] + 1
	if i+1 >= len(s.words) {
		return "", false, false
	}
	switch s.words[i].lower {
	case "per", "a":
	case "to", "against", "versus", "vs", "vs.":
		bare = true
	default:
		return "", false, false
	}
	j := i + 1
	if s.words[j].lower == "." && s.words[i].lower == "vs" && j+1 < len(s.words) {
		j++ // "vs. the dollar"
	}
	if j < len(s.words) && (s.words[j].lower == "the" || s.words[j].lower == "one" || s.words[j].lower == "each") {
		j++
	}
	if j >= len(s.words) {
		return "", false, false
	}
	if j+1 < len(s.words) && s.words[j].tag != tagDet {
		if code, ok := quantity.CurrencyNamed(s.words[j].text, s.words[j+1].text); ok {
			return code, bare, true
		}
	}
	code, ok = quantity.CurrencyNamed("", s.words[j].text)
	return code, bare, ok
}

// dollarQuoted are the currencies the market quotes in US dollars per unit ("cable at 1.28",
// "EUR/USD 1.08"): sterling, the euro, the Australian and New Zealand dollars, and the Irish
// pound before the euro. Every other currency is quoted in units per US dollar ("USD/JPY
// 151"). This is the market's convention, as the FX desks and the Federal Reserve's H.10
// release state it, not a fit to the table.
var dollarQuoted = map[string]bool{"GBP": true, "EUR": true, "AUD": true, "NZD": true, "IEP": true}

// marketQuote orders a pair that a bare figure relates ("the pound averaged 1.28 against the
// dollar", "the dollar averaged 151 against the yen") as the market quotes it, whichever of
// the two the sentence names first: dollars per pound, yen per dollar. A figure with its unit
// ("$1.28", "0.78 pounds per dollar") keeps the direction it states and never comes here. A
// cross rate (the pound against the euro) keeps the order written: the table holds none.
func marketQuote(base, against string) (counted, per string) {
	switch {
	case against == "USD" && base != "USD":
		if dollarQuoted[base] {
			return "USD", base
		}
		return base, "USD"
	case base == "USD" && against != "USD":
		if dollarQuoted[against] {
			return "USD", against
		}
		return against, "USD"
	}
	return base, against
}

// namesakeQuote reads again an exchange rate whose currency is named by its word alone ("the
// peso", "654 pesos per dollar") when the country the figure is about calls its own currency
// so: "Chile's economy grew 2.1%. The peso averaged 654 per dollar" is Chile's peso, not
// Mexico's, which the word means by default. unit is the rate's unit as fxQuote read it, about
// the country the sentence gives the figure otherwise. The dollar is left alone: news of every
// country quotes the US dollar, and a bare "dollar" is that one.
func (s *sentence) namesakeQuote(k int, r *reading, unit, about string) (string, string, bool) {
	own := currencyOfEntity[about]
	if own == "" {
		return "", "", false
	}
	num, den, _ := strings.Cut(unit, "/")
	switch {
	case num != "USD" && quantity.Namesake(num, own) && s.namesBare(num, k, r):
		num = own
	case den != "USD" && quantity.Namesake(den, own) && s.namesBare(den, k, r):
		den = own
	default:
		return "", "", false
	}
	return num + "/" + den, about, true
}

// namesBare reports whether the currency of default code def is named by its word alone in
// the phrase of reading r or in figure k itself: "the peso", "654 pesos", not "the Mexican
// peso".
func (s *sentence) namesBare(def string, k int, r *reading) bool {
	bare := func(from, to int) bool {
		for i := from; i <= to; i++ {
			adjective := ""
			if i > 0 {
				adjective = s.words[i-1].text
			}
			if code, ok := quantity.BareCurrencyName(adjective, s.words[i].text); ok && code == def {
				return true
			}
		}
		return false
	}
	if r.np >= 0 && bare(s.nps[r.np].first, s.nps[r.np].last) {
		return true
	}
	return bare(s.qFirst[k], s.qLast[k])
}

// averageStated reports an exchange rate the text states as an average: "the yen averaged 151
// per dollar", "an average of 1.28 against the dollar", "the average rate was 151", "$1.27 on
// average". The table holds a month's and a year's average rate, and a rate of a month or a
// year is judged against it only then: where the yen "hit", "touched", "stood at" or "was at"
// 160 in July is a price on some day of July, which the month's average (157.5) is not, and
// the verb does not matter. The word is sought in the figure's clause before it, back to the
// figure before, which it follows when no verb of its own comes between ("averaged $1.28 in
// 2024, up from $1.24 in 2023"; "averaged 151 in 2024 and hit 161 in July": 161 is no
// average), and after it only as "on average".
func (s *sentence) averageStated(k int) bool {
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	verb := false
	for i := s.qFirst[k] - 1; i >= from && i >= 0; i-- {
		if f := ws[i].fig; f >= 0 && f != k {
			// a figure the verb before states too: "averaged $1.28 in 2024, up from $1.24 in
			// 2023", "$1.08 in 2024 and $1.08 in 2023"; not after a verb of its own ("averaged
			// 151 in 2024 and hit 161 in July")
			if !verb && f < k && s.averageStated(f) {
				return true
			}
			break
		}
		verb = verb || ws[i].vg >= 0
		if strings.HasPrefix(ws[i].lower, "averag") {
			return true
		}
	}
	for i := s.qLast[k] + 1; i+1 <= to && i+1 < len(ws); i++ {
		if f := ws[i].fig; f >= 0 && f != k {
			break
		}
		if ws[i].lower == "on" && ws[i+1].lower == "average" {
			return true
		}
	}
	return false
}
