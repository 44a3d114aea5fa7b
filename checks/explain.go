package checks

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract"
)

// indicatorUnits is the unit each indicator of the reference table is stored in (as in
// data/reference/indicators.csv); judging needs it to refuse comparing euros with dollars.
var indicatorUnits = map[string]string{
	"gdp_growth":                extract.UnitPercent,
	"gdp_per_capita_growth":     extract.UnitPercent,
	"inflation":                 extract.UnitPercent,
	"unemployment_rate":         extract.UnitPercent,
	"population":                "person",
	"gdp":                       "USD",
	"gdp_per_capita":            "USD",
	"gdp_per_capita_ppp":        "USD",
	"gdp_per_capita_ppp_2011":   "USD",
	"gni_per_capita":            "USD",
	"current_account":           "USD",
	"fdi_inflows":               "USD",
	"reserves":                  "USD",
	"external_debt":             "USD",
	"remittances":               "USD",
	"government_debt":           extract.UnitPercent,
	"fiscal_balance":            extract.UnitPercent,
	"revenue_gdp":               extract.UnitPercent,
	"tax_revenue_gdp":           extract.UnitPercent,
	"expense_gdp":               extract.UnitPercent,
	"exports_gdp":               extract.UnitPercent,
	"imports_gdp":               extract.UnitPercent,
	"military_expenditure_gdp":  extract.UnitPercent,
	"investment_gdp":            extract.UnitPercent,
	"lending_rate":              extract.UnitPercent,
	"real_interest_rate":        extract.UnitPercent,
	"gdp_deflator":              extract.UnitPercent,
	"broad_money_growth":        extract.UnitPercent,
	"population_growth":         extract.UnitPercent,
	"population_65plus":         extract.UnitPercent,
	"participation_rate_female": extract.UnitPercent,
	"participation_rate_male":   extract.UnitPercent,
	"poverty_rate":              extract.UnitPercent,
	"poverty_rate_extreme":      extract.UnitPercent,
	"poverty_rate_extreme_190":  extract.UnitPercent,
	"labour_force":              "person",
	"net_migration":             "person",
	"net_migration_5y":          "person",
	"life_expectancy":           "year",
	"fertility_rate":            "birth",
	"gini":                      "index",
	"cpi_index":                 "index",
	"policy_rate":               extract.UnitPercent,
	// exchange_rate has no one unit: fx.go judges it in the claim's pair of currencies.
}

var indicatorNames = map[string]string{
	"gdp_growth":               "GDP growth",
	"gdp_per_capita_growth":    "GDP per capita growth",
	"inflation":                "inflation",
	"unemployment_rate":        "unemployment rate",
	"population":               "population",
	"gdp":                      "GDP",
	"gdp_per_capita":           "GDP per capita",
	"gdp_per_capita_ppp":       "GDP per capita at PPP",
	"gdp_per_capita_ppp_2011":  "GDP per capita at 2011 PPP",
	"gni_per_capita":           "GNI per capita",
	"gdp_deflator":             "GDP deflator",
	"government_debt":          "central government debt (% of GDP)",
	"fiscal_balance":           "central government fiscal balance (% of GDP)",
	"revenue_gdp":              "government revenue (% of GDP)",
	"tax_revenue_gdp":          "tax revenue (% of GDP)",
	"expense_gdp":              "government expense (% of GDP)",
	"exports_gdp":              "exports (% of GDP)",
	"imports_gdp":              "imports (% of GDP)",
	"military_expenditure_gdp": "military expenditure (% of GDP)",
	"investment_gdp":           "gross capital formation (% of GDP)",
	"fdi_inflows":              "FDI inflows",
	"population_65plus":        "share of the population aged 65 and over",
	"net_migration_5y":         "net migration over five years",
	"poverty_rate_extreme_190": "poverty rate at $1.90 a day",
	"sanctions_imposed":        "sanctions imposed",
	"sanctions_extended_until": "sanctions extended until",
	"sanctions_lifted":         "sanctions lifted",
}

func indicatorUnit(indicator string) string { return indicatorUnits[indicator] }

// indicatorUnitOr is the indicator's unit, or fallback for indicators the table defines
// without one known here.
func indicatorUnitOr(indicator, fallback string) string {
	if u := indicatorUnits[indicator]; u != "" {
		return u
	}
	return fallback
}

// IndicatorName is how an indicator code reads in a sentence: "gdp_growth" → "GDP growth".
func IndicatorName(indicator string) string {
	if name, ok := indicatorNames[indicator]; ok {
		return name
	}
	return strings.ReplaceAll(indicator, "_", " ")
}

func entityName(code string, names map[string]string) string {
	name := names[code]
	if name == "" {
		return code
	}
	if name == "Euro area" || name == "World" {
		return "the " + strings.ToLower(name)
	}
	if takesThe(name) {
		return "the " + name
	}
	return name
}

// takesThe reports names that English writes with "the": "the United States", "the
// Netherlands", "the Czech Republic", "the European Union".
func takesThe(name string) bool {
	for _, prefix := range []string{"United ", "European ", "Middle East", "OECD"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	for _, suffix := range []string{"Republic", "Islands", "Emirates", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// possessive: "Russia's", "the United States'".
func possessive(name string) string {
	return name + possessiveEnding(name)
}

// possessiveEnding is what possessive adds to name, for a caller that joins it with more
// words in one string.
func possessiveEnding(name string) string {
	if strings.HasSuffix(name, "s") {
		return "'"
	}
	return "'s"
}

// periodName turns a period code into words: "2023-Q3" → "Q3 2023", "FY2004" → "fiscal
// year 2004", "2023-07" → "July 2023"; unknown shapes are shown as they are.
func periodName(period string) string {
	if from, to, ok := strings.Cut(period, "/"); ok {
		return "the years " + periodName(from) + " to " + periodName(to) // a span: "2001/2004"
	}
	switch {
	case strings.HasPrefix(period, "FY"):
		return "fiscal year " + strings.TrimPrefix(period, "FY")
	case len(period) == 7 && period[4] == '-' && (period[5] == 'Q' || period[5] == 'H'):
		return period[5:] + " " + period[:4]
	case len(period) == 7 && period[4] == '-':
		if t, err := time.Parse("2006-01", period); err == nil {
			return t.Format("January 2006")
		}
	case len(period) == 10:
		if t, err := time.Parse(dateLayout, period); err == nil {
			return t.Format("2 January 2006")
		}
	}
	return period
}

// formatNumber prints a number without float noise and with at most the given decimals.
func formatNumber(x float64, decimals int) string {
	return strconv.FormatFloat(roundedForText(x, decimals), 'f', -1, 64)
}

// roundedForText is x as formatNumber prints it.
func roundedForText(x float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	x = math.Round(roundSignificant(x, 10)*p) / p
	if x == 0 {
		x = 0 // no "-0"
	}
	return x
}

// unitSuffix is what withUnit writes after a number in a unit written after it ("%",
// " years"), false for the other units. A number in one of them is built in one buffer
// rather than formatted and then joined to its unit: explanations print a figure or two per
// claim.
func unitSuffix(unit string) (string, bool) {
	switch unit {
	case extract.UnitPercent:
		return "%", true
	case extract.UnitPP:
		return " pp", true
	case "year":
		return " years", true
	case "birth":
		return " births per woman", true
	}
	return "", false
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

// formatValue prints a value in its unit for an explanation: "4.07%", "$2.05 trillion",
// "143.8 million".
func formatValue(x float64, unit string) string {
	if suffix, ok := unitSuffix(unit); ok {
		var buf [48]byte
		return string(appendSuffixed(buf[:0], x, suffix))
	}
	switch {
	case isCurrencyPair(unit):
		return withUnit(formatRate(x), unit)
	}
	return withUnit(scaled(x), unit)
}

// appendValue appends formatValue(x, unit) to dst: an explanation that opens with a figure
// joins it to its words from a buffer on the stack, in one allocation.
func appendValue(dst []byte, x float64, unit string) []byte {
	if suffix, ok := unitSuffix(unit); ok {
		return appendSuffixed(dst, x, suffix)
	}
	return append(dst, formatValue(x, unit)...)
}

// appendSuffixed appends x as formatNumber(x, 2) prints it, then the unit's suffix.
func appendSuffixed(dst []byte, x float64, suffix string) []byte {
	return appendSuffixedDecimals(dst, x, 2, suffix)
}

// appendSuffixedDecimals appends x as formatNumber(x, decimals) prints it, then the unit's
// suffix.
func appendSuffixedDecimals(dst []byte, x float64, decimals int, suffix string) []byte {
	return append(strconv.AppendFloat(dst, roundedForText(x, decimals), 'f', -1, 64), suffix...)
}

// decimalsBeside returns the decimals to print a reference figure x with beside a claim whose
// interval is iv: two, or as many more, up to four, as it takes for a figure outside iv to be
// printed outside it. Turkey's growth of 5.045% in 2023, printed "5.05%" beside a claim of
// 5.1% (which stands for 5.05 to 5.15), read as a match that the verdict called wrong (blind
// round 63); printed "5.045%", the reader sees why.
func decimalsBeside(x float64, iv interval, least int) int {
	d := least
	for d < max(least, 4) && !iv.contains(x) && iv.contains(roundedForText(x, d)) {
		d++
	}
	return d
}

// DecimalsBeside returns the decimals to print reference figure x with beside claim c, at
// least least, as explanations print it: enough that a figure the claim does not match is not
// printed as one it does ("5.045%" beside a claim of 5.1%, not "5.05%"). The report's tables
// and sheets print the reference column so.
func DecimalsBeside(c *extract.Claim, x float64, least int) int {
	return decimalsBeside(x, claimInterval(c, Options{}.withDefaults()), least)
}

// withUnit writes a number, already formatted (scale words included), in its unit: "4.07%",
// "$2.05 trillion", "1.5 births per woman".
func withUnit(number, unit string) string {
	switch {
	case unit == extract.UnitPercent:
		return number + "%"
	case unit == extract.UnitPP:
		return number + " pp"
	case extract.IsCurrency(unit):
		if sym, ok := currencySymbols[unit]; ok {
			return sym + number
		}
		return unit + " " + number
	case unit == "person" || unit == "" || unit == "index":
		return number
	case unit == "year":
		return number + " years"
	case unit == "birth":
		return number + " births per woman"
	case isCurrencyPair(unit):
		return pairText(number, unit)
	}
	return number + " " + unit
}

// scaled prints large numbers the way news copy does: 2046284838151 → "2.05 trillion".
func scaled(x float64) string {
	abs := math.Abs(x)
	switch {
	case abs >= 1e12:
		return formatNumber(x/1e12, 2) + " trillion"
	case abs >= 1e9:
		return formatNumber(x/1e9, 2) + " billion"
	case abs >= 1e6:
		return formatNumber(x/1e6, 2) + " million"
	}
	return formatNumber(x, 2)
}

var qualifierWords = map[string]string{
	extract.QualApprox:   "about ",
	extract.QualNearly:   "nearly ",
	extract.QualMoreThan: "more than ",
	extract.QualLessThan: "less than ",
	extract.QualAtLeast:  "at least ",
	extract.QualAtMost:   "at most ",
}

// claimValueText is the claimed number as an editor would say it, to the precision it was
// stated: "about 3.6%", "3-4%", "2.0%", "1.408 billion" (rounded to two places, a claim of
// 1.408 billion would read "1.41 billion" beside a reference of 1.41 billion).
func claimValueText(c *extract.Claim) string {
	if c.ValueMax == nil {
		var buf [64]byte
		return string(appendClaimValue(buf[:0], c))
	}
	text := strings.TrimSuffix(formatStated(c.Value, c.Unit, c.Step), "%") + "–" + formatStated(*c.ValueMax, c.Unit, c.Step)
	return qualifierWords[c.Qualifier] + text
}

// appendClaimValue appends claimValueText(c) to dst: most explanations quote the claimed
// number once, and it is written straight into them.
func appendClaimValue(dst []byte, c *extract.Claim) []byte {
	if c.ValueMax != nil {
		return append(dst, claimValueText(c)...)
	}
	return appendStated(append(dst, qualifierWords[c.Qualifier]...), c.Value, c.Unit, c.Step)
}

// formatStated is formatValue with as many decimals as the step of the stated number needs,
// trailing zeros kept ("2.0%", "$4.0 trillion").
func formatStated(x float64, unit string, step float64) string {
	var buf [48]byte
	return string(appendStated(buf[:0], x, unit, step))
}

// appendStated appends formatStated(x, unit, step) to dst.
func appendStated(dst []byte, x float64, unit string, step float64) []byte {
	if step <= 0 || math.IsNaN(step) || math.IsInf(step, 0) {
		return appendValue(dst, x, unit)
	}
	div, scale := 1.0, ""
	if unit != extract.UnitPercent && unit != extract.UnitPP {
		switch abs := math.Abs(x); {
		case abs >= 1e12:
			div, scale = 1e12, " trillion"
		case abs >= 1e9:
			div, scale = 1e9, " billion"
		case abs >= 1e6:
			div, scale = 1e6, " million"
		}
	}
	decimals := int(math.Ceil(-math.Log10(step/div) - 1e-9))
	decimals = min(max(decimals, 0), 6)
	if suffix, ok := unitSuffix(unit); ok {
		return append(append(strconv.AppendFloat(dst, x/div, 'f', decimals, 64), scale...), suffix...)
	}
	return append(dst, withUnit(strconv.FormatFloat(x/div, 'f', decimals, 64)+scale, unit)...)
}
