package reference

import (
	"bufio"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/data"
)

// defaultStore is the database built from the embedded data, shared by the tests that read it.
var defaultStore *Store

// testDir holds the databases built once for the test binary; TestMain removes it.
var testDir string

func TestMain(m *testing.M) {
	os.Exit(runWithDefaultStore(m))
}

func runWithDefaultStore(m *testing.M) int {
	dir, err := os.MkdirTemp("", "reference-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	testDir = dir
	dbPath := filepath.Join(dir, "default.db")
	if err := Build(dbPath); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if defaultStore, err = Open(dbPath); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer defaultStore.Close()
	return m.Run()
}

// figure is the part of an Observation that identifies one release's value.
type figure struct {
	Source, Release string
	Value           float64
	Kind            string
}

func figures(observations []Observation) []figure {
	var out []figure
	for _, o := range observations {
		out = append(out, figure{o.Source, o.Release, math.Round(o.Value*1e4) / 1e4, o.Kind})
	}
	return out
}

func TestObservationsOfTheDefaultData(t *testing.T) {
	tests := []struct {
		name                      string
		entity, indicator, period string
		want                      []figure
	}{
		{
			// The editions of 2026-03-04 to 2026-05-01 repeat the figure of 2025-12-17, which
			// is stored once, dated when it first appeared.
			name:   "Russia's 2023 growth has Rosstat's estimates and each distinct WDI figure",
			entity: "RUS", indicator: "gdp_growth", period: "2023",
			want: []figure{
				{"Rosstat", "2024-02-07", 3.6, "actual"},
				{"Rosstat", "2024-04-05", 3.6, "actual"},
				{"Rosstat", "2025-02-07", 4.1, "actual"},
				{"World Bank WDI", "2025-12-17", 4.0825, "actual"},
				{"World Bank WDI", "2026-07-01", 4.0666, "actual"},
			},
		},
		{
			name:   "Russia's 2024 growth keeps the ministry forecast apart as a projection",
			entity: "RUS", indicator: "gdp_growth", period: "2024",
			want: []figure{
				{"Economy Ministry of Russia", "2024-10-23", 3.9, "projection"},
				{"Rosstat", "2025-02-07", 4.1, "actual"},
				{"Rosstat", "2025-04-11", 4.3, "actual"},
				{"World Bank WDI", "2025-12-17", 4.3444, "actual"},
				{"World Bank WDI", "2026-07-01", 4.9217, "actual"},
			},
		},
		{
			name:   "Russia's 2022 growth has the first estimate, its confirmation and the revision",
			entity: "RUS", indicator: "gdp_growth", period: "2022",
			want: []figure{
				{"Rosstat", "2023-02-20", -2.1, "actual"},
				{"Rosstat", "2023-04-07", -2.1, "actual"},
				{"Rosstat", "2023-12-29", -1.2, "actual"},
				{"World Bank WDI", "2025-12-17", -1.4359, "actual"},
				{"World Bank WDI", "2026-07-01", -1.4354, "actual"},
			},
		},
		{
			name:   "an unrevised figure is dated when it first appeared, and again by the current edition",
			entity: "USA", indicator: "inflation", period: "2022",
			want: []figure{{"World Bank WDI", "2025-12-17", 8.0028, "actual"}, {"World Bank WDI", "2026-07-01", 8.0028, "actual"}},
		},
		{
			name:   "a figure of the 2018 edition, rebuilt from its changes file, comes before its revision",
			entity: "GBR", indicator: "gdp_growth", period: "2004",
			want: []figure{{"World Bank WDI", "2018-08-01", 2.3645, "actual"}, {"World Bank WDI", "2025-12-17", 2.326, "actual"},
				{"World Bank WDI", "2026-07-01", 2.326, "actual"}},
		},
		{
			name:   "a new indicator with its 2018 edition",
			entity: "USA", indicator: "gdp_per_capita", period: "2016",
			want: []figure{{"World Bank WDI", "2018-08-01", 57638.1591, "actual"}, {"World Bank WDI", "2026-07-01", 57976.6282, "actual"}},
		},
		{
			name:   "population is a count of persons",
			entity: "WLD", indicator: "population", period: "2000",
			want: []figure{{"World Bank WDI", "2018-08-01", 6121682741, "actual"}, {"World Bank WDI", "2026-04-01", 6161884811, "actual"},
				{"World Bank WDI", "2026-07-01", 6161528496, "actual"}},
		},
		{
			name:   "an aggregate's unemployment rate",
			entity: "EUU", indicator: "unemployment_rate", period: "2019",
			want: []figure{{"World Bank WDI", "2026-04-01", 6.6771, "actual"}, {"World Bank WDI", "2026-07-01", 6.6771, "actual"}},
		},
		{
			// MEA has had Afghanistan and Pakistan since the 2025 editions: its 2018 figures
			// are of another group, and the build leaves them out.
			name:   "an aggregate whose members changed keeps only the current edition's figures",
			entity: "MEA", indicator: "gdp_growth", period: "2010",
			want: []figure{{"World Bank WDI", "2025-12-17", 4.8097, "actual"}, {"World Bank WDI", "2026-07-01", 4.7361, "actual"}},
		},
		{
			name:   "a definition change is kept apart under its own indicator",
			entity: "IND", indicator: "poverty_rate_extreme_190", period: "2011",
			want: []figure{{"World Bank WDI", "2018-08-01", 21.2, "actual"}},
		},
		{
			name:   "a period the table does not have",
			entity: "RUS", indicator: "gdp_growth", period: "2023-Q3",
		},
		{
			name:   "an unknown entity",
			entity: "XXX", indicator: "gdp_growth", period: "2023",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := defaultStore.Observations(tt.entity, tt.indicator, tt.period)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(figures(got), tt.want) {
				t.Errorf("got\n%v\nwant\n%v", figures(got), tt.want)
			}
			for _, o := range got {
				if o.Entity != tt.entity || o.Indicator != tt.indicator || o.Period != tt.period || o.Basis != "annual" {
					t.Errorf("figure %+v is not the one asked for", o)
				}
			}
		})
	}
}

func TestRosstatFiguresCarryTheirProvenance(t *testing.T) {
	got, err := defaultStore.Observations("RUS", "gdp_growth", "2023")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Observation{
		"2024-02-07": {Value: 3.6, Label: "Rosstat first estimate", SourceURL: "https://tass.com/economy/1743207"},
		"2025-02-07": {Value: 4.1, Label: "Rosstat revision (published with 2024 first estimate)",
			SourceURL: "https://trends.levif.be/a-la-une/international/la-russie-vante-la-croissance-de-son-pib/"},
	}
	for _, o := range got {
		w, ok := want[o.Release]
		if o.Source != "Rosstat" || !ok {
			continue
		}
		delete(want, o.Release)
		if o.Value != w.Value || o.Label != w.Label || o.SourceURL != w.SourceURL || o.Licence == "" {
			t.Errorf("Rosstat %s: got %+v, want value %v, label %q, URL %s and a licence", o.Release, o, w.Value, w.Label, w.SourceURL)
		}
	}
	for release := range want {
		t.Errorf("no Rosstat figure released %s", release)
	}

	forecast, err := defaultStore.Observations("RUS", "gdp_growth", "2024")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range forecast {
		if o.Value == 3.9 && (o.Kind != "projection" || o.Source == "Rosstat" || o.SourceURL != "https://tass.com/economy/1860405") {
			t.Errorf("the ministry's 3.9%% forecast is %+v, want a projection of the ministry with its URL", o)
		}
	}
}

func TestEveryFigureHasProvenance(t *testing.T) {
	var missing int
	err := defaultStore.db.QueryRow(`SELECT count(*) FROM observations o
		JOIN releases r ON r.id = o.release_id JOIN sources s ON s.id = r.source_id
		WHERE s.name = '' OR s.licence = '' OR r.label = '' OR r.released = ''
		   OR (o.source_url = '' AND r.url = '')`).Scan(&missing)
	if err != nil {
		t.Fatal(err)
	}
	if missing != 0 {
		t.Errorf("%d figures lack a source name, licence, release label, date or URL", missing)
	}
	var eventsWithoutURL int
	if err := defaultStore.db.QueryRow(`SELECT count(*) FROM events WHERE source_url = ''`).Scan(&eventsWithoutURL); err != nil {
		t.Fatal(err)
	}
	if eventsWithoutURL != 0 {
		t.Errorf("%d events lack a source URL", eventsWithoutURL)
	}
}

// TestWDIFiguresLinkToTheirIndicatorsPage: the six files of one WDI release share the release,
// and each figure still points at its own indicator's page, not the first file's.
func TestWDIFiguresLinkToTheirIndicatorsPage(t *testing.T) {
	tests := []struct{ indicator, urlHas string }{
		{"gdp_growth", "NY.GDP.MKTP.KD.ZG"},
		{"inflation", "FP.CPI.TOTL.ZG"},
		{"unemployment_rate", "SL.UEM.TOTL.ZS"},
		{"population", "SP.POP.TOTL"},
		{"gdp", "NY.GDP.MKTP.CD"},
	}
	for _, tt := range tests {
		obs, err := defaultStore.Observations("GBR", tt.indicator, "2023")
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, o := range obs {
			if o.Source != "World Bank WDI" || o.Release != "2026-07-01" {
				continue
			}
			found = true
			if !strings.Contains(o.SourceURL, tt.urlHas) {
				t.Errorf("%s: URL %s, want the page of %s", tt.indicator, o.SourceURL, tt.urlHas)
			}
		}
		if !found {
			t.Errorf("%s: no WDI 2026-07-01 figure for GBR 2023", tt.indicator)
		}
	}
}

func TestSanctionsEvents(t *testing.T) {
	tests := []struct {
		name      string
		eventType string
		want      Event // the fields compared: Jurisdiction, Date, Announced, Instrument
	}{
		{
			name:      "EO 13660 imposed sanctions on 2014-03-06",
			eventType: EventImposed,
			want:      Event{Jurisdiction: "USA", Date: "2014-03-06", Announced: "2014-03-06", Instrument: "EO 13660"},
		},
		{
			name:      "the continuation of 2025-02-27 runs through 2026-03-06",
			eventType: EventExtendedUntil,
			want: Event{Jurisdiction: "USA", Date: "2026-03-06", Announced: "2025-02-27",
				Instrument: "Notice: Continuation of the National Emergency With Respect to Ukraine"},
		},
		{
			name:      "the EU's first individual measures of 2014-03-17",
			eventType: EventImposed,
			want:      Event{Jurisdiction: "EUU", Date: "2014-03-17", Announced: "2014-03-17", Instrument: "Council Decision 2014/145/CFSP"},
		},
		{
			name:      "the EU's 19th package",
			eventType: EventImposed,
			want:      Event{Jurisdiction: "EUU", Date: "2025-10-23", Announced: "2025-10-23", Instrument: "Sanctions package 19"},
		},
		{
			name:      "the EU's economic sanctions renewed in January 2024 to 31 July 2024",
			eventType: EventExtendedUntil,
			want: Event{Jurisdiction: "EUU", Date: "2024-07-31", Announced: "2024-01-31",
				Instrument: "Council Decision 2014/512/CFSP (renewal)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := defaultStore.Events("RUS", tt.eventType)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range events {
				if e.Type != tt.eventType || e.Target != "RUS" {
					t.Errorf("asked for %s against RUS, got %+v", tt.eventType, e)
				}
				if e.Jurisdiction == tt.want.Jurisdiction && e.Date == tt.want.Date && e.Announced == tt.want.Announced &&
					e.Instrument == tt.want.Instrument {
					if e.Precision != "day" || e.SourceURL == "" || e.Source == "" || e.Summary == "" {
						t.Errorf("event %+v lacks precision, source or summary", e)
					}
					return
				}
			}
			t.Errorf("no event like %+v among %d", tt.want, len(events))
		})
	}
}

func TestEventsOfEveryType(t *testing.T) {
	all, err := defaultStore.Events("RUS", "")
	if err != nil {
		t.Fatal(err)
	}
	rows := countDataRows(t, "reference/sanctions_events.csv")
	if len(all) != rows {
		t.Errorf("got %d events against RUS, the events file has %d rows", len(all), rows)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Date < all[i-1].Date {
			t.Errorf("events out of date order: %s after %s", all[i].Date, all[i-1].Date)
		}
	}
	none, err := defaultStore.Events("RUS", EventLifted)
	if err != nil || len(none) != 0 {
		t.Errorf("sanctions_lifted: got %v, %v; the timeline lifts nothing", none, err)
	}
}

func TestStatsOfTheDefaultData(t *testing.T) {
	stats, err := defaultStore.Stats()
	if err != nil {
		t.Fatal(err)
	}
	// The newest edition of every WDI indicator is stored whole; older editions only with the
	// figures that differ from the edition before them, so they have no row count to match.
	current, err := fs.Glob(data.Sources, "reference/worldbank-wdi/*.csv.gz")
	if err != nil {
		t.Fatal(err)
	}
	currentRows := 0
	for _, name := range current {
		currentRows += countDataRows(t, name)
	}
	bySource := map[string]int{}
	for _, c := range stats.BySource {
		bySource[c.Name] = c.Count
	}
	// Rosstat: 12 rows, of which 3 repeat an estimate already listed (two reports of one
	// release, and the 2025-05-13 citation of the 2025-04-11 estimate).
	if bySource["Rosstat"] != 9 || bySource["Economy Ministry of Russia"] != 1 || bySource["World Bank WDI"] <= currentRows {
		t.Errorf("observations by source = %v, want Rosstat 9, the ministry 1 and WDI more than its current edition's %d",
			bySource, currentRows)
	}
	total, sources := 0, 0
	for _, c := range stats.ByIndicator {
		total += c.Count
	}
	for _, n := range bySource {
		sources += n
	}
	if total != stats.Observations || stats.Observations != sources {
		t.Errorf("by indicator adds up to %d, total %d, by source %d", total, stats.Observations, sources)
	}
	releases := map[string]int{}
	for _, r := range stats.ByRelease {
		if r.Source == "World Bank WDI" {
			releases[r.Release] = r.Count
		}
	}
	wantReleases := []string{"2018-08-01", "2025-12-17", "2026-03-04", "2026-04-01", "2026-05-01", "2026-07-01"}
	if got := slices.Sorted(maps.Keys(releases)); !slices.Equal(got, wantReleases) {
		t.Errorf("WDI releases = %v, want the six editions %v", got, wantReleases)
	}
	if releases["2026-07-01"] != currentRows {
		t.Errorf("the current WDI edition has %d figures, want every row of the current files, %d", releases["2026-07-01"], currentRows)
	}
	if _, err := fs.Stat(data.FS, lexiconEntities); err == nil && stats.Aliases == 0 {
		t.Errorf("the lexicon's entities brought no aliases")
	}
	if stats.SchemaVersion != SchemaVersion || stats.Entities < 265 || stats.Indicators < 6 {
		t.Errorf("stats = %+v", stats)
	}
}

func countDataRows(t *testing.T, name string) int {
	t.Helper()
	f, err := data.Sources.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, closeData, err := openData(f, name)
	if err != nil {
		t.Fatal(err)
	}
	defer closeData()
	// Values with quoted commas never span lines in these files, so lines are rows.
	lines := 0
	scanner := bufio.NewScanner(r)
	for scanner.Scan() {
		if strings.TrimSpace(scanner.Text()) != "" {
			lines++
		}
	}
	return lines - 1
}

func TestLookupsAreSafeFromManyGoroutines(t *testing.T) {
	want, err := defaultStore.Observations("RUS", "gdp_growth", "2023")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				got, err := defaultStore.Observations("RUS", "gdp_growth", "2023")
				if err != nil {
					errs <- err
					return
				}
				if !reflect.DeepEqual(got, want) {
					errs <- fmt.Errorf("goroutine %d: lookup %d differs", g, i)
					return
				}
				// Callers may reuse what they get; the cache must not share it.
				got[0].Value = -1
				year := fmt.Sprint(1990 + (g*50+i)%35)
				if _, err := defaultStore.Observations("USA", "inflation", year); err != nil {
					errs <- err
					return
				}
				if _, err := defaultStore.Events("RUS", EventImposed); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// The statements a run asks again and again compare no column with a bare parameter: one
// that does is prepared anew for every query (see observationsQuery).
func TestLookupsCompareNoBareParameter(t *testing.T) {
	bare := regexp.MustCompile(`=\s*\?`)
	for name, query := range map[string]string{"observationsQuery": observationsQuery, "eventsQuery": eventsQuery,
		"seriesQuery": seriesQuery, "wholeSeriesQuery": wholeSeriesQuery} {
		if at := bare.FindStringIndex(query); at != nil {
			t.Errorf("%s compares a column with a bare parameter: %q", name, query[max(at[0]-20, 0):at[1]+2])
		}
	}
}

func BenchmarkObservations(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		// Mostly repeated questions, as in a corpus, with some new ones.
		year := fmt.Sprint(1990 + i%35)
		if _, err := defaultStore.Observations("RUS", "gdp_growth", year); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkObservationsUncached(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		rows, err := defaultStore.observationsStmt.Query("RUS", "gdp_growth", fmt.Sprint(1990+i%35))
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
		}
		rows.Close()
	}
}
