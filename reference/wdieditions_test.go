package reference

import (
	"context"
	"fmt"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/data"
)

// edition makes a wdiEdition from "CODE YEAR NAME=VALUE" lines (VALUE empty: no figure).
func edition(t *testing.T, lines ...string) wdiEdition {
	t.Helper()
	var b strings.Builder
	b.WriteString("Country Name,Country Code,Year,Value\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	e, err := readWDIEdition("next.csv", strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// rowsOf lists an edition's rows in its order, as "name,code,year,value".
func rowsOf(e wdiEdition) []string {
	var out []string
	for _, k := range e.order {
		r, ok := e.rows[k]
		if !ok {
			continue
		}
		value := ""
		if r.has {
			value = strconv.FormatFloat(r.value, 'g', -1, 64)
		}
		out = append(out, strings.Join([]string{r.name, k.code, k.year, value}, ","))
	}
	return out
}

func TestApplyWDIChangesFollowsTheRule(t *testing.T) {
	next := func(t *testing.T) wdiEdition {
		return edition(t,
			"Turkiye,TUR,2015,6.1",
			"Turkiye,TUR,2016,3.2",
			"France,FRA,2016,1.1",
			"France,FRA,2017,2.3",
		)
	}
	tests := []struct {
		name    string
		changes string // rows after the header
		want    []string
		wantErr string
	}{
		{
			name: "a header only means the edition equals the next",
			want: []string{"Turkiye,TUR,2015,6.1", "Turkiye,TUR,2016,3.2", "France,FRA,2016,1.1", "France,FRA,2017,2.3"},
		},
		{
			name:    "a revised value replaces the next edition's",
			changes: "France,FRA,2016,1.05,value_revised\n",
			want:    []string{"Turkiye,TUR,2015,6.1", "Turkiye,TUR,2016,3.2", "France,FRA,2016,1.05", "France,FRA,2017,2.3"},
		},
		{
			name:    "a value differing by float noise is set too",
			changes: "France,FRA,2016,1.1000000000001,value_precision_only\n",
			want:    []string{"Turkiye,TUR,2015,6.1", "Turkiye,TUR,2016,3.2", "France,FRA,2016,1.1000000000001", "France,FRA,2017,2.3"},
		},
		{
			name:    "an older name comes back with name_only",
			changes: "Turkey,TUR,2015,6.1,name_only\nTurkey,TUR,2016,3.2,name_only\n",
			want:    []string{"Turkey,TUR,2015,6.1", "Turkey,TUR,2016,3.2", "France,FRA,2016,1.1", "France,FRA,2017,2.3"},
		},
		{
			name:    "a key the next edition dropped is added",
			changes: "France,FRA,1999,3.4,absent_in_next\n",
			want:    []string{"Turkiye,TUR,2015,6.1", "Turkiye,TUR,2016,3.2", "France,FRA,2016,1.1", "France,FRA,2017,2.3", "France,FRA,1999,3.4"},
		},
		{
			name:    "a key the older edition did not have yet is deleted",
			changes: "France,FRA,2017,,absent_here\n",
			want:    []string{"Turkiye,TUR,2015,6.1", "Turkiye,TUR,2016,3.2", "France,FRA,2016,1.1"},
		},
		{
			name:    "every change type at once",
			changes: "Turkey,TUR,2015,5.9,value_revised\nTurkey,TUR,2016,,absent_here\nFrance,FRA,2017,,absent_here\nFrance,FRA,1999,3.4,absent_in_next\n",
			want:    []string{"Turkey,TUR,2015,5.9", "France,FRA,2016,1.1", "France,FRA,1999,3.4"},
		},
		{
			name:    "absent_here for a key the next edition lacks is a changes file of another edition",
			changes: "France,FRA,2001,,absent_here\n",
			wantErr: "changes.csv: line 2: FRA 2001 is marked absent_here but the next edition lacks it too",
		},
		{
			name:    "a revision of a key the next edition lacks is refused",
			changes: "France,FRA,2001,2,value_revised\n",
			wantErr: "line 2: FRA 2001 is marked value_revised but the next edition lacks it",
		},
		{
			name:    "absent_in_next for a key the next edition has is refused",
			changes: "France,FRA,2016,2,absent_in_next\n",
			wantErr: "line 2: FRA 2016 is marked absent_in_next but the next edition has it",
		},
		{
			name:    "an unknown change type is refused",
			changes: "France,FRA,2016,2,revised\n",
			wantErr: `line 2: change "revised" is not one of`,
		},
		{
			name:    "a value that is not a number is refused with its line",
			changes: "France,FRA,2016,1.1,value_revised\nFrance,FRA,2017,n/a,value_revised\n",
			wantErr: `line 3: value "n/a" is not a number`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := next(t)
			got, err := applyWDIChanges(n, "changes.csv", strings.NewReader("Country Name,Country Code,Year,Value,change\n"+tt.changes))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if rows := rowsOf(got); !reflect.DeepEqual(rows, tt.want) {
				t.Errorf("rebuilt\n%v\nwant\n%v", rows, tt.want)
			}
			if rows := rowsOf(n); len(rows) != 4 || rows[0] != "Turkiye,TUR,2015,6.1" {
				t.Errorf("the next edition was changed: %v", rows)
			}
		})
	}
}

// chainFS makes the files of a small chain of editions of one indicator, newest first, with
// a files.csv that lists them.
func chainFS(editions ...[3]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	var manifest strings.Builder
	manifest.WriteString("file,format,source,indicator,basis,release,label,url,code,next\n")
	next := ""
	for _, e := range editions { // release, indicator, rows (with a change column when not the newest)
		release, indicator, rows := e[0], e[1], e[2]
		file := "wdi/x_" + release + ".csv"
		format, header := "wdi", "Country Name,Country Code,Year,Value\n"
		if next != "" {
			format, header = "wdi-changes", "Country Name,Country Code,Year,Value,change\n"
		}
		fsys["reference/"+file] = &fstest.MapFile{Data: []byte(header + rows)}
		fmt.Fprintf(&manifest, "%s,%s,WB,%s,annual,%s,WB %s,,x,%s\n", file, format, indicator, release, release, next)
		next = file
	}
	fsys[manifestFile] = &fstest.MapFile{Data: []byte(manifest.String())}
	return fsys
}

func TestNewFiguresStoresEachDistinctFigureOnce(t *testing.T) {
	tests := []struct {
		name     string
		editions [][3]string
		want     []string // per edition, newest first: "CODE YEAR VALUE" joined by spaces and "; "
	}{
		{
			name: "an unchanged figure is stored when it first appears and in the newest edition",
			editions: [][3]string{
				{"2026-07-01", "g", "France,FRA,2016,1.1\n"},
				{"2025-12-17", "g", ""},
				{"2018-08-01", "g", ""},
			},
			want: []string{"FRA 2016 1.1", "", "FRA 2016 1.1"},
		},
		{
			name: "a revision is stored in the edition that made it",
			editions: [][3]string{
				{"2026-07-01", "g", "France,FRA,2016,1.2\n"},
				{"2025-12-17", "g", ""},
				{"2018-08-01", "g", "France,FRA,2016,1.0,value_revised\n"},
			},
			want: []string{"FRA 2016 1.2", "FRA 2016 1.2", "FRA 2016 1"},
		},
		{
			name: "float noise is no revision",
			editions: [][3]string{
				{"2026-07-01", "g", "France,FRA,2016,1.1\n"},
				{"2026-05-01", "g", ""},
				{"2026-04-01", "g", "France,FRA,2016,1.1000000000001,value_precision_only\n"},
			},
			want: []string{"FRA 2016 1.1", "", "FRA 2016 1.1000000000001"},
		},
		{
			name: "a key absent from an older edition first appears when it is published",
			editions: [][3]string{
				{"2026-07-01", "g", "France,FRA,2016,1.1\nFrance,FRA,2017,2.3\n"},
				{"2018-08-01", "g", "France,FRA,2017,,absent_here\n"},
			},
			want: []string{"FRA 2016 1.1; FRA 2017 2.3", "FRA 2016 1.1"},
		},
		{
			name: "a definition change starts a series of its own",
			editions: [][3]string{
				{"2026-07-01", "pov300", "India,IND,2011,27.1\n"},
				{"2018-08-01", "pov190", "India,IND,2011,21.2,value_revised\n"},
			},
			want: []string{"IND 2011 27.1", "IND 2011 21.2"},
		},
		{
			name: "an aggregate renamed in a newer edition has other members, so its older figures are left out",
			editions: [][3]string{
				{"2026-07-01", "g", "\"Middle East, North Africa, Afghanistan & Pakistan\",MEA,2010,4.7\nWorld,WLD,2010,4.5\n"},
				{"2018-08-01", "g", "Middle East & North Africa,MEA,2010,5.0,value_revised\nWorld,WLD,2010,4.3,value_revised\n"},
			},
			want: []string{"MEA 2010 4.7; WLD 2010 4.5", "WLD 2010 4.3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := chainFS(tt.editions...)
			manifest, err := loadManifest(fsys)
			if err != nil {
				t.Fatal(err)
			}
			chains, err := wdiChains(manifest)
			if err != nil {
				t.Fatal(err)
			}
			if len(chains) != 1 {
				t.Fatalf("%d chains, want 1", len(chains))
			}
			if err := chains[0].rebuild(fsys); err != nil {
				t.Fatal(err)
			}
			skipped := map[string]int{}
			figures, err := chains[0].newFigures(map[string]bool{"MEA": true, "WLD": true}, skipped)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, list := range figures {
				var parts []string
				for _, f := range list {
					parts = append(parts, fmt.Sprintf("%s %s %v", f.key.code, f.key.year, f.value))
				}
				got = append(got, strings.Join(parts, "; "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("figures per edition\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestWDIChainsRefuseABrokenChain(t *testing.T) {
	tests := []struct {
		name, manifest, want string
	}{
		{
			name: "a changes file that names another next edition",
			manifest: "wdi/a.csv,wdi,WB,g,annual,2026-07-01,WB 2026,,x,\n" +
				"wdi/b.csv,wdi-changes,WB,g,annual,2025-12-17,WB 2025,,x,wdi/a.csv\n" +
				"wdi/c.csv,wdi-changes,WB,g,annual,2018-08-01,WB 2018,,x,wdi/a.csv\n",
			want: `names "reference/wdi/a.csv" as its next edition, but the next listed edition of x is reference/wdi/b.csv`,
		},
		{
			name: "a changes file newer than every whole edition",
			manifest: "wdi/a.csv,wdi,WB,g,annual,2018-08-01,WB 2018,,x,\n" +
				"wdi/b.csv,wdi-changes,WB,g,annual,2026-07-01,WB 2026,,x,wdi/a.csv\n",
			want: "is a changes file but no newer edition of x is listed",
		},
		{
			name: "two editions of one date",
			manifest: "wdi/a.csv,wdi,WB,g,annual,2026-07-01,WB 2026,,x,\n" +
				"wdi/b.csv,wdi,WB,g,annual,2026-07-01,WB 2026b,,x,\n",
			want: "two editions of x dated 2026-07-01",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{manifestFile: &fstest.MapFile{Data: []byte(
				"file,format,source,indicator,basis,release,label,url,code,next\n" + tt.manifest)}}
			for _, line := range strings.Split(strings.TrimSpace(tt.manifest), "\n") {
				file, _, _ := strings.Cut(line, ",")
				fsys["reference/"+file] = &fstest.MapFile{Data: []byte("Country Name,Country Code,Year,Value\n")}
			}
			manifest, err := loadManifest(fsys)
			if err == nil {
				_, err = wdiChains(manifest)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestEmbeddedEditionsRebuildAsRecorded rebuilds every stored WDI edition and compares its
// row count with editions.csv, which records the repository file of each edition, and checks
// known figures of the 2018 edition, which exists only as changes.
func TestEmbeddedEditionsRebuildAsRecorded(t *testing.T) {
	manifest, err := loadManifest(data.Sources)
	if err != nil {
		t.Fatal(err)
	}
	chains, err := wdiChains(manifest)
	if err != nil {
		t.Fatal(err)
	}
	wantRows := map[string]int{} // file -> rows of that edition
	if err := readTable(data.Sources, wdiEditionsFile, []string{"file", "rows"}, func(tb *table) error {
		n, err := strconv.Atoi(tb.get("rows"))
		wantRows[path.Join(referenceDir, "worldbank-wdi", tb.get("file"))+".gz"] = n // stored compressed
		return err
	}); err != nil {
		t.Fatal(err)
	}
	known := map[string]map[wdiKey]float64{ // values as in the repository's 2018 files
		"reference/worldbank-wdi/vintages/ny.gdp.mktp.kd.zg_e73c49d_2018-08-01.csv.gz": {
			{"GBR", "2004"}: 2.36445533735395, {"USA", "2016"}: 1.48527919319146,
		},
		"reference/worldbank-wdi/vintages/fp.cpi.totl.zg_e73c49d_2018-08-01.csv.gz": {
			{"GBR", "2016"}: 0.641613199, {"USA", "2016"}: 1.261583206, // the second differs from 2025 by float noise only
		},
	}
	editions := 0
	for _, c := range chains {
		if err := c.rebuild(data.Sources); err != nil {
			t.Fatal(err)
		}
		for i, entry := range c.entries {
			editions++
			e := c.editions[i]
			if want, ok := wantRows[entry.file]; !ok {
				t.Errorf("%s is not in editions.csv", entry.file)
			} else if len(e.rows) != want {
				t.Errorf("%s rebuilt with %d rows, want %d", entry.file, len(e.rows), want)
			}
			for key, want := range known[entry.file] {
				if got := e.rows[key]; !got.has || got.value != want {
					t.Errorf("%s: %v = %+v, want %v", entry.file, key, got, want)
				}
			}
		}
		c.editions = nil
	}
	if editions != len(wantRows) {
		t.Errorf("%d editions in files.csv, %d in editions.csv", editions, len(wantRows))
	}
}

// TestBuildSealsLikeSealRelease holds the checksums the build writes for the WDI editions
// (computed from the figures as they are written) to those sealRelease computes from the
// stored rows, which is what a lookup verifies against.
func TestBuildSealsLikeSealRelease(t *testing.T) {
	ctx := context.Background()
	sums := func(q querier) map[seriesKey]string {
		rows, err := q.QueryContext(ctx, `SELECT release_id, entity, indicator, checksum FROM release_checksums`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[seriesKey]string{}
		for rows.Next() {
			var k seriesKey
			var sum string
			if err := rows.Scan(&k.releaseID, &k.entity, &k.indicator, &sum); err != nil {
				t.Fatal(err)
			}
			out[k] = sum
		}
		return out
	}
	built := sums(defaultStore.db)
	tx, err := defaultStore.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	var ids []int64
	rows, err := tx.QueryContext(ctx, `SELECT id FROM releases`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	for _, id := range ids {
		if err := sealRelease(ctx, tx, id); err != nil {
			t.Fatal(err)
		}
	}
	resealed := sums(tx)
	if len(built) < 1000 || len(built) != len(resealed) {
		t.Fatalf("%d checksums built, %d resealed", len(built), len(resealed))
	}
	for k, sum := range resealed {
		if built[k] != sum {
			t.Errorf("%+v: built %s, sealRelease %s", k, built[k], sum)
		}
	}
}
