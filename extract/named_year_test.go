package extract

import "testing"

// TestYearNamedInApposition (blind round 47): a year named in apposition to the noun "year",
// with or without words that describe it ("in the pandemic year 2020", "the crisis year
// 2009", "in the year 2024"), is the figure's period, as "in 2020" is: India's 7.9% of 2020
// took the 2024 of the clause before and was flagged. Other words before a year still stand
// between a figure and it.
func TestYearNamedInApposition(t *testing.T) {
	ex := testExtractor(t)
	checkClaimsRead(t, ex, []struct{ text, want string }{
		{"India's unemployment rate was 4.2% in 2024, well down from 7.9% in the pandemic year 2020.", "4.2 actual 2024; 7.9 previous 2020"},
		{"Germany's economy grew 0.2% in 2024, after shrinking 0.9% in the crisis year 2023.", "0.2 actual 2024; -0.9 previous 2023"},
		{"France's inflation was 0.9% in 2024, down from 2.0% in the year 2023.", "0.9 actual 2024; 2 previous 2023"},
		{"Britain's unemployment rate rose to 4.3% in the election year 2024.", "4.3 actual 2024"},
		{"Spain's economy grew 6.4% in the record tourist year 2022.", "6.4 actual 2022"},
		// near-misses: a year that is no apposition of "year"
		{"Spain's economy grew 2.5% in 2023, in a year 2022's energy shock still shaped.", "2.5 actual 2023"},
		{"Italy's economy grew 0.7% in 2024, in the year after 2023's slowdown.", "0.7 actual 2024"},
	})
}
