package extract

import (
	"testing"
	"time"
)

// TestFrontedGroupOfAMeasure (blind rounds 43 and 47): a clause opened by a group of people
// ("among Saudi nationals alone", "for the young", "Among women", "Among Polish citizens
// living abroad", "Among those under 25") gives that group's figure, whether the subject after
// it is "the rate", "it" or the measure itself: Saudi nationals' 7% and Spain's youth rate of
// about 25% were judged as the national rates and flagged. A place, a time, a way of counting
// or a concession before the subject restrict nothing.
func TestFrontedGroupOfAMeasure(t *testing.T) {
	published := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a fronted group after a semicolon or a full stop", wordings: []string{
			"Saudi unemployment fell to 3.0 per cent in 2025; among Saudi nationals alone the rate was 7 per cent.",
			"Saudi unemployment fell to 3.0 per cent in 2025; for the young it is about 7 per cent.",
			"Saudi unemployment fell to 3.0 per cent in 2025. Among women, unemployment was 7.1 per cent.",
			"Saudi unemployment fell to 3.0 per cent in 2025. Among those under 25 the rate was 7 per cent.",
			"Saudi unemployment fell to 3.0 per cent in 2025. Among Saudi citizens living in cities, the rate was 7 per cent.",
			"Saudi unemployment fell to 3.0 per cent in 2025. For the long-term unemployed, the rate was 0.7 per cent.",
		}, want: []string{"unemployment_rate SAU 3 actual 2025"}},
		// near-misses: a place, a time, a way of counting, a concession
		{name: "a fronted place, time or concession keeps the measure whole", wordings: []string{
			"Saudi unemployment fell to 3.0 per cent in 2025. In Saudi Arabia, unemployment was 3.0 per cent in 2025.",
			"Saudi unemployment fell to 3.0 per cent in 2025. In 2025, unemployment was 3.0 per cent.",
			"Saudi unemployment fell to 3.0 per cent in 2025. For all its problems, unemployment was 3.0 per cent in 2025.",
		}, want: []string{"unemployment_rate SAU 3 actual 2025", "unemployment_rate SAU 3 actual 2025"}},
	})
}
