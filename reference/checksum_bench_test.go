package reference

import (
	"context"
	"testing"
)

// BenchmarkVerifyEveryRelease measures verifying every series of every release of the default
// database: far more than a run pays, which verifies only the series its claims look up.
func BenchmarkVerifyEveryRelease(b *testing.B) {
	path := defaultCopyPath(b)
	store, err := OpenWith(path, OpenOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	type series struct{ entity, indicator string }
	releases := map[series][]int64{}
	rows, err := store.db.Query("SELECT release_id, entity, indicator FROM release_checksums")
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var k seriesKey
		rows.Scan(&k.releaseID, &k.entity, &k.indicator)
		key := series{k.entity, k.indicator}
		releases[key] = append(releases[key], k.releaseID)
	}
	rows.Close()
	b.ResetTimer()
	for b.Loop() {
		clear(store.verified)
		for k, ids := range releases {
			if err := store.verifySeries(context.Background(), k.entity, k.indicator, ids); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkQuickCheck measures PRAGMA quick_check on the default database, for comparison.
func BenchmarkQuickCheck(b *testing.B) {
	store, err := OpenWith(defaultCopyPath(b), OpenOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	for b.Loop() {
		var result string
		if err := store.db.QueryRow("PRAGMA quick_check").Scan(&result); err != nil || result != "ok" {
			b.Fatal(result, err)
		}
	}
}
