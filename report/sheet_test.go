package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

func TestSheetFiguresKeepTheSourcesDecimals(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	tests := []struct {
		name            string
		claim           float64
		unit            string
		ref, delta      *float64
		wantRef, wantDe string
	}{
		{"a computed series is cut to two decimals beside a one-decimal claim", 2.3, "percent", f(2.2564981433876), f(0.04350185661), "2.26", "0.04"},
		{"a two-decimal claim keeps three", 4.07, "percent", f(4.0612345), f(0.0087655), "4.061", "0.009"},
		{"a figure published with one decimal keeps one", 4.3, "percent", f(4.3), f(0), "4.3", "0"},
		{"a whole count stays whole", 124000000, "persons", f(123975371), f(24629), "123975371", "24629"},
		{"a large figure with cents keeps two decimals, not scaled", 1200000000, "USD", f(1234567890.125678), f(-34567890.125678), "1234567890.13", "-34567890.13"},
		{"a negative delta rounds without a minus zero", 5.9, "percent", f(5.9001), f(-0.0001), "5.9", "0"},
		{"a range claim counts the decimals of its upper end", 3, "percent", f(3.04567), f(0), "3.046", "0"},
		{"no reference, no figures", 2.3, "percent", nil, nil, "", ""},
		{"a date claim has no decimals of its own", 0, extract.UnitDate, f(1.23456), nil, "1.23", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claim := extract.Claim{Value: tt.claim, Unit: tt.unit}
			if strings.HasPrefix(tt.name, "a range") {
				claim.ValueMax = f(3.25)
			}
			r := checks.Result{Claim: claim, RefValue: tt.ref, Delta: tt.delta}
			ref, delta := sheetFigures(r)
			if ref != tt.wantRef || delta != tt.wantDe {
				t.Errorf("sheetFigures = %q, %q; want %q, %q", ref, delta, tt.wantRef, tt.wantDe)
			}
		})
	}
}

func TestCSVRoundsButJSONLKeepsEveryDigit(t *testing.T) {
	ref, delta := 2.2564981433876, 0.0435018566124
	a := extract.Article{ID: "a", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	results := []checks.Result{{Claim: extract.Claim{Value: 2.3, Unit: "percent", Quote: "2.3%"}, Verdict: checks.Consistent, RefValue: &ref, Delta: &delta}}
	for _, tc := range []struct {
		format    string
		has       []string
		hasNot    []string
		bom, want bool
	}{
		{format: "csv", has: []string{",2.26,", ",0.04,"}, hasNot: []string{"2.2564981433876"}},
		{format: "tsv", has: []string{"\t2.26\t", "\t0.04\t"}, hasNot: []string{"2.2564981433876"}},
		{format: "jsonl", has: []string{`"ref_value":2.2564981433876`, `"delta":0.0435018566124`}},
		{format: "csv", bom: true, want: true, has: []string{"\uFEFFarticle,"}},
		{format: "tsv", bom: true, want: true, has: []string{"\uFEFFarticle\t"}},
	} {
		var out bytes.Buffer
		w, err := NewWriter(tc.format, &out, Options{BOM: tc.bom})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteArticle(a, results); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		if strings.HasPrefix(got, "\uFEFF") != tc.want {
			t.Errorf("%s bom=%v: byte-order mark present = %v", tc.format, tc.bom, !tc.want)
		}
		if strings.Count(got, "\uFEFF") > 1 {
			t.Errorf("%s: more than one byte-order mark", tc.format)
		}
		for _, s := range tc.has {
			if !strings.Contains(got, s) {
				t.Errorf("%s bom=%v lacks %q:\n%s", tc.format, tc.bom, s, got)
			}
		}
		for _, s := range tc.hasNot {
			if strings.Contains(got, s) {
				t.Errorf("%s has %q:\n%s", tc.format, s, got)
			}
		}
	}
}

func TestEmptyCSVWithBOMIsTheMarkAndTheHeader(t *testing.T) {
	var out bytes.Buffer
	w, _ := NewWriter("csv", &out, Options{BOM: true})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if want := "\uFEFF" + strings.Join(Columns, ",") + "\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestTableLeavesItsSummaryLineToAFollowingSummary(t *testing.T) {
	a := extract.Article{ID: "a"}
	results := []checks.Result{{Claim: extract.Claim{Value: 2.3, Unit: "percent", Quote: "2.3%"}, Verdict: checks.Consistent}}
	for _, follows := range []bool{false, true} {
		var out bytes.Buffer
		w, _ := NewWriter("table", &out, Options{SummaryFollows: follows})
		if err := w.WriteArticle(a, results); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if has := strings.Contains(out.String(), "1 claim in 1 article"); has == follows {
			t.Errorf("SummaryFollows=%v: summary line present = %v:\n%s", follows, has, out.String())
		}
	}
}

// TestInconsistentReferenceNotPrintedAsAMatch (blind round 63): beside a claimed 5.1% (5.05
// to 5.15), Turkey's 5.045% cut to "5.05" read as a match that the verdict called wrong; an
// inconsistent row prints the decimal that shows it lies outside, in sheets and tables, and a
// consistent one keeps two.
func TestInconsistentReferenceNotPrintedAsAMatch(t *testing.T) {
	ref, delta := 5.04512369812289, 0.05487630187711
	claim := extract.Claim{Value: 5.1, Step: 0.1, Unit: extract.UnitPercent}
	for _, tt := range []struct {
		verdict             string
		wantSheet, wantCell string
	}{
		{checks.Inconsistent, "5.045", "5.045%"},
		{checks.Consistent, "5.05", "5.05%"}, // (matched by a rule wider than the interval)
	} {
		r := checks.Result{Claim: claim, Verdict: tt.verdict, RefValue: &ref, Delta: &delta}
		if got, _ := sheetFigures(r); got != tt.wantSheet {
			t.Errorf("%s: sheet reference %q, want %q", tt.verdict, got, tt.wantSheet)
		}
		if got := referenceCell(r); !strings.HasPrefix(got, tt.wantCell) {
			t.Errorf("%s: table reference %q, want it to open with %q", tt.verdict, got, tt.wantCell)
		}
	}
}
