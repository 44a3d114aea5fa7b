package extract

import (
	"testing"
	"time"
)

// A requirement and an unreal consequence are no outturns (blind round 24: "growth of 2% a
// year would be needed to stabilise debt" was read as 2024's growth, "growth of 5.5% in 2025
// was 'within reach' had oil output recovered" as 2025's; both flagged). The figure's rate
// ("a year", "per year") is part of its phrase, so the verb of need is found past it
// (ratePerPeriodAt); a condition opened by "had" or "were" before its subject after the
// figure's clause makes that clause unreal (invertedConditionAfter). The wordings are after
// committee reports, brokers' notes and think-tank posts; the controls keep real rates and a
// "had" of possession or of a past perfect.
var unrealAfterFamilies = []family{
	{name: "a requirement with a rate per period", wordings: []string{
		"The Committee notes that Britain's GDP grew by 0.3% in 2023 and 1.1% in 2024. We heard evidence that growth of 2% a year would be needed to stabilise debt.",
		"The Committee notes that Britain's GDP grew by 0.3% in 2023 and 1.1% in 2024. To stabilise debt, growth of 2% a year is needed.",
		"The Committee notes that Britain's GDP grew by 0.3% in 2023 and 1.1% in 2024. Growth of 2% per year would be required to stabilise debt.",
		"The Committee notes that Britain's GDP grew by 0.3% in 2023 and 1.1% in 2024. Growth of 2% each year is needed to stabilise debt.",
	}, want: []string{"gdp_growth GBR 0.3 actual 2023", "gdp_growth GBR 1.1 actual 2024"}},
	{name: "an unreal consequence of an inverted condition", wordings: []string{
		"Nigeria's economy grew 4.0% in 2025. Analysts said growth of 5.5% in 2025 was within reach had oil output recovered.",
		"Nigeria's economy grew 4.0% in 2025. Growth of 5.5% in 2025 was possible had oil output not slumped.",
		"Nigeria's economy grew 4.0% in 2025. Growth would top 5.5% in 2026 were oil output to recover.",
	}, want: []string{"gdp_growth NGA 4 actual 2025"}},
	// controls
	{name: "control: a real rate per period", wordings: []string{
		"Germany's economy grew 2% a year in the 1990s.",
		"In the 1990s Germany's economy grew 2% a year, its best decade since.",
	}, want: []string{"gdp_growth DEU 2 * *"}},
	{name: "control: a condition of another clause", wordings: []string{
		"Nigeria's inflation averaged 24.7% in 2023 and would have been higher had fuel subsidies ended.",
		"Nigeria's inflation averaged 24.7% in 2023, and were the central bank to cut rates, it would rise.",
	}, want: []string{"inflation NGA 24.7 actual 2023"}},
	{name: "control: an inversion after a negative", wordings: []string{
		"Nigeria's economy shrank 1.8% in 2020: not since 1987 had output fallen so far.",
		"Nigeria's economy shrank 1.8% in 2020; never had output fallen so far.",
	}, want: []string{"gdp_growth NGA -1.8 actual 2020"}},
	{name: "control: a had of possession or of a past perfect", wordings: []string{
		"Nigeria's economy grew 4.0% in 2025, after it had contracted 1.8% in 2020.",
		"Nigeria's economy grew 4.0% in 2025, after it had growth of 3.3% in 2024.",
	}, want: []string{"gdp_growth NGA 4 actual 2025", "gdp_growth NGA * * *"}},
}

func TestUnrealAfter(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), unrealAfterFamilies)
}
