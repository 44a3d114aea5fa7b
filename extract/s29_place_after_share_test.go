package extract

import (
	"testing"
	"time"
)

// A place after a figure's share and date, with its article ("6.3% of GDP in 2023 in the
// United States"), is the figure's country; it was passed over for the country of the sentence
// before, since only a bare name after "in" counted (placePrepositionBefore).
var placeAfterShareFamilies = []family{
	{name: "a place with its article after a share of GDP", published: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's central government debt stood at 54.5% of GDP in 2016. The federal deficit was 6.3% of GDP in 2023 in the United States.",
		"Australia's central government debt stood at 54.5% of GDP in 2016. The budget deficit was 6.3% of GDP in 2023 in the United States.",
		"Australia's central government debt stood at 54.5% of GDP in 2016. By contrast, the deficit reached 6.3% of output in 2023 in the United States.",
		"Australia's central government debt stood at 54.5% of GDP in 2016. The deficit came to 6.3 per cent of GDP in 2023 in the US.",
	}, want: []string{"government_debt AUS 54.5 actual 2016", "fiscal_balance USA -6.3 actual 2023"}},
	{name: "a place with its article after a rate and a date (read so before)", published: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in Canada was 3.9% in 2023. Unemployment was 3.6% in 2023 in the United States.",
		"Inflation in Canada was 3.9% in 2023. The jobless rate averaged 3.6% in 2023 in the United States.",
	}, want: []string{"inflation CAN 3.9 actual 2023", "unemployment_rate USA 3.6 actual 2023"}},
}

func TestS29PlaceAfterShareFamilies(t *testing.T) {
	runFamilies(t, time.Time{}, placeAfterShareFamilies)
}
