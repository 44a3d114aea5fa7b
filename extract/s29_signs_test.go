package extract

import (
	"testing"
	"time"
)

var signsDate = time.Date(2026, 9, 19, 0, 0, 0, 0, time.UTC)

// A verb of steep fall makes its figure a fall: "Ukraine's GDP collapsed by 28.8 percent in
// 2022" is growth of -28.8 (attack16 t67 read +28.8: "collapse" was no verb of change).
var steepFallFamilies = []family{
	{name: "a verb of steep fall is a fall", wordings: []string{
		"Ukraine's GDP collapsed by 28.8 percent in 2022.",
		"Ukraine's GDP collapsed by 28.8 percent in 2022 after the Russian invasion, then recovered.",
		"Ukraine's economy collapsed 28.8% in 2022 after the invasion, official data show.",
		"Ukrainian output crashed by 28.8 per cent in 2022.",
		"Ukraine's GDP nosedived 28.8 percent in 2022.",
		"Ukraine's economy cratered by 28.8% in 2022.",
		"Ukraine's GDP dived 28.8 percent in 2022.",
		"Ukraine's GDP sank 28.8 percent in 2022.",
		"Ukraine's gross domestic product tumbled 28.8% in 2022, the statistics service said.",
		"Ukraine's real GDP plummeted by 28.8 per cent in 2022.",
		"Ukraine saw its GDP collapse by 28.8% in 2022.",
		"Ukraine's GDP suffered a collapse of 28.8 percent in 2022.",
	}, want: []string{"gdp_growth UKR -28.8 actual 2022"}},
	{name: "a level a verb of fall reaches keeps its sign", wordings: []string{
		"Inflation in Poland collapsed to 2.1 percent in 2024 from 7 percent in 2023.",
		"Inflation in Poland crashed to 2.1 percent in 2024 from 7 percent in 2023.",
		"Inflation in Poland plunged to 2.1 percent in 2024 from 7 percent in 2023.",
	}, want: []string{"inflation POL 2.1 actual 2024", "inflation POL 7 previous 2023"}},
	{name: "a crash named beside a figure of growth is not its change", wordings: []string{
		"Ukraine's economy grew 3.4% in 2021, before the crash of 2022.",
		"Ukraine's economy grew 3.4% in 2021, before the collapse of 2022.",
	}, want: []string{"gdp_growth UKR 3.4 actual 2021"}},
}

func TestS29SteepFallFamilies(t *testing.T) { runFamilies(t, signsDate, steepFallFamilies) }

// A figure after "after", "following" with a verb of its own takes that verb's direction, not
// the main clause's: in "Saudi Arabia's economy shrank 0.8 percent in 2023 ..., after booming
// 7.5 percent in 2022" the 7.5 is growth (attack16 t69 read -7.5).
var ownVerbFamilies = []family{
	{name: "an earlier figure with its own verb of growth is growth", wordings: []string{
		"Saudi Arabia's economy shrank 0.8 percent in 2023 as oil output was cut, after booming 7.5 percent in 2022.",
		"Saudi Arabia's economy shrank 0.8% in 2023, after expanding 7.5% in 2022.",
		"Saudi Arabia's GDP contracted 0.8 per cent in 2023 after growing 7.5 per cent in 2022.",
		"Saudi Arabia's economy fell 0.8% in 2023, following a 7.5% rise in 2022.",
		"Saudi Arabia's economy contracted 0.8% in 2023 after a boom of 7.5% in 2022.",
		"Saudi Arabia's economy shrank 0.8% in 2023, compared with growth of 7.5% in 2022.",
		"Saudi GDP declined by 0.8 per cent in 2023 after surging 7.5 per cent in 2022, GASTAT said.",
		"Saudi Arabia's economy shrank 0.8 percent in 2023, after barely growing 7.5 percent in 2022.",
		"Saudi Arabia's economy shrank 0.8 percent in 2023 after booming by 7.5 percent in 2022.",
	}, want: []string{"gdp_growth SAU -0.8 actual 2023", "gdp_growth SAU 7.5 previous 2022"}},
	{name: "an earlier figure with its own verb of state is the level", wordings: []string{
		"Saudi Arabia's economy shrank 0.8 percent in 2023 after registering 7.5 percent in 2022.",
		"Saudi Arabia's economy shrank 0.8 percent in 2023 after averaging 7.5 percent in 2022.",
		"Saudi Arabia's economy shrank 0.8 percent in 2023 after posting 7.5 percent growth in 2022.",
	}, want: []string{"gdp_growth SAU -0.8 actual 2023", "gdp_growth SAU 7.5 previous 2022"}},
	{name: "a fronted clause with its own verb of growth is growth", wordings: []string{
		"After booming 7.5% in 2022, Saudi Arabia's economy shrank 0.8% in 2023.",
		"After soaring 7.5 percent in 2022, Saudi output contracted 0.8 percent in 2023.",
	}, want: []string{"gdp_growth SAU 7.5 previous 2022", "gdp_growth SAU -0.8 actual 2023"}},
	{name: "an earlier figure with its own verb of fall is a fall", wordings: []string{
		"Saudi Arabia's economy grew 0.8% in 2023 after shrinking 7.5% in 2022.",
		"Saudi Arabia's economy rebounded 0.8% in 2023 after collapsing 7.5% in 2022.",
		"Saudi Arabia's economy recovered 0.8% in 2023 after plunging 7.5% in 2022.",
	}, want: []string{"gdp_growth SAU 0.8 actual 2023", "gdp_growth SAU -7.5 previous 2022"}},
	{name: "an own verb that names no direction leaves the figure unread", wordings: []string{
		"Saudi Arabia's economy shrank 0.8 percent in 2023 after clocking 7.5 percent in 2022.",
	}, want: []string{"gdp_growth SAU -0.8 actual 2023"}},
	// A bare earlier figure after a fall says no sign of its own: Saudi Arabia grew 7.5% in
	// 2022, and "shrank 0.2% in Q1 2025, after 2.4% in Q4 2024" (blind round 55) was growth
	// too, though read as the main verb's fall it was flagged (TestBareFigureAfterAFall).
	{name: "an elliptical earlier figure after a fall says no sign", wordings: []string{
		"Saudi Arabia's economy shrank 0.8% in 2023 after 7.5% in 2022.",
	}, want: []string{"gdp_growth SAU -0.8 actual 2023"}},
}

func TestS29OwnVerbFamilies(t *testing.T) { runFamilies(t, signsDate, ownVerbFamilies) }

// A gapped clause keeps its figure when a parenthesis opened by a preposition holds a word the
// tagger takes for a verb: "collapse", now a verb of change, made "in the wake of the Lehman
// collapse," a clause of its own and lost the 5.7 (TestS27CoordinatedYearFamilies).
var gappedAdjunctFamilies = []family{
	{name: "a prepositional parenthesis in a gapped clause is an adjunct", wordings: []string{
		"In 1998, the Japanese economy shrank by 1.3 percent, and in 2009, in the wake of the Lehman collapse, by 5.7 percent.",
		"In 1998, the Japanese economy shrank by 1.3 percent, and in 2009, in the wake of the Lehman slump, by 5.7 percent.",
		"In 1998, the Japanese economy shrank by 1.3 percent, and in 2009, after the Lehman crash, by 5.7 percent.",
		"In 1998, the Japanese economy shrank by 1.3 percent, and in 2009, after the collapse of Lehman, by 5.7 percent.",
	}, want: []string{"gdp_growth JPN -1.3 actual 1998", "gdp_growth JPN -5.7 actual 2009"}},
}

func TestS29GappedAdjunctFamilies(t *testing.T) { runFamilies(t, signsDate, gappedAdjunctFamilies) }
