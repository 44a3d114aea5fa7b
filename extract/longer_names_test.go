package extract

import (
	"fmt"
	"testing"
)

// TestInstitutionInsideLongerNameIsNoInstitution: an institution's name (initials most
// often) that a hyphen or a further capitalised noun continues is the start of another body's
// name (a broadcaster, a spyware maker, a holding) and gives the figure neither the office's
// country nor its source; a title, a person, a day, another name or a verb after the name
// keeps it.
func TestInstitutionInsideLongerNameIsNoInstitution(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct {
		text, entity, source string // entity "-": no claim
	}{
		// joined by a hyphen to a further capitalised word
		{"Inflation was 3.2% in 2024, ABS-CBN reported from Manila.", "-", ""}, // no country: no claim
		{"Philippine inflation was 3.2% in 2024, ABS-CBN News reported.", "PHL", ""},
		{"Philippine inflation was 3.2% in 2024, according to ABS-CBN.", "PHL", ""},
		{"Kenya's inflation was 4.5% in 2024, KNBS-Watch, a blog, said.", "KEN", ""},
		// followed by a capitalised noun that continues the name
		{"Spyware maker NSO Group said Israel's inflation was 3.1% in 2024.", "ISR", ""},
		{"Israel's inflation was 3.1% in 2024, NSO Group said in a filing.", "ISR", ""},
		{"Ghana's inflation was 23% in 2024, GSS Holdings said.", "GHA", ""},
		{"Australia's unemployment rate was 4% in 2024, ABS Group said.", "AUS", ""},
		// near-misses: the office itself, before a title, a person, a day, a verb, a report
		{"Australia's unemployment rate was 4% in 2024, the ABS said.", "AUS", "Australian Bureau of Statistics"},
		{"Australia's unemployment rate was 4% in 2024, the ABS Tuesday said.", "AUS", "Australian Bureau of Statistics"},
		{"Ghana's inflation was 23% in 2024, GSS data showed.", "GHA", "Ghana Statistical Service"},
		{"Ghana's inflation was 23% in 2024, GSS Government Statistician Samuel Annim said.", "GHA", "Ghana Statistical Service"},
		{"Unemployment was 4% in 2024, ABS Commissioner David Gruen said.", "AUS", "Australian Bureau of Statistics"},
		{"Kenya's inflation was 4.5% in 2024, KNBS Director General Macdonald Obudho said.", "KEN", "KNBS"},
		{"Kenya's inflation was 4.5% in 2024, KNBS - the statistics office - said.", "KEN", "KNBS"},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			claims := ex.Claims(Article{Text: tc.text, Published: attackDate}, Options{})
			if tc.entity == "-" {
				if len(claims) != 0 {
					t.Errorf("%q: got %d claims, want none:\n%s", tc.text, len(claims), describe(claims))
				}
				return
			}
			if len(claims) != 1 {
				t.Fatalf("%q: got %d claims, want 1:\n%s", tc.text, len(claims), describe(claims))
			}
			if c := claims[0]; c.Entity != tc.entity || c.Source != tc.source {
				t.Errorf("%q: claim %q is %s citing %q, want %s citing %q", tc.text, c.Quote, c.Entity, c.Source, tc.entity, tc.source)
			}
		})
	}
}
