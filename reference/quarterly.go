package reference

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// seriesFormat reads one embedded file of a source that publishes levels by vintage or by
// month; series holds the manifest row (source, release, label, url, basis).
type seriesFormat func(b *figureBatch, name string, r io.Reader, series wdiSeries) error

// seriesFormats are the manifest formats of the sources of quarters, months and rate
// decisions, by name.
var seriesFormats = map[string]seriesFormat{
	"realtime-quarterly": importRealtimeQuarterly,
	"bea-gdp-vintages":   importBEAVintages,
	"bls-cpi":            importBLSCPI,
	"fed-fx":             importFedFX,
	"boe-bank-rate":      importBankRate,
}

// seriesTable opens a file of a series format: its table, which must have the columns, and
// the id of the manifest row's source.
func seriesTable(w *writer, name string, r io.Reader, series wdiSeries, columns ...string) (*table, int64, error) {
	t, err := newTable(name, r, columns...)
	if err != nil {
		return nil, 0, err
	}
	sourceID, err := w.source(series.source, "", series.licence)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	return t, sourceID, nil
}

func seriesFormatNames() string {
	names := make([]string, 0, len(seriesFormats))
	for name := range seriesFormats {
		names = append(names, name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// realtimeSeriesFile is the real-time data set's list of sheets, kept for provenance.
const realtimeSeriesFile = "reference/realtime-quarterly/series.csv"

// realtimeEconomy says how one economy's GDP is announced and by whom: the US and Japan
// announce annualised q/q growth, the euro area and Switzerland q/q. Swiss headline GDP is
// the sport-event adjusted series in the vintages that have it (from 2018-Q3).
type realtimeEconomy struct {
	producer string // prefixed to the manifest's source: "BEA via SECO real-time data set"
	label    string // names a vintage: "BEA real-time vintage 2015-Q2"
	headline growthBasis
	sheets   []string // the level series, preferred first
}

var realtimeEconomies = map[string]realtimeEconomy{
	"USA": {"BEA via ", "BEA", annualisedGrowth, []string{"gdp_real"}},
	"JPN": {"Cabinet Office of Japan via ", "Cabinet Office", annualisedGrowth, []string{"gdp_real"}},
	"EMU": {"Eurostat via ", "Eurostat", qoqGrowth, []string{"gdp_real"}},
	"CHE": {"", "SECO", qoqGrowth, []string{"gdp_real_sport_adj", "gdp_real"}},
}

// realtimeVintage is one vintage of one economy: its levels by sheet and quarter, and its
// date when the data set gives one.
type realtimeVintage struct {
	date   string
	levels map[string]map[int]float64
}

// importRealtimeQuarterly adds the quarterly GDP growth of the SECO real-time data set
// (entity,indicator,period,vintage_quarter,vintage_date,value; levels): per economy, each
// vintage is a release dated by its vintage_date, else by the last day of its quarter of
// publication (the latest day it can have appeared), and adds the headline and y/y growth it
// changes.
func importRealtimeQuarterly(b *figureBatch, name string, r io.Reader, series wdiSeries) error {
	w := b.w
	t, err := newTable(name, r, "entity", "indicator", "period", "vintage_quarter", "vintage_date", "value")
	if err != nil {
		return err
	}
	vintages := map[string]map[quarter]*realtimeVintage{}
	err = t.each(func() error {
		w.rows++
		entity := t.get("entity")
		economy, ok := realtimeEconomies[entity]
		if !ok {
			return fmt.Errorf("entity %q is not one of the economies of the real-time data set", entity)
		}
		sheet := t.get("indicator")
		if !containsString(economy.sheets, sheet) {
			w.skip("real-time series other than GDP")
			return nil
		}
		period, err := parseQuarter(t.get("period"))
		if err != nil {
			return err
		}
		vq, err := parseQuarter(t.get("vintage_quarter"))
		if err != nil {
			return fmt.Errorf("vintage: %w", err)
		}
		value, err := parseValue(t.get("value"))
		if err != nil {
			return err
		}
		if vintages[entity] == nil {
			vintages[entity] = map[quarter]*realtimeVintage{}
		}
		v := vintages[entity][vq]
		if v == nil {
			v = &realtimeVintage{levels: map[string]map[int]float64{}}
			vintages[entity][vq] = v
		}
		if date := t.get("vintage_date"); date != "" {
			if err := checkDate(date); err != nil {
				return fmt.Errorf("vintage date: %w", err)
			}
			if v.date != "" && v.date != date {
				return fmt.Errorf("vintage %s of %s is dated both %s and %s", vq, entity, v.date, date)
			}
			v.date = date
		}
		if v.levels[sheet] == nil {
			v.levels[sheet] = map[int]float64{}
		}
		v.levels[sheet][int(period)] = value
		return nil
	})
	if err != nil {
		return err
	}
	for _, entity := range sortedKeys(vintages) {
		if err := addRealtimeEconomy(b, name, entity, vintages[entity], series); err != nil {
			return err
		}
	}
	return nil
}

func addRealtimeEconomy(b *figureBatch, name, entity string, vintages map[quarter]*realtimeVintage, series wdiSeries) error {
	w := b.w
	economy := realtimeEconomies[entity]
	sourceID, err := w.source(economy.producer+series.source, "", series.licence)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	order := make([]quarter, 0, len(vintages))
	for vq := range vintages {
		order = append(order, vq)
	}
	sort.Slice(order, func(a, b int) bool { return order[a] < order[b] })
	seen := revisionTracker{}
	previousDate := ""
	for _, vq := range order {
		v := vintages[vq]
		date := v.date
		if date == "" {
			date = vq.lastDay()
		}
		if date < previousDate {
			return fmt.Errorf("%s: vintage %s of %s is dated %s, before the vintage before it (%s)", name, vq, entity, date, previousDate)
		}
		previousDate = date
		var levels map[int]float64
		for _, sheet := range economy.sheets {
			if levels = v.levels[sheet]; levels != nil {
				break
			}
		}
		releaseID, err := w.release(sourceID, date, fmt.Sprintf("%s real-time vintage %s", economy.label, vq), series.url)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := addGrowth(b, entity, levels, releaseID, seen, quarterName, economy.headline, yoyQuarterGrowth); err != nil {
			return fmt.Errorf("%s: vintage %s: %w", name, vq, err)
		}
	}
	return nil
}

func quarterName(i int) string { return quarter(i).String() }

// addGrowth adds, for every period of one vintage's levels, the growth on each basis that
// differs from what the source's earlier vintages gave.
func addGrowth(b *figureBatch, entity string, levels map[int]float64, releaseID int64, seen revisionTracker,
	periodName func(int) string, bases ...growthBasis) error {
	periods := make([]int, 0, len(levels))
	for i := range levels {
		periods = append(periods, i)
	}
	sort.Ints(periods)
	for _, i := range periods {
		for _, g := range bases {
			value, ok := g.growth(levels, i)
			if !ok {
				continue
			}
			key := figureKey{entity, "gdp_growth", periodName(i), g.basis, "actual"}
			if !seen.changed(key, value) {
				continue
			}
			if err := b.add(observationRow{
				entity: entity, indicator: "gdp_growth", period: key.period, basis: g.basis, value: value,
				kind: "actual", releaseID: releaseID, note: DerivedNote + g.how,
			}); err != nil {
				return err
			}
		}
	}
	return nil
}

// beaVintage is one vintage of datasets/gdp-us: the BEA release its levels match, and the
// levels by period.
type beaVintage struct {
	release, label string
	levels         map[int]float64
}

// importBEAVintages adds US GDP growth derived from the real levels of each vintage of
// datasets/gdp-us (vintage_commit, levels_bea_release, period, level_real_bn_chained_usd_saar):
// quarterly files give annualised q/q and y/y growth, annual files annual growth. Each vintage
// is the BEA release its levels match ("2013-09-26 (2013Q2 third estimate, 2.5%)"); the
// published growth columns are not used, since one vintage (c9c73cc) mixes the growth of a
// later release with the levels of an earlier one.
func importBEAVintages(b *figureBatch, name string, r io.Reader, series wdiSeries) error {
	w := b.w
	t, sourceID, err := seriesTable(w, name, r, series, "vintage_commit", "levels_bea_release", "period", "level_real_bn_chained_usd_saar")
	if err != nil {
		return err
	}
	quarterly := series.basis == annualisedGrowth.basis
	if !quarterly && series.basis != annualGrowth.basis {
		return fmt.Errorf("%s: basis %q is not annualised (quarterly file) or annual", name, series.basis)
	}
	vintages := map[string]*beaVintage{}
	err = t.each(func() error {
		w.rows++
		commit, described := t.get("vintage_commit"), t.get("levels_bea_release")
		release, detail, _ := strings.Cut(described, " (")
		if err := checkDate(release); err != nil {
			return fmt.Errorf("levels_bea_release: %w", err)
		}
		v := vintages[commit]
		if v == nil {
			detail, _, _ = strings.Cut(strings.TrimSuffix(detail, ")"), ",")
			v = &beaVintage{release: release, label: strings.TrimSpace("BEA " + release + " " + parenthesised(detail)), levels: map[int]float64{}}
			vintages[commit] = v
		}
		if v.release != release {
			return fmt.Errorf("vintage %s matches both the release of %s and of %s", commit, v.release, release)
		}
		text := t.get("level_real_bn_chained_usd_saar")
		if text == "" {
			w.skip("no real level")
			return nil
		}
		value, err := parseValue(text)
		if err != nil {
			return err
		}
		i, err := beaPeriodIndex(t.get("period"), quarterly)
		if err != nil {
			return err
		}
		v.levels[i] = value
		return nil
	})
	if err != nil {
		return err
	}
	order := make([]*beaVintage, 0, len(vintages))
	for _, v := range vintages {
		order = append(order, v)
	}
	sort.Slice(order, func(a, b int) bool { return order[a].release < order[b].release })
	seen := revisionTracker{}
	for k, v := range order {
		if k > 0 && order[k-1].release == v.release {
			return fmt.Errorf("%s: two vintages match the release of %s", name, v.release)
		}
		releaseID, err := w.release(sourceID, v.release, v.label, series.url)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if quarterly {
			err = addGrowth(b, "USA", v.levels, releaseID, seen, quarterName, annualisedGrowth, yoyQuarterGrowth)
		} else {
			err = addGrowth(b, "USA", v.levels, releaseID, seen, strconv.Itoa, annualGrowth)
		}
		if err != nil {
			return fmt.Errorf("%s: release %s: %w", name, v.release, err)
		}
	}
	return nil
}

func parenthesised(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return "(" + s + ")"
}

// beaPeriodIndex turns a quarter or a year into a count that neighbours differ by one.
func beaPeriodIndex(period string, quarterly bool) (int, error) {
	if quarterly {
		q, err := parseQuarter(period)
		return int(q), err
	}
	year, err := strconv.Atoi(period)
	if err != nil || len(period) != 4 {
		return 0, fmt.Errorf("period %q is not a year", period)
	}
	return year, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
