package reference

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzImport feeds arbitrary CSV to every import format, as a dry run against the database
// built from the embedded data: no input may panic, an error names the file in one line,
// and the database never changes.
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.csv"))
	for _, file := range files {
		content, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if len(content) > 1024 {
			content = content[:1024]
		}
		for format := range len(ImportFormats) + 1 {
			f.Add(content, uint8(format))
		}
	}
	f.Add([]byte("entity,indicator,period,value\nRUS,gdp_growth,2023,NaN\nRUS,gdp_growth,2023-Q5,1\n"), uint8(0))
	f.Add([]byte("entity,indicator,period,value,release_date\nRUS,gdp_growth,2023,1e308,2024-02-30\n"), uint8(0))
	f.Add([]byte("\ufeffjurisdiction,target,type,date\nUSA,RUS,sanctions_imposed,2014\n\"unterminated"), uint8(0))
	f.Add([]byte("Country Name,Country Code,Year,Value\nRussia,RUS,2023,\"3,6\"\n"), uint8(1))
	before := exportText(f, defaultStore)
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		opts := ImportOptions{DryRun: true}
		if int(format) > 0 {
			opts.Format = ImportFormats[int(format)%len(ImportFormats)]
		}
		if opts.Format == FormatWDI {
			opts.Indicator, opts.Source, opts.Release = "gdp_growth", "Fuzz Office", "2030-01-01"
		}
		_, err := defaultStore.Import(context.Background(), "fuzz.csv", bytes.NewReader(data), opts)
		if err != nil && (!strings.Contains(err.Error(), "fuzz.csv") || strings.Contains(err.Error(), "\n")) {
			t.Fatalf("error %q does not name the file in one line", err)
		}
		if after := exportText(t, defaultStore); after != before {
			t.Fatal("a dry run changed the database")
		}
	})
}

func exportText(tb testing.TB, s *Store) string {
	tb.Helper()
	var b strings.Builder
	if _, err := s.Export(&b, Filter{Entity: "RUS"}); err != nil {
		tb.Fatal(err)
	}
	if _, err := s.ExportEvents(&b, Filter{}); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}
