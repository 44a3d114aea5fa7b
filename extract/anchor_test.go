package extract

import (
	"testing"
	"time"
)

// B1 of the fifth attack (/work/notes/s23-attack5.md): a month or a quarter named without its
// year in a sentence that names the year of the story was read as the latest one before
// publication, years later, and judged against it.
var bareDateFamilies = []family{
	{name: "a month after a month of a named year is of that year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation peaked at 9.1% in June 2022 before easing to 6.5% in December.",
		"In 2022 US inflation peaked at 9.1% in June; by December it had eased to 6.5%.",
		"US inflation hit 9.1 per cent in June 2022 and had slowed to 6.5 per cent by December.",
	}, want: []string{"inflation USA 9.1 actual 2022-06", "inflation USA 6.5 actual 2022-12"}},
	{name: "months of a year that opens the sentence are of that year", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2023 the Bank of England raised Bank Rate to 4% in February, 4.25% in March and 5.25% in August.",
		"In 2023, the Bank of England lifted Bank Rate to 4% in February, 4.25% in March and 5.25% in August.",
	}, want: []string{"policy_rate GBR 4 actual 2023-02", "policy_rate GBR 4.25 actual 2023-03", "policy_rate GBR 5.25 actual 2023-08"}},
	{name: "months of a year a heading or a verb of starting or ending frames are of that year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Looking back at 2022: US inflation peaked at 9.1% in June and had eased to 6.5% by December.",
		"Looking back on 2022: US inflation hit 9.1% in June and was down to 6.5% in December.",
	}, want: []string{"inflation USA 9.1 actual 2022-06", "inflation USA 6.5 actual 2022-12"}},
	{name: "months of a year a verb of starting frames are of that year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation started 2022 at 7.5% in January and peaked at 9.1% in June.",
	}, want: []string{"inflation USA 7.5 actual 2022-01", "inflation USA 9.1 actual 2022-06"}},
	{name: "a quarter of a named year is of that year", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2008 the US economy shrank at an 8.5% annualised rate in the fourth quarter.",
		"In 2008, the US economy contracted at an annualized 8.5% pace in the fourth quarter.",
	}, want: []string{"gdp_growth USA -8.5 actual 2008-Q4 annualised"}},
	{name: "a month after last year's figure, written soon after, is this year's", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation was 2.9% in 2024, and rose to 3.0% in January.",
		"US inflation averaged 2.9 pct in 2024 and was 3.0 pct in January.",
	}, want: []string{"inflation USA 2.9 actual 2024", "inflation USA 3 actual 2025-01"}},
	{name: "a month after a relative clause's dated aside is read against publication", published: time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation, which peaked at 9.1% in June 2022, fell to 2.4% in September.",
	}, want: []string{"inflation USA 9.1 * 2022-06", "inflation USA 2.4 actual 2024-09"}},
	{name: "a month of an index's base in an aside dates nothing after it", published: time.Date(1987, 3, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Chile's consumer price index rose 1.7 pct in February to 562.01 (December, 1978 equals 100) after an increase of 2.0 pct in January.",
	}, want: []string{"inflation CHL 1.7 actual 1987-02", "inflation CHL 2 previous 1987-01"}},
	// B3: "that year" after such a month is the year named, not the month's before publication.
	{name: "that year after a month of a named year is that year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Greek unemployment averaged 27.5% in 2013 and hit a record in November. Spain's rate averaged 26.1% that year.",
		"Greek unemployment averaged 27.5% in 2013 and peaked in November. The same year, Spain's rate averaged 26.1%.",
		"Greek unemployment averaged 27.5 pct in 2013, with a record in November. Spain's jobless rate was 26.1 pct in that year.",
	}, want: []string{"unemployment_rate GRC 27.5 actual 2013", "unemployment_rate ESP 26.1 actual 2013"}},
	// B4: a year after the one named ("The following year", "A year later") is that year plus one.
	{name: "the following year and a year later follow the year named", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy shrank 5.7% in 2009. The following year it grew 4.2%.",
		"Germany's economy shrank 5.7% in 2009. A year later it grew 4.2%.",
		"Germany's economy shrank 5.7 pct in 2009, and the following year it expanded 4.2 pct.",
	}, want: []string{"gdp_growth DEU -5.7 actual 2009", "gdp_growth DEU 4.2 actual 2010"}},
	// A figure said to be now's is not the year an earlier clause named.
	{name: "a figure of now after a year named is now's", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US unemployment hit 10% in 2009 and is now 4.1%.",
		"US unemployment hit 10% in 2009 and now stands at 4.1%.",
		"US unemployment hit 10% in 2009; it is now 4.1%.",
		"US unemployment hit 10% in 2009, but today it is 4.1%.",
		"US unemployment hit 10 per cent in 2009 and currently stands at 4.1 per cent.",
	}, want: []string{"unemployment_rate USA 10 actual 2009", "unemployment_rate USA 4.1 actual 2025"}},
}

func TestBareDatesTakeTheYearOfTheSentence(t *testing.T) {
	runFamilies(t, familyDate, bareDateFamilies)
}

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{" and is now 4.1%, ", "now", true},
		{"now", "now", true},
		{" known to ", "now", false},
		{" nowhere ", "now", false},
		{"", "now", false},
	} {
		if got := containsWord(tc.s, tc.w); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
