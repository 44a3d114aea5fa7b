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

// corpusLookups are the lookups that a check of the benchmark corpus makes, in its order
// (2026-12-02): 29 questions, which meet 19 series in 1 to 60 releases each.
var corpusLookups = [][3]string{
	{"USA", "gdp_growth", "2004"}, {"JPN", "gdp_growth", "2005"}, {"EMU", "gdp_growth", "2005"}, {"OED", "gdp_growth", "2004"},
	{"OED", "gdp_growth", "2006"}, {"JPN", "gdp_growth", "2004-Q2"}, {"JPN", "gdp_growth", "2004-Q1"}, {"DEU", "gdp_growth", "2004-Q4"},
	{"USA", "gdp_growth", "2004-Q4"}, {"USA", "gdp_growth", "2004-Q3"}, {"MYS", "gdp_growth", "2004"}, {"MYS", "gdp_growth", "2005"},
	{"IND", "gdp_growth", "2004"}, {"EUU", "gdp_growth", "2005"}, {"EMU", "gdp_growth", "2004"}, {"GBR", "gdp_growth", "2005"},
	{"WLD", "gdp_growth", "2004"}, {"FRA", "gdp_growth", "2005"}, {"TUR", "inflation", "2001"}, {"TUR", "inflation", "2002"},
	{"TUR", "gdp_growth", "2004"}, {"LCN", "gdp_growth", "2004"}, {"LCN", "gdp_growth", "2005"}, {"THA", "gdp_growth", "2005"},
	{"KOR", "gdp_growth", "2004"}, {"IRN", "gdp_growth", "FY2006"}, {"GBR", "gdp_growth", "2004"}, {"GBR", "gdp_growth", "2003"},
	{"GBR", "gdp_growth", "2006"},
}

// BenchmarkCorpusLookups measures what a check of the benchmark corpus pays its store: the
// lookups it makes, on a store opened afresh as each run opens it, every series verified
// when a lookup first meets it. "verified" is the run as it is; "unverified" skips the
// checksums, to show their share (the lookups read 319 figures, the checksums some 12,600).
func BenchmarkCorpusLookups(b *testing.B) {
	path := defaultCopyPath(b)
	for _, verify := range []bool{true, false} {
		name := "verified"
		if !verify {
			name = "unverified"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				store, err := OpenWith(path, OpenOptions{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				if !verify {
					// Every series of every release counts as verified already.
					rows, err := store.db.Query("SELECT release_id, entity, indicator FROM release_checksums")
					if err != nil {
						b.Fatal(err)
					}
					for rows.Next() {
						var k seriesKey
						if err := rows.Scan(&k.releaseID, &k.entity, &k.indicator); err != nil {
							b.Fatal(err)
						}
						store.verified[k] = true
					}
					rows.Close()
				}
				b.StartTimer()
				for _, l := range corpusLookups {
					if _, err := store.SharedObservations(l[0], l[1], l[2]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				store.Close()
				b.StartTimer()
			}
		})
	}
}
