package checks

import (
	"math"
	"testing"

	"github.com/factcheck/factcheck/extract"
)

func ptr(x float64) *float64 { return &x }

func TestClaimInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name   string
		claim  extract.Claim
		lo, hi float64
	}{
		{"one decimal stands for half a tenth either side", extract.Claim{Value: 3.6, Step: 0.1}, 3.55, 3.65},
		{"a whole percent stands for half a point either side", extract.Claim{Value: 4, Step: 1}, 3.5, 4.5},
		{"money in base units keeps the stated digit", extract.Claim{Value: 1.2e9, Step: 1e8}, 1.15e9, 1.25e9},
		{"a step of zero is exact", extract.Claim{Value: 143826130}, 143826130, 143826130},
		{"a negative value widens symmetrically", extract.Claim{Value: -0.3, Step: 0.1}, -0.35, -0.25},
		{"a range keeps both ends", extract.Claim{Value: 3, ValueMax: ptr(4), Step: 1}, 2.5, 4.5},
		{"a range given high to low is reordered", extract.Claim{Value: 4, ValueMax: ptr(3), Step: 1}, 2.5, 4.5},
		{"about widens the half-width by the factor", extract.Claim{Value: 3.6, Step: 0.1, Qualifier: "approx"}, 3.5, 3.7},
		{"about a whole percent", extract.Claim{Value: 4, Step: 1, Qualifier: "approx"}, 3, 5},
		{"about a round large number uses the relative band",
			extract.Claim{Value: 140e6, Step: 1e6, Qualifier: "approx"}, 137.2e6, 142.8e6},
		{"about a range widens both ends", extract.Claim{Value: 3, ValueMax: ptr(4), Step: 1, Qualifier: "approx"}, 2, 5},
		{"nearly reaches a tenth below and stops at the figure to one more digit", extract.Claim{Value: 3.6, Step: 0.1, Qualifier: "nearly"}, 3.24, 3.605},
		{"nearly a whole number lies just below it, not around it",
			extract.Claim{Value: 4, Step: 1, Qualifier: "nearly"}, 3.6, 4.05},
		{"nearly a negative figure lies just short of it in magnitude",
			extract.Claim{Value: -2, Step: 0.1, Qualifier: "nearly"}, -2.005, -1.8},
		{"more than is open above from the bound itself", extract.Claim{Value: 3, Step: 1, Qualifier: "more_than"}, 3, inf},
		{"at least is open above from the bound itself", extract.Claim{Value: 3, Step: 1, Qualifier: "at_least"}, 3, inf},
		{"less than is open below up to the bound itself", extract.Claim{Value: 3, Step: 1, Qualifier: "less_than"}, -inf, 3},
		{"at most is open below up to the bound itself", extract.Claim{Value: 3, Step: 1, Qualifier: "at_most"}, -inf, 3},
		{"shrank more than 2% lies at or below -2", extract.Claim{Value: -2, Step: 1, Qualifier: "more_than"}, -inf, -2},
		{"shrank less than 2% lies at or above -2", extract.Claim{Value: -2, Step: 1, Qualifier: "less_than"}, -2, inf},
		{"more than a range starts at its lower end", extract.Claim{Value: 3, ValueMax: ptr(4), Step: 1, Qualifier: "more_than"}, 3, inf},
	}
	opts := DefaultOptions()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimInterval(&tt.claim, opts)
			if !nearlyEqual(got.lo, tt.lo) || !nearlyEqual(got.hi, tt.hi) {
				t.Errorf("interval = [%v, %v], want [%v, %v]", got.lo, got.hi, tt.lo, tt.hi)
			}
		})
	}
}

func nearlyEqual(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

func TestIntervalContains(t *testing.T) {
	tests := []struct {
		name  string
		claim extract.Claim
		ref   float64
		want  bool
	}{
		{"a WDI value with many decimals rounds to the claim", extract.Claim{Value: 4.1, Step: 0.1}, 4.06661395813023, true},
		{"the upper edge counts despite float noise", extract.Claim{Value: 4.1, Step: 0.1}, 4.15, true},
		{"the lower edge counts despite float noise", extract.Claim{Value: 4.1, Step: 0.1}, 4.05, true},
		{"a value stored with noise just past the edge counts", extract.Claim{Value: 4.1, Step: 0.1}, 4.1500000000001, true},
		{"a value clearly past the edge does not", extract.Claim{Value: 4.1, Step: 0.1}, 4.151, false},
		{"an exact count matches itself", extract.Claim{Value: 143826130}, 143826130, true},
		{"an exact count does not match its neighbour", extract.Claim{Value: 143826130}, 143826131, false},
		{"a rounded population covers the exact one", extract.Claim{Value: 143.8e6, Step: 0.1e6}, 143826130, true},
		{"more than 3% excludes 2.4", extract.Claim{Value: 3, Step: 1, Qualifier: "more_than"}, 2.4, false},
		{"less than 3% includes a contraction", extract.Claim{Value: 3, Step: 1, Qualifier: "less_than"}, -1.2, true},
		{"nearly 4% covers 3.7", extract.Claim{Value: 4, Step: 1, Qualifier: "nearly"}, 3.7, true},
		{"nearly 4% does not cover 4.6", extract.Claim{Value: 4, Step: 1, Qualifier: "nearly"}, 4.6, false},
		{"nearly 4% does not cover 4.2, above it", extract.Claim{Value: 4, Step: 1, Qualifier: "nearly"}, 4.2, false},
		{"nearly 8% covers 8.03, which one more digit prints as 8.0", extract.Claim{Value: 8, Step: 1, Qualifier: "nearly"}, 8.03, true},
		{"nearly 8% does not cover 8.06", extract.Claim{Value: 8, Step: 1, Qualifier: "nearly"}, 8.06, false},
		{"more than 4% does not cover 3.8, which rounds to 4", extract.Claim{Value: 4, Step: 1, Qualifier: "more_than"}, 3.8, false},
		{"more than 4% covers 4.0 exactly", extract.Claim{Value: 4, Step: 1, Qualifier: "more_than"}, 4, true},
		{"less than 3% does not cover 3.3, which rounds to 3", extract.Claim{Value: 3, Step: 1, Qualifier: "less_than"}, 3.3, false},
		{"a plain 4% covers 3.8, which rounds to it", extract.Claim{Value: 4, Step: 1}, 3.8, true},
	}
	opts := DefaultOptions()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := claimInterval(&tt.claim, opts).contains(tt.ref); got != tt.want {
				t.Errorf("contains(%v) = %v, want %v", tt.ref, got, tt.want)
			}
		})
	}
}

func TestOptionsFactorsChangeTheInterval(t *testing.T) {
	claim := extract.Claim{Value: 4, Step: 1, Qualifier: "approx"}
	opts := Options{ApproxFactor: 3}
	got := claimInterval(&claim, opts.withDefaults())
	if !nearlyEqual(got.lo, 2.5) || !nearlyEqual(got.hi, 5.5) {
		t.Errorf("approx factor 3: interval = [%v, %v], want [2.5, 5.5]", got.lo, got.hi)
	}
	nearly := extract.Claim{Value: 10, Step: 1, Qualifier: "nearly"}
	got = claimInterval(&nearly, Options{NearlyBand: 0.2}.withDefaults())
	if !nearlyEqual(got.lo, 8) || !nearlyEqual(got.hi, 10.05) {
		t.Errorf("nearly band 0.2: interval = [%v, %v], want [8, 10.05]", got.lo, got.hi)
	}
}

func TestClaimDelta(t *testing.T) {
	tests := []struct {
		name  string
		claim extract.Claim
		ref   float64
		want  float64
	}{
		{"difference without float noise", extract.Claim{Value: 3.6}, 4.1, -0.5},
		{"a range measures from its nearest end", extract.Claim{Value: 3, ValueMax: ptr(4)}, 5, -1},
		{"a range holding the value has no difference", extract.Claim{Value: 3, ValueMax: ptr(4)}, 3.5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := claimDelta(&tt.claim, tt.ref); got != tt.want {
				t.Errorf("delta = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEntityNamesReadAsEnglish(t *testing.T) {
	names := map[string]string{"USA": "United States", "RUS": "Russia", "EMU": "Euro area", "WLD": "World",
		"NLD": "Netherlands", "CZE": "Czech Republic", "EUU": "European Union", "GBR": "United Kingdom"}
	tests := []struct{ code, want string }{
		{"USA", "the United States"},
		{"RUS", "Russia"},
		{"EMU", "the euro area"},
		{"WLD", "the world"},
		{"NLD", "the Netherlands"},
		{"CZE", "the Czech Republic"},
		{"EUU", "the European Union"},
		{"GBR", "the United Kingdom"},
		{"XYZ", "XYZ"},
	}
	for _, tt := range tests {
		if got := entityName(tt.code, names); got != tt.want {
			t.Errorf("entityName(%s) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestDecimalsBeside: a reference figure the claim does not match is printed with enough
// decimals not to read as one it does, and no more than that.
func TestDecimalsBeside(t *testing.T) {
	tests := []struct {
		name  string
		claim extract.Claim
		ref   float64
		least int
		want  int
	}{
		{"rounded into the claim's interval: one decimal more", extract.Claim{Value: 5.1, Step: 0.1}, 5.04512, 2, 3},
		{"rounded onto the interval's top", extract.Claim{Value: 5.1, Step: 0.1}, 5.15496, 2, 3},
		{"outside once rounded: two", extract.Claim{Value: 5.1, Step: 0.1}, 5.0412, 2, 2},
		{"a match: two", extract.Claim{Value: 5.1, Step: 0.1}, 5.0612, 2, 2},
		{"a figure with few decimals is left as it is", extract.Claim{Value: 5.1, Step: 0.1}, 5.045, 2, 3},
		{"never beyond four", extract.Claim{Value: 5.1, Step: 0.1}, 5.0499999, 2, 4},
		{"the least asked for stands", extract.Claim{Value: 5.12, Step: 0.01}, 5.3, 3, 3},
	}
	for _, tt := range tests {
		if got := DecimalsBeside(&tt.claim, tt.ref, tt.least); got != tt.want {
			t.Errorf("%s: DecimalsBeside(%v, %v, %d) = %d, want %d", tt.name, tt.claim.Value, tt.ref, tt.least, got, tt.want)
		}
	}
}
