package extract

import (
	"testing"
	"time"
)

var monthBesideYearDate = time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC)

// A month named without its year in a participle beside a figure of an earlier year is that
// year's or one beside it, never the article's year's (participleBetween, anchoredIn). Wordings
// after retrospectives, explainers and wire copy written years after the events.
var monthBesideYearFamilies = []family{
	{name: "a participle's month beside an earlier year is left undated", wordings: []string{
		"US inflation averaged 8% in 2022, after peaking at 9.1% in June.",
		"US inflation fell to 4.1% in 2023 after peaking at 9.1% in June.",
		"US inflation rose 4.7% in 2021 before peaking at 9.1% in June.",
		"US consumer prices rose 4.7% in 2021, before climbing to 9.1% in June.",
	}, want: []string{"inflation USA * actual *", "inflation USA 9.1 * -"}},
	{name: "a month anchored by its own rule keeps its year", wordings: []string{
		"US inflation averaged 8% in 2022, peaking at 9.1% in June.",
		"US inflation averaged 8% in 2022, with a peak of 9.1% in June.",
	}, want: []string{"inflation USA 8 actual 2022", "inflation USA 9.1 actual 2022-06"}},
	{name: "a month after a year with no participle is read against publication", published: time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation peaked at 8% in 2022 and was 3% in January.",
	}, want: []string{"inflation USA 8 * -", "inflation USA 3 actual 2025-01"}},
}

func TestS29MonthBesideYearFamilies(t *testing.T) {
	runFamilies(t, monthBesideYearDate, monthBesideYearFamilies)
}
