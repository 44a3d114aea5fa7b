package extract

import (
	"fmt"
	"testing"
)

// An institution's short name stands for its country as its full name does: wire copy and
// fact-checkers write "the BLS", "the RBI", "the BoE" after the first mention, or only.
var institutionFamilies = []family{
	{name: "a statistics office by its initials", wordings: []string{
		"The unemployment rate fell to 3.7% in November 2023, the BLS said.",
		"Unemployment was 3.7% in November 2023, according to BLS data.",
		"The jobless rate dropped to 3.7 per cent in November 2023, figures from the BLS showed.",
	}, want: []string{"unemployment_rate USA 3.7 actual 2023-11"}},
	{name: "an output figure by its agency's initials", wordings: []string{
		"GDP grew 2.5% in 2023, the BEA said.",
		"The economy expanded by 2.5 per cent in 2023, according to the BEA.",
		"Output rose 2.5 pct in 2023, BEA figures showed.",
	}, want: []string{"gdp_growth USA 2.5 actual 2023"}},
	{name: "a central bank by its initials", wordings: []string{
		"The RBI kept the repo rate unchanged at 6.5% in June 2024.",
		"In June 2024 the RBI held its policy rate at 6.5 per cent.",
		"The RBI left its key rate at 6.5 pct in June 2024.",
	}, want: []string{"policy_rate IND 6.5 actual 2024-06"}},
	{name: "a statistics office by its own name", wordings: []string{
		"Inflation rose to 4.2% in May 2024, Statistics Netherlands said.",
		"Consumer prices rose 4.2 per cent in the year to May 2024, according to Statistics Netherlands.",
		"Annual inflation was 4.2 pct in May 2024, Statistics Netherlands data showed.",
	}, want: []string{"inflation NLD 4.2 actual 2024-05"}},
}

func TestInstitutionFamilies(t *testing.T) {
	ex := testExtractor(t)
	for _, f := range institutionFamilies {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				claims := ex.Claims(Article{Text: text, Published: familyDate}, Options{})
				checkFamily(t, text, claims, f.want)
			})
		}
	}
}
