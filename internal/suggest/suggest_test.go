package suggest

import (
	"slices"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"format", "format", 0},
		{"formt", "format", 1},
		{"fromat", "format", 1},
		{"", "abc", 3},
		{"show", "shwo", 1},
		{"inflaton", "inflation", 1},
		{"kitten", "sitting", 3},
		{"żółw", "żołw", 1},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Distance(tc.b, tc.a); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	indicators := []string{"gdp", "gdp_growth", "gdp_per_capita", "inflation", "population", "population_growth", "unemployment_rate"}
	for _, tc := range []struct {
		typed      string
		candidates []string
		want       []string
	}{
		{"inflaton", indicators, []string{"inflation"}},
		{"INFLATION", indicators, []string{"inflation"}},
		{"GDP", indicators, []string{"gdp"}},
		{"inflation", indicators, nil},
		{"gdp_grwoth", indicators, []string{"gdp_growth"}},
		{"unemployment", indicators, []string{"unemployment_rate"}},
		{"popul", indicators, []string{"population", "population_growth"}},
		{"gpd", indicators, []string{"gdp"}},
		{"wages", indicators, nil},
		{"", indicators, nil},
		{"shwo", []string{"show", "stats", "list", "sources"}, []string{"show"}},
		{"formt", []string{"format", "fail-on", "only", "output"}, []string{"format"}},
		{"ab", []string{"aa", "ac", "ad", "ae"}, []string{"aa", "ac", "ad"}},
	} {
		if got := Nearest(tc.typed, tc.candidates); !slices.Equal(got, tc.want) {
			t.Errorf("Nearest(%q) = %q, want %q", tc.typed, got, tc.want)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	for _, tc := range []struct {
		prefix string
		names  []string
		want   string
	}{
		{"--", nil, ""},
		{"--", []string{"format"}, " (did you mean --format?)"},
		{"", []string{"a", "b"}, " (did you mean a or b?)"},
		{"", []string{"a", "b", "c"}, " (did you mean a, b or c?)"},
	} {
		if got := DidYouMean(tc.prefix, tc.names); got != tc.want {
			t.Errorf("DidYouMean(%q, %q) = %q, want %q", tc.prefix, tc.names, got, tc.want)
		}
	}
}

// FuzzNearest checks what must hold for any typed name: the distance is a metric's (zero only
// for equal strings, symmetric, no more than the longer length), and the suggestions are
// candidates, at most three, never the typed name itself.
func FuzzNearest(f *testing.F) {
	for _, seed := range [][2]string{{"formt", "format"}, {"", "x"}, {"GDP", "gdp"}, {"żółw", "zolw"}, {"\xff", "a"}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		d := Distance(a, b)
		if d != Distance(b, a) {
			t.Fatalf("Distance(%q, %q) = %d is not symmetric", a, b, d)
		}
		if (d == 0) != (string([]rune(a)) == string([]rune(b))) {
			t.Fatalf("Distance(%q, %q) = %d", a, b, d)
		}
		if longest := max(len([]rune(a)), len([]rune(b))); d > longest {
			t.Fatalf("Distance(%q, %q) = %d exceeds %d", a, b, d, longest)
		}
		candidates := []string{b, "format", "inflation", b + "x"}
		got := Nearest(a, candidates)
		if len(got) > 3 || slices.Contains(got, a) {
			t.Fatalf("Nearest(%q, %q) = %q", a, candidates, got)
		}
		for _, name := range got {
			if !slices.Contains(candidates, name) {
				t.Fatalf("Nearest(%q) suggests %q, which is no candidate", a, name)
			}
		}
	})
}
