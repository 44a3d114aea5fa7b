package extract

import "testing"

func TestIsCurrency(t *testing.T) {
	tests := []struct {
		unit string
		want bool
	}{
		{"USD", true},
		{"RUB", true},
		{UnitPercent, false},
		{UnitPP, false},
		{UnitDate, false},
		{"usd", false},
		{"US", false},
		{"€", false}, // three bytes, not three letters
		{"", false},
	}
	for _, tt := range tests {
		if got := IsCurrency(tt.unit); got != tt.want {
			t.Errorf("IsCurrency(%q) = %v, want %v", tt.unit, got, tt.want)
		}
	}
}
