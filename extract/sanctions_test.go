package extract

import (
	"testing"
	"time"
)

// TestSanctionsSeveralJurisdictionsAndFirst is finding A4 of the second false-alarm attack
// (s20), and its reading of "first": coordinated names are one claim of every jurisdiction,
// in an order that does not depend on the text's; "first" marks a claim of the first sanctions
// only when nothing narrows the measures or dates another event.
func TestSanctionsSeveralJurisdictionsAndFirst(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2025, 8, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, jurisdiction, period, qualifier string
	}{
		{"The EU and the US imposed sanctions on Russia in July 2014.", "EUU+USA", "2014-07", QualExact},
		{"The US and the EU imposed sanctions on Russia in July 2014.", "EUU+USA", "2014-07", QualExact},
		{"Both the EU and the US imposed sanctions on Russia in July 2014.", "EUU+USA", "2014-07", QualExact},
		{"Washington and the EU imposed sanctions on Moscow in March 2014.", "EUU+USA", "2014-03", QualExact},
		{"US and EU sanctions on Russia were imposed in March 2014.", "EUU+USA", "2014-03", QualExact},
		{"The EU, the UK and the US imposed sanctions on Russia in 2014.", "EUU+GBR+USA", "2014", QualExact},
		{"The UK, the US, and the EU imposed sanctions on Russia in March 2014.", "EUU+GBR+USA", "2014-03", QualExact},
		// a list that "and" does not close is no list of subjects: the last name is
		{"In the UK, the US imposed sanctions on Russia in March 2014.", "USA", "2014-03", QualExact},
		{"The US imposed sanctions on Russia on February 23, 2024.", "USA", "2024-02-23", QualExact},
		{"Claim: Sanctions on Russia were first imposed in 2022.", "", "2022", QualFirst},
		{"The US first imposed sanctions on Russia in March 2014, after the annexation of Crimea.", "USA", "2014-03", QualFirst},
		{"The EU imposed its first sanctions on Russia in 2014.", "EUU", "2014", QualFirst},
		// Near-misses: "first" of narrowed measures, of a package, or of another event.
		{"The EU's economic sanctions on Russia, first imposed in July 2014, were renewed.", "EUU", "2014-07", QualExact},
		{"The EU adopted its first package of sanctions against Russia on 23 February 2022.", "EUU", "2022-02-23", QualExact},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			claims := ex.Claims(Article{Text: tt.text, Published: published}, Options{})
			if len(claims) != 1 {
				t.Fatalf("got %d claims, want 1:\n%s", len(claims), describe(claims))
			}
			c := claims[0]
			if c.Jurisdiction != tt.jurisdiction || c.Period != tt.period || c.Qualifier != tt.qualifier {
				t.Errorf("got %q %q %q, want %q %q %q", c.Jurisdiction, c.Period, c.Qualifier, tt.jurisdiction, tt.period, tt.qualifier)
			}
		})
	}
}
