package quantity

import "slices"

// The English vocabulary of amounts: number words, scales, currencies, unit words,
// qualifiers and change verbs. These are grammar, not curated reference data.

type wordKind uint8

const (
	kindNone wordKind = iota
	kindUnit          // zero .. nine
	kindTeen          // ten .. nineteen
	kindTens          // twenty .. ninety
	kindHundred
	kindScale    // thousand, million, ...
	kindDozen    // dozen
	kindFraction // half, third(s), quarter(s), fifth(s), ...
)

type numberWord struct {
	kind  wordKind
	value float64 // the digit value, the multiplier, or the denominator of a fraction
}

var numberWords = map[string]numberWord{
	"zero": {kindUnit, 0}, "nought": {kindUnit, 0}, "naught": {kindUnit, 0},
	"one": {kindUnit, 1}, "two": {kindUnit, 2}, "three": {kindUnit, 3}, "four": {kindUnit, 4},
	"five": {kindUnit, 5}, "six": {kindUnit, 6}, "seven": {kindUnit, 7}, "eight": {kindUnit, 8},
	"nine": {kindUnit, 9},
	"ten":  {kindTeen, 10}, "eleven": {kindTeen, 11}, "twelve": {kindTeen, 12},
	"thirteen": {kindTeen, 13}, "fourteen": {kindTeen, 14}, "fifteen": {kindTeen, 15},
	"sixteen": {kindTeen, 16}, "seventeen": {kindTeen, 17}, "eighteen": {kindTeen, 18},
	"nineteen": {kindTeen, 19},
	"twenty":   {kindTens, 20}, "thirty": {kindTens, 30}, "forty": {kindTens, 40},
	"fifty": {kindTens, 50}, "sixty": {kindTens, 60}, "seventy": {kindTens, 70},
	"eighty": {kindTens, 80}, "ninety": {kindTens, 90},
	"hundred":  {kindHundred, 100},
	"thousand": {kindScale, 1e3}, "million": {kindScale, 1e6}, "billion": {kindScale, 1e9},
	"trillion": {kindScale, 1e12}, "lakh": {kindScale, 1e5}, "crore": {kindScale, 1e7},
	"dozen": {kindDozen, 12}, "dozens": {kindDozen, 12},
	"half": {kindFraction, 2}, "halves": {kindFraction, 2},
	"third": {kindFraction, 3}, "thirds": {kindFraction, 3},
	"quarter": {kindFraction, 4}, "quarters": {kindFraction, 4},
	"fourth": {kindFraction, 4}, "fourths": {kindFraction, 4},
	"fifth": {kindFraction, 5}, "fifths": {kindFraction, 5},
	"sixth": {kindFraction, 6}, "sixths": {kindFraction, 6},
	"seventh": {kindFraction, 7}, "sevenths": {kindFraction, 7},
	"eighth": {kindFraction, 8}, "eighths": {kindFraction, 8},
	"ninth": {kindFraction, 9}, "ninths": {kindFraction, 9},
	"tenth": {kindFraction, 10}, "tenths": {kindFraction, 10},
	"hundredth": {kindFraction, 100}, "hundredths": {kindFraction, 100},
	"twentieth": {kindFraction, 20}, "twentieths": {kindFraction, 20},
	"thirtieth": {kindFraction, 30}, "thirtieths": {kindFraction, 30},
	"fortieth": {kindFraction, 40}, "fortieths": {kindFraction, 40},
	"fiftieth": {kindFraction, 50}, "fiftieths": {kindFraction, 50},
	"sixtieth": {kindFraction, 60}, "sixtieths": {kindFraction, 60},
	"seventieth": {kindFraction, 70}, "seventieths": {kindFraction, 70},
	"eightieth": {kindFraction, 80}, "eightieths": {kindFraction, 80},
	"ninetieth": {kindFraction, 90}, "ninetieths": {kindFraction, 90},
	"thousandth": {kindFraction, 1e3}, "thousandths": {kindFraction, 1e3},
	"millionth": {kindFraction, 1e6}, "millionths": {kindFraction, 1e6},
	"billionth": {kindFraction, 1e9}, "billionths": {kindFraction, 1e9},
	"trillionth": {kindFraction, 1e12}, "trillionths": {kindFraction, 1e12},
}

// unitOrdinals end a compound denominator after a tens word ("twenty-first", "thirty
// fifths"). "first" and "second" are fractions only there: alone they are ordinals.
var unitOrdinals = map[string]float64{
	"first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
}

// scaleSuffixes are the scale abbreviations glued to digits in news copy ("1.2bn", "$200m",
// "10k"). The exponent is a power of ten so values stay exact.
var scaleSuffixes = map[string]int{
	"k": 3, "m": 6, "mn": 6, "mln": 6, "mm": 6, "mil": 6, "b": 9, "bn": 9, "bln": 9,
	"tn": 12, "trn": 12, "tln": 12,
	"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}

// scaleWords are the scale words that follow a number after a space ("1.2 million").
var scaleWords = map[string]int{
	"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
	"mn": 6, "mln": 6, "bn": 9, "bln": 9, "tn": 12, "trn": 12, "tln": 12, "lakh": 5, "crore": 7,
}

// currencyWords maps currency names written after a number to ISO 4217 codes. Sub-units
// carry a divisor: "34 cents" is 0.34 USD.
type currencyWord struct {
	code    string
	divisor int32
}

var currencyWords = map[string]currencyWord{
	"dollar": {"USD", 1}, "dollars": {"USD", 1}, "dlr": {"USD", 1}, "dlrs": {"USD", 1},
	"euro": {"EUR", 1}, "euros": {"EUR", 1},
	"pound": {"GBP", 1}, "pounds": {"GBP", 1}, "sterling": {"GBP", 1}, "stg": {"GBP", 1},
	"yen": {"JPY", 1}, "yuan": {"CNY", 1}, "renminbi": {"CNY", 1}, "rmb": {"CNY", 1},
	"rouble": {"RUB", 1}, "roubles": {"RUB", 1}, "ruble": {"RUB", 1}, "rubles": {"RUB", 1},
	"rupee": {"INR", 1}, "rupees": {"INR", 1},
	"franc": {"CHF", 1}, "francs": {"CHF", 1},
	"won": {"KRW", 1}, "rand": {"ZAR", 1}, "lira": {"TRY", 1}, "hryvnia": {"UAH", 1},
	"hryvnias": {"UAH", 1}, "real": {"BRL", 1}, "reais": {"BRL", 1}, "peso": {"MXN", 1},
	"pesos": {"MXN", 1}, "krona": {"SEK", 1}, "kronor": {"SEK", 1}, "krone": {"NOK", 1},
	"kroner": {"DKK", 1}, "zloty": {"PLN", 1}, "ringgit": {"MYR", 1}, "baht": {"THB", 1},
	"rupiah": {"IDR", 1}, "naira": {"NGN", 1}, "shekels": {"ILS", 1}, "shekel": {"ILS", 1},
	"riyals": {"SAR", 1}, "riyal": {"SAR", 1}, "dirhams": {"AED", 1}, "dirham": {"AED", 1},
	"markka": {"FIM", 1}, "markkaa": {"FIM", 1}, "peseta": {"ESP", 1}, "pesetas": {"ESP", 1},
	"guilder": {"NLG", 1}, "guilders": {"NLG", 1}, "deutschmark": {"DEM", 1},
	"deutschmarks": {"DEM", 1}, "drachma": {"GRD", 1}, "drachmas": {"GRD", 1},
	"escudo": {"PTE", 1}, "escudos": {"PTE", 1}, "punt": {"IEP", 1}, "punts": {"IEP", 1},
	"bitcoin": {"BTC", 1}, "bitcoins": {"BTC", 1}, "satoshi": {"BTC", 1e8}, "satoshis": {"BTC", 1e8},
	"ether": {"ETH", 1}, "lire": {"ITL", 1}, "ecu": {"XEU", 1}, "ecus": {"XEU", 1},
	"mark": {"DEM", 1}, "marks": {"DEM", 1}, "schilling": {"ATS", 1}, "schillings": {"ATS", 1},
	"shilling": {"KES", 1}, "shillings": {"KES", 1}, "ringgits": {"MYR", 1}, "rands": {"ZAR", 1},
	"hryvnas": {"UAH", 1}, "hryvna": {"UAH", 1}, "forint": {"HUF", 1}, "forints": {"HUF", 1},
	"koruna": {"CZK", 1}, "leu": {"RON", 1}, "lei": {"RON", 1}, "taka": {"BDT", 1},
	"dinar": {"KWD", 1}, "dinars": {"KWD", 1}, "tenge": {"KZT", 1}, "cedi": {"GHS", 1},
	"cedis": {"GHS", 1}, "bolivar": {"VES", 1}, "bolivars": {"VES", 1},
	"cent": {"USD", 100}, "cents": {"USD", 100},
	"penny": {"GBP", 100}, "pence": {"GBP", 100}, "kopecks": {"RUB", 100},
}

// currencyAdjectives name whose currency a following "dollars", "francs" or "pounds" is:
// "Australian dollars", "Swiss francs". Keyed by adjective, then by the currency word's
// default code.
var currencyAdjectives = map[string]map[string]string{
	"us":          {"USD": "USD"},
	"american":    {"USD": "USD"},
	"australian":  {"USD": "AUD"},
	"canadian":    {"USD": "CAD"},
	"hong":        {"USD": "HKD"}, // "Hong Kong dollars": "kong" is skipped by the caller
	"singapore":   {"USD": "SGD"},
	"zealand":     {"USD": "NZD"},
	"taiwan":      {"USD": "TWD"},
	"swiss":       {"CHF": "CHF"},
	"french":      {"CHF": "FRF"},
	"belgian":     {"CHF": "BEF"},
	"egyptian":    {"GBP": "EGP"},
	"syrian":      {"GBP": "SYP"},
	"lebanese":    {"GBP": "LBP"},
	"indian":      {"INR": "INR"},
	"pakistani":   {"INR": "PKR"},
	"lankan":      {"INR": "LKR"}, // "Sri Lankan rupee"
	"mexican":     {"MXN": "MXN"},
	"argentine":   {"MXN": "ARS"},
	"chilean":     {"MXN": "CLP"},
	"colombian":   {"MXN": "COP"},
	"philippine":  {"MXN": "PHP"},
	"brazilian":   {"BRL": "BRL"},
	"russian":     {"RUB": "RUB"},
	"chinese":     {"CNY": "CNY"},
	"japanese":    {"JPY": "JPY"},
	"turkish":     {"TRY": "TRY"},
	"swedish":     {"SEK": "SEK"},
	"norwegian":   {"NOK": "NOK", "DKK": "NOK"},
	"danish":      {"DKK": "DKK", "NOK": "DKK"},
	"korean":      {"KRW": "KRW"},
	"african":     {"ZAR": "ZAR"},
	"ukrainian":   {"UAH": "UAH"},
	"saudi":       {"SAR": "SAR"},
	"israeli":     {"ILS": "ILS"},
	"nigerian":    {"NGN": "NGN"},
	"polish":      {"PLN": "PLN"},
	"thai":        {"THB": "THB"},
	"malaysian":   {"MYR": "MYR"},
	"indonesian":  {"IDR": "IDR"},
	"emirati":     {"AED": "AED"},
	"european":    {"EUR": "EUR"},
	"finnish":     {"FIM": "FIM", "DEM": "FIM"},
	"dutch":       {"NLG": "NLG"},
	"spanish":     {"ESP": "ESP"},
	"german":      {"DEM": "DEM"},
	"irish":       {"IEP": "IEP"},
	"italian":     {"TRY": "ITL", "ITL": "ITL"},
	"deutsche":    {"DEM": "DEM"},
	"austrian":    {"ATS": "ATS"},
	"kenyan":      {"KES": "KES"},
	"ugandan":     {"KES": "UGX"},
	"tanzanian":   {"KES": "TZS"},
	"somali":      {"KES": "SOS"},
	"kuwaiti":     {"KWD": "KWD"},
	"jordanian":   {"KWD": "JOD"},
	"iraqi":       {"KWD": "IQD"},
	"bahraini":    {"KWD": "BHD"},
	"serbian":     {"KWD": "RSD"},
	"algerian":    {"KWD": "DZD"},
	"tunisian":    {"KWD": "TND"},
	"libyan":      {"KWD": "LYD"},
	"hungarian":   {"HUF": "HUF"},
	"czech":       {"CZK": "CZK"},
	"romanian":    {"RON": "RON"},
	"kazakh":      {"KZT": "KZT"},
	"ghanaian":    {"GHS": "GHS"},
	"venezuelan":  {"VES": "VES"},
	"bangladeshi": {"BDT": "BDT"},
	"moroccan":    {"AED": "MAD"},
	"iranian":     {"SAR": "IRR"},
	"qatari":      {"SAR": "QAR"},
	"omani":       {"SAR": "OMR"},
	"yemeni":      {"SAR": "YER"},
	"britain's":   {"GBP": "GBP"},
	"british":     {"GBP": "GBP"},
	"jamaican":    {"USD": "JMD"},
	"jamaica":     {"USD": "JMD"},
	"zimbabwe":    {"USD": "ZWL"},
	"namibia":     {"USD": "NAD"},
	"liberia":     {"USD": "LRD"},
	"fiji":        {"USD": "FJD"},
	"bahamas":     {"USD": "BSD"},
	"barbados":    {"USD": "BBD"},
	"canada":      {"USD": "CAD"},
	"australia":   {"USD": "AUD"},
	"taiwan's":    {"USD": "TWD"},
	"u.s.":        {"USD": "USD"},
	"zimbabwean":  {"USD": "ZWL"},
	"namibian":    {"USD": "NAD"},
	"liberian":    {"USD": "LRD"},
	"fijian":      {"USD": "FJD"},
	"bahamian":    {"USD": "BSD"},
	"barbadian":   {"USD": "BBD"},
	"trinidadian": {"USD": "TTD"},
}

// dollarPrefixes name the dollar of a "$" sign from the letters glued before it ("HK$").
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
	"hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL", "mex": "MXN", "nt": "TWD",
	"usd": "USD", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "mxn": "MXN",
}

// detachedDollarPrefixes may stand one space before a "$" ("US $150"); single letters may
// not, since "a $5 bill" is an article.
var detachedDollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "hk": "HKD", "nz": "NZD", "c": "CAD", "ca": "CAD",
	"mex": "MXN", "nt": "TWD",
}

// currencyCodes are ISO codes written as words next to a number ("USD 200", "200 EUR").
var currencyCodes = map[string]string{
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
	"RUB": "RUB", "CHF": "CHF", "INR": "INR", "AUD": "AUD", "CAD": "CAD", "HKD": "HKD",
	"NZD": "NZD", "SGD": "SGD", "KRW": "KRW", "BRL": "BRL", "MXN": "MXN", "ZAR": "ZAR",
	"TRY": "TRY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "UAH": "UAH",
	"Rs": "INR", "Rs.": "INR", "BTC": "BTC", "XBT": "BTC",
	"MYR": "MYR", "IDR": "IDR", "THB": "THB", "PHP": "PHP", "VND": "VND", "TWD": "TWD",
	"PKR": "PKR", "BDT": "BDT", "LKR": "LKR", "NGN": "NGN", "KES": "KES", "GHS": "GHS",
	"EGP": "EGP", "SAR": "SAR", "AED": "AED", "QAR": "QAR", "KWD": "KWD", "ILS": "ILS",
	"CZK": "CZK", "HUF": "HUF", "RON": "RON", "BGN": "BGN", "ISK": "ISK", "KZT": "KZT",
	"ARS": "ARS", "CLP": "CLP", "COP": "COP", "VES": "VES", "UYU": "UYU",
	"DEM": "DEM", "FRF": "FRF", "ITL": "ITL", "ESP": "ESP", "NLG": "NLG", "BEF": "BEF",
	"ATS": "ATS", "IEP": "IEP", "PTE": "PTE", "GRD": "GRD", "FIM": "FIM", "XEU": "XEU",
	"ETH": "ETH", "XRP": "XRP", "LTC": "LTC",
	// Abbreviations of news copy before the number: ringgit, pre-euro currencies, rupiah,
	// taka, dirham, Kenyan shilling.
	"RM": "MYR", "DM": "DEM", "FFr": "FRF", "Ffr": "FRF", "SFr": "CHF", "BFr": "BEF",
	"Pta": "ESP", "Ptas": "ESP", "Dfl": "NLG", "Sch": "ATS", "IR£": "IEP", "Rp": "IDR",
	"Tk": "BDT", "Dh": "AED", "Dhs": "AED", "KSh": "KES", "NT": "TWD",
}

// dollarSuffixes name the dollar of a "$" with letters after it: "$US", "$A", "$NZ".
var dollarSuffixes = map[string]string{
	"US": "USD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "HK": "HKD",
	"S": "SGD", "SG": "SGD",
}

// gluedOnlyPrefixes are money prefixes read only against the digits: "R5bn" (rand),
// "PS3.4m" (a pound sign lost in an old encoding).
var gluedOnlyPrefixes = map[string]string{"R": "ZAR", "PS": "GBP"}

// lowerCurrencyCodes are the ISO codes also written in lower case ("20 usd", "rmb 10"); codes
// that spell English words ("try", "cad") are left out.
var lowerCurrencyCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
	"rub": "RUB", "chf": "CHF", "inr": "INR", "aud": "AUD", "hkd": "HKD", "btc": "BTC",
}

// qualifierLastWords index qualifierPhrases by their last word, keeping their order (longest
// first).
var qualifierLastWords = func() map[string]qualifierEnding {
	phrases := make(map[string][]lastWordPhrase)
	for _, p := range qualifierPhrases {
		last := p.words[len(p.words)-1]
		lp := lastWordPhrase{qualifierPhrase: p}
		if len(p.words) >= 2 {
			lp.penult = wordKey(p.words[len(p.words)-2])
		}
		phrases[last] = append(phrases[last], lp)
	}
	m := make(map[string]qualifierEnding, len(phrases))
	for last, ps := range phrases {
		var e qualifierEnding
		for _, p := range ps {
			if p.penult == 0 {
				e.unkeyed = append(e.unkeyed, p)
			} else if !slices.ContainsFunc(e.byPenult, func(b penultPhrases) bool { return b.key == p.penult }) {
				b := penultPhrases{key: p.penult}
				for _, q := range ps {
					if q.penult == p.penult || q.penult == 0 {
						b.phrases = append(b.phrases, q)
					}
				}
				e.byPenult = append(e.byPenult, b)
			}
		}
		m[last] = e
	}
	return m
}()

// qualifierEnding holds the phrases that end in a word, sorted out by the word before it, so
// that qualifierBefore compares the words of only those that may match: after "than" or "to",
// where a score of phrases meets a word such as "rose", none.
type qualifierEnding struct {
	// byPenult holds, for each wordKey of a word before the last that some phrase has, the
	// phrases that may match after that word, in their order: those with it, and those that
	// do not compare it by its key (unkeyed).
	byPenult []penultPhrases
	// unkeyed are the phrases of one word and those whose word before the last is too long for
	// a key, in their order: all that may match after any other word, or none.
	unkeyed []lastWordPhrase
}

type penultPhrases struct {
	key     uint64
	phrases []lastWordPhrase
}

// qualifierShapes pre-test the word before a number.
var qualifierShapes = newShapes(keys(qualifierLastWords))

type qualifierPhrase struct {
	words     []string
	qualifier string
}

// lastWordPhrase is a qualifierPhrase as qualifierLastWords holds it, with the wordKey of its
// word before the last (0 when there is none or it is too long for a key), by which
// qualifierEnding sorts it.
type lastWordPhrase struct {
	qualifierPhrase
	penult uint64
}

// wordKey packs a word of one to eight ASCII letters, lower-cased, into an integer, the first
// letter in the low byte; 0 for any other word. Two such words have the same key when they
// are equal ignoring case: no letter is a zero byte, so the length is told as well.
func wordKey(w string) uint64 {
	if len(w) == 0 || len(w) > 8 {
		return 0
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i]|0x20)
	}
	return k
}

// finiteVerbQualifiers are the hedges that are finite verbs: "inflation exceeded 7%" says
// more than 7% as "over 7%" does, but the verb heads its clause and stays out of the figure.
// The participles ("a deficit exceeding 3%") modify a noun and stay in it.
var finiteVerbQualifiers = map[string]bool{
	"exceed": true, "exceeds": true, "exceeded": true, "surpass": true, "surpasses": true,
	"surpassed": true, "tops": true, "topped": true,
	"pass": true, "passes": true, "passed": true, "cross": true, "crosses": true, "crossed": true,
	"breach": true, "breaches": true, "breached": true,
	// the first verb of a phrase: "broke through 80%", "went past 84 million"
	"break": true, "breaks": true, "broke": true, "broken": true,
	"went": true, "gone": true, "goes": true, "moved": true, "pushed": true,
	"edged": true, "crept": true, "climbed": true, "rose": true, "risen": true, "surged": true,
	"jumped": true,
}

// qualifierPhrases are the hedges written before a number, longest first so that
// "no more than" wins over "more than".
var qualifierPhrases = []qualifierPhrase{
	{[]string{"less", "than", "or", "equal", "to"}, "at_most"},
	{[]string{"fewer", "than", "or", "equal", "to"}, "at_most"},
	{[]string{"greater", "than", "or", "equal", "to"}, "at_least"},
	{[]string{"more", "than", "or", "equal", "to"}, "at_least"},
	{[]string{"equal", "to", "or", "less", "than"}, "at_most"},
	{[]string{"equal", "to", "or", "fewer", "than"}, "at_most"},
	{[]string{"equal", "to", "or", "lower", "than"}, "at_most"},
	{[]string{"equal", "to", "or", "more", "than"}, "at_least"},
	{[]string{"equal", "to", "or", "greater", "than"}, "at_least"},
	{[]string{"equal", "to", "or", "higher", "than"}, "at_least"},
	{[]string{"at", "least", "or", "equal", "to"}, "at_least"},
	{[]string{"at", "most", "or", "equal", "to"}, "at_most"},
	{[]string{"less", "or", "equal", "than"}, "at_most"},
	{[]string{"smaller", "or", "equal", "than"}, "at_most"},
	{[]string{"lower", "or", "equal", "than"}, "at_most"},
	{[]string{"higher", "or", "equal", "than"}, "at_least"},
	{[]string{"greater", "or", "equal", "than"}, "at_least"},
	{[]string{"bigger", "or", "equal", "than"}, "at_least"},
	{[]string{"larger", "or", "equal", "than"}, "at_least"},
	{[]string{"in", "excess", "of"}, "more_than"},
	{[]string{"a", "minimum", "of"}, "at_least"},
	{[]string{"a", "maximum", "of"}, "at_most"},
	{[]string{"not", "exceeding"}, "at_most"},
	{[]string{"no", "more", "than"}, "at_most"},
	{[]string{"not", "more", "than"}, "at_most"},
	{[]string{"no", "less", "than"}, "at_least"},
	{[]string{"no", "fewer", "than"}, "at_least"},
	{[]string{"as", "much", "as"}, "at_most"},
	{[]string{"as", "many", "as"}, "at_most"},
	{[]string{"as", "high", "as"}, "at_most"},
	{[]string{"a", "little", "over"}, "more_than"},
	{[]string{"a", "little", "under"}, "nearly"},
	{[]string{"just", "under"}, "nearly"},
	{[]string{"just", "below"}, "nearly"},
	{[]string{"just", "short", "of"}, "nearly"},
	{[]string{"just", "shy", "of"}, "nearly"},
	{[]string{"just", "over"}, "more_than"},
	{[]string{"just", "above"}, "more_than"},
	{[]string{"well", "over"}, "more_than"},
	{[]string{"well", "above"}, "more_than"},
	{[]string{"more", "than"}, "more_than"},
	{[]string{"greater", "than"}, "more_than"},
	{[]string{"larger", "than"}, "more_than"},
	{[]string{"bigger", "than"}, "more_than"},
	{[]string{"smaller", "than"}, "less_than"},
	{[]string{"north", "of"}, "more_than"},
	{[]string{"higher", "than"}, "more_than"},
	{[]string{"upwards", "of"}, "more_than"},
	{[]string{"less", "than"}, "less_than"},
	{[]string{"fewer", "than"}, "less_than"},
	{[]string{"lower", "than"}, "less_than"},
	{[]string{"at", "least"}, "at_least"},
	{[]string{"at", "most"}, "at_most"},
	{[]string{"up", "to"}, "at_most"},
	{[]string{"close", "to"}, "approx"},
	{[]string{"an", "estimated"}, "approx"},
	{[]string{"some"}, "approx"},
	{[]string{"about"}, "approx"},
	{[]string{"around"}, "approx"},
	{[]string{"roughly"}, "approx"},
	{[]string{"approximately"}, "approx"},
	{[]string{"approx"}, "approx"},
	{[]string{"circa"}, "approx"},
	{[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "nearly"},
	{[]string{"over"}, "more_than"},
	{[]string{"above"}, "more_than"},
	{[]string{"tops"}, "more_than"},
	{[]string{"topped"}, "more_than"},
	{[]string{"exceeding"}, "more_than"},
	{[]string{"exceed"}, "more_than"},
	{[]string{"exceeds"}, "more_than"},
	{[]string{"exceeded"}, "more_than"},
	{[]string{"surpass"}, "more_than"},
	{[]string{"surpasses"}, "more_than"},
	{[]string{"surpassed"}, "more_than"},
	{[]string{"surpassing"}, "more_than"},
	// Verbs of crossing a level: "population passed 105 million", "inflation crossed 10%",
	// "unemployment breached 5%" say the series went above the figure, as "topped" does; the
	// figure is a lower bound at the time, not the level itself ("hit 5%", "peaked at 5%",
	// "rose to 5%" are levels and stay exact).
	{[]string{"pass"}, "more_than"},
	{[]string{"passes"}, "more_than"},
	{[]string{"passed"}, "more_than"},
	{[]string{"passing"}, "more_than"},
	{[]string{"cross"}, "more_than"},
	{[]string{"crosses"}, "more_than"},
	{[]string{"crossed"}, "more_than"},
	{[]string{"crossing"}, "more_than"},
	{[]string{"breach"}, "more_than"},
	{[]string{"breaches"}, "more_than"},
	{[]string{"breached"}, "more_than"},
	{[]string{"breaching"}, "more_than"},
	{[]string{"break", "through"}, "more_than"},
	{[]string{"breaks", "through"}, "more_than"},
	{[]string{"broke", "through"}, "more_than"},
	{[]string{"broken", "through"}, "more_than"},
	{[]string{"breaking", "through"}, "more_than"},
	{[]string{"went", "past"}, "more_than"},
	{[]string{"gone", "past"}, "more_than"},
	{[]string{"goes", "past"}, "more_than"},
	{[]string{"going", "past"}, "more_than"},
	{[]string{"moved", "past"}, "more_than"},
	{[]string{"pushed", "past"}, "more_than"},
	{[]string{"edged", "past"}, "more_than"},
	{[]string{"crept", "past"}, "more_than"},
	{[]string{"climbed", "past"}, "more_than"},
	{[]string{"rose", "past"}, "more_than"},
	{[]string{"risen", "past"}, "more_than"},
	{[]string{"surged", "past"}, "more_than"},
	{[]string{"jumped", "past"}, "more_than"},
	{[]string{"under"}, "less_than"},
	{[]string{"below"}, "less_than"},
}

// changeWords are the verbs and adverbs after which a number is an amount of change
// ("rose 0.3 points", "up 2%"), not a level ("rose to 3%").
var changeWords = map[string]string{
	"up": "up", "rose": "up", "rise": "up", "rises": "up", "rising": "up", "risen": "up",
	"grew": "up", "grow": "up", "grows": "up", "growing": "up", "grown": "up",
	"increased": "up", "increase": "up", "increases": "up", "increasing": "up",
	"climbed": "up", "climb": "up", "climbs": "up", "climbing": "up",
	"jumped": "up", "jump": "up", "jumps": "up", "jumping": "up",
	"gained": "up", "gain": "up", "gains": "up", "gaining": "up",
	"advanced": "up", "advance": "up", "advances": "up", "advancing": "up",
	"expanded": "up", "expand": "up", "expands": "up", "expanding": "up",
	"surged": "up", "surge": "up", "surges": "up", "soared": "up", "soar": "up", "soars": "up",
	"added": "up", "adds": "up", "boosted": "up", "raised": "up", "raise": "up", "raises": "up",
	"improved": "up", "rallied": "up", "leapt": "up", "leaped": "up", "accelerated": "up",
	"higher": "up", "rebounded": "up", "recovered": "up", "widened": "up",
	"down": "down", "fell": "down", "fall": "down", "falls": "down", "falling": "down",
	"fallen": "down", "dropped": "down", "drop": "down", "drops": "down", "dropping": "down",
	"declined": "down", "decline": "down", "declines": "down", "declining": "down",
	"decreased": "down", "decrease": "down", "decreases": "down", "decreasing": "down",
	"shrank": "down", "shrink": "down", "shrinks": "down", "shrunk": "down", "shrinking": "down",
	"contracted": "down", "contract": "down", "contracts": "down", "contracting": "down",
	"slipped": "down", "slip": "down", "slips": "down", "slid": "down", "slide": "down",
	"slides": "down", "lost": "down", "lose": "down", "loses": "down", "losing": "down",
	"plunged": "down", "plunge": "down", "plunges": "down", "tumbled": "down",
	"tumble": "down", "tumbles": "down", "sank": "down", "sink": "down", "sinks": "down",
	"eased": "down", "ease": "down", "eases": "down", "cut": "down", "cuts": "down",
	"cutting": "down", "slumped": "down", "slump": "down", "slumps": "down",
	"dipped": "down", "dip": "down", "dips": "down", "lowered": "down", "reduced": "down",
	"reduce": "down", "shed": "down", "sheds": "down", "retreated": "down",
	"plummeted": "down", "weakened": "down", "slowed": "down", "lower": "down",
	"narrowed": "down", "slashed": "down",
}

// changeNouns turn "a rise of 2%" and "a 2% rise" into changes.
var changeNouns = map[string]string{
	"rise": "up", "increase": "up", "gain": "up", "jump": "up", "surge": "up",
	"climb": "up", "hike": "up", "boost": "up", "rebound": "up", "upturn": "up",
	"fall": "down", "drop": "down", "decline": "down", "decrease": "down", "cut": "down",
	"reduction": "down", "contraction": "down", "slump": "down", "dip": "down",
	"plunge": "down", "loss": "down", "downturn": "down",
}

// unitModifiers may stand between a number and its noun ("13,000 new jobs").
var unitModifiers = map[string]bool{
	"new": true, "more": true, "fewer": true, "extra": true, "additional": true,
	"other": true, "consecutive": true, "straight": true, "successive": true,
	"full-time": true, "part-time": true, "permanent": true, "temporary": true,
	"skilled": true, "foreign": true, "existing": true, "former": true, "young": true,
	"local": true, "active": true, "registered": true, "unemployed": true,
	"monthly": true, "daily": true, "weekly": true, "annual": true, "yearly": true,
	"paying": true, "unique": true, "regular": true, "online": true, "international": true,
	"domestic": true, "million": true,
}

// nonUnits are words that follow numbers but are not what is counted.
var nonUnits = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "from": true, "by": true, "with": true,
	"as": true, "is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "can": true, "per": true, "than": true,
	"that": true, "this": true, "these": true, "those": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "we": true, "they": true, "it": true, "he": true,
	"she": true, "i": true, "you": true, "who": true, "which": true, "what": true,
	"when": true, "where": true, "while": true, "after": true, "before": true, "since": true,
	"until": true, "last": true, "next": true, "year-on-year": true,
	"more": true, "less": true, "off": true, "time": true, "way": true,
	"said": true, "says": true, "say": true, "also": true, "only": true, "just": true,
	"up": true, "down": true, "over": true, "under": true, "about": true, "into": true,
	"not": true, "no": true, "so": true, "but": true, "if": true, "all": true, "each": true,
	"both": true, "either": true, "such": true, "very": true, "much": true, "many": true,
	"yet": true, "still": true, "already": true, "again": true, "there": true, "here": true,
	"then": true, "now": true, "plus": true, "minus": true, "between": true, "against": true,
	"across": true, "despite": true, "during": true, "among": true, "amid": true,
	"according": true, "compared": true, "versus": true, "vs": true, "via": true,
	"respectively": true, "overall": true, "higher": true, "lower": true, "rise": true,
	"fall": true, "increase": true, "decrease": true, "drop": true, "gain": true,
	"decline": true, "jump": true, "cut": true, "stake": true, "hike": true,
	"annual": true, "annually": true, "yearly": true, "quarterly": true, "monthly": true,
	"previously": true, "earlier": true, "later": true, "ago": true, "year-earlier": true,
	"means": true, "makes": true, "goes": true, "comes": true, "takes": true,
	"rises": true, "falls": true, "grows": true, "gains": true, "drops": true,
	"declines": true, "increases": true, "remains": true, "seems": true, "looks": true,
	"sees": true, "becomes": true, "needs": true, "wants": true, "gets": true, "gives": true,
	"shows": true, "includes": true, "represents": true, "accounts": true, "hits": true,
	"always": true, "perhaps": true, "towards": true, "whereas": true, "besides": true,
	"afterwards": true, "outwards": true, "downwards": true, "upwards": true, "thus": true,
	"various": true, "previous": true, "news": true, "economics": true, "politics": true,
	"ones": true, "others": true, "yes": true, "does": true, "lets": true,
}

// irregularSingulars are the plural nouns that do not just drop an "s".
var irregularSingulars = map[string]string{
	"people": "person", "persons": "person", "men": "man", "women": "woman",
	"children": "child", "staff": "staff", "police": "police", "cattle": "cattle",
	"series": "series", "species": "species", "sheep": "sheep", "fish": "fish",
	"mice": "mouse", "teeth": "tooth", "feet": "foot", "geese": "goose", "lives": "life",
	"wives": "wife", "knives": "knife", "halves": "half", "shelves": "shelf",
	"thieves": "thief", "leaves": "leaf", "wolves": "wolf", "analyses": "analysis",
	"crises": "crisis", "bases": "base", "media": "media", "data": "data",
	"personnel": "personnel", "aircraft": "aircraft", "troops": "troop",
}

// timeZones follow a time of day ("0900 GMT", "5pm ET"): the number before them is a clock
// reading, not an amount.
var timeZones = map[string]bool{
	"GMT": true, "BST": true, "UTC": true, "CET": true, "CEST": true, "EET": true, "ET": true,
	"EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true, "MST": true,
	"PT": true, "PST": true, "PDT": true, "JST": true, "IST": true, "AEST": true, "AEDT": true,
	"HKT": true, "SGT": true, "MSK": true, "WIB": true, "Z": true,
}

func isTimeZone(w string) bool { return timeZones[w] }

// metreWords follow a number of metres written "m": races, heights, depths, waves.
var metreWords = map[string]bool{
	"sprint": true, "race": true, "hurdles": true, "freestyle": true, "backstroke": true,
	"breaststroke": true, "butterfly": true, "medley": true, "relay": true, "dash": true,
	"final": true, "tall": true, "high": true, "long": true, "deep": true, "wide": true,
	"away": true, "above": true, "below": true, "beneath": true, "underground": true,
	"wave": true, "waves": true, "drop": true, "fall": true, "jump": true, "altitude": true,
	"radius": true, "diameter": true,
}

// weighWords stand before or after a weight in pounds: "weighed 200 pounds", "20 pounds
// heavier".
var weighWords = map[string]bool{
	"weigh": true, "weighs": true, "weighed": true, "weighing": true, "lost": true,
	"gained": true, "lose": true, "gain": true, "shed": true, "heavier": true, "lighter": true,
	"overweight": true, "underweight": true, "lifted": true, "lifts": true, "lift": true,
}

// weightStuff are the substances news weighs in pounds: "300 pounds of cocaine".
var weightStuff = map[string]bool{
	"fat": true, "muscle": true, "weight": true, "cocaine": true, "heroin": true,
	"cannabis": true, "marijuana": true, "methamphetamine": true, "meth": true, "fentanyl": true,
	"drugs": true, "meat": true, "beef": true, "pork": true, "chicken": true, "fish": true,
	"cheese": true, "butter": true, "sugar": true, "flour": true, "rice": true, "potatoes": true,
	"food": true, "produce": true, "explosives": true, "explosive": true, "steel": true,
	"plastic": true, "waste": true, "trash": true, "garbage": true, "rubbish": true,
	"debris": true, "ice": true, "snow": true, "thrust": true, "force": true, "pressure": true,
	"feed": true, "fertiliser": true, "fertilizer": true, "ammunition": true, "candy": true,
	"chocolate": true, "coffee": true, "fruit": true, "vegetables": true, "turkey": true,
}

// moneyNouns after "-pound" make it money: "a ten-pound note".
var moneyNouns = map[string]bool{
	"note": true, "notes": true, "coin": true, "coins": true, "fine": true, "fee": true,
	"bet": true, "ticket": true, "voucher": true, "levy": true, "charge": true, "bill": true,
	"payment": true, "prize": true, "bonus": true, "deal": true, "contract": true,
}

// modifierNouns are the nouns a number in words may count in a compound, though they are no
// units: "a five-seat majority", "a three-match ban".
var modifierNouns = map[string]bool{
	"seat": true, "bed": true, "page": true, "game": true, "match": true, "player": true,
	"vote": true, "goal": true, "run": true, "wicket": true, "shot": true, "stroke": true,
	"member": true, "man": true, "woman": true, "person": true, "strong": true,
	"storey": true, "story": true, "room": true, "bedroom": true, "mile": true,
}

// perNouns are the nouns a rate may be per after "a": "$80 a barrel", "5 cents a share".
var perNouns = map[string]string{
	"share": "share", "head": "person", "person": "person", "capita": "person",
	"household": "household", "night": "night", "ticket": "ticket", "unit": "unit",
	"passenger": "passenger", "pupil": "pupil", "student": "student", "worker": "worker",
	"employee": "employee", "visitor": "visitor", "vehicle": "vehicle", "car": "car",
	"bottle": "bottle", "pack": "pack", "packet": "packet", "glass": "glass", "cup": "cup",
	"item": "item", "game": "game", "annum": "year", "tonne": "tonne", "ton": "ton",
	"ounce": "oz", "pound": "lb", "head-of-cattle": "head", "room": "room", "seat": "seat",
}

// identifierNouns take a number that names one of them: "section 8", "flight 370",
// "Category 5 hurricane", "jersey number 10".
var identifierNouns = map[string]bool{
	"section": true, "category": true, "chapter": true, "article": true, "flight": true,
	"route": true, "room": true, "gate": true, "terminal": true, "platform": true,
	"channel": true, "level": true, "tier": true, "stage": true, "phase": true, "grade": true,
	"division": true, "model": true, "version": true, "figure": true, "table": true,
	"paragraph": true, "clause": true, "number": true, "bus": true, "highway": true,
	"interstate": true, "jersey": true, "shirt": true, "page": true, "pages": true,
	"exhibit": true, "appendix": true, "annex": true, "amendment": true, "resolution": true,
	"lot": true, "box": true, "pier": true, "runway": true, "district": true, "ward": true,
	"precinct": true, "episode": true, "season": true, "series": true, "volume": true,
	"issue": true, "no": true, "nos": true, "apollo": true, "formula": true, "windows": true,
	"note": true, "notes": true, "footnote": true, "endnote": true,
}

// nameStopWords are capitalised words that often stand before an amount in a title or after
// a colon ("Chart: 500 firms").
var nameStopWords = map[string]bool{
	"some": true, "about": true, "around": true, "nearly": true, "almost": true, "only": true,
	"just": true, "another": true, "all": true, "those": true, "these": true, "total": true,
	"estimated": true, "roughly": true, "approximately": true, "exactly": true, "least": true,
	"most": true, "like": true, "even": true, "every": true, "each": true, "top": true,
	"bottom": true, "big": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "q": true, "h": true,
	"fy": true, "gdp": true, "cpi": true, "pmi": true, "ppi": true, "eps": true, "ebitda": true,
	"usd": true, "eur": true, "gbp": true, "rs": true, "aged": true, "age": true, "ages": true,
	"vs": true, "v": true, "versus": true, "plus": true, "minus": true, "rank": true,
}

// streetWords end a street name after a house number.
var streetWords = map[string]bool{
	"Street": true, "St": true, "Avenue": true, "Ave": true, "Road": true, "Rd": true,
	"Lane": true, "Boulevard": true, "Blvd": true, "Drive": true, "Place": true,
	"Square": true, "Way": true, "Court": true, "Terrace": true, "Crescent": true,
	"Close": true, "Row": true, "Parkway": true, "Highway": true, "Plaza": true,
	"Broadway": true, "Strasse": true, "Straße": true, "Rue": true, "Gardens": true,
}

// playWords stand next to a score: "won 3-1", "a 2-0 win", "beat them 24-17".
var playWords = map[string]bool{
	"won": true, "win": true, "wins": true, "beat": true, "beats": true, "beating": true,
	"lost": true, "lose": true, "loses": true, "losing": true, "drew": true, "draw": true,
	"defeated": true, "defeat": true, "victory": true, "trailed": true, "trailing": true,
	"led": true, "lead": true, "leading": true, "score": true, "scored": true,
	"scoreline": true, "thrashed": true, "thrashing": true, "edged": true, "routed": true,
	"loss": true, "triumph": true, "margin": true, "final": true, "half-time": true,
	"halftime": true, "aggregate": true, "vote": true, "voted": true, "ruling": true,
	"decision": true, "majority": true, "tally": true,
}
