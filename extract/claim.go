package extract

import "time"

// Article is one text to extract claims from, as read from a file, a JSONL line or stdin.
type Article struct {
	ID        string    // file path, or the JSONL "id"
	Text      string    // the text as read; claim offsets index into it
	Published time.Time // zero when unknown: relative periods are then left unresolved
	URL       string
	Title     string
}

// Units, qualifiers, kinds and bases are the strings of DESIGN.md; they travel as plain
// strings so that output formats need no conversion tables.
const (
	UnitPercent = "percent"
	UnitPP      = "pp"
	UnitDate    = "date"

	QualExact    = "exact"
	QualApprox   = "approx"
	QualNearly   = "nearly"
	QualMoreThan = "more_than"
	QualLessThan = "less_than"
	QualAtLeast  = "at_least"
	QualAtMost   = "at_most"

	KindActual   = "actual"
	KindForecast = "forecast"
	KindPrevious = "previous"

	BasisAnnual     = "annual"
	BasisYoY        = "yoy"
	BasisQoQ        = "qoq"
	BasisAnnualised = "annualised"
	BasisMoM        = "mom"
	BasisUnknown    = "unknown"
)

// Claim is one number (or date) in an article with what it is about. Fields follow the
// claim contract of DESIGN.md.
type Claim struct {
	Start int    // byte offset of Quote in Article.Text
	End   int    // Text[Start:End] == Quote
	Quote string // the short phrase, e.g. "grew by 3.6%"
	// Sentence is the sentence that holds the claim (trimmed), or of a long one the stretch
	// around the quote, marked "…" where it was cut.
	Sentence string
	// QuoteInSentence is where Quote starts in Sentence: a stretch shared by several figures
	// may hold the same words twice. (A claim made by hand leaves it 0: a reader checks it.)
	QuoteInSentence int

	Value    float64  // signed: "shrank 0.3%" is -0.3; base units for money ("$1.2bn" is 1.2e9)
	ValueMax *float64 // upper end of a range, nil otherwise
	// Step is the place value of the last digit stated, in Value's units: "3.6%" has 0.1,
	// "4%" has 1, "$1.2bn" has 1e8. A stated number stands for [Value-Step/2, Value+Step/2].
	Step float64

	Unit      string // percent, pp, USD, EUR, ..., person, year, date, a singular noun, or ""
	Qualifier string // exact, approx, nearly, more_than, less_than, at_least, at_most
	Change    string // "up" or "down" when the number is an amount of change, else ""

	Indicator    string // gdp_growth, inflation, ..., sanctions_*; "" when about nothing known
	Entity       string // ISO alpha-3 or World Bank aggregate code; the target for sanctions
	Jurisdiction string // who imposes sanctions (USA, EUU, ...)
	Period       string // 2023, 2023-Q3, 2023-H1, 2023-07, FY2004, 2026-03-06; "" when unknown
	// PeriodExplicit is false when the period was inferred (relative words, or implied).
	PeriodExplicit bool
	// SoFar is true for a figure of a period so far ("so far this year", "in the first two
	// months of the year"): Period is the month it runs to, and no whole period's figure is
	// its equal. (Beside PeriodExplicit, so that the two share a word: a text dense with
	// figures makes tens of thousands of claims a megabyte.)
	SoFar bool
	// QuoteByConvention is true for an exchange rate whose text names no unit ("the pound
	// averaged 1.28 against the dollar"): Unit is the pair as the market quotes it, and the
	// judge may read the figure the other way ("0.78 against the dollar"), which the text
	// leaves open.
	QuoteByConvention bool
	Basis             string // annual, yoy, qoq, annualised, mom, unknown
	Kind              string // actual, forecast, previous
	Source            string // who the text says the figure comes from ("Rosstat")
	// Superseded is true of a figure the text itself gives as an estimate since replaced: the
	// figure a revision started from ("revised up from 0.9% to 1.1%"). The table may hold no
	// release of it, and the text does not claim it is current.
	Superseded bool

	// Note says why a field was left empty, e.g. "period unresolved: publication date unknown".
	Note string
}
