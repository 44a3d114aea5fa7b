package extract

import (
	"testing"
	"time"
)

// A sentence opened by "In" and a place the lexicon does not know is about that place, not
// the country of the text: "In Dak Lak province, growth was estimated at 9.5% in 2025" in a
// feature on Vietnam's coffee belt was judged as Vietnam's growth (blind round 40). A division
// noun may follow the name, and an estimate of the measure itself is no one speaking at the
// place (aboutUnknownPlace). The control keeps a speaker at a place.
var unknownPlaceOpenerFamilies = []family{
	{name: "a province opened by 'In'", wordings: []string{
		"Vietnam's economy grew 8.0% in 2025. In Dak Lak province, growth was estimated at 9.5% in 2025.",
		"Vietnam's economy grew 8.0% in 2025. In Dak Lak, growth was estimated at 9.5% in 2025.",
		"Vietnam's economy grew 8.0% in 2025. In Lam Dong province, growth reached 9.5% in 2025.",
		"Canada's economy grew 1.2% in 2025. In Ontario province, growth was put at 0.9% in 2025.",
	}, want: []string{"gdp_growth * * actual 2025"}},
	// control
	{name: "control: someone speaking at a place", wordings: []string{
		"In Davos, the minister said Vietnam's economy would grow 8.3% in 2026.",
	}, want: []string{"gdp_growth VNM 8.3 forecast 2026"}},
}

func TestUnknownPlaceOpener(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC), unknownPlaceOpenerFamilies)
}

// A figure that opens its sentence takes the verb of its own clause, never one of a clause
// subordinate to it: "35.0% - inflation in 1995, the year of the "tequila" crisis, when GDP fell
// by 6.3%" (a policy brief's list, blind round 40) was read as a fall of GDP of 35%
// (readFronted). The control keeps a fronted figure whose verb follows it.
var frontedFigureFamilies = []family{
	{name: "a verb in a clause after the figure's", wordings: []string{
		"35.0% - inflation in 1995, the year of the crisis, when Mexico's GDP fell by 6.3%.",
		"35.0% - inflation in 1995, while Mexico's GDP fell by 6.3%.",
		"35.0% - inflation in 1995, a year in which Mexico's GDP fell by 6.3%.",
	}, want: []string{"gdp_growth MEX -6.3 actual 1995"}},
	// control
	{name: "control: the fronted figure's own verb", wordings: []string{
		"5.2 pct was the rate of unemployment in Spain in 2025.",
		"5.2 pct was the rate of unemployment in Spain in 2025, when the economy grew.",
	}, want: []string{"unemployment_rate ESP 5.2 actual 2025"}},
}

func TestFrontedFigureTakesNoSubordinateVerb(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC), frontedFigureFamilies)
}

// A speaker's tag between a subject and its verb ("Growth, he said, rebounded to 4.4 per
// cent") is a parenthesis: the subject is the measure (findSubject, parenthesisStart). Read
// past, it left the verb no subject, and the figure took the inflation of the sentence before
// (blind round 44). The control keeps a relative clause that holds a verb of saying.
var speakerTagFamilies = []family{
	{name: "a speaker's tag between the subject and the verb", wordings: []string{
		"Egypt's inflation was 14.1% in 2025. Growth, he said, rebounded to 4.4 per cent in 2025.",
		"Egypt's inflation was 14.1% in 2025. Growth, the minister added, rebounded to 4.4 per cent in 2025.",
		"Egypt's inflation was 14.1% in 2025. Growth, officials said, rebounded to 4.4 per cent in 2025.",
	}, want: []string{"inflation EGY 14.1 actual 2025", "gdp_growth EGY 4.4 actual 2025"}},
	// control
	{name: "control: a relative clause with a verb of saying", wordings: []string{
		"Egypt's inflation was 14.1% in 2025. Growth, which he said was strong, rose to 4.4 per cent in 2025.",
	}, want: []string{"inflation EGY 14.1 actual 2025", "gdp_growth EGY 4.4 actual 2025"}},
}

func TestSpeakerTagIsAParenthesis(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC), speakerTagFamilies)
}
