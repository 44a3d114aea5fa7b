package extract

import (
	"slices"
	"testing"
)

func TestLemmasOf(t *testing.T) {
	tests := []struct {
		form string
		want []string // bases that must be among the form's
	}{
		{"rose", []string{"rose", "rise"}},
		{"predicting", []string{"predict"}},
		{"fell", []string{"fall"}},
		{"prices", []string{"price"}},
		{"shrank", []string{"shrink"}},
	}
	for _, tt := range tests {
		got := lemmasOf(tt.form)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("lemmasOf(%q) = %v, want %q among them", tt.form, got, w)
			}
		}
	}
	if got := lemmasOf("zzyzx"); got != nil {
		t.Errorf("lemmasOf of an unknown word = %v, want nil", got)
	}
}

func TestHasForm(t *testing.T) {
	tests := []struct {
		base, suffix string
		want         bool
	}{
		{"rise", "ing", true},
		{"cut", "ing", true},
		{"high", "er", true},
		{"high", "est", true},
		{"big", "est", true},
		{"economy", "ing", false},
		{"inflation", "er", false},
		{"zzyzx", "ing", false},
		{"rise", "ly", false},
	}
	for _, tt := range tests {
		if got := hasForm(tt.base, tt.suffix); got != tt.want {
			t.Errorf("hasForm(%q, %q) = %v, want %v", tt.base, tt.suffix, got, tt.want)
		}
	}
}
