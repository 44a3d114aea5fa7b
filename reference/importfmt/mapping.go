package importfmt

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/reference"
)

// MappingHeader is the header of a mapping file. series and indicator are required.
var MappingHeader = []string{"series", "entity", "indicator", "period", "basis", "unit", "scale", "derive", "kind"}

// Derivations a mapping may ask for: the level series is turned into its growth rate, in
// percent, over the previous period or over the same period a year before.
const (
	DeriveGrowth    = "growth"
	DeriveGrowthYoY = "growth_yoy"
)

// Rule is one line of a mapping file: what the series it matches are in the table.
type Rule struct {
	Line int
	// Series is a series code or a pattern: FLOW:KEY or KEY, each dot-separated code of
	// the key a code or "*"; "*" alone matches every series. Without a flow it matches the
	// key of any flow (Eurostat TSV files do not name theirs).
	Series    string
	Entity    string // entity code; empty takes the area the file gives (REF_AREA, geo, World Bank ISO3; two-letter codes made ISO3)
	Indicator string
	Period    string // year, half, quarter, month, day: how to read the file's periods; empty keeps them
	Basis     string // annual, yoy, qoq, annualised, mom; default annual, or from derive
	Unit      string // the unit of the figures stored; checked against the indicator's
	// Scale multiplies the published value; 0 (empty in the file) applies the file's own
	// UNIT_MULT instead, so that a value is never scaled twice.
	Scale  float64
	Derive string // "", growth or growth_yoy
	Kind   string // actual or projection; default actual, projection when flagged forecast
}

// Mapping says what the series of published files are in the reference table.
type Mapping struct {
	Name  string
	Rules []Rule
}

// ReadMapping reads a mapping file: CSV with the header MappingHeader (columns in any
// order, all but series and indicator optional) and lines starting with # as comments.
// Every bad line is an error naming its line.
func ReadMapping(name string, r io.Reader) (*Mapping, error) {
	reader := csv.NewReader(r)
	reader.Comment = '#'
	reader.FieldsPerRecord = -1
	header, err := reader.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("mapping %s: empty, expected the header %s", name, strings.Join(MappingHeader, ","))
	}
	if err != nil {
		return nil, fmt.Errorf("mapping %s: %w", name, err)
	}
	columns := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(MappingHeader, h) {
			return nil, fmt.Errorf("mapping %s: line 1: unknown column %q (the columns are %s)", name, h, strings.Join(MappingHeader, ","))
		}
		columns[h] = i
	}
	for _, required := range []string{"series", "indicator"} {
		if _, ok := columns[required]; !ok {
			return nil, fmt.Errorf("mapping %s: line 1: no %s column", name, required)
		}
	}
	m := &Mapping{Name: name}
	var readErr error
	for record, line := range records(reader, &readErr) {
		get := func(column string) string {
			if i, ok := columns[column]; ok && i < len(record) {
				return strings.TrimSpace(record[i])
			}
			return ""
		}
		rule := Rule{Line: line, Series: get("series"), Entity: strings.ToUpper(get("entity")), Indicator: get("indicator"),
			Period: strings.ToLower(get("period")), Basis: get("basis"), Unit: get("unit"), Derive: get("derive"), Kind: get("kind")}
		if err := rule.check(get("scale")); err != nil {
			return nil, fmt.Errorf("mapping %s: line %d: %w", name, line, err)
		}
		m.Rules = append(m.Rules, rule)
	}
	if readErr != nil {
		return nil, fmt.Errorf("mapping %s: %w", name, readErr)
	}
	if len(m.Rules) == 0 {
		return nil, fmt.Errorf("mapping %s: no series", name)
	}
	return m, nil
}

func (r *Rule) check(scale string) error {
	if r.Series == "" || r.Indicator == "" {
		return errors.New("series and indicator are required")
	}
	if r.Period != "" && !slices.Contains(PeriodTypes, r.Period) {
		return fmt.Errorf("period %q is not one of %s", r.Period, strings.Join(PeriodTypes, ", "))
	}
	switch r.Basis {
	case "", "annual", "yoy", "qoq", "annualised", "mom":
	default:
		return fmt.Errorf("basis %q is not one of annual, yoy, qoq, annualised, mom", r.Basis)
	}
	switch r.Derive {
	case "", DeriveGrowth, DeriveGrowthYoY:
	default:
		return fmt.Errorf("derive %q is not %s or %s", r.Derive, DeriveGrowth, DeriveGrowthYoY)
	}
	if r.Derive != "" && r.Unit != "" && r.Unit != "percent" {
		return fmt.Errorf("a derived growth rate is in percent, not %s", r.Unit)
	}
	switch r.Kind {
	case "", "actual", "projection":
	default:
		return fmt.Errorf("kind %q is not actual or projection", r.Kind)
	}
	if scale != "" {
		v, err := strconv.ParseFloat(scale, 64)
		if err != nil || v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("scale %q is not a number such as 1e6", scale)
		}
		r.Scale = v
	}
	return nil
}

// Match returns the first rule, in file order, that matches series; nil when none does.
func (m *Mapping) Match(series string) *Rule {
	for i := range m.Rules {
		if seriesMatches(m.Rules[i].Series, series) {
			return &m.Rules[i]
		}
	}
	return nil
}

func seriesMatches(pattern, series string) bool {
	if pattern == "*" || strings.EqualFold(pattern, series) {
		return true
	}
	patternFlow, patternKey, patternHasFlow := strings.Cut(pattern, ":")
	flow, key, hasFlow := strings.Cut(series, ":")
	if !hasFlow {
		key, flow = series, ""
	}
	if patternHasFlow {
		if !hasFlow || !strings.EqualFold(patternFlow, flow) {
			return false
		}
	} else {
		patternKey = pattern
	}
	if patternKey == "*" {
		return true
	}
	want, have := strings.Split(patternKey, "."), strings.Split(key, ".")
	if len(want) != len(have) {
		return false
	}
	for i := range want {
		if want[i] != "*" && !strings.EqualFold(want[i], have[i]) {
			return false
		}
	}
	return true
}

// ReleaseInfo says what the file does not: whose release it is, and its date when the file
// carries none.
type ReleaseInfo struct {
	Source, SourceURL, Licence string
	Released                   string // for vintages the file does not date
	Label                      string // for a single vintage; default "<source> <date>"
	URL                        string
}

// MapSummary counts what Batches left out.
type MapSummary struct {
	Figures  int            // figures mapped, over every vintage
	Unmapped map[string]int // observations of series no rule matches, by series
	Missing  int            // cells with no value in the file
	Gaps     int            // derived growth rates left out for want of the earlier period
}

// Batches turns a dataset into one release batch per vintage, each holding every mapped
// figure of that vintage: values scaled, periods read as the rule says, levels turned into
// growth rates where it asks (marked derived in the figure's note). Series that no rule
// matches are counted; a file none of whose series is mapped is an error, as is a vintage
// with no date when info gives none.
func (m *Mapping) Batches(ds Dataset, info ReleaseInfo) ([]reference.ReleaseBatch, MapSummary, error) {
	summary := MapSummary{Unmapped: map[string]int{}, Missing: ds.Missing}
	if info.Source == "" {
		return nil, summary, errors.New("the release has no source name")
	}
	var batches []reference.ReleaseBatch
	for _, v := range ds.Vintages {
		released, label := v.Released, info.Label
		if released == "" {
			released = info.Released
		}
		if released == "" {
			return nil, summary, errors.New("the file does not date its release: give the release date")
		}
		if v.Label != "" {
			label = info.Source + " vintage " + v.Label
			if v.Approximate {
				label += " (date approximate)"
			}
		}
		if len(ds.Vintages) > 1 && v.Label == "" {
			label = ""
		}
		figures, err := m.figures(v, &summary)
		if err != nil {
			return nil, summary, err
		}
		summary.Figures += len(figures)
		batches = append(batches, reference.ReleaseBatch{
			Source: info.Source, SourceURL: info.SourceURL, Licence: info.Licence, Released: released,
			Label: label, URL: info.URL, Figures: figures,
		})
	}
	if summary.Figures == 0 && len(summary.Unmapped) > 0 {
		codes := make([]string, 0, len(summary.Unmapped))
		for code := range summary.Unmapped {
			codes = append(codes, code)
		}
		sort.Strings(codes)
		if len(codes) > 5 {
			codes = append(codes[:5], "...")
		}
		return nil, summary, fmt.Errorf("no series of the file is in mapping %s (the file has %s)", m.Name, strings.Join(codes, ", "))
	}
	return batches, summary, nil
}

// mappedKey is a series of one vintage as the table will see it.
type mappedKey struct {
	rule           *Rule
	entity, series string
}

func (m *Mapping) figures(v Vintage, summary *MapSummary) ([]reference.BatchFigure, error) {
	levels := map[mappedKey]map[string]mappedObservation{}
	var order []mappedKey
	var figures []reference.BatchFigure
	for _, o := range v.Observations {
		rule := m.Match(o.Series)
		if rule == nil {
			summary.Unmapped[o.Series]++
			continue
		}
		period, err := convertPeriod(o.Period, rule.Period)
		if err != nil {
			return nil, fmt.Errorf("line %d: series %s: %w (mapping line %d)", o.Line, o.Series, err, rule.Line)
		}
		o.Period = period
		kind := rule.kindFor(o.Status)
		o.Value, o.Status = rule.scaled(o)
		entity := rule.Entity
		if entity == "" {
			entity = areaEntity(o.Area)
			if entity == "" {
				return nil, fmt.Errorf("line %d: series %s names no area and mapping line %d no entity", o.Line, o.Series, rule.Line)
			}
		}
		if rule.Derive != "" {
			key := mappedKey{rule, entity, o.Series}
			if levels[key] == nil {
				levels[key] = map[string]mappedObservation{}
				order = append(order, key)
			}
			levels[key][period] = mappedObservation{o, kind}
			continue
		}
		figures = append(figures, rule.figure(entity, o, kind, o.Value, rule.basisFor(period), o.Status))
	}
	for _, key := range order {
		series := levels[key]
		periods := make([]string, 0, len(series))
		for p := range series {
			periods = append(periods, p)
		}
		sort.Strings(periods)
		for _, p := range periods {
			lag := 1
			if key.rule.Derive == DeriveGrowthYoY {
				lag = periodsPerYear(p)
			}
			earlierPeriod, ok := shiftPeriod(p, lag)
			if !ok || lag == 0 {
				return nil, fmt.Errorf("series %s: a growth rate of daily figures (%s) is not derived (mapping line %d)", key.series, p, key.rule.Line)
			}
			earlier, ok := series[earlierPeriod]
			if !ok || earlier.Value == 0 {
				summary.Gaps++
				continue
			}
			o := series[p]
			growth := (o.Value/earlier.Value - 1) * 100
			note := fmt.Sprintf("derived: growth of %s %s over %s", key.series, p, earlierPeriod)
			if o.Status != "" {
				note += "; " + o.Status
			}
			figures = append(figures, key.rule.figure(key.entity, o.Observation, o.kind, growth, key.rule.basisFor(p), note))
		}
	}
	return figures, nil
}

// scaled applies the rule's scale, or the file's UNIT_MULT, and says so in the status.
func (r *Rule) scaled(o Observation) (float64, string) {
	notes := []string{}
	if o.Status != "" {
		notes = append(notes, "status "+o.Status+statusWords(o.Status))
	}
	value := o.Value
	switch {
	case r.Scale != 0:
		value *= r.Scale
	case o.UnitMult != 0:
		value *= math.Pow10(o.UnitMult)
		notes = append(notes, fmt.Sprintf("UNIT_MULT %d applied", o.UnitMult))
	}
	return value, strings.Join(notes, "; ")
}

// basisFor is the rule's basis, or the one a derived growth rate has by its period.
func (r *Rule) basisFor(period string) string {
	if r.Basis != "" {
		return r.Basis
	}
	switch {
	case r.Derive == DeriveGrowthYoY && periodsPerYear(period) > 1:
		return "yoy"
	case r.Derive == DeriveGrowth && periodsPerYear(period) == 4:
		return "qoq"
	case r.Derive == DeriveGrowth && periodsPerYear(period) == 12:
		return "mom"
	}
	return "annual"
}

// kindFor is the rule's kind, or projection for a value flagged forecast (Eurostat f,
// SDMX OBS_STATUS F).
func (r *Rule) kindFor(status string) string {
	if r.Kind != "" {
		return r.Kind
	}
	if strings.ContainsAny(status, "fF") {
		return "projection"
	}
	return "actual"
}

// mappedObservation is a level kept for a derived growth rate, with its kind.
type mappedObservation struct {
	Observation
	kind string
}

func (r *Rule) figure(entity string, o Observation, kind string, value float64, basis, note string) reference.BatchFigure {
	unit := r.Unit
	if r.Derive != "" {
		unit = "percent"
	}
	return reference.BatchFigure{
		Entity: entity, Indicator: r.Indicator, Period: o.Period, Basis: basis, Kind: kind, Value: value,
		Unit: unit, Note: note, EntityFromData: r.Entity == "", Origin: fmt.Sprintf("line %d", o.Line),
	}
}

// statusWords says what the common observation flags mean (Eurostat and SDMX code lists).
func statusWords(status string) string {
	words := map[string]string{
		"p": "provisional", "e": "estimated", "b": "break in series", "f": "forecast", "i": "imputed",
		"d": "definition differs", "u": "low reliability", "s": "Eurostat estimate", "r": "revised",
		"P": "provisional", "E": "estimated", "B": "break in series", "F": "forecast", "A": "normal value",
		"C": "confidential",
	}
	var found []string
	for _, c := range strings.Fields(status) {
		for _, r := range c {
			if w, ok := words[string(r)]; ok && !slices.Contains(found, w) {
				found = append(found, w)
			}
		}
	}
	if len(found) == 0 {
		return ""
	}
	return " (" + strings.Join(found, ", ") + ")"
}
