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
		{"Ireland's unemployment rate was 4.3% in 2024, the CSO said.", "IRL", "CSO"},
		{"Ireland's unemployment rate was 4.3% in 2024, the Central Statistics Office said.", "IRL", "Central Statistics Office"},
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

// TestA5RebuttedClaimIsNoClaim: a figure inside a claim a predicate of falsity governs is
// the claim a fact-checker rebuts, not the article's own (PolitiFact, Full Fact, AFP, Africa
// Check, Reuters Fact Check wordings); the true, the correct and plain reported speech keep
// their figure, as does the figure that corrects the claim.
func TestA5RebuttedClaimIsNoClaim(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "a claim called false is no claim", wordings: []string{
			// PolitiFact
			"We rate the claim that Canada's inflation was 10% in 2024 False.",
			"PolitiFact rated as False the claim that US unemployment was 10% in 2024.",
			"There is no evidence that Canada's unemployment rate reached 10% in 2024.",
			// Full Fact
			"Full Fact found no basis for the claim that UK inflation was 10% in 2024.",
			"It is incorrect to say that UK inflation was 10% in 2024.",
			"It is misleading to say UK inflation was 10% in 2024.",
			"The claim that UK inflation was 10% in 2024 is wrong.",
			// AFP
			"A Facebook post falsely states that Nigeria's inflation was 50% in 2024.",
			"Posts claiming South Africa's unemployment rate was 50% in 2024 are false.",
			"The video's claim that India's economy shrank 2% in 2024 is baseless.",
			// Africa Check
			"The minister's claim that unemployment in South Africa fell to 3% in 2024 is incorrect.",
			"The opposition leader claimed that unemployment in South Africa was 50% in 2024, which is incorrect.",
			"It is wrong to claim that Kenya's inflation was 20% in 2024.",
			// Reuters Fact Check
			"Critics wrongly claimed that Britain's economy shrank 1% in 2024.",
			"Social media posts saying US inflation hit 15% in 2024 are false.",
			"There is no hard evidence that US inflation was 15% in 2024.",
			"The assertion that US unemployment was 10% in 2024 is simply false.",
			"Social media users claim Canada's inflation was 10% in 2024, but official data show otherwise.",
			"Viral posts claimed that Nigeria's inflation hit 50% in 2024, but NBS figures show otherwise.",
		}},
		{name: "the figure that corrects the claim is the article's", wordings: []string{
			"Posts claiming South Africa's unemployment rate was 50% in 2024 are false; in 2024 it was 32.3%.",
			"The claim that South Africa's unemployment rate was 50% in 2024 is wrong; it was 32.3% in 2024.",
		}, want: []string{"unemployment_rate ZAF 32.3 actual 2024"}},
		{name: "the true, the correct and reported speech keep their figure", wordings: []string{
			"It is true that UK inflation was 3.3% in 2024.",
			"It is correct to say that UK inflation was 3.3% in 2024.",
			"The claim that UK inflation was 3.3% in 2024 is correct.",
			"Posts claiming UK inflation was 3.3% in 2024 are accurate.",
			"The minister said UK inflation was 3.3% in 2024.",
			"Critics claimed that UK inflation was 3.3% in 2024.",
			"The minister rightly claimed that UK inflation was 3.3% in 2024.",
			"There is evidence that UK inflation was 3.3% in 2024.",
			"Contrary to false claims, UK inflation was 3.3% in 2024.",
			"UK inflation was 3.3% in 2024, which is higher than the target.",
			"The ONS said that UK inflation was 3.3% in 2024, which is not wrong.",
			"The ONS said UK inflation was 3.3% in 2024, but figures show wages rose faster.",
			"The minister claimed UK inflation was 3.3% in 2024, but critics disagreed.",
		}, want: []string{"inflation GBR 3.3 actual 2024"}},
	})
}

// TestClaimsThatMeasureAreNoClaimNoun: "claims" that are counted (jobless, insurance,
// benefit claims) are the subject of their own verb, not a claim whose content follows; a
// figure after them keeps its reading, and "wrong to ignore" judges an act, not a claim.
// A claim noun that a clause follows is still one.
func TestClaimsThatMeasureAreNoClaimNoun(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "claims as a measure keep the figure", wordings: []string{
			"Jobless claims rose as the US unemployment rate reached 4% in 2024, which is wrong to ignore.",
			"Jobless claims rose as the US unemployment rate reached 4% in 2024, which is incorrect to overlook.",
			"Initial jobless claims fell while the US unemployment rate was 4% in 2024, which is wrong.",
			"Insurance claims climbed as the US unemployment rate reached 4% in 2024, which is misleading to dismiss.",
			"Unemployment claims were steady and the US unemployment rate was 4% in 2024, which is wrong to ignore.",
		}, want: []string{"unemployment_rate USA 4 actual 2024"}},
		{name: "a claim noun a clause follows is still rebutted", wordings: []string{
			"The claim US unemployment was 10% in 2024 is false.",
			"The opposition's claims that US unemployment was 10% in 2024 are false.",
			"The claim that US unemployment was 10% in 2024, which is incorrect, spread online.",
		}},
	})
}
