package reference

import (
	"context"
	"strings"
	"testing"
)

func TestEntityNamesPreferCommonShortNames(t *testing.T) {
	names, err := defaultStore.EntityNames()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ code, want string }{
		{"RUS", "Russia"},                       // "Russian Federation"
		{"EGY", "Egypt"},                        // "Egypt, Arab Rep."
		{"KOR", "South Korea"},                  // "Korea, Rep."
		{"LAO", "Laos"},                         // "Lao PDR"
		{"IRN", "Iran"},                         // "Iran, Islamic Rep."
		{"COD", "Democratic Republic of Congo"}, // "Congo, Dem. Rep.": "DRC" is an abbreviation
		{"USA", "United States"},                // not "US" or "America": the name is not formal
		{"GBR", "United Kingdom"},
		{"CHN", "China"},
		{"EMU", "Euro area"},
		{"WLD", "World"},
	}
	for _, tt := range tests {
		if got := names[tt.code]; got != tt.want {
			t.Errorf("EntityNames()[%s] = %q, want %q", tt.code, got, tt.want)
		}
	}
	if len(names) < 250 {
		t.Errorf("EntityNames has %d entities, want every entity", len(names))
	}
}

func TestIsAggregate(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"WLD", true}, {"SSF", true}, {"EAS", true}, {"LCN", true}, {"HIC", true}, {"EMU", true}, {"EUU", true},
		{"USA", false}, {"NGA", false}, {"CHN", false},
		{"XYZ", false}, // not in the table
	}
	for _, tt := range tests {
		got, err := defaultStore.IsAggregate(tt.code)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("IsAggregate(%s) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestResolveEntity(t *testing.T) {
	tests := []struct{ text, want, wantErr string }{
		{"RUS", "RUS", ""},
		{"rus", "RUS", ""},
		{"Russia", "RUS", ""},
		{"russia", "RUS", ""},
		{"Kremlin", "RUS", ""},
		{"euro area", "EMU", ""},
		{"Narnia", "", `no entity is called "Narnia"`},
	}
	for _, tt := range tests {
		got, err := defaultStore.ResolveEntity(tt.text)
		if got != tt.want || (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("ResolveEntity(%q) = %q, %v; want %q, %q", tt.text, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestAddFigureKeepsReleasesApart(t *testing.T) {
	store := smallStore(t)
	ctx := context.Background()
	lookup := func() []figure {
		t.Helper()
		observations, err := store.Observations("RUS", "unemployment_rate", "2024")
		if err != nil {
			t.Fatal(err)
		}
		return figures(observations)
	}
	if got := lookup(); len(got) != 0 { // also fills the cache with "nothing"
		t.Fatalf("before: %v", got)
	}
	first := Figure{Observation: Observation{Entity: "rus", Indicator: "unemployment_rate", Period: "2024",
		Value: 2.5, Source: "Rosstat", Release: "2025-01-31", SourceURL: "https://example.org/u"}}
	if err := store.AddFigure(ctx, first); err != nil {
		t.Fatal(err)
	}
	if got := lookup(); len(got) != 1 || got[0] != (figure{"Rosstat", "2025-01-31", 2.5, "actual"}) {
		t.Fatalf("after adding: %v", got)
	}
	again := first
	again.Value = 2.4
	if err := store.AddFigure(ctx, again); err == nil || !strings.Contains(err.Error(), "never overwritten") {
		t.Errorf("a second figure for the same release: %v, want a refusal", err)
	}
	revision := again
	revision.Release = "2025-03-01"
	if err := store.AddFigure(ctx, revision); err != nil {
		t.Fatal(err)
	}
	if got := lookup(); len(got) != 2 || got[1].Value != 2.4 {
		t.Errorf("after the revision: %v", got)
	}
	figures, total, err := store.Figures(Filter{Entity: "RUS", Indicator: "unemployment_rate"}, 0)
	if err != nil || total != 2 || figures[0].Label != "Rosstat 2025-01-31" || figures[0].SourceURL != "https://example.org/u" {
		t.Errorf("Figures = %+v, %d, %v", figures, total, err)
	}
	bad := []Figure{
		{Observation: Observation{Entity: "XXX", Indicator: "inflation", Period: "2024", Source: "S", Release: "2025-01-01"}},
		{Observation: Observation{Entity: "RUS", Indicator: "inflation", Period: "2024", Source: "S", Release: "2025-02-30"}},
		{Observation: Observation{Entity: "RUS", Indicator: "inflation", Period: "2024", Source: "", Release: "2025-01-01"}},
		{Observation: Observation{Entity: "RUS", Indicator: "inflation", Period: "2024", Kind: "hope", Source: "S", Release: "2025-01-01"}},
	}
	for _, f := range bad {
		if err := store.AddFigure(ctx, f); err == nil {
			t.Errorf("AddFigure(%+v) succeeded", f)
		}
	}
}

func TestAddEvent(t *testing.T) {
	store := smallStore(t)
	ctx := context.Background()
	event := Event{Jurisdiction: "gbr", Target: "RUS", Type: EventImposed, Date: "2022-02-24",
		Instrument: "Test regulations", Source: "Test Gazette"}
	if err := store.AddEvent(ctx, event); err != nil {
		t.Fatal(err)
	}
	events, err := store.Events("RUS", EventImposed)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Jurisdiction != "GBR" || events[0].Announced != "2022-02-24" || events[0].Precision != "day" {
		t.Errorf("events = %+v", events)
	}
	if err := store.AddEvent(ctx, event); err == nil || !strings.Contains(err.Error(), "already in the database") {
		t.Errorf("the same event again: %v, want a refusal", err)
	}
	event.Type = "sanctions_threatened"
	if err := store.AddEvent(ctx, event); err == nil {
		t.Error("an unknown event type was accepted")
	}
}

func TestAddAlias(t *testing.T) {
	store := smallStore(t)
	ctx := context.Background()
	result, err := store.AddAlias(ctx, "Rossiya", "rus", "short_name")
	if err != nil || !result.Added || len(result.Others) != 0 {
		t.Fatalf("AddAlias = %+v, %v", result, err)
	}
	if code, err := store.ResolveEntity("rossiya"); err != nil || code != "RUS" {
		t.Errorf("ResolveEntity(rossiya) = %q, %v", code, err)
	}
	if result, err := store.AddAlias(ctx, "Rossiya", "RUS", "short_name"); err != nil || result.Added {
		t.Errorf("the same alias again = %+v, %v; want not added", result, err)
	}
	result, err = store.AddAlias(ctx, "Rossiya", "BLR", "short_name")
	if err != nil || !result.Added || len(result.Others) != 1 || result.Others[0] != "RUS" {
		t.Errorf("an alias of two entities = %+v, %v; want RUS among the others", result, err)
	}
	if _, err := store.ResolveEntity("Rossiya"); err == nil || !strings.Contains(err.Error(), "BLR, RUS") {
		t.Errorf("ResolveEntity of an ambiguous alias: %v", err)
	}
	for _, bad := range [][3]string{{"", "RUS", "short_name"}, {"X", "XXX", "short_name"}, {"X", "RUS", "nickname"}} {
		if _, err := store.AddAlias(ctx, bad[0], bad[1], bad[2]); err == nil {
			t.Errorf("AddAlias%v succeeded", bad)
		}
	}
}

func TestListings(t *testing.T) {
	store := smallStore(t)
	series, err := store.ListSeries(Filter{Entity: "RUS", Indicator: "gdp_growth"})
	if err != nil {
		t.Fatal(err)
	}
	if len(series) != 2 || series[0].Source != "Economy Ministry of Russia" || series[1].Source != "Rosstat" ||
		series[1].FirstPeriod != "2021" || series[1].LastPeriod != "2024" || series[1].Releases != 8 {
		t.Errorf("ListSeries = %+v", series)
	}
	figures, total, err := store.Figures(Filter{Entity: "RUS", Indicator: "gdp_growth", Period: "2023"}, 2)
	if err != nil || len(figures) != 2 || total != 3 || figures[0].Release != "2024-02-07" {
		t.Errorf("Figures with a limit = %+v, %d, %v", figures, total, err)
	}
	quarters, _, err := store.Figures(Filter{Period: "2024", Source: "test statistics office"}, 0)
	if err != nil || len(quarters) != 1 || quarters[0].Period != "2024-Q1" {
		t.Errorf("a year selects its quarters, a source any case: %+v, %v", quarters, err)
	}
	sources, err := store.Sources()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]SourceInfo{}
	for _, s := range sources {
		byName[s.Name] = s
	}
	if s := byName["Test Statistics Office"]; s.Figures != 3 || s.Releases != 2 || s.Licence != "CC-BY-4.0" || s.URL != "https://example.org" {
		t.Errorf("the test office = %+v", s)
	}
	if s := byName["IMF WEO"]; s.Figures != 0 || !strings.Contains(s.Licence, "terms") {
		t.Errorf("IMF WEO, known but not imported = %+v", s)
	}
}
