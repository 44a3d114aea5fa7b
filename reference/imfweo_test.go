package reference

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/data"
)

func TestWEOKind(t *testing.T) {
	tests := []struct {
		name, vintage, year, lastActual, want string
	}{
		{"a year up to last_actual is an outturn", "2024-10", "2023", "2023", "actual"},
		{"a year after last_actual is a projection", "2024-10", "2024", "2023", "projection"},
		{"a fiscal-year country counts its first year as the last actual", "2025-10", "2025", "FY2024/25", "projection"},
		{"and the year before as an outturn", "2025-10", "2024", "FY2024/25", "actual"},
		{"a group row: the edition's year is a projection", "2024-04", "2024", "", "projection"},
		{"a group row: the year before is an outturn", "2024-04", "2023", "", "actual"},
	}
	for _, tt := range tests {
		got, err := weoKind(tt.vintage, tt.year, tt.lastActual)
		if err != nil || got != tt.want {
			t.Errorf("%s: weoKind(%q, %q, %q) = %q, %v; want %q", tt.name, tt.vintage, tt.year, tt.lastActual, got, err, tt.want)
		}
	}
	if _, err := weoKind("2024-10", "2024", "soon"); err == nil {
		t.Error("a last_actual that is no year was accepted")
	}
}

func TestWEOReleaseDates(t *testing.T) {
	tables, err := loadWEOTables(dataFS())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		vintage, released, label string
		known                    bool
	}{
		{"2024-10", "2024-10-22", "WEO October 2024", true},
		{"2023-04", "2023-04-11", "WEO April 2023", true},
		{"2026-04", "2026-04-30", "WEO April 2026", false}, // not yet in releases.csv: the month's last day
	}
	for _, tt := range tests {
		release, known, err := weoReleaseOf(tt.vintage, tables)
		if err != nil || release.released != tt.released || release.label != tt.label || known != tt.known {
			t.Errorf("weoReleaseOf(%s) = %+v, %v, %v", tt.vintage, release, known, err)
		}
	}
	if _, _, err := weoReleaseOf("October 2024", tables); err == nil {
		t.Error("a vintage that is no month was accepted")
	}
}

func TestAnUnknownWEOVintageIsImportedWithANote(t *testing.T) {
	store := smallStore(t)
	file := strings.Join(WEOHeader, ",") + "\n2026-04,RUS,NGDP_RPCH,2025,1.1,2025\n2026-04,RUS,XYZ,2025,1.1,2025\n"
	summary, err := store.Import(context.Background(), "weo.csv", strings.NewReader(file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if summary.Added != 1 || len(summary.Notes) != 1 || !strings.Contains(summary.Notes[0], "2026-04-30") ||
		len(summary.Skipped) != 1 || summary.Skipped[0].Name != "concept XYZ is not a reference indicator" {
		t.Errorf("summary = %+v", summary)
	}
}

func BenchmarkImportWEO(b *testing.B) {
	content, err := os.ReadFile(filepath.Join("testdata", "weo_small.csv"))
	if err != nil {
		b.Fatal(err)
	}
	store := emptyStore(b)
	b.SetBytes(int64(len(content)))
	b.ResetTimer()
	for range b.N {
		if _, err := store.Import(context.Background(), "weo.csv", bytes.NewReader(content), ImportOptions{Replace: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func dataFS() fs.FS { return data.FS }
