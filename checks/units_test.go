package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
)

// TestNewFamiliesAreComparedInTheirUnits checks that the WDI families are judged only in the
// unit the table keeps them in (exchange rates, in either direction, are judged in fx.go).
func TestNewFamiliesAreComparedInTheirUnits(t *testing.T) {
	tests := []struct {
		name, indicator, unit string
		refused               string // a phrase of the reason, empty when the claim is compared
	}{
		{"a debt ratio in percent is compared", "government_debt", extract.UnitPercent, ""},
		{"a debt ratio in dollars is not", "government_debt", "USD", "is a percentage"},
		{"GDP per capita in dollars is compared", "gdp_per_capita", "USD", ""},
		{"GDP per capita in euros is not", "gdp_per_capita", "EUR", "in US dollars, and the claim is in EUR"},
		{"a labour force as a percentage is not a count", "labour_force", extract.UnitPercent, "as a count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := extract.Claim{Indicator: tt.indicator, Unit: tt.unit, Value: 1}
			got := incomparable(&c)
			if (tt.refused == "") != (got == "") || !strings.Contains(got, tt.refused) {
				t.Errorf("incomparable = %q, want %q", got, tt.refused)
			}
		})
	}
}

func TestFormatValueOfTheNewUnits(t *testing.T) {
	tests := []struct {
		indicator string
		value     float64
		want      string
	}{
		{"life_expectancy", 81.2048780487805, "81.2 years"},
		{"fertility_rate", 1.53, "1.53 births per woman"},
		{"gini", 41.3, "41.3"},
		{"gdp_per_capita", 57976.628204291, "$57976.63"},
		{"fiscal_balance", -3.78405341301057, "-3.78%"},
		{"net_migration", 1286132, "1.29 million"},
	}
	for _, tt := range tests {
		t.Run(tt.indicator, func(t *testing.T) {
			if got := formatValue(tt.value, indicatorUnit(tt.indicator)); got != tt.want {
				t.Errorf("formatValue(%v) = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}
