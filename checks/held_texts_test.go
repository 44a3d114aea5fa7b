package checks

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// countedHistories counts the series the judge reads from the store.
type countedHistories struct {
	*reference.Store
	read int
}

func (c *countedHistories) SharedHistory(entity, indicator string) ([]reference.Observation, error) {
	c.read++
	return c.Store.SharedHistory(entity, indicator)
}

// TestLongSeriesReadOnceForWhatTheTableHolds: claims of periods the table lacks, of a series
// too long for the store to keep (Japan's quarterly growth in every vintage), read the series
// once for the text of what the table holds, not once each, whether they ask the same period
// or others (a millisecond a claim, and 20 ms one of another month: such a text was checked at
// 80 kB a second, or 1.6).
func TestLongSeriesReadOnceForWhatTheTableHolds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	ex := defaultExtractor(t)
	published := time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)
	counted := &countedHistories{Store: defaultStore(t)}
	text := "Japanese growth is 1.0% this year. Japanese growth is 2.7% this year, some say. Others put Japanese growth at 3.4% this year."
	claims := ex.Claims(extract.Article{Text: text, Published: published}, extract.Options{})
	if len(claims) != 3 {
		t.Fatalf("%d claims, want 3", len(claims))
	}
	months := ex.Claims(extract.Article{Text: "Japan's GDP grew 1.0% in March 1987. Japan's GDP grew 1.2% in April 1988. Japan's GDP grew 0.4% in May 1995.", Published: published}, extract.Options{})
	if len(months) != 3 {
		t.Fatalf("%d claims of months, want 3", len(months))
	}
	monthsCounted := &countedHistories{Store: counted.Store}
	for _, c := range months {
		v, err := Judge(c, published, monthsCounted, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(v.Explanation, "not for") {
			t.Errorf("%q explained %q", c.Quote, v.Explanation)
		}
	}
	var explanations []string
	for _, c := range claims {
		v, err := Judge(c, published, counted, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		explanations = append(explanations, v.Explanation)
	}
	if counted.read != 1 || monthsCounted.read > 1 {
		t.Errorf("the series was read %d times for %d claims of one period and %d times for %d of others, want at most once each",
			counted.read, len(claims), monthsCounted.read, len(months))
	}
	for i, e := range explanations {
		if e != explanations[0] || e == "" {
			t.Fatalf("claim %d explained %q, the first %q", i, e, explanations[0])
		}
	}
}
