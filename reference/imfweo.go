package reference

import (
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"time"
)

// The IMF World Economic Outlook file (weo_vintages_key.csv of the shared data) is read with
// three small tables of the embedded data, so that a new WEO edition or concept is a line
// of data, not code; see data/README.md.
const (
	weoDir          = "reference/imf-weo"
	weoReleasesFile = weoDir + "/releases.csv"
	weoConceptsFile = weoDir + "/concepts.csv"
	weoCodesFile    = weoDir + "/codes.csv"
	weoSourceName   = "IMF WEO"
)

// WEOHeader lists the columns of the IMF WEO file that import reads.
var WEOHeader = []string{"weo_vintage", "iso3", "concept", "year", "value", "last_actual"}

type weoRelease struct{ released, label, url string }

type weoConcept struct {
	indicator string
	// exponent is the power of ten the file's values are in: 9 for US$ billions.
	exponent int
}

type weoTables struct {
	releases map[string]weoRelease
	concepts map[string]weoConcept
	// codes maps IMF codes to entity codes where the two differ (IMF groups that are World
	// Bank aggregates, and a few countries).
	codes         map[string]string
	sourceURL     string
	sourceLicence string
}

func loadWEOTables(fsys fs.FS) (weoTables, error) {
	tables := weoTables{releases: map[string]weoRelease{}, concepts: map[string]weoConcept{}, codes: map[string]string{}}
	err := readTable(fsys, weoReleasesFile, []string{"vintage", "released", "label", "url"}, func(t *table) error {
		if err := checkDate(t.get("released")); err != nil {
			return err
		}
		tables.releases[t.get("vintage")] = weoRelease{t.get("released"), t.get("label"), t.get("url")}
		return nil
	})
	if err != nil {
		return tables, err
	}
	err = readTable(fsys, weoConceptsFile, []string{"concept", "indicator", "scale"}, func(t *table) error {
		exponent := 0
		if scale := t.get("scale"); scale != "1" {
			mantissa, digits, found := strings.Cut(scale, "e")
			n, err := strconv.Atoi(digits)
			if !found || mantissa != "1" || err != nil {
				return fmt.Errorf("scale %q is not 1 or a power of ten such as 1e9", scale)
			}
			exponent = n
		}
		tables.concepts[t.get("concept")] = weoConcept{t.get("indicator"), exponent}
		return nil
	})
	if err != nil {
		return tables, err
	}
	err = readTable(fsys, weoCodesFile, []string{"imf_code", "entity"}, func(t *table) error {
		tables.codes[strings.ToUpper(t.get("imf_code"))] = strings.ToUpper(t.get("entity"))
		return nil
	})
	if err != nil {
		return tables, err
	}
	err = readTable(fsys, sourcesFile, []string{"name", "url", "licence"}, func(t *table) error {
		if t.get("name") == weoSourceName {
			tables.sourceURL, tables.sourceLicence = t.get("url"), t.get("licence")
		}
		return nil
	})
	return tables, err
}

// importWEO adds the IMF WEO file: each weo_vintage is a release; years after last_actual
// are projections. Codes that are no entity (most IMF country groups) and concepts that
// are no indicator are skipped and counted, since the file is the IMF's and not ours.
func importWEO(w *writer, name string, r io.Reader, tables weoTables, source string) error {
	t, err := newTable(name, r, WEOHeader...)
	if err != nil {
		return err
	}
	if source == "" {
		source = weoSourceName
	}
	url, licence := "", ""
	if source == weoSourceName {
		url, licence = tables.sourceURL, tables.sourceLicence
	}
	sourceID, err := w.source(source, url, licence)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	releaseIDs := map[string]int64{}
	return t.each(func() error {
		w.rows++
		vintage := t.get("weo_vintage")
		releaseID, ok := releaseIDs[vintage]
		if !ok {
			release, known, err := weoReleaseOf(vintage, tables)
			if err != nil {
				return err
			}
			if !known {
				w.note(fmt.Sprintf("WEO vintage %s is not in %s: its release date is taken as %s, the last day of its month", vintage, weoReleasesFile, release.released))
			}
			if releaseID, err = w.release(sourceID, release.released, release.label, release.url); err != nil {
				return err
			}
			releaseIDs[vintage] = releaseID
		}
		conceptName := t.get("concept")
		concept, ok := tables.concepts[conceptName]
		if !ok {
			w.skip(fmt.Sprintf("concept %s is not a reference indicator", conceptName))
			return nil
		}
		code := strings.ToUpper(t.get("iso3"))
		if mapped, ok := tables.codes[code]; ok {
			code = mapped
		}
		if !w.entities[code] {
			if strings.HasPrefix(code, "G") && strings.Trim(code[1:], "X0123456789") == "" {
				w.note("IMF country groups other than the World, the euro area and the EU have no World Bank aggregate of the same members and are skipped (" + weoCodesFile + " maps the others)")
				w.skip(fmt.Sprintf("IMF group %s is not an entity", code))
			} else {
				w.skip(fmt.Sprintf("code %s is not an entity", code))
			}
			return nil
		}
		year := t.get("year")
		if len(year) != 4 || strings.Trim(year, "0123456789") != "" {
			return fmt.Errorf("year %q is not a year", year)
		}
		kind, err := weoKind(vintage, year, t.get("last_actual"))
		if err != nil {
			return err
		}
		value, err := scaledValue(t.get("value"), concept.exponent)
		if err != nil {
			return err
		}
		return w.observation(observationRow{
			entity: code, indicator: concept.indicator, period: year, basis: "annual",
			value: value, kind: kind, releaseID: releaseID,
		})
	})
}

// weoReleaseOf returns the release of a vintage "2024-10". A vintage the embedded table
// does not know is dated the last day of its month: WEO editions are published within their
// month, so the figures were known by then, and never dated before they were.
func weoReleaseOf(vintage string, tables weoTables) (weoRelease, bool, error) {
	if release, ok := tables.releases[vintage]; ok {
		return release, true, nil
	}
	month, err := time.Parse("2006-01", vintage)
	if err != nil {
		return weoRelease{}, false, fmt.Errorf("weo_vintage %q is not a year and month such as 2024-10", vintage)
	}
	last := month.AddDate(0, 1, -1)
	return weoRelease{
		released: last.Format(time.DateOnly),
		label:    "WEO " + month.Format("January 2006"),
		url:      "https://www.imf.org/en/Publications/WEO/weo-database/" + month.Format("2006/January"),
	}, false, nil
}

// weoKind tells outturns from projections: years after last_actual (the last year of
// actual data for that country in that edition) are projections. The IMF's group rows have
// no last_actual; for them the edition's own year and later are projections.
func weoKind(vintage, year, lastActual string) (string, error) {
	y, _ := strconv.Atoi(year)
	if lastActual != "" {
		// Countries that report by fiscal year give "FY2024/25"; its first year is taken as
		// the last actual one, so that a year in doubt counts as a projection and is never
		// held against an outturn.
		if fiscal, ok := strings.CutPrefix(lastActual, "FY"); ok {
			lastActual, _, _ = strings.Cut(fiscal, "/")
		}
		last, err := strconv.Atoi(lastActual)
		if err != nil {
			return "", fmt.Errorf("last_actual %q is not a year (or a fiscal year such as FY2024/25)", lastActual)
		}
		if y > last {
			return "projection", nil
		}
		return "actual", nil
	}
	edition, _, _ := strings.Cut(vintage, "-")
	editionYear, err := strconv.Atoi(edition)
	if err != nil {
		return "", fmt.Errorf("weo_vintage %q is not a year and month such as 2024-10", vintage)
	}
	if y >= editionYear {
		return "projection", nil
	}
	return "actual", nil
}

// scaledValue parses a decimal and multiplies it by 10^exponent in decimal, so that
// "2021.42" billions becomes exactly the float nearest 2021420000000.
func scaledValue(text string, exponent int) (float64, error) {
	if exponent == 0 || strings.ContainsAny(text, "eE") {
		value, err := parseValue(text)
		return value * pow10(exponent), err
	}
	value, err := strconv.ParseFloat(text+"e"+strconv.Itoa(exponent), 64)
	if err != nil {
		return 0, fmt.Errorf("value %q is not a number", text)
	}
	return value, nil
}

func pow10(n int) float64 {
	p := 1.0
	for range n {
		p *= 10
	}
	return p
}
