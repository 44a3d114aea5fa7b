package reference

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/data"
)

// basisLevel is the basis of a figure that is a level, not a rate of change: a price index, a
// monthly average exchange rate, a policy rate. No claim's basis rules it out.
const basisLevel = "level"

// monthlyRelease returns the release of a source that holds the figures of one month (or
// year) of a source that publishes each in the following month, dated by monthAfter.
func monthlyRelease(w *writer, sourceID int64, period, label, url string) (int64, error) {
	date, err := monthAfter(period)
	if err != nil {
		return 0, err
	}
	return w.release(sourceID, date, label+" "+period, url)
}

// importBLSCPI adds the US consumer price index (month, index_1982_84_100): the index as a
// level (cpi_index) and year-on-year inflation derived from it (inflation, basis yoy). BLS
// does not revise the unadjusted index, so each month is one release, dated by the end of the
// following month.
func importBLSCPI(b *figureBatch, name string, r io.Reader, series wdiSeries) error {
	w := b.w
	t, sourceID, err := seriesTable(w, name, r, series, "month", "index_1982_84_100")
	if err != nil {
		return err
	}
	index := map[string]float64{}
	return t.each(func() error {
		w.rows++
		month, text := t.get("month"), t.get("index_1982_84_100")
		if text == "" {
			w.skip("no index (BLS published none)")
			return nil
		}
		value, err := parseValue(text)
		if err != nil {
			return err
		}
		releaseID, err := monthlyRelease(w, sourceID, month, series.label, series.url)
		if err != nil {
			return err
		}
		index[month] = value
		if err := b.add(observationRow{entity: "USA", indicator: "cpi_index", period: month, basis: basisLevel,
			value: value, kind: "actual", releaseID: releaseID}); err != nil {
			return err
		}
		then, err := time.Parse("2006-01", month)
		if err != nil {
			return fmt.Errorf("month %q is not a month such as 2023-07", month)
		}
		before, ok := index[then.AddDate(-1, 0, 0).Format("2006-01")]
		if !ok || before <= 0 {
			return nil
		}
		return b.add(observationRow{entity: "USA", indicator: "inflation", period: month, basis: "yoy",
			value: roundDerived((value/before - 1) * 100), kind: "actual", releaseID: releaseID,
			note: DerivedNote + "y/y inflation derived from the unadjusted CPI-U index"})
	})
}

// importFedFX adds exchange rates of the Federal Reserve (period, currency, units_per_usd):
// monthly averages (period 2024-01, basis level) or annual averages (period 2024, basis
// annual), as units of the currency per US dollar, under the entity of the currency
// (currencies.csv). Each month or year is one release, dated by the end of the following
// month; the averages are not revised.
func importFedFX(b *figureBatch, name string, r io.Reader, series wdiSeries) error {
	w := b.w
	t, sourceID, err := seriesTable(w, name, r, series, "period", "country", "currency", "units_per_usd")
	if err != nil {
		return err
	}
	currencies, err := Currencies()
	if err != nil {
		return err
	}
	return t.each(func() error {
		w.rows++
		code := t.get("currency")
		currency, ok := currencies[code]
		if !ok {
			// Venezuela's series mixes redenominations (VES/VEF/VEB): no one unit.
			w.skip("currency not in " + currenciesFile + " (a series of several units)")
			return nil
		}
		period := t.get("period")
		basis := basisLevel
		if len(period) == 4 {
			basis = "annual"
		}
		value, err := parseValue(t.get("units_per_usd"))
		if err != nil {
			return err
		}
		if err := w.entity(currency.Entity, t.get("country"), "country"); err != nil {
			return err
		}
		releaseID, err := monthlyRelease(w, sourceID, period, series.label, series.url)
		if err != nil {
			return err
		}
		return b.add(observationRow{entity: currency.Entity, indicator: "exchange_rate", period: period,
			basis: basis, value: value, kind: "actual", releaseID: releaseID})
	})
}

// currenciesFile names each currency's economy and how a sentence names its units.
const currenciesFile = "reference/currencies.csv"

// Currency is an ISO 4217 code's economy (ISO 3166 alpha-3 or EMU for the euro) and names.
type Currency struct {
	Code, Entity, Singular, Plural string
}

var (
	currenciesOnce sync.Once
	currencies     map[string]Currency
	currenciesErr  error
)

// Currencies returns the currencies the reference data knows, by ISO code, from the embedded
// currencies.csv.
func Currencies() (map[string]Currency, error) {
	currenciesOnce.Do(func() { currencies, currenciesErr = readCurrencies(data.FS) })
	return currencies, currenciesErr
}

func readCurrencies(fsys fs.FS) (map[string]Currency, error) {
	out := map[string]Currency{}
	err := readTable(fsys, currenciesFile, []string{"currency", "entity", "singular", "plural"}, func(t *table) error {
		c := Currency{Code: strings.ToUpper(t.get("currency")), Entity: strings.ToUpper(t.get("entity")),
			Singular: t.get("singular"), Plural: t.get("plural")}
		if len(c.Code) != 3 || c.Entity == "" || c.Singular == "" || c.Plural == "" {
			return fmt.Errorf("a currency needs a three-letter code, an entity and its names")
		}
		if _, dup := out[c.Code]; dup {
			return fmt.Errorf("currency %s is given twice", c.Code)
		}
		out[c.Code] = c
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read currencies: %w", err)
	}
	return out, nil
}
