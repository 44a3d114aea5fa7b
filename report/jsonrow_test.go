package report

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// checkJSONRow holds a JSON row written from a result to the row's text (Row.Values, what CSV
// writes): every column present in the text is there, a numeric one as that very number
// when it is a JSON number and as a string of it when not (NaN); an empty one is absent
// from jsonl and null or "" in json.
func checkJSONRow(t *testing.T, a extract.Article, r checks.Result) {
	t.Helper()
	values := NewRow(a, r).Values()
	for _, array := range []bool{false, true} {
		j := &jsonWriter{array: array}
		line := j.appendRow(nil, textRow(a, formatDate(a.Published), r), rowNumbers(r))
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.UseNumber()
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			t.Fatalf("row %q is not a JSON object: %v", line, err)
		}
		for i, column := range Columns {
			got, ok := obj[column]
			want := values[i]
			switch {
			case want == "" && !array:
				if ok {
					t.Errorf("jsonl row %s has empty %s: %v", line, column, got)
				}
			case want == "" && numericColumns[column]:
				if !ok || got != nil {
					t.Errorf("json row %s: %s = %v, want null", line, column, got)
				}
			case numericColumns[column] && json.Valid([]byte(want)):
				if got != json.Number(want) {
					t.Errorf("row %s: %s = %#v, want the number %s", line, column, got, want)
				}
			default:
				// Invalid UTF-8 reads back as encoding/json reads it back.
				quoted, _ := json.Marshal(want)
				var readBack string
				if err := json.Unmarshal(quoted, &readBack); err != nil {
					t.Fatal(err)
				}
				if got != readBack {
					t.Errorf("row %s: %s = %#v, want %q", line, column, got, readBack)
				}
			}
		}
	}
}

func TestJSONRowsWriteWhatTheRowSays(t *testing.T) {
	a := extract.Article{ID: "a\"1", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	ptr := func(x float64) *float64 { return &x }
	for _, r := range []checks.Result{
		{Claim: extract.Claim{Start: 0, End: 123456, Quote: "q", Sentence: "s\n", Value: 4.0700000000000003, Unit: "percent"}},
		{Claim: extract.Claim{Start: 7, End: 9, Value: 0, Unit: extract.UnitDate, Period: "2026-03-06"}},
		{Claim: extract.Claim{Value: math.NaN(), ValueMax: ptr(math.Inf(1))}, RefValue: ptr(math.Inf(-1)), Delta: ptr(math.NaN())},
		{Claim: extract.Claim{Value: -1e-20, ValueMax: ptr(1e21)}, RefValue: ptr(-0.0), Delta: ptr(-math.MaxFloat64)},
		{Claim: extract.Claim{Value: 1.2e9, Unit: "USD"}, Verdict: checks.Consistent, RefValue: ptr(3.6), Delta: ptr(3.6 - 4.1), Explanation: "<&>"},
	} {
		checkJSONRow(t, a, r)
	}
}

// FuzzJSONRowsWriteWhatTheRowSays formats numbers of any kind straight into a JSON row.
func FuzzJSONRowsWriteWhatTheRowSays(f *testing.F) {
	f.Add(0, 10, 3.6, 4.0, -0.5, "percent", "Growth was 3.6%.", true)
	f.Add(-1, 1<<40, math.NaN(), math.Inf(1), 1e-300, extract.UnitDate, "\x00\u2028\xff", false)
	f.Fuzz(func(t *testing.T, start, end int, value, second, third float64, unit, text string, some bool) {
		r := checks.Result{Claim: extract.Claim{Start: start, End: end, Value: value, Unit: unit, Quote: text, Sentence: text}}
		if some {
			r.Claim.ValueMax, r.RefValue, r.Delta = &second, &third, &value
		}
		checkJSONRow(t, extract.Article{ID: text}, r)
	})
}
