package reference

import (
	"fmt"
	"io"
	"strings"
)

// importBankRate adds the Bank of England's policy rate changes (date, new_rate_pct,
// rate_name, date_precision, flag) as figures of GBR's policy_rate: each change is a release
// of its own, dated the day it was made, whose one figure is the new rate, for the period of
// the change at its precision (2023-08-03; 1694-10 where the source gives no day). A rate
// decision is judged as an event: the checks find the changes around a claimed date through
// Store.Series.
func importBankRate(b *figureBatch, name string, r io.Reader, series wdiSeries) error {
	w := b.w
	t, sourceID, err := seriesTable(w, name, r, series, "date", "new_rate_pct", "rate_name", "date_precision")
	if err != nil {
		return err
	}
	return t.each(func() error {
		w.rows++
		date := t.get("date")
		if err := checkDate(date); err != nil {
			return err
		}
		period := date
		switch precision := t.get("date_precision"); {
		case precision == "day":
		case strings.HasPrefix(precision, "month"):
			period = date[:7]
		default:
			return fmt.Errorf("date precision %q is not day or month", precision)
		}
		value, err := parseValue(t.get("new_rate_pct"))
		if err != nil {
			return err
		}
		rateName := t.get("rate_name")
		if rateName == "" {
			rateName = series.label
		}
		releaseID, err := w.release(sourceID, date, rateName+" change of "+period, series.url)
		if err != nil {
			return err
		}
		return b.add(observationRow{entity: "GBR", indicator: "policy_rate", period: period, basis: basisLevel,
			value: value, kind: "actual", releaseID: releaseID, note: t.get("flag")})
	})
}
