package checks

import (
	"fmt"
	"math"
	"strings"

	"github.com/factcheck/factcheck/reference"
)

// Exchange rates. A claim keeps the rate as written, its unit naming both currencies:
// "151 yen per dollar" is 151 JPY/USD, "the euro at $1.09" is 1.09 USD/EUR. The table holds
// every currency as units per US dollar (the Federal Reserve's monthly and annual averages,
// the World Bank's official annual rate), so a quote of dollars per unit is judged against
// the inverse of the table's figure, and explained in the claim's own terms.

// currencyPair splits a unit such as "JPY/USD" into its currencies.
func currencyPair(unit string) (numerator, denominator string, ok bool) {
	numerator, denominator, ok = strings.Cut(unit, "/")
	if !ok || len(numerator) != 3 || len(denominator) != 3 {
		return "", "", false
	}
	for _, r := range numerator + denominator {
		if r < 'A' || r > 'Z' {
			return "", "", false
		}
	}
	return numerator, denominator, true
}

func isCurrencyPair(unit string) bool {
	_, _, ok := currencyPair(unit)
	return ok
}

// formatRate prints an exchange rate to the precision rates are quoted in: four decimals
// below 10 ($1.0899 per euro), two above (151.46 yen per US dollar).
func formatRate(x float64) string {
	if math.Abs(x) < 10 {
		return formatNumber(x, 4)
	}
	return formatNumber(x, 2)
}

// pairText writes a rate in its pair of currencies: "$1.0899 per euro", "151.46 yen per US
// dollar", "0.9175 euros per US dollar".
func pairText(number, unit string) string {
	numerator, denominator, _ := currencyPair(unit)
	if numerator == "USD" {
		return "$" + number + " per " + currencySingular(denominator)
	}
	return number + " " + currencyPlural(numerator) + " per " + currencySingular(denominator)
}

func currencySingular(code string) string {
	if c, ok := knownCurrency(code); ok {
		return c.Singular
	}
	return code
}

func currencyPlural(code string) string {
	if c, ok := knownCurrency(code); ok {
		return c.Plural
	}
	return code
}

func knownCurrency(code string) (reference.Currency, bool) {
	all, err := reference.Currencies()
	if err != nil {
		return reference.Currency{}, false
	}
	c, ok := all[code]
	return c, ok
}

// judgeExchangeRate judges a rate against the US dollar: the currency that is not the dollar
// names the series (whatever entity the sentence gave: a Deutsche mark rate is Germany's, a
// euro rate the euro area's), and a quote of dollars per unit is compared with the inverse of
// the table's units per dollar. A cross rate (euros per pound) is not judged: the table holds
// rates against the dollar only, and a cross rate computed from two averages is not the
// average cross rate.
func (j *judgement) judgeExchangeRate(ref Reference) (Result, error) {
	c := &j.claim
	numerator, denominator, ok := currencyPair(c.Unit)
	if !ok {
		return j.unchecked(ReasonIncomparable, fmt.Sprintf("Not checked: an exchange rate needs the two currencies it relates (as in JPY/USD), and the claim is in %s.", orNone(c.Unit))), nil
	}
	if c.Change != "" || c.SoFar {
		return j.unchecked(ReasonIncomparable, "Not checked: an amount of change in an exchange rate, and the table holds its levels."), nil
	}
	var local string
	switch {
	case denominator == "USD" && numerator != "USD":
		local = numerator
	case numerator == "USD" && denominator != "USD":
		local = denominator
	default:
		return j.unchecked(ReasonIncomparable, fmt.Sprintf("Not checked: a cross rate (%s), and the table holds rates against the US dollar only.", c.Unit)), nil
	}
	currency, ok := knownCurrency(local)
	if !ok {
		return Result{Claim: *c, Verdict: NoReference, Reason: ReasonNoFigure, Explanation: fmt.Sprintf(
			"No reference: the table holds no exchange rate of %s against the US dollar.", local)}, nil
	}
	unit, inverse := c.Unit, numerator == "USD"
	res, err := j.judgeQuote(ref, currency.Entity, unit, inverse)
	if err == nil && c.QuoteByConvention && res.Verdict == Inconsistent {
		// The text named no unit ("the pound averaged 0.78 against the dollar"): the market's
		// way is the usual reading, not the only one, and a figure that holds read the other
		// way is no false figure.
		other := denominator + "/" + numerator
		alt, altErr := j.judgeQuote(ref, currency.Entity, other, !inverse)
		if altErr == nil && (alt.Verdict == Consistent || alt.Verdict == Revised || alt.Verdict == Outdated) {
			alt.Explanation = fmt.Sprintf("Read as %s: the text names no unit, and read the market's way, as %s, the figure would not hold. %s",
				pairText(formatRate(c.Value), other), pairText(formatRate(c.Value), c.Unit), alt.Explanation)
			res, unit = alt, other
		}
	}
	res.Claim = *c
	res.Claim.Unit = unit
	return res, err
}

// judgeQuote judges the claim as a rate of entity's currency in the pair unit, the table's
// units per US dollar inverted when inverse.
func (j *judgement) judgeQuote(ref Reference, entity, unit string, inverse bool) (Result, error) {
	quoted := *j
	quoted.claim.Entity, quoted.claim.Unit = entity, unit
	return quoted.judgeFigure(quotedReference{ref: ref, inverse: inverse, unit: unit})
}

// quotedReference turns the table's units per US dollar into the claim's quote: for a quote of
// dollars per unit each figure becomes its inverse, and says so.
type quotedReference struct {
	ref     Reference
	inverse bool
	unit    string // the claim's pair, e.g. USD/EUR
}

func (q quotedReference) Observations(entity, indicator, period string) ([]reference.Observation, error) {
	all, err := q.ref.Observations(entity, indicator, period)
	return q.quote(all), err
}

func (q quotedReference) Events(target, eventType string) ([]reference.Event, error) {
	return q.ref.Events(target, eventType)
}

func (q quotedReference) History(entity, indicator string) ([]reference.Observation, error) {
	h, ok := q.ref.(historian)
	if !ok {
		return nil, nil
	}
	all, err := h.History(entity, indicator)
	return q.quote(all), err
}

// SharedObservations and SharedHistory lend what the table lends (see lookup.go); an
// inverse is a copy.
func (q quotedReference) SharedObservations(entity, indicator, period string) ([]reference.Observation, error) {
	all, err := observationsOf(q.ref, entity, indicator, period)
	return q.quote(all), err
}

func (q quotedReference) SharedHistory(entity, indicator string) ([]reference.Observation, error) {
	all, _, err := historyOf(q.ref, entity, indicator)
	return q.quote(all), err
}

func (q quotedReference) quote(all []reference.Observation) []reference.Observation {
	if !q.inverse {
		return all
	}
	numerator, denominator, _ := currencyPair(q.unit)
	asPublished := denominator + "/" + numerator
	out := make([]reference.Observation, 0, len(all))
	for _, o := range all {
		if o.Value == 0 {
			continue
		}
		how := "the inverse of " + pairText(formatRate(o.Value), asPublished) + " as published"
		if o.Derivation != "" {
			how += "; " + o.Derivation
		}
		o.Derivation = how
		o.Value = 1 / o.Value
		out = append(out, o)
	}
	return out
}
