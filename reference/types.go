package reference

// Observation is one figure of one release (vintage) of one source.
type Observation struct {
	Entity    string // ISO alpha-3 or World Bank aggregate code
	Indicator string // gdp_growth, inflation, unemployment_rate, population, gdp, ...
	Period    string // 2023, 2023-Q3, FY2004, ...
	Basis     string // annual, yoy, ...
	Value     float64
	Kind      string // "actual" or "projection"

	Source    string // source name as shown to editors: "World Bank WDI", "Rosstat", "IMF WEO"
	SourceURL string // where this figure can be read (row URL when the data has one)
	Licence   string
	Release   string // release (vintage) date, YYYY-MM-DD: when this figure became known
	Label     string // what the release calls itself: "Rosstat first estimate", "WDI 2026-07-01"
	// Derivation says how the table computed the figure from what the source published
	// ("annualised q/q growth computed from the vintage's real GDP levels"); empty for a
	// figure as published.
	Derivation string
}

// Event is a dated sanctions event.
type Event struct {
	Jurisdiction string // who imposes: USA, EUU, GBR, ...
	Target       string // on whom: RUS
	Type         string // sanctions_imposed, sanctions_extended_until, sanctions_lifted
	Date         string // YYYY-MM-DD: the date of the event; for extensions the date they run to
	Precision    string // "day", "month" or "year"
	Announced    string // YYYY-MM-DD: when the event became known (its release date)
	Instrument   string // "EO 13660", "Council Decision 2014/512/CFSP"
	Summary      string
	Source       string // source name
	SourceURL    string
}
