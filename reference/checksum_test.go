package reference

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// damage changes a figure behind the store's back, as a damaged page of the file would.
func damage(t *testing.T, path, statement string) {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	result, err := db.Exec(statement)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := result.RowsAffected(); n == 0 {
		t.Fatalf("%s changed nothing", statement)
	}
}

func TestADamagedReleaseIsAnErrorNotAVerdict(t *testing.T) {
	tests := []struct{ name, statement string }{
		{"a figure's value", `UPDATE observations SET value = value + 1 WHERE entity = 'CHN' AND indicator = 'gdp_growth' AND period = '2023'`},
		{"a figure's period", `UPDATE observations SET period = '1066' WHERE id = (SELECT min(id) FROM observations WHERE entity = 'CHN' AND indicator = 'gdp_growth')`},
		{"a figure lost", `DELETE FROM observations WHERE id = (SELECT min(id) FROM observations WHERE entity = 'CHN' AND indicator = 'gdp_growth' AND period = '2022')`},
		{"a release's date", `UPDATE releases SET released = '1999-01-01' WHERE id IN (SELECT release_id FROM observations WHERE entity = 'CHN' AND indicator = 'gdp_growth' AND period = '2023')`},
		{"a checksum", `UPDATE release_checksums SET checksum = 'x' WHERE entity = 'CHN' AND indicator = 'gdp_growth'`},
		{"a checksum lost", `DELETE FROM release_checksums WHERE entity = 'CHN' AND indicator = 'gdp_growth'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := defaultCopyPath(t)
			damage(t, path, tt.statement)
			for _, readOnly := range []bool{true, false} {
				store, err := OpenWith(path, OpenOptions{ReadOnly: readOnly})
				if err != nil {
					t.Fatal(err)
				}
				_, err = store.Observations("CHN", "gdp_growth", "2023")
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "do not match their checksum") {
					t.Errorf("read-only %v: lookup error = %v, want ErrCorrupt naming the checksum", readOnly, err)
				}
				if _, err := store.History("CHN", "gdp_growth"); !errors.Is(err, ErrCorrupt) {
					t.Errorf("read-only %v: history error = %v, want ErrCorrupt", readOnly, err)
				}
				store.Close()
			}
		})
	}
	t.Run("an undamaged database passes", func(t *testing.T) {
		store, err := OpenWith(defaultCopyPath(t), OpenOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if got, err := store.Observations("CHN", "gdp_growth", "2023"); err != nil || len(got) == 0 {
			t.Errorf("lookup = %v, %v", got, err)
		}
	})
}

func TestANegativeSchemaVersionIsAnErrorNotAPanic(t *testing.T) {
	for _, readOnly := range []bool{true, false} {
		path := copyOf(t, smallPath(t))
		damage(t, path, "PRAGMA user_version = -3; UPDATE releases SET label = label")
		_, err := OpenWith(path, OpenOptions{ReadOnly: readOnly})
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "schema version -3") {
			t.Errorf("read-only %v: error = %v, want ErrCorrupt naming version -3", readOnly, err)
		}
	}
}

// A series kept in hundreds of releases (the Federal Reserve's monthly yen rate) is verified
// in one read: a figure damaged in any one of them, first, last or between, is still an
// error naming that release.
func TestADamagedReleaseAmongManyOfASeriesIsNamed(t *testing.T) {
	clean := defaultCopyPath(t)
	db, err := sql.Open("sqlite3", dsn(clean, "mode=ro"))
	if err != nil {
		t.Fatal(err)
	}
	var releases []string
	rows, err := db.Query(`SELECT DISTINCT r.released FROM observations o JOIN releases r ON r.id = o.release_id
		WHERE o.entity = 'JPN' AND o.indicator = 'exchange_rate' ORDER BY o.release_id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var released string
		if err := rows.Scan(&released); err != nil {
			t.Fatal(err)
		}
		releases = append(releases, released)
	}
	rows.Close()
	db.Close()
	if len(releases) < 100 {
		t.Fatalf("the default data keeps JPN exchange_rate in %d releases; the test wants a series kept in many", len(releases))
	}
	for _, released := range []string{releases[0], releases[len(releases)/2], releases[len(releases)-1]} {
		t.Run(released, func(t *testing.T) {
			path := copyOf(t, clean)
			damage(t, path, `UPDATE observations SET value = value * 2 WHERE id = (SELECT max(o.id) FROM observations o
				JOIN releases r ON r.id = o.release_id
				WHERE o.entity = 'JPN' AND o.indicator = 'exchange_rate' AND r.released = '`+released+`')`)
			store, err := OpenWith(path, OpenOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			_, err = store.History("JPN", "exchange_rate")
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "release of "+released) {
				t.Errorf("history error = %v, want ErrCorrupt naming the release of %s", err, released)
			}
		})
	}
}

// TestSeriesRowsReadAsTheTypedScan compares readSeries taking the driver's columns as they
// come with the typed scan it replaced, on whole series and on verification, for undamaged
// series and for series whose columns are not of the types the shortcut takes (a figure's
// value stored as bytes or text, a period as a number, a release's date as bytes), where it
// must give way to the typed scan's conversions or errors.
func TestSeriesRowsReadAsTheTypedScan(t *testing.T) {
	path := defaultCopyPath(t)
	damage(t, path, `UPDATE observations SET value = CAST(CAST(value AS TEXT) AS BLOB) WHERE entity = 'CHN' AND indicator = 'gdp_growth' AND period = '2023'`)
	damage(t, path, `UPDATE observations SET value = 'much' WHERE entity = 'FRA' AND indicator = 'gdp_growth' AND period = '2020'`)
	damage(t, path, `UPDATE observations SET period = 2019 WHERE entity = 'DEU' AND indicator = 'gdp_growth' AND period = '2019'`)
	damage(t, path, `UPDATE releases SET released = CAST(released AS BLOB) WHERE id IN (SELECT release_id FROM observations WHERE entity = 'GBR' AND indicator = 'inflation')`)
	series := [][2]string{{"CHN", "gdp_growth"}, {"FRA", "gdp_growth"}, {"DEU", "gdp_growth"}, {"GBR", "inflation"},
		{"USA", "gdp_growth"}, {"EMU", "gdp_growth"}, {"JPN", "inflation"}}
	read := func(asRead bool, entity, indicator string) (found []Observation, verified error, err error) {
		t.Helper()
		scanSeriesAsRead = asRead
		defer func() { scanSeriesAsRead = true }()
		store, err := OpenWith(path, OpenOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		rows, err := store.db.Query(wholeSeriesQuery, entity, indicator)
		if err != nil {
			t.Fatal(err)
		}
		found, err = store.readSeries(rows, entity, indicator, true, 0)
		// Then verified as a lookup verifies, in every release of the series.
		ids, qerr := store.db.Query(`SELECT DISTINCT release_id FROM observations WHERE entity = ? AND indicator = ?`, entity, indicator)
		if qerr != nil {
			t.Fatal(qerr)
		}
		var releases []observedRow
		for ids.Next() {
			r := observedRow{Observation: Observation{Entity: entity, Indicator: indicator}}
			if err := ids.Scan(&r.releaseID); err != nil {
				t.Fatal(err)
			}
			releases = append(releases, r)
		}
		ids.Close()
		store.verified = map[seriesKey]bool{}
		return found, store.verifyReleasesOf(context.Background(), releases), err
	}
	for _, s := range series {
		found, verified, err := read(true, s[0], s[1])
		wantFound, wantVerified, wantErr := read(false, s[0], s[1])
		if !slices.Equal(found, wantFound) || fmt.Sprint(err) != fmt.Sprint(wantErr) || fmt.Sprint(verified) != fmt.Sprint(wantVerified) {
			t.Errorf("%s %s: read as it comes: %d figures, %v, verified %v; typed: %d figures, %v, verified %v",
				s[0], s[1], len(found), err, verified, len(wantFound), wantErr, wantVerified)
		}
	}
}
