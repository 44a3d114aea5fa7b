package extract

import (
	"testing"
	"time"
)

// The decision of a Bank of England meeting, which the sentences of the dissent families
// follow: the rate that some members voted for is read after the rate the committee set.
const held = "At its meeting ending on 8 May 2024, the MPC voted by a majority of 7–2 to maintain Bank Rate at 5.25%. "

// dissentFamilies (s26 attack 9, F2): a rate that some members of a committee voted for,
// preferred, favoured or wanted — a count of members, named members, the dissenters, a
// minority — is their vote, not the committee's decision: it gives no claim. The committee's
// own vote, by whatever majority, stays the decision.
var dissentFamilies = []family{
	{name: "a minority's vote is not the decision", published: time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC), wordings: []string{
		held + "Two members preferred to reduce Bank Rate by 0.25 percentage points, to 5%.",
		held + "Two members voted to reduce Bank Rate by 0.25 percentage points, to 5%.",
		held + "Two members voted to cut Bank Rate to 5%.",
		held + "Swati Dhingra and Dave Ramsden preferred to cut Bank Rate to 5%.",
		held + "Dhingra and Ramsden voted to lower Bank Rate to 5%.",
		held + "The two dissenters wanted to cut Bank Rate to 5%.",
		held + "A minority of two members favoured cutting Bank Rate to 5%.",
		held + "One member voted for a cut in Bank Rate to 5%.",
		held + "Three members preferred to increase Bank Rate by 0.25 percentage points, to 5.5%.",
		"The Bank of England held Bank Rate at 5.25% on 8 May 2024, with Swati Dhingra and Dave Ramsden preferring a cut to 5%.",
	}, want: []string{"policy_rate GBR 5.25 actual 2024-05-08"}},
	{name: "the committee's vote by a majority is the decision", published: time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"At its meeting ending on 1 August 2024, the MPC voted by a majority of 5–4 to reduce Bank Rate by 0.25 percentage points, to 5%.",
		"At its meeting ending on 1 August 2024, the Bank of England MPC members voted unanimously to cut Bank Rate to 5%.",
		"At its meeting ending on 1 August 2024, the Monetary Policy Committee, chaired by Andrew Bailey, voted to cut Bank Rate to 5%.",
		"At its meeting ending on 1 August 2024, the MPC voted to cut Bank Rate to 5%.",
		"At its meeting ending on 1 August 2024, the Bank of England's policymakers voted narrowly to cut Bank Rate to 5%.",
	}, want: []string{"policy_rate GBR 5 actual 2024-08-01"}},
}

// statePlaceFamilies (s26 attack 9, F3): a capitalised name followed by "State", "Province",
// "Region", "County", "Prefecture", "Oblast" or "Governorate" names a part of a country ("Lagos
// State", "Gauteng Province", "Hokkaido Prefecture"): its figures are not the country's.
var statePlaceFamilies = []family{
	{name: "a named state or province is not its country", published: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Nigeria's economy grew 3.4% in 2024. Lagos State's economy grew 4.5 per cent in 2024, according to the state's bureau of statistics.",
		"Nigeria's economy grew 3.4% in 2024. The economy of Kano State grew 2.9% in 2024.",
		"Nigeria's economy grew 3.4% in 2024. In Rivers State, unemployment was 21.5% in 2024.",
		"South Africa's unemployment rate was 32.1% in 2024. Gauteng Province had an unemployment rate of 34.5% in 2024.",
		"South Africa's unemployment rate was 32.1% in 2024. Unemployment in the Western Cape Province was 19.6% in 2024.",
		"Pakistan's inflation was 23.4% in 2024. Punjab Province's inflation was 22.0% in 2024, the provincial bureau said.",
		"Japan's inflation was 2.7% in 2024. Prices in Hokkaido Prefecture rose 3.1% in 2024.",
		"Kenya's economy grew 4.7% in 2024. Nairobi County's economy grew 5.2% in 2024, the county government said.",
		"Nigeria's economy grew 3.4% in 2024. Lagos State grew 4.5% in 2024.",
		"Iraq's economy grew 2.6% in 2024. The Kurdistan Region's economy grew 3.9% in 2024.",
		"Egypt's inflation was 28.3% in 2024. Giza Governorate's inflation was 29.0% in 2024.",
	}, want: []string{"* * * actual 2024"}},
	{name: "a State that names the nation stays the nation's", published: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The State Bank of Pakistan said inflation was 23.4% in 2024.",
		"Pakistan's inflation was 23.4% in 2024, the State Bank of Pakistan said.",
		"Pakistan's inflation was 23.4% in 2024, the state's statistics bureau said.",
	}, want: []string{"inflation PAK 23.4 actual 2024"}},
	{name: "United States is a nation", published: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The United States' economy grew 2.8% in 2024.",
		"The economy of the United States grew 2.8% in 2024.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "Rosstat is the nation's office", published: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Russia's inflation was 9.5% in 2024, the Federal State Statistics Service (Rosstat) said.",
		"The Federal State Statistics Service said Russia's inflation was 9.5% in 2024.",
	}, want: []string{"inflation RUS 9.5 actual 2024"}},
}

func TestS26Dissent(t *testing.T) {
	runFamilies(t, familyDate, dissentFamilies)
}

func TestS26DissentStates(t *testing.T) {
	runFamilies(t, familyDate, statePlaceFamilies)
}
