package reference

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
)

func gdpBatch(released string, values map[string]float64) ReleaseBatch {
	b := ReleaseBatch{Source: "FRED", Released: released, URL: "https://fred.stlouisfed.org/series/GDPC1"}
	for _, period := range []string{"2023-Q1", "2023-Q2", "2023-Q3"} {
		if v, ok := values[period]; ok {
			b.Figures = append(b.Figures, BatchFigure{Entity: "USA", Indicator: "gdp_growth", Period: period, Basis: "qoq", Value: v, Unit: "percent"})
		}
	}
	return b
}

func TestApplyReleasesStoresOnlyWhatChanged(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	first, err := s.ApplyReleases(ctx, []ReleaseBatch{gdpBatch("2023-07-27", map[string]float64{"2023-Q1": 0.5, "2023-Q2": 0.6})}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Changes) != 2 || first.Changes[0].Revised || first.Unchanged != 0 {
		t.Fatalf("first release: %+v", first)
	}
	// The second release repeats 2023-Q1, revises 2023-Q2 and adds 2023-Q3.
	before := checksum(t, s)
	dry, err := s.ApplyReleases(ctx, []ReleaseBatch{gdpBatch("2023-10-26", map[string]float64{"2023-Q1": 0.5, "2023-Q2": 0.5, "2023-Q3": 1.2})}, true)
	if err != nil {
		t.Fatal(err)
	}
	if checksum(t, s) != before {
		t.Fatal("a dry run changed the database")
	}
	second, err := s.ApplyReleases(ctx, []ReleaseBatch{gdpBatch("2023-10-26", map[string]float64{"2023-Q1": 0.5, "2023-Q2": 0.5, "2023-Q3": 1.2})}, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, summary := range []ApplySummary{dry, second} {
		if len(summary.Changes) != 2 || summary.Unchanged != 1 {
			t.Fatalf("second release: %+v", summary)
		}
		revision := summary.Changes[0]
		if !revision.Revised || revision.Period != "2023-Q2" || revision.Old != 0.6 || revision.Value != 0.5 ||
			revision.OldReleased != "2023-07-27" || revision.Label != "FRED 2023-10-26" {
			t.Errorf("revision %+v", revision)
		}
		if summary.Changes[1].Revised || summary.Changes[1].Period != "2023-Q3" {
			t.Errorf("new figure %+v", summary.Changes[1])
		}
	}
	// The same update again changes nothing and adds no release.
	again, err := s.ApplyReleases(ctx, []ReleaseBatch{gdpBatch("2023-10-26", map[string]float64{"2023-Q1": 0.5, "2023-Q2": 0.5, "2023-Q3": 1.2})}, false)
	if err != nil || len(again.Changes) != 0 || again.Unchanged != 3 || len(again.Releases) != 0 {
		t.Fatalf("repeated update: %+v, %v", again, err)
	}
	// A different figure for a day the source has already published is refused, and
	// nothing of the batch is written.
	before = checksum(t, s)
	_, err = s.ApplyReleases(ctx, []ReleaseBatch{
		gdpBatch("2024-01-25", map[string]float64{"2023-Q3": 1.1}),
		gdpBatch("2023-10-26", map[string]float64{"2023-Q3": 1.3}),
	}, false)
	var batchErr *BatchError
	if !errors.As(err, &batchErr) || batchErr.Batch != 1 || !strings.Contains(err.Error(), "a release is never overwritten") {
		t.Fatalf("overwriting a release: %v", err)
	}
	if checksum(t, s) != before {
		t.Fatal("a failed apply changed the database")
	}
}

func TestApplyReleasesChecksEntitiesAndUnits(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		figure BatchFigure
		want   string
	}{
		{"unknown entity named by the curator", BatchFigure{Entity: "XXX", Indicator: "gdp", Period: "2023", Value: 1, Origin: "line 4"}, "line 4: unknown entity \"XXX\""},
		{"unknown indicator", BatchFigure{Entity: "USA", Indicator: "gdp_level", Period: "2023", Value: 1}, "unknown indicator \"gdp_level\""},
		{"unit unlike the indicator's", BatchFigure{Entity: "USA", Indicator: "gdp", Period: "2023", Value: 1, Unit: "percent"}, "the mapping says percent, but the table holds gdp in USD"},
		{"bad period", BatchFigure{Entity: "USA", Indicator: "gdp", Period: "2023-W01", Value: 1}, "period \"2023-W01\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.ApplyReleases(ctx, []ReleaseBatch{{Source: "OECD", Released: "2026-01-01", Figures: []BatchFigure{tt.figure}}}, false)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
	summary, err := s.ApplyReleases(ctx, []ReleaseBatch{{Source: "World Bank", Released: "2026-01-28", Figures: []BatchFigure{
		{Entity: "USA", Indicator: "gdp", Period: "2023", Value: 27.36e12, EntityFromData: true},
		{Entity: "1A", Indicator: "gdp", Period: "2023", Value: 3e12, EntityFromData: true},
	}}}, false)
	if err != nil || len(summary.Changes) != 1 || len(summary.Skipped) != 1 || summary.Skipped[0].Name != "area 1A is not an entity of the table" {
		t.Fatalf("an area of the data the table lacks: %+v, %v", summary, err)
	}
}

func TestDiffOfTwoReleases(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	if _, err := s.ApplyReleases(ctx, []ReleaseBatch{
		gdpBatch("2023-07-27", map[string]float64{"2023-Q1": 0.5, "2023-Q2": 0.6}),
		gdpBatch("2023-10-26", map[string]float64{"2023-Q1": 0.5, "2023-Q2": 0.5, "2023-Q3": 1.2}),
		{Source: "BEA", Released: "2023-08-30", Figures: []BatchFigure{{Entity: "USA", Indicator: "gdp_growth", Period: "2023-Q2", Basis: "qoq", Value: 0.55}}},
	}, false); err != nil {
		t.Fatal(err)
	}
	side := func(text string) DiffSide {
		d, err := s.ParseDiffSide(text)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	rows, err := s.Diff(side("FRED 2023-07-27"), side("FRED 2023-10-26"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Period != "2023-Q2" || rows[0].Change != "revised" || rows[0].Old != 0.6 || rows[0].New != 0.5 ||
		rows[0].NewRelease != "2023-10-26 FRED 2023-10-26" || rows[1].Change != "new" || rows[1].Period != "2023-Q3" {
		t.Fatalf("diff of two FRED releases: %+v", rows)
	}
	byDate, err := s.Diff(side("2023-08-01"), side("2023-09-01"))
	if err != nil || len(byDate) != 1 || byDate[0].Source != "BEA" || byDate[0].Change != "new" {
		t.Fatalf("diff of two dates: %+v, %v", byDate, err)
	}
	if _, err := s.Diff(side("2023-08-01"), side("FRED 2023-10-26")); err == nil {
		t.Error("a date against a release is compared")
	}
	if _, err := s.ParseDiffSide("FRED 1999-01-01"); !errors.Is(err, ErrNoRelease) {
		t.Errorf("an unknown release: %v", err)
	}
	releases, err := s.Releases()
	if err != nil || len(releases) != 3 {
		t.Fatalf("releases %+v, %v", releases, err)
	}
	if d := side(strconv.FormatInt(releases[1].ID, 10)); d.Release == nil || d.Release.Label != releases[1].Label {
		t.Errorf("release by id: %+v", d)
	}
}
