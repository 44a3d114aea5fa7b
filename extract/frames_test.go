package extract

import (
	"fmt"
	"testing"
)

// The s21 attack's findings on frames and sources (notes/s21-attack3.md A5, A8): a figure
// a fact-checker quotes to rebut it is no claim of the article's own; a statistics office
// cited by its initials is a cited source as its full name is.

// TestA8StatisticsOfficeInitialsAreSources: the initials the Nigerian, Indian, Kenyan, Ghanaian,
// Australian and Irish press use for their statistics offices and surveys cite them, and the
// country stays the one the sentence names (NBS is China's bureau in a Chinese story).
func TestA8StatisticsOfficeInitialsAreSources(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct {
		text, entity, source string
	}{
		{"Nigeria's unemployment rate was 33.3% in 2020, according to the NBS.", "NGA", "National Bureau of Statistics"},
		{"Nigeria's unemployment rate was 33.3% in 2020, the NBS said.", "NGA", "National Bureau of Statistics"},
		{"Nigeria's headline inflation rose to 33.2 per cent in 2024, NBS data showed.", "NGA", "National Bureau of Statistics"},
		{"China's economy grew 5% in 2024, the NBS said.", "CHN", "National Bureau of Statistics"},
		{"India's unemployment rate was 8% in 2024, according to the CMIE.", "IND", "CMIE"},
		{"India's unemployment rate averaged 8% in 2024, CMIE data showed.", "IND", "CMIE"},
		{"India's unemployment rate was 8% in 2024, the Centre for Monitoring Indian Economy said.", "IND", "CMIE"},
		{"India's unemployment rate was 3.2% in 2024, according to the PLFS.", "IND", "MOSPI"},
		{"Inflation in India was 5.4% in 2024, according to MoSPI.", "IND", "MOSPI"},
		{"Australia's unemployment rate was 4% in 2024, the ABS said.", "AUS", "Australian Bureau of Statistics"},
		{"Ireland's unemployment rate was 4.3% in 2024, the CSO said.", "IRL", "Central Statistics Office"},
		{"South Africa's unemployment rate was 32.3% in 2024, according to the QLFS.", "ZAF", "Quarterly Labour Force Survey"},
		{"Kenya's inflation was 4.5% in 2024, KNBS said.", "KEN", "KNBS"},
		{"Ghana's inflation was 23% in 2024, the GSS said.", "GHA", "Ghana Statistical Service"},
		{"The Philippines' economy grew 5.6% in 2024, the NSO said.", "PHL", "National Statistics Office"},
		{"Pakistan's inflation was 12.6% in 2024, the Pakistan Bureau of Statistics said.", "PAK", "Pakistan Bureau of Statistics"},
		// near-misses: lower case is no office, and a bare initialism names its country
		{"Australia's unemployment rate was 4% in 2024, abs data aside.", "AUS", ""},
		{"Unemployment was 4% in 2024, the ABS said.", "AUS", "Australian Bureau of Statistics"},
		{"Unemployment was 5.4% in 2024, the KNBS said.", "KEN", "KNBS"},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			claims := ex.Claims(Article{Text: tc.text, Published: attackDate}, Options{})
			if len(claims) != 1 {
				t.Fatalf("%q: got %d claims, want 1:\n%s", tc.text, len(claims), describe(claims))
			}
			if c := claims[0]; c.Entity != tc.entity || c.Source != tc.source {
				t.Errorf("%q: claim %q is %s citing %q, want %s citing %q", tc.text, c.Quote, c.Entity, c.Source, tc.entity, tc.source)
			}
		})
	}
}
