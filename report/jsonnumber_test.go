package report

import (
	"encoding/json"
	"math"
	"testing"
)

func TestIsJSONNumberAcceptsNumbersAsJSONWritesThem(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"0", true}, {"-0.3", true}, {"4.07", true}, {"1200000000", true}, {"1e+21", true},
		{"2.5E-7", true}, {"-12", true},
		{"", false}, {"-", false}, {"01", false}, {"1.", false}, {".5", false}, {"+1", false},
		{"1e", false}, {"1e+", false}, {"NaN", false}, {"Inf", false}, {" 1", false},
		{"1 ", false}, {"0x10", false}, {"1_000", false}, {"true", false}, {`"1"`, false},
	}
	for _, tt := range tests {
		if got := isJSONNumber(tt.in); got != tt.want {
			t.Errorf("isJSONNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// What FormatNumber writes takes the fast path.
	for _, v := range []float64{0, -0.3, 4.07, 1.2e9, 123456789012, 1e21, 2.5e-7, -math.MaxFloat64, math.SmallestNonzeroFloat64} {
		if s := FormatNumber(v); !isJSONNumber(s) {
			t.Errorf("FormatNumber(%v) = %q, not taken for a JSON number", v, s)
		}
	}
}

// FuzzIsJSONNumber holds the fast check to encoding/json: it never accepts text json.Valid
// refuses (the row would then not be JSON), and a number it refuses still reaches
// json.Valid, so the rows written are the same either way.
func FuzzIsJSONNumber(f *testing.F) {
	for _, seed := range []string{"0", "-0.3", "1e+21", "01", "1.", " 1", "true", "-", "1E-0", "\u00a01"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isJSONNumber(s) && !json.Valid([]byte(s)) {
			t.Errorf("isJSONNumber(%q) but json.Valid refuses it", s)
		}
	})
}
