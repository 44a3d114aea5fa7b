package quantity

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"testing"
)

// newsCase is one sentence of testdata/news.jsonl: news wording of several kinds of outlet
// (wire, broadsheet, tabloid, tech, sports, science, finance), written for this package,
// with every quantity a reader finds in it. Years and dates are timex's and are not listed.
type newsCase struct {
	Outlet string `json:"outlet"`
	Kind   string `json:"kind"` // range, nonquantity, unit, money, numeral, unicode, ordinary
	Text   string `json:"text"`
	Want   []struct {
		Value float64  `json:"value"`
		Max   *float64 `json:"max"`
		Unit  string   `json:"unit"`
	} `json:"want"`
}

// newsFloor is the least share of sentences read exactly right; set just below the share
// measured, so that a regression shows.
const newsFloor = 0.97

// TestNewsSentences scans each sentence and passes it when the quantities found are exactly
// those listed, in order, with their value, upper end and unit.
func TestNewsSentences(t *testing.T) {
	f, err := os.Open("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []newsCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c newsCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("news.jsonl line %d: %v", len(cases)+1, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 200 {
		t.Fatalf("news.jsonl holds %d sentences, want at least 200", len(cases))
	}
	passed := 0
	byKind := map[string][2]int{}
	for _, c := range cases {
		got := Scan(c.Text)
		ok := len(got) == len(c.Want)
		for k := 0; ok && k < len(got); k++ {
			g, w := got[k], c.Want[k]
			ok = sameNewsValue(g.Value, w.Value) && g.Unit == w.Unit &&
				(g.ValueMax == nil) == (w.Max == nil) && (w.Max == nil || sameNewsValue(*g.ValueMax, *w.Max))
		}
		counts := byKind[c.Kind]
		counts[1]++
		if ok {
			passed++
			counts[0]++
		} else {
			t.Logf("fail [%s %s] %q: want %s, got %s", c.Outlet, c.Kind, c.Text, describeWant(c), describeGot(got))
		}
		byKind[c.Kind] = counts
	}
	share := float64(passed) / float64(len(cases))
	for kind, n := range byKind {
		t.Logf("  %-12s %d/%d", kind, n[0], n[1])
	}
	t.Logf("SUMMARY news sentences: %d/%d passed (%.1f%%, floor %.0f%%)", passed, len(cases), 100*share, 100*newsFloor)
	if share < newsFloor {
		t.Errorf("news sentences: %.1f%% passed, below the floor of %.0f%%", 100*share, 100*newsFloor)
	}
}

func sameNewsValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

func describeWant(c newsCase) string {
	s := "["
	for _, w := range c.Want {
		if w.Max != nil {
			s += " " + fmtG(w.Value) + ".." + fmtG(*w.Max) + " " + w.Unit + ";"
		} else {
			s += " " + fmtG(w.Value) + " " + w.Unit + ";"
		}
	}
	return s + " ]"
}

func describeGot(qs []Quantity) string {
	s := "["
	for _, q := range qs {
		if q.ValueMax != nil {
			s += " " + fmtG(q.Value) + ".." + fmtG(*q.ValueMax) + " " + q.Unit + ";"
		} else {
			s += " " + fmtG(q.Value) + " " + q.Unit + ";"
		}
	}
	return s + " ]"
}

func fmtG(v float64) string {
	b, _ := json.Marshal(v)
	return string(b)
}
