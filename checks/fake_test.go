package checks

import (
	"errors"
	"time"

	"github.com/factcheck/factcheck/reference"
)

// fakeReference is an in-memory reference table.
type fakeReference struct {
	observations []reference.Observation
	events       []reference.Event
	err          error
	// aggregates are the entities the table marks as groups of countries (see IsAggregate).
	aggregates map[string]bool
}

func (f fakeReference) IsAggregate(code string) (bool, error) { return f.aggregates[code], f.err }

func (f fakeReference) Observations(entity, indicator, period string) ([]reference.Observation, error) {
	if f.err != nil {
		return nil, f.err
	}
	var out []reference.Observation
	for _, o := range f.observations {
		if o.Entity == entity && o.Indicator == indicator && o.Period == period {
			out = append(out, o)
		}
	}
	return out, nil
}

func (f fakeReference) Events(target, eventType string) ([]reference.Event, error) {
	if f.err != nil {
		return nil, f.err
	}
	var out []reference.Event
	for _, e := range f.events {
		if e.Target == target && e.Type == eventType {
			out = append(out, e)
		}
	}
	return out, nil
}

var errTableLocked = errors.New("database is locked")

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func growth(source, period string, value float64, release, label, kind string) reference.Observation {
	return reference.Observation{
		Entity: "RUS", Indicator: "gdp_growth", Period: period, Basis: "annual", Value: value,
		Kind: kind, Source: source, SourceURL: "https://example.org/" + source + "/" + release,
		Release: release, Label: label,
	}
}

// russiaGrowth holds the real figures for Russia's GDP growth the brief lists.
var russiaGrowth = []reference.Observation{
	growth("Rosstat", "2023", 3.6, "2024-02-07", "Rosstat first estimate", "actual"),
	growth("Rosstat", "2023", 4.1, "2025-02-07", "Rosstat revision", "actual"),
	growth("Rosstat", "2024", 4.1, "2025-02-07", "Rosstat first estimate", "actual"),
	growth("Rosstat", "2024", 4.3, "2025-04-11", "Rosstat second estimate", "actual"),
	growth("Economy Ministry of Russia", "2024", 2.8, "2024-04-01", "Economy Ministry forecast", "projection"),
	growth("Economy Ministry of Russia", "2024", 3.9, "2024-10-23", "Economy Ministry forecast", "projection"),
	growth("Economy Ministry of Russia", "2026", 2.5, "2024-10-23", "Economy Ministry forecast", "projection"),
	growth("World Bank WDI", "2023", 4.07, "2025-12-17", "", "actual"),
	growth("World Bank WDI", "2023", 4.07, "2026-05-01", "", "actual"),
	growth("World Bank WDI", "2023", 4.07, "2026-07-01", "", "actual"),
	growth("World Bank WDI", "2024", 4.34, "2025-12-17", "", "actual"),
	growth("World Bank WDI", "2024", 4.34, "2026-05-01", "", "actual"),
	growth("World Bank WDI", "2024", 4.92, "2026-07-01", "", "actual"),
}

func sanction(jurisdiction, eventType, on, announced, instrument string) reference.Event {
	return reference.Event{
		Jurisdiction: jurisdiction, Target: "RUS", Type: eventType, Date: on, Precision: "day",
		Announced: announced, Instrument: instrument, Source: "Federal Register",
		SourceURL: "https://example.org/" + instrument,
	}
}

var russiaSanctions = []reference.Event{
	sanction("USA", "sanctions_imposed", "2014-03-06", "2014-03-06", "EO 13660"),
	sanction("USA", "sanctions_imposed", "2014-03-16", "2014-03-16", "EO 13661"),
	sanction("USA", "sanctions_imposed", "2014-12-19", "2014-12-19", "EO 13685"),
	sanction("EUU", "sanctions_imposed", "2014-03-17", "2014-03-17", "Council Decision 2014/145/CFSP"),
	sanction("USA", "sanctions_extended_until", "2025-03-06", "2024-03-04", "Notice of March 4, 2024"),
	sanction("USA", "sanctions_extended_until", "2026-03-06", "2025-02-27", "Notice of February 27, 2025"),
	sanction("USA", "sanctions_extended_until", "2027-03-06", "2026-02-19", "Notice of 2026"),
}

// History lists a whole series, as *reference.Store does.
func (f fakeReference) History(entity, indicator string) ([]reference.Observation, error) {
	if f.err != nil {
		return nil, f.err
	}
	var out []reference.Observation
	for _, o := range f.observations {
		if o.Entity == entity && o.Indicator == indicator {
			out = append(out, o)
		}
	}
	return out, nil
}
