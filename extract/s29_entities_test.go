package extract

import (
	"testing"
	"time"
)

var capitalPlaceDate = time.Date(2026, 8, 15, 0, 0, 0, 0, time.UTC)

// A capital city's own output, prices, jobs or people are the city's (or its region's), not
// its country's, when the city owns or locates the measure: a relative clause on the city
// ("Abu Dhabi, whose economy grew 3.8% in 2024": the emirate's growth, flagged against the
// UAE's), a fronted "In CAPITAL," ("In Madrid, joblessness is below 10%"), or "the capital's"
// as the possessor. A capital that speaks, or owns a budget, a debt or a policy decision,
// stands for its government; a city-state's name is its country's; and a country named as
// the measure's owner keeps the claim (capital_place.go).
var capitalPlaceFamilies = []family{
	{name: "a relative clause on a capital holds the city's own measure", wordings: []string{
		"Manchester City is owned by Abu Dhabi, whose economy grew 3.8% in 2024.",
		"The fund is run from Abu Dhabi, whose economy expanded 3.8 per cent in 2024.",
		"Investors flocked to Tokyo, where consumer prices rose 2.4% in June.",
		"Nairobi, where unemployment is estimated at 12%, is Kenya's commercial hub.",
		"Jakarta, which has a jobless rate of about 6%, is sinking.",
		"Lima, whose population passed 10 million in 2024, is short of water.",
		"Beijing, whose population was 21.8 million in 2024, has capped its growth.",
		"The summit was held in Cairo, where inflation hit 30 pc in 2024.",
	}},
	{name: "a fronted capital places the city's own measure", wordings: []string{
		"In Madrid, joblessness is below 10%.",
		"In Madrid, unemployment fell to 9.8% in 2025.",
		"In Lima, the unemployment rate stood at 6.5% in 2024.",
		"In Tokyo, core consumer prices rose 2.2% in May.",
		"In Abu Dhabi, the economy grew 3.8% in 2024.",
		"In Cairo, inflation hit 30 per cent in 2024.",
		"In Bangkok, the jobless rate was about 1 percent in 2024.",
		"In Spain's capital Madrid, unemployment averaged 8.9% in 2025.",
		"In New Delhi, inflation is at 5%.",
		"Q: What about Abuja? A: In Abuja, unemployment is around 30 per cent.",
		"Well, in Buenos Aires, inflation was running at 118% in 2024, you know.",
	}},
	{name: "after the nation's figure, the capital's own is no second national figure", wordings: []string{
		"Spain's unemployment rate fell to 10.5% in 2025. In Madrid, joblessness is below 8%.",
		"Spain's unemployment rate fell to 10.5% in 2025. In Madrid, unemployment averaged 8.9% in 2025.",
		"Spain's unemployment rate fell to 10.5% in 2025. In the capital, unemployment is 8%.",
		"Spain's unemployment rate fell to 10.5% in 2025. In the Spanish capital, joblessness is below 8%.",
		"Spain's unemployment rate fell to 10.5% in 2025. The capital's jobless rate was 8% in 2025.",
		"Spain's unemployment rate fell to 10.5% in 2025. Madrid, where unemployment averaged 8.9% in 2025, fared better.",
		"Spain's unemployment rate fell to 10.5% in 2025. Madrid, whose jobless rate was 8.9% in 2025, fared better.",
		"Spain's unemployment rate fell to 10.5% in 2025. Spain's capital Madrid, whose jobless rate was 8.9% in 2025, fared better.",
		"Spain's unemployment rate fell to 10.5% in 2025, but in Madrid, joblessness was 8.9%.",
		"Spain's unemployment rate fell to 10.5% in 2025. Meanwhile, in Madrid, joblessness was 8.9%.",
	}, want: []string{"unemployment_rate ESP 10.5 actual 2025"}},
	{name: "a capital's possessed measure stays the city's", wordings: []string{
		"London's economy grew 1.5% in 2024.",
		"Tokyo's core inflation rose to 2.4% in June.",
		"Beijing's population was 21.8 million in 2024.",
		"Abu Dhabi's economy grew 3.8% in 2024.",
		"Unemployment in Madrid fell to 9.8% in 2025.",
	}},
	{name: "a capital that speaks or decides for its government keeps the country's claim", wordings: []string{
		"In Beijing, the statistics bureau said the economy grew 5% in 2024.",
		"In Beijing, China's statistics bureau said the economy grew 5% in 2024.",
		"In Beijing, the economy grew 5% in 2024, the statistics bureau said.",
	}, want: []string{"gdp_growth CHN 5 actual 2024"}},
	{name: "a capital that speaks names its country's claim", wordings: []string{
		"Abu Dhabi said the UAE economy grew 4% in 2024.",
	}, want: []string{"gdp_growth ARE 4 actual 2024"}},
	{name: "a capital's government measure is the country's", wordings: []string{
		"Washington's deficit was 6.4% of GDP in 2024.",
	}, want: []string{"fiscal_balance USA -6.4 actual 2024"}},
	{name: "a capital's target or forecast is its government's", wordings: []string{
		"Beijing, which set a growth target of about 5% for 2025, is under pressure.",
		"Beijing, whose growth target for 2025 is around 5%, is under pressure.",
		"In Beijing, the growth target for 2025 was set at around 5%.",
	}, want: []string{"gdp_growth CHN 5 forecast 2025"}},
	{name: "a capital's forecast of prices is its government's", wordings: []string{
		"In Ankara, inflation is expected to fall to 17.5% in 2025.",
		"In Ankara, the government expects inflation to fall to 17.5% in 2025.",
	}, want: []string{"inflation TUR 17.5 forecast 2025"}},
	{name: "a capital's main clause after a relative one on its rate is its government's", wordings: []string{
		"Moscow, which raised its key rate to 21%, is fighting inflation of 9% in 2024.",
	}, want: []string{"policy_rate RUS 21 actual *", "inflation RUS 9 actual 2024"}},
	{name: "a figure a national body gives, in a clause a capital opens, is the body's country's", wordings: []string{
		"In Madrid, unemployment fell to 10.5% in 2025, according to INE.",
	}, want: []string{"unemployment_rate ESP 10.5 actual 2025"}},
	{name: "a figure a national body gives, in a clause a capital opens, is the body's country's (Germany)", wordings: []string{
		"In Berlin, unemployment fell to 10.5% in 2025, Germany's labour office said.",
	}, want: []string{"unemployment_rate DEU 10.5 actual 2025"}},
	{name: "a country named as the owner in a capital's clause keeps its claim", wordings: []string{
		"In Madrid, Spain's unemployment rate was 10.5% in 2025, the highest in the EU.",
		"In Madrid, the Spanish unemployment rate was put at 10.5% for 2025.",
	}, want: []string{"unemployment_rate ESP 10.5 actual 2025"}},
	{name: "a city-state's name is its country's", wordings: []string{
		"Singapore, whose economy grew 4.4% in 2024, is Asia's richest city.",
	}, want: []string{"gdp_growth SGP 4.4 actual 2024"}},
	{name: "a city-state's name is its country's (prices)", wordings: []string{
		"In Singapore, inflation was 2.4% in 2024.",
	}, want: []string{"inflation SGP 2.4 actual 2024"}},
	{name: "a city-state's name is its country's (jobs)", wordings: []string{
		"In Luxembourg, the unemployment rate was 6.4% in 2024.",
	}, want: []string{"unemployment_rate LUX 6.4 actual 2024"}},
	{name: "a city-state's name is its country's (Hong Kong)", wordings: []string{
		"Hong Kong, whose economy grew 2.5% in 2024, is recovering.",
	}, want: []string{"gdp_growth HKG 2.5 actual 2024"}},
	{name: "the UK's economy stays the UK's beside London's Treasury", wordings: []string{
		"The UK economy grew 0.1% in the second quarter, London's Treasury said.",
	}, want: []string{"gdp_growth GBR 0.1 actual *"}},
}

func TestS29CapitalPlaceFamilies(t *testing.T) {
	runFamilies(t, capitalPlaceDate, capitalPlaceFamilies)
}
