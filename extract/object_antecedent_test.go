package extract

import (
	"testing"
	"time"
)

// A subject pronoun with a figure after a clause whose subject is an agent (a government, a
// bank) stands for the measure that clause's object names, not for the measure of the
// sentence before (objectMeasure; attack round 20). The wordings are after French, British and
// Brazilian coverage; the controls keep a subject that is a measure and a speaker's clause.
var objectMeasureFamilies = []family{
	{name: "an agent's object, then it", wordings: []string{
		"France's unemployment is stuck at about 7.5 per cent. The government promised to bring the deficit below 3 per cent of GDP by 2029; it was 5.0 per cent of GDP in 2023.",
		"France's unemployment is stuck at about 7.5 per cent. Ministers pledged to get the budget deficit under 3 per cent of GDP by 2029; it was 5.0 per cent of GDP in 2023.",
	}, want: []string{"unemployment_rate FRA 7.5 * *", "fiscal_balance FRA -5 actual 2023"}},
	{name: "an agent's object that is a rate, then it", wordings: []string{
		"Brazil's unemployment fell to 7.8% in 2023. The central bank vowed to bring inflation back to 3%; it was 4.6% in 2023.",
	}, want: []string{"unemployment_rate BRA 7.8 actual 2023", "inflation BRA 3 forecast *", "inflation BRA 4.6 actual 2023"}},
	// controls
	{name: "control: a country's pronoun after its object", wordings: []string{
		"Argentina's economy shrank 1.6% in 2023. Argentina tamed inflation in 2024, but it shrank 1.3%.",
	}, want: []string{"gdp_growth ARG -1.6 actual 2023", "gdp_growth ARG -1.3 actual *"}},
	{name: "control: a subject that is a measure", wordings: []string{
		"Brazil's unemployment fell to 7.8% in 2023. Inflation outpaced growth; it was 4.6% in 2023.",
	}, want: []string{"unemployment_rate BRA 7.8 actual 2023", "inflation BRA 4.6 actual 2023"}},
}

func TestObjectMeasure(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC), objectMeasureFamilies)
}
