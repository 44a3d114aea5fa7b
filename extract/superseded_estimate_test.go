package extract

import (
	"testing"
	"time"
)

// TestSupersededEstimate: the estimate a revision started from is marked Superseded, in the
// wordings of statistics offices, wire copy and briefings (attack round 22); the revised figure,
// a figure a movement started from and a forecast revised are not.
func TestSupersededEstimate(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text       string
		value      float64
		superseded bool
	}{
		{"Britain's GDP growth for 2024 was revised up from 0.9% to 1.1%, and growth for 2023 is now 0.3%.", 0.9, true},
		{"Britain's GDP growth for 2024 was revised up from 0.9% to 1.1%, and growth for 2023 is now 0.3%.", 1.1, false},
		{"Britain's 2023 growth was first estimated at 0.1 percent and is now 0.3 percent.", 0.1, true},
		{"Britain's 2023 growth was first estimated at 0.1 percent and is now 0.3 percent.", 0.3, false},
		{"Britain's growth in 2024 was 1.1% (previously estimated at 0.9%).", 0.9, true},
		// what a source first said, with the revision told after it (blind round 28, a podcast)
		{"Rosstat first said the economy shrank 2.1% in 2022. Then they revised it to minus 1.2%.", -2.1, true},
		{"HOST: Rosstat first said the economy shrank two point one percent in 2022.\nGUEST: Right, and then they revised it to minus one point two.", -2.1, true},
		{"The statistics office initially reported that Russia's GDP fell 2.1% in 2022, but later revised the figure.", -2.1, true},
		{"Rosstat originally estimated that the economy contracted 2.1% in 2022; the revision put it at 1.2%.", -2.1, true},
		{"Rosstat first said the economy shrank 2.1% in 2022, a figure it revised to 1.2% a year later.", -2.1, true},
		// an estimate the text names as the first: with "on" or "by", or as the subject with a
		// move told after it (blind rounds 48 and 49)
		{"In 2023 the Russian economy rebounded 3.6% on the first estimate.", 3.6, true},
		{"In 2023 the Russian economy rebounded 3.6% on a preliminary estimate.", 3.6, true},
		// "according to" the first estimate (blind round 94, flagged once its date was read)
		{"In the financial crisis of 2009, German GDP fell by 5.0%, according to the first estimate at the time.", -5, true},
		{"In 2009 German GDP fell by 5.0%, according to a preliminary estimate.", -5, true},
		{"German GDP fell by 5.5% in 2009 according to the statistics office.", -5.5, false},
		{"The first estimate of Russia's 2024 growth was 4.1%, subsequently raised to 4.3%.", 4.1, true},
		{"The first estimate of Russia's 2024 growth was 4.1%, subsequently raised to 4.3%.", 4.3, false},
		{"The first estimate of Russia's 2024 growth was 4.1%.", 4.1, false},
		// a first estimate after the figure it was revised to, stated in the sentence before
		// (blind round 62)
		{"Brazil's GDP grew 3.4 percent in 2024 and 3.2 percent in 2023, according to revised figures. The first estimate for 2023 had been 2.9 percent.", 2.9, true},
		{"Brazil's GDP grew 3.2 percent in 2023, according to revised figures. The first estimate had been 2.9 percent.", 2.9, true},
		{"Brazil's GDP grew 3.2 percent in 2023. The initial estimate for 2023 was 2.9 percent.", 2.9, true},
		{"Brazil's GDP grew 3.2 percent in 2023. The first estimate for 2024 was 2.9 percent.", 2.9, false}, // another year's
		{"Brazil's GDP grew 3.2 percent in 2023. The first estimate for 2023 was 3.2 percent.", 3.2, false}, // the same figure
		{"Brazil's inflation was 4.6 percent in 2023. The first estimate of 2023 growth was 2.9 percent.", 2.9, false},
		// the estimate's "of" phrase the subject, and two measures of one indicator (blind
		// round 64)
		{"France's economy grew 6.9% in 2021. The first estimate of 2021 growth, published in January 2022, was 7.0%.", 7, true},
		{"Back in 2021, the French economy rebounded by 6.8%. The first estimate of 2021 growth, published in January 2022, was 7.0%.", 7, true},
		{"France's economy grew 6.9% in 2021. The first estimate of 2022 growth was 2.6%.", 2.6, false},
		// controls
		{"In 2023 the Russian economy rebounded 3.6%.", 3.6, false},
		{"Britain's growth in 2024 was initially put at 0.9%, the ONS said.", 0.9, false}, // no revision named
		{"Rosstat first said the economy shrank 2.1% in 2022. The ruble fell sharply that year.", -2.1, false},
		{"Rosstat said the economy shrank 1.2% in 2022, after it revised its data.", -1.2, false},
		{"Germany's growth in 2024 was originally pegged at 3.0% by the government in its budget plan.", 3, false},
		{"Revised data showed Germany's economy shrank 0.5% in 2024, down from growth of 2.0% in 2023.", 2, false},
		{"British inflation rose from 0.9% to 1.1% in 2024.", 0.9, false},
		{"The IMF revised its forecast for British growth in 2026 down from 1.5% to 1.1%.", 1.5, false},
	} {
		found := false
		for _, c := range ex.Claims(Article{Text: tc.text, Published: published}, Options{All: true}) {
			if c.Value != tc.value {
				continue
			}
			found = true
			if c.Superseded != tc.superseded {
				t.Errorf("%q: claim %q Superseded = %v, want %v", tc.text, c.Quote, c.Superseded, tc.superseded)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", tc.text, tc.value)
		}
	}
}
