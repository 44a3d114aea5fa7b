package extract

import (
	"fmt"
	"testing"
	"time"
)

// Families of the sixth attack (/work/notes/s24-attack6.md: F4-F7): a dissenter's estimate,
// an imagined world, a requirement and a firm's output, each read as a country's outturn.

var attack6Date = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)

// TestAttack6AgentsOfEstimatesAreSources (F4): the agent of a verb of saying or estimating,
// or of "according to", is the figure's source whatever its name when it is a firm or a
// research body, or a dissenter by what it is; a figure the sentence sets against the official
// one is an unofficial estimate. The official figure, a known institution's, and a figure an
// agent speaks about ("the 0.8 pct growth") keep their source.
func TestAttack6AgentsOfEstimatesAreSources(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct {
		text    string
		sources []string // of the claims, in order
	}{
		// firms and research bodies (wires, FT, Bloomberg, the Economist)
		{"According to Rhodium Group, China's economy grew 2.4% to 2.8% in 2024.", []string{"Rhodium Group"}},
		{"Rhodium Group said China's economy grew 2.4% to 2.8% in 2024.", []string{"Rhodium Group"}},
		{"Goldman Sachs estimates China's economy grew 4.5% in 2024, below the official figure.", []string{"Goldman Sachs"}},
		{"Capital Economics estimates China grew about 3.5% in 2024.", []string{"Capital Economics"}},
		{"Bloomberg Economics estimates China's economy grew 4.5% in 2024.", []string{"Bloomberg Economics"}},
		{"China's economy grew 3.5% in 2024, Oxford Economics said.", []string{"Oxford Economics"}},
		{"Nomura puts China's growth at 4% in 2024.", []string{"Nomura"}},
		{"According to Goldman Sachs, China grew 4.5 per cent in 2024.", []string{"Goldman Sachs"}},
		// dissenters by what they are
		{"Critics say India's economy grew 4.5% in 2024, not 6.5%.", []string{"critics"}},
		{"Critics say China's economy grew 2.5% in 2024, not the official 5%.", []string{"critics", ""}},
		{"Some economists believe China's economy grew just 3% in 2024.", []string{"some economists"}},
		{"Independent economists estimate Russia's economy grew 2% in 2024, not 4.3%.", []string{"independent economists"}},
		{"Private estimates put China's growth at 3% in 2024.", []string{"private estimates"}},
		{"China's economy grew 3% in 2024, some economists say.", []string{"some economists"}},
		{"Sceptics say China's economy grew no more than 3 pct in 2024.", []string{"sceptics"}},
		// set against the official figure
		{"China's economy grew 2.5% in 2024, far below the official 5%.", []string{"an unofficial estimate"}},
		{"China's economy probably grew 3% in 2024, well short of the official figure.", []string{"an unofficial estimate"}},
		// near-misses: the official figure, a known institution, a person, a figure spoken of
		{"China's economy grew 5.0% in 2024, the statistics bureau said.", []string{""}},
		{"The IMF estimates China grew 5% in 2024.", []string{"IMF"}},
		{"Spain's consumer prices rose 2.8% in 2024, the National Statistics Institute said.", []string{"National Statistics Institute"}},
		{"Some analysts said the 0.8% growth in Japan in the fourth quarter of 2024 was inflated by one-offs.", []string{""}},
		{"Critics say China's reported growth of 5% in 2024 is overstated.", []string{""}},
		{"Economists said China's economy grew 5% in 2024.", []string{""}},
		{"Officials estimate China's economy grew 5% in 2024.", []string{""}},
		{"Jerome Powell said US inflation was 2.9% in December 2024.", []string{""}},
		{"US inflation was 3.1% in 2024, above the official 2% target.", []string{"", ""}},
		{"China's economy grew 5% in 2024, in line with the official target.", []string{""}},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			claims := ex.Claims(Article{Text: tc.text, Published: attack6Date}, Options{})
			if len(claims) != len(tc.sources) {
				t.Fatalf("%q: got %d claims, want %d:\n%s", tc.text, len(claims), len(tc.sources), describe(claims))
			}
			for j, c := range claims {
				if c.Source != tc.sources[j] {
					t.Errorf("%q: claim %q cites %q, want %q", tc.text, c.Quote, c.Source, tc.sources[j])
				}
			}
		})
	}
}

var attack6Families = []family{
	// F5: a world the reader is asked to imagine states no outturn.
	{name: "an imagined world states no outturn", published: attack6Date, wordings: []string{
		"Imagine Britain's economy had grown 3% in 2024.",
		"Suppose Italy's economy had grown 2% in 2024; debt would have fallen.",
		"Picture France with unemployment of 4% in 2024.",
		"Picture Spain with unemployment of 5% in 2024.",
		"In a world where Italy grew 2% in 2024, debt would be falling.",
		"Now imagine that Germany's economy had expanded by 2 per cent in 2024.",
		"Let's say Italy's economy had grown 2% in 2024: debt would be lower.",
		"Assume Britain's economy grew 3 pct in 2024.",
		"But suppose unemployment in Spain had been 5% in 2024.",
		"In an alternative world where Italy grew 2% in 2024, its debt would be falling.",
	}},
	{name: "what is set against an imagined figure is real", published: attack6Date, wordings: []string{
		"Imagine Germany's economy had grown 2% in 2024 instead of shrinking 0.5%.",
		"Suppose Germany's economy had grown 2% in 2024, rather than shrinking 0.5%.",
	}, want: []string{"gdp_growth DEU -0.5 actual"}},
	{name: "a world the text does not imagine is real", published: attack6Date, wordings: []string{
		"Argentina was the only country in the world where inflation topped 200% in 2024.",
		"Argentina is the country in the world where inflation topped 200% in 2024.",
	}, want: []string{"inflation ARG * actual 2024"}},
	// F6: a requirement is no outturn, whatever date a clause beside it gives.
	{name: "a requirement is no outturn", published: attack6Date, wordings: []string{
		"In 2024 it grew 4.7%; Kenya needs growth of 7% to create jobs.",
		"To stabilise debt, Italy would need growth of 2% in 2024.",
		"Pakistan needs growth of 6% a year, economists say.",
	}},
	// ... and "it" that grows after it is the country that needs it, as "it managed 1.4%" is
	// below (s42 blind round 137: pronoun_country.go)
	{name: "a requirement beside an outturn of it", published: attack6Date, wordings: []string{
		"Brazil needs growth of 4% to absorb new workers; in 2024 it grew 3.4%.",
		"India needs growth of 8% a year to create enough jobs; in 2024 it grew 3.4%.",
		"Kenya needs growth of 7% to create jobs; in 2024 it grew 3.4%.",
		"Nigeria needs growth of 7%; in 2024 it grew 3.4%.",
	}, want: []string{"gdp_growth * 3.4 actual 2024"}},
	{name: "a requirement beside an outturn is no outturn", published: attack6Date, wordings: []string{
		"Mexico needs growth of 4%; in 2024 it managed 1.4%.",
		"Mexico needs growth of 4 per cent to absorb new workers; in 2024 Mexico's economy grew 1.4 per cent.",
		"Growth of 4% is needed to absorb new workers; Mexico grew 1.4% in 2024.",
		"Mexico would need growth of 4 pct to cut unemployment; its economy grew 1.4 pct in 2024.",
		"Mexico requires growth of 4% to absorb new workers; in 2024 Mexico grew 1.4%.",
	}, want: []string{"gdp_growth MEX 1.4 actual 2024"}},
	{name: "an outturn beside a need is still an outturn", published: attack6Date, wordings: []string{
		"Brazil grew 3.4% in 2024, less than it needs.",
		"Brazil's economy, which needs more investment, grew 3.4% in 2024.",
		"Brazil's economy grew 3.4% in 2024, as the government required.",
	}, want: []string{"gdp_growth BRA 3.4 actual 2024"}},
	// F7: a firm's output is the firm's, not the country's.
	{name: "a country's firm that reports output reports its own", published: attack6Date, wordings: []string{
		"South Africa's Sasol said output fell 7% in 2024.",
		"Chile's Codelco said output fell 2% in 2024.",
		"Chile's state copper company Codelco said output fell 2% in 2024.",
		"Brazil's Vale said output rose 0.2% in 2024.",
		"Nigeria's NNPC said output rose 5% in 2024.",
		"Norway's Equinor said output rose 3% in 2024.",
		"Kazakhstan's KazMunayGas said output rose 5% in 2024.",
		"Norway's Equinor said its output rose 3 per cent in 2024.",
		"Brazil's Vale said that output rose 0.2 pct in 2024.",
	}, want: []string{"!gdp_growth"}},
	{name: "a country's output or its bodies' report of it is the country's", published: attack6Date, wordings: []string{
		"Chile's output fell 2% in 2024.",
		"Chile's economic output fell 2% in 2024.",
		"Chile's statistics office said output fell 2% in 2024.",
		"In Chile, the central bank said output fell 2% in 2024.",
	}, want: []string{"gdp_growth CHL -2 actual 2024"}},
}

func TestAttack6Families(t *testing.T) {
	runFamilies(t, familyDate, attack6Families)
}

// TestAgentsOfOpinionAreSources: the subject of a verb of estimating or of opinion (estimate,
// reckon, claim, suggest, believe, think, ...) offers a figure of its own, whoever it is, unless
// it is the state, its officials or its data; a phrase after the subject ("in Buenos Aires",
// "of night-time lights", "at the Institute of Economic Affairs") does not hide it. These
// wordings, from the blind hold-out of the sixth attack's families, were judged as the
// official figure; the tagger had read "Economists think China" and "statisticians claim
// Britain" as noun phrases.
func TestAgentsOfOpinionAreSources(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, source string }{
		{"Shadow statisticians claim Britain's unemployment was really 6% in 2024.", "shadow statisticians"},
		{"Opposition economists in Buenos Aires estimate the economy of Argentina shrank 4% in 2024.", "opposition economists"},
		{"Researchers at private banks reckon China's economy grew about 2.5% in 2024.", "researchers"},
		{"Independent analysts at the Institute of Economic Affairs say Kenya's economy grew only about 3% in 2024.", "independent analysts"},
		{"Economists think China's economy grew 4% in 2024.", "economists"},
		{"Bankers reckon Turkey's inflation was nearer 80% in 2024.", "bankers"},
		// the state, its officials and its data offer the official figure
		{"Officials estimate China's economy grew 5% in 2024.", ""},
		{"Officials in Beijing estimate China's economy grew 5% in 2024.", ""},
		{"The government estimates China's economy grew 5% in 2024.", ""},
		{"Figures suggest China's economy grew 5% in 2024.", ""},
		{"Analysts say China's economy grew 5% in 2024.", ""}, // "say" reports as often as it offers
		// (the review's near-misses: data "suggest", a relative clause's opinion frames nothing)
		{"Second estimates suggest Britain's economy grew 1.1% in 2024.", ""},
		{"Quarterly accounts suggest Britain's economy grew 1.1% in 2024.", ""},
		{"The figures, which economists believe are reliable, showed Brazil's economy grew 3.4% in 2024.", ""},
	} {
		claims := ex.Claims(Article{Text: tc.text, Published: published}, Options{})
		found := false
		for _, c := range claims {
			if c.Indicator == "" {
				continue
			}
			found = true
			if c.Source != tc.source {
				t.Errorf("%q: claim %q cites %q, want %q", tc.text, c.Quote, c.Source, tc.source)
			}
		}
		if !found {
			t.Errorf("%q: no claim", tc.text)
		}
	}
}

// TestScenarioIsAnImaginedWorld: "a scenario in which" sets an imagined world as "a world
// where" does (the blind hold-out of the sixth attack's F5: "Consider a scenario in which
// Spain's unemployment rate had fallen to 6% in 2024" was judged); "the scenario in which" the
// text has described is not one.
func TestScenarioIsAnImaginedWorld(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "a scenario in which states no outturn", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"Consider a scenario in which Spain's unemployment rate had fallen to 6% in 2024.",
			"In a scenario in which Italy grew 2% in 2024, debt would be falling.",
		}},
		{name: "the scenario the text describes is real", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"In the scenario in which Spain's unemployment fell to 11.4% in 2024, growth was strong.",
		}, want: []string{"unemployment_rate ESP 11.4 actual 2024"}},
	})
}
