package extract

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A family is one reading written several ways, in the styles of different outlets (wire copy,
// a broadsheet, a business daily, a broadcaster, a central bank's release). Every wording must
// give the same claims: a rule that holds for one sentence and not for its paraphrases is a
// rule for that sentence, and the judges are texts nobody has read.
type family struct {
	name      string
	wordings  []string
	published time.Time // zero: familyDate
	want      []string  // "indicator entity value [kind] [period] [basis]" ("-": no period); none: no claim at all
}

var familyDate = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)

// Figures that measure something else than a national indicator give no claim, whatever
// indicator word stands near them.
var notNationalFamilies = []family{
	{name: "a division named with its country is not the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's state of Bavaria reported that its economy grew 2.1% in 2023.",
		"Bavaria, Germany's largest state, said its economy grew 2.1% in 2023.",
		"In the German state of Bavaria, the economy grew 2.1% in 2023.",
		"The economy of the Australian state of Victoria grew 1.5% in 2023.",
		"Eastern German states averaged 7.2% unemployment in 2023.",
		"Germany's eastern states had an unemployment rate of 7.2% in 2023.",
		"Italy's southern regions had unemployment of 14.0% in 2023.",
		"China's Guangdong province grew 4.8% in 2023.",
		"Japan's Hokkaido prefecture saw prices rise 3.9% in 2023.",
		"The Canadian province of Alberta saw growth of 2.9% in 2023.",
		"Several US states reported unemployment above 5% in 2023.",
		"Ontario is Canada's largest province. The province's unemployment rate was 7.1% in 2024, and its economy grew 0.9% in 2024.",
		"Inflation in Georgia, the US state, was 3.2% in 2023.",
		"Georgia, the US state, saw unemployment of 3.2% in 2023.",
	}},
	{name: "a measure with an exclusion set off by commas is a measure of a part", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Spain's unemployment rate, excluding seasonal workers, was 11% in 2023.",
		"US consumer prices, excluding food and energy, rose 3.9% in 2023.",
		"US inflation, excluding volatile items, was 3.9 pct in 1987.",
		"Germany's unemployment rate, except for the east, was 2.5 per cent in 2023.",
	}},
	{name: "a measure said to be without seasonal adjustment is still the whole measure", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"France's unemployment rate, without seasonal adjustment, was 7.3% in 2023.",
		"France's unemployment rate without seasonal adjustment was 7.3% in 2023.",
	}, want: []string{"unemployment_rate FRA 7.3 actual 2023"}},
	{name: "a place named by a direction and a country is not the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Northern Ireland's economy grew 1.0% in 2023.",
		"Unemployment in Northern Ireland was 2.5% in 2023.",
		"Western Australia's economy grew 4.6% in 2023.",
		"South Australia's unemployment rate was 4.2% in 2023.",
		"Northern Cyprus's inflation was 60% in 2023.",
		"Eastern Germany's unemployment rate was 7.2% in 2023.",
		"Unemployment in southern Italy was 14.0% in 2023.",
	}},
	{name: "a country's name that is someone's first name is not the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Acme Bank report covered the US economy. Chad Stone, an economist at the bank, said inflation was 4.1% in 2023.",
		"The Acme Bank report covered the US economy. Jordan Rochester, a strategist, said unemployment was 3.6% in 2023.",
		"The Acme Bank report covered the US economy. Israel Torres, a senior analyst, said inflation was 4.1% in 2023.",
		"The Acme Bank report covered the US economy. Kenya Barris said inflation was 4.1% in 2023.",
		"The Acme Bank report covered the US economy. India Walton told reporters inflation was 4.1% in 2023.",
	}, want: []string{"* USA * actual 2023"}},
	{name: "a country's name before a day, or a firm before its own forecast, is still the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan Tuesday said its economy grew 1.9% in 2023.",
		"Japan Thursday reported that its economy grew 1.9 pct in 2023.",
		"Japan on Tuesday said its economy grew 1.9% in 2023.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023"}},
	{name: "a country's name before a title or an institution is still the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil Finance Minister Fernando Haddad said inflation was 4.6% in 2023.",
		"Brazil, the region's largest economy, said inflation was 4.6% in 2023.",
		"Brazil Treasury said inflation was 4.6% in 2023.",
		"Brazil Senate said inflation was 4.6 pct in 2023.",
		"Brazil Customs said inflation was 4.6 pct in 2023.",
	}, want: []string{"inflation BRA 4.6 actual 2023"}},
	{name: "a country whose name holds the direction is the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"South Africa's economy grew 0.7% in 2023.",
	}, want: []string{"gdp_growth ZAF 0.7 actual 2023"}},
	{name: "the country beside its divisions, or its state as government, is still the country", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's unemployment rate was 3.0% in 2023, lower than in some of its states.",
		"Germany, whose eastern states are poorer, saw unemployment of 3.0% in 2023.",
		"Germany's state statistics office said unemployment was 3.0% in 2023.",
		"Across Germany's 16 states, unemployment averaged 3.0% in 2023.",
	}, want: []string{"unemployment_rate DEU 3 actual 2023"}},
	{name: "growth that ends at a sum of money is growth in current money, not real growth", published: time.Date(2024, 4, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP grew 6.3% in 2023 to $27.4 trillion.",
		"America's economy expanded 6.3 per cent last year to $27.4 trillion, the Commerce Department said.",
		"U.S. gross domestic product rose 6.3 pct in 2023 to 27.4 trillion dlrs.",
		"India's GDP increased 9.6% in 2023 to 295 trillion rupees.",
	}, want: []string{"!gdp_growth"}},
	{name: "per-capita growth that ends at a sum of money is not real per-capita growth", published: time.Date(2024, 4, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP per capita rose 5.5% in 2023 to $80,412.",
		"GDP per head in the United States grew 5.5 per cent in 2023 to $80,412.",
	}, want: []string{"!gdp_per_capita_growth"}},
	{name: "real growth that ends at a sum of money is still real growth", published: time.Date(2024, 4, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Real GDP in the US grew 2.5% in 2023 to $22.4 trillion.",
		"US real GDP grew 2.5 per cent in 2023 to $22.4 trillion.",
	}, want: []string{"gdp_growth USA 2.5 actual 2023", "* USA 22.4e12 actual 2023"}},
	{name: "a figure with no place after a sentence that names two countries is neither's", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The report compared Japan with the United States. Unemployment averaged 2.6% in 2023, it said.",
		"Officials from Germany met officials from France on Tuesday. Inflation averaged 5.9% in 2023.",
		"Japan's prime minister visited the United States last week. Unemployment was 2.6% in 2023.",
	}},
	{name: "the population of working age is not the country's", published: time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Spain's working-age population grew 1.1% in 2023.",
		"The population of working age in Spain grew 1.1 per cent in 2023.",
		"Spain's working age population rose 1.1 pct in 2023.",
	}},
	{name: "growth in the number of something is that thing's, not the economy's", published: time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Growth in the number of British jobs was 3% in 2023.",
		"Growth in the number of billionaires in Britain was 3 per cent in 2023.",
		"In Britain, growth in the number of start-ups was 3% in 2023.",
	}},
	{name: "a balance defined apart from the headline one is not the budget balance", wordings: []string{
		"Italy's structural deficit was 5% of GDP in 2023.",
		"Greece's primary surplus was 1.9 per cent of GDP in 2023.",
		"Italy's cyclically adjusted deficit was 5 pct of GDP in 2023.",
		"The structural budget deficit in Italy stood at 5% of GDP in 2023.",
	}},
	{name: "a people's name narrowed by a modifier is a group of them", wordings: []string{
		"The unemployment rate for black Americans rose to 5.7% in September 2023.",
		"Unemployment among young Britons rose to 14 per cent in 2023.",
		"The jobless rate among older Germans was 4 pct in 2023.",
	}},
	{name: "what growth would need to be states nothing", wordings: []string{
		"Germany's economy would need to grow 3% a year to stabilise the debt.",
		"Germany's economy must grow 3 per cent a year to stabilise its debt.",
		"To stabilise its debt, Germany's economy has to grow by 3% a year.",
		"German GDP needs to expand 3 pct a year if the debt is to stabilise.",
	}},
	{name: "inflation expectations are no inflation", wordings: []string{
		"US inflation expectations for the year ahead rose to 3.2% in October 2023, a survey showed.",
		"Inflation expectations in the euro zone fell to 2.1 per cent in 2023.",
	}},
	{name: "house prices are no consumer prices", wordings: []string{
		"UK house prices rose 1.1% in December, the Halifax said.",
		"House prices in Britain climbed by 1.1 per cent last month, according to the lender.",
		"British home prices increased 1.1 pct in December from November.",
		"The average price of a home in the UK went up 1.1% in December.",
	}},
	{name: "house price inflation is no inflation", wordings: []string{
		"In Britain, annual house price inflation dipped below 20% in 2004.",
		"House price inflation in the UK slowed to 18% last year.",
		"Britain's annual rate of house price inflation eased to 18 per cent.",
	}},
	{name: "retail sales are no growth", wordings: []string{
		"Retail sales in Germany grew 2.3% in 2024, the statistics office said.",
		"German retail sales rose by 2.3 per cent last year.",
		"Sales at German retailers increased 2.3 pct in 2024.",
	}},
	{name: "a sector named by a gerund is no economy", wordings: []string{
		"Mining output in Zimbabwe fell one pct in 2024 but manufacturing production increased 1.4 pct.",
		"Zimbabwe's farming output rose 3% in 2024.",
		"Housing output in Britain fell 2 per cent last year.",
	}},
	{name: "a sector's output is no GDP", wordings: []string{
		"Manufacturing output in Germany grew 2% in 2023.",
		"Germany's industrial production fell 2.1 per cent last year.",
		"Output in Germany's factories shrank 2.1% in 2024.",
		"The construction sector in Spain expanded by 4% in 2024.",
	}},
	{name: "a company's figures are no country's", wordings: []string{
		"Toyota's profits rose 5% in Japan in 2024.",
		"Siemens said its revenue in Germany grew 4% last year.",
		"The firm's sales in France fell 3 per cent in 2024, it said.",
		"Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.",
	}},
	{name: "a cost to the economy is no GDP", wordings: []string{
		"Twenty-one thousand people lost their lives in the catastrophes with a cost to the global economy of around $105bn.",
		"The floods caused damage to the Thai economy of about $10bn in 2011.",
		"The war inflicted a loss on Ukraine's economy of $100bn.",
	}},
	{name: "a place in a relative clause on the subject is not the subject", wordings: []string{
		"The eight central European states which joined the EU last year will see 4.6% growth, the United Nations said.",
		"The ten states who joined the European Union in 2004 grew 5% in 2005.",
		"Small firms that export to China will see 5% growth in sales this year.",
	}},
	{name: "the value of contracts or deals is no GDP", wordings: []string{
		"Iraq is seeking to award contracts for three projects, valued at $500m.",
		"Egypt plans to sign deals for two power plants, worth $1.2bn, with German firms.",
		"Kenya is offering licences for four oil blocks, estimated at $300m in total.",
		"India will tender contracts for six new airports, valued at $2bn, this year.",
	}},
	{name: "asking prices and the prices of a product are no consumer prices", wordings: []string{
		"Overall, asking prices in Britain have fallen 3.3% from their July peaks.",
		"Average asking prices in the UK rose 1.2% in March, Rightmove said.",
		"Sales of flat-screen TVs in Britain are booming. The prices are dropping an average of 20% every year.",
		"British shoppers are buying more digital cameras. The prices have fallen 15% since January.",
	}},
	{name: "a company's forecast named by a pronoun is no country's", wordings: []string{
		"Shares in Germany's Siemens fell 4.3% after it cut its growth forecast to 2%.",
		"Siemens shares in Germany slid 4.3 per cent after it lowered its growth forecast to 2 per cent.",
		"The German carmaker's shares dropped 4.3% when it cut its growth forecast for 2025 to 2%.",
	}},
	{name: "a company's output named by a pronoun is no GDP", wordings: []string{
		"The slump in sales prompted the group to cut production in North America by 3% - it has already reduced output by around 9%.",
		"Falling demand forced the carmaker to shut two plants in Germany, and it has cut output by 12% this year.",
		"Weak orders led the steelmaker to idle a furnace in Brazil; it reduced production by 8% in 2024.",
	}},
	{name: "a price named in passing after output is no GDP", wordings: []string{
		"Opec members said on Tuesday that they saw no reason to cut output. Although below last year's peak of $55.67 a barrel, prices in the US are now well above 2004's average of $41.48.",
		"The IEA raised its estimate of oil output from Russia. Urals crude hit a record of $60 a barrel on Friday.",
		"Saudi Arabia pledged to raise output. The kingdom's crude sold at an average of $48 a barrel in March.",
	}},
	{name: "GNP per head and national income are no GDP", wordings: []string{
		"Turkey's per capita GNP for 2024 was 11,166 dollars, up from 10,453 dollars.",
		"Turkey's gross national product reached $1.1 trillion in 2024.",
		"National income per head in Turkey was $11,166 in 2024.",
	}},
	{name: "GNP growth is read as growth", wordings: []string{
		"Turkey's GNP grew 8 pct in 2024.",
		"Turkish gross national product rose 8% in 2024.",
	}, want: []string{"gdp_growth TUR 8 actual 2024"}},
	{name: "external debt is no government debt", wordings: []string{
		"Kenya's external debt reached 36% of GDP in 2024.",
		"External debt in Kenya rose to 36 per cent of GDP last year.",
		"Kenya's foreign debt stood at 36% of GDP in 2024.",
	}},
	{name: "a subgroup's unemployment is no unemployment rate", wordings: []string{
		"Youth unemployment in Spain stood at 27% in 2024.",
		"Unemployment among young people in Spain was 27 per cent last year.",
		"The jobless rate for Spaniards under 25 rose to 27%.",
		"Female unemployment in Spain reached 13.5% in 2024.",
	}},
	{name: "a region's or a state's figures are no country's", wordings: []string{
		"Unemployment in California rose to 5.4% in 2024.",
		"Inflation in Tokyo slowed to 2.2% in January.",
		"Bavaria's economy grew 1.5% last year, the state government said.",
		"Scotland's jobless rate fell to 4.1 per cent.",
	}},
	{name: "an age group is a group of people", published: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy grew 0.6% in the first quarter. The rate of unemployment among 16 to 24-year-olds rose to 14.5%.",
		"UK GDP rose 0.6 pct in the first quarter. Unemployment among those aged 16 to 24 rose to 14.5 pct.",
		"The British economy grew 0.6 per cent in the first quarter; unemployment among over-65s was 2.1 per cent.",
	}, want: []string{"gdp_growth GBR 0.6 actual 2024-Q1"}},
	{name: "a place the lexicon does not know is no country the text is about", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy grew 2.5% in 2023. California's economy grew 6% in 2023.",
		"The U.S. economy grew 2.5 pct in 2023. Texas has an unemployment rate of 4.1 pct.",
		"US GDP rose 2.5% in 2023. In Texas, the unemployment rate was 4.1% in January.",
		"America's economy expanded by 2.5 per cent last year. New York's jobless rate was 4.3 per cent in 2023.",
		"The US economy grew 2.5% in 2023. Ohio grew 1.9% last year, the state said.",
	}, want: []string{"gdp_growth USA 2.5 actual 2023"}},
	{name: "a place where someone spoke is not the place of the figure", published: time.Date(2025, 1, 25, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy grew 0.2% in 2024. In Davos, the finance minister said the economy would grow 1% in 2025.",
		"German GDP rose 0.2 pct in 2024. In Davos, Germany's finance minister forecast growth of 1 pct in 2025.",
		"Germany's economy grew 0.2 per cent in 2024. In Davos, the chancellor said he expected growth of 1 per cent in 2025.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2024", "gdp_growth DEU 1 forecast 2025"}},
	{name: "a person who forecasts or sets a target is not the place of the figure", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Canada's economy grew 1.1% in 2023. Finance Minister Freeland expects growth of 1.5% this year.",
		"Canadian GDP rose 1.1 pct in 2023. Finance Minister Chrystia Freeland said growth would be 1.5 pct this year.",
		"Canada's economy expanded 1.1 per cent in 2023. Ms Freeland's growth forecast for this year is 1.5 per cent.",
	}, want: []string{"gdp_growth CAN 1.1 actual 2023", "gdp_growth CAN 1.5 forecast 2024"}},
	{name: "a group of economies is neither the region nor one of them", published: time.Date(2005, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The six largest Latin American economies grew by more than 3% in 2004.",
		"Asia's four biggest economies expanded 5 pct last year.",
		"The euro zone's three largest economies shrank 0.5 per cent in 2004.",
	}},
	{name: "a head count with no country in its sentence is a firm's or a town's", published: time.Date(2005, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"China's economy grew 9% in 2004. According to the Observer, 3,000 jobs - out of a total workforce of 6,500 - could be lost if the deal goes ahead.",
		"China's economy grew 9 pct in 2004. The plant's closure will cost 3,000 jobs out of a workforce of 6,500.",
		"China's economy grew 9 per cent in 2004. The firm has a workforce of 6,500 people.",
	}, want: []string{"gdp_growth CHN 9 actual 2004"}},
	{name: "a price rise a firm makes is no inflation", published: time.Date(2005, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 2% in 2004. Analysts had expected Japan's Nippon Steel to agree to a price rise of between 40% and 50%.",
		"Japan's economy grew 2 pct in 2004. Toyota announced a price rise of 3 pct for 2005.",
		"Japan's economy grew 2 per cent in 2004. Toyota announced a 3 per cent price rise for 2005.",
	}, want: []string{"gdp_growth JPN 2 actual 2004"}},
	{name: "a capital's own prices, jobs and output are the city's", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 1.9% in 2023. Tokyo's economy grew 2.5% in 2023.",
		"The Japanese economy grew 1.9 pct in 2023. Tokyo's unemployment rate was 2.9 pct in 2023.",
		"Japanese GDP grew 1.9 per cent in 2023. Tokyo's consumer prices rose 3.1 per cent in 2023.",
		"Japan's economy grew 1.9% in 2023. Metro Tokyo's jobless rate was 2.9% in 2023.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023"}},
	{name: "a capital's budget, debt or target is its government's", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Moscow's budget deficit was 1.9% of GDP in 2023.",
		"Moscow's deficit reached 1.9 per cent of GDP in 2023.",
		"Russia's deficit was 1.9 pct of GDP in 2023.",
	}, want: []string{"fiscal_balance RUS -1.9 actual 2023"}},
	{name: "exports are no GDP", wordings: []string{
		"China's exports grew 3% in 2023, while the economy slowed.",
		"Chinese exports rose 3 per cent last year.",
		"Exports from China expanded by 3% in 2023.",
	}},
	{name: "core inflation is no inflation", wordings: []string{
		"Core inflation in the euro zone eased to 2.6% in February.",
		"Consumer prices excluding food and energy rose 0.3% in February in the United States.",
		"Underlying inflation in Britain held at 3.6 per cent in February.",
	}},
	{name: "an interest rate is no inflation", wordings: []string{
		"Britain suffered mass unemployment, 15% interest rates and repossessions.",
		"Mortgage rates in the US rose to 7% in 2023.",
		"The yield on ten-year German bonds rose to 2.5% in February.",
	}},
	{name: "a city's population is no country's", wordings: []string{
		"The resort town in Colorado sees its population rise from 7,500 to 45,000.",
		"The population of Lagos grew to 15 million, Nigerian officials said.",
		"Shanghai's population reached 24.9 million in 2024.",
	}},
	{name: "shares and markets are no indicator", wordings: []string{
		"Shares in Tokyo fell 1.2% on Tuesday.",
		"Germany's DAX index rose 1.5% on Friday.",
		"The pound fell 0.8% against the dollar.",
	}},
	{name: "the growth of something else is not the economy's", wordings: []string{
		"Wage growth in Britain slowed to 5.9% in the three months to December.",
		"Credit growth in China eased to 8% last year.",
		"Real private consumption in Switzerland was buoyant last year, with a 3.25% growth rate.",
		"Exports rose 2.1% last year, but the ministry had predicted a growth of 2.8%.",
	}},
	{name: "an industry's or a company's output is not the economy's", wordings: []string{
		"Germany's machine-building industry increased output by 3.3% in 2024.",
		"In Germany the car industry cut output from 3% to 2% last year.",
		"The German steel company reduced its output by 3.3 per cent in 2024.",
	}},
	{name: "a state no reference holds is no country nearby", wordings: []string{
		"The Soviet Union said industrial output should rise by 4.5% in 1988.",
		"Soviet national income, the nearest equivalent to GNP, should rise by 4.3 pct in 1988, Moscow said.",
		"USSR planners expect the economy to grow 4.3 per cent in 1988.",
	}},
	{name: "a relative clause with commas of its own inside the subject", wordings: []string{
		"In Germany, the machine building industry, which makes machine tools, instruments and other goods, increased output by 3.3% in 2024.",
		"Germany's car industry, which employs engineers, designers and others, raised output by 3.3 per cent in 2024.",
	}},
	{name: "a ratio to GDP that is no indicator, and the figure it moves to", wordings: []string{
		"Jamaica will reduce its debt service ratio from the current level of 49% of GDP to 25% over the next five years.",
		"Jamaica plans to cut debt service from 49 pct of gdp to 25 pct by 2030.",
	}},
	{name: "a figure with something left out is no headline rate", wordings: []string{
		"Without last year's energy price drop, US consumer prices rose 3.8% in 2024.",
		"Excluding food and energy, US consumer prices rose 3.8 per cent in 2024.",
		"Stripping out volatile items, US inflation was 3.8 pct in 2024.",
	}},
	{name: "a figure in a relative clause is its antecedent's", wordings: []string{
		"US energy prices, which lifted January's data with a 3% rise, advanced 1.9% in February.",
		"In the US, food prices, which rose 3% in January, were flat in February.",
	}},
	{name: "a change noun's measure after the level it reached", wordings: []string{
		"Turkey needs to cut inflation after a drop of 12 points to 24.6% in the wholesale index last year. This year's target of 20% might be attainable, he said.",
		"Turkish wholesale prices fell 12 points to 24.6 pct last year. The target of 20 pct for this year is within reach.",
	}},
	{name: "growth in what the sentence before named is not the economy's", wordings: []string{
		"Spain's money supply grew 17% in March. The bank's target range for growth in this measure in 2025 is 6.5 to 9.5%.",
		"Spanish broad money rose 17 pct in March. Growth in this aggregate should slow to 8 pct in 2025, the bank said.",
	}, want: []string{"broad_money_growth ESP 17 actual 2025-03"}},
	{name: "a condition or a denial states no figure", wordings: []string{
		"If Romania's economy grew 3% a year, its debt would fall, the report said.",
		"Unless inflation in Romania falls to 3%, rates will stay high.",
		"Brazil's economy did not grow 3% last year, the institute said.",
	}},
	{name: "an auxiliary before its subject opens a condition", wordings: []string{
		"Had Britain's economy grown 3% in 2023, the deficit would have fallen.",
		"Had British GDP grown by 3 per cent in 2023, borrowing would have been lower.",
		"Were inflation in Britain to reach 5% in 2024, the Bank would raise rates.",
		"Should Britain's unemployment rate rise to 6% in 2024, the Bank would cut rates.",
		"Had the UK economy grown 3 pct in 2023?",
	}},
	{name: "a component included in a figure is not the figure", wordings: []string{
		"The March rise in Spanish consumer prices included a 0.05% increase correcting an error in January's index.",
		"The rise in US consumer prices included a 0.3% increase in energy costs in January.",
	}},
}

// A figure of a neighbouring measure is linked to that measure, never to GDP growth.
var neighbourFamilies = []family{
	{name: "output per hour or per worker is productivity, not GDP", published: time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy grew 0.1% in 2023. Output per hour worked rose 0.3% in 2023.",
		"UK GDP grew 0.1 pct in 2023. GDP per worker fell 0.5 pct in 2023.",
		"British GDP rose 0.1 per cent in 2023, while output per job fell 0.4 per cent.",
	}, want: []string{"gdp_growth GBR 0.1 actual 2023"}},
	{name: "growth a measure's phrase shows is that measure's, not the economy's", published: time.Date(1987, 4, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"West German GNP grew 2.4 pct in 1986. Money supply showed growth of 7.7 pct in 1986.",
		"West Germany's GNP rose 2.4% in 1986. The money supply recorded growth of 7.7% in 1986.",
		"West German gross national product grew 2.4 per cent in 1986; money supply saw growth of 7.7 per cent in 1986.",
	}, want: []string{"gdp_growth DEU 2.4 actual 1986", "broad_money_growth DEU 7.7 actual 1986"}},
	{name: "the economy's or output's growth is the economy's", published: time.Date(1987, 4, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The West German economy showed growth of 2.4 pct in 1986.",
		"West German GNP recorded growth of 2.4% in 1986.",
		"West Germany's output saw growth of 2.4 per cent in 1986.",
	}, want: []string{"gdp_growth DEU 2.4 actual 1986"}},
	{name: "exports as a share of GDP are exports_gdp", wordings: []string{
		"Mexico's exports were equal to 38% of GDP in 2022.",
		"Exports of goods and services made up 38 per cent of Mexico's GDP in 2022.",
		"Mexico's exports amounted to 38% of its gross domestic product in 2022.",
		"In 2022 Mexican exports were worth 38 pct of GDP.",
	}, want: []string{"exports_gdp MEX 38 actual 2022"}},
	{name: "the growth of exports is no indicator, nor growth that refers back to it", wordings: []string{
		"Mexico's exports rose 5% in 2022.",
		"Growth in Mexican exports was 5 per cent in 2022.",
		"Mexican exports rose 5 pct in 2022, against a growth of 2.8 pct the ministry had predicted.",
	}},
	{name: "a figure at purchasing power parity is in international dollars", wordings: []string{
		"In purchasing-power terms, China's GDP per head was $21,000 in 2022.",
		"China's GDP per capita at purchasing power parity was $21,000 in 2022.",
		"Adjusted for purchasing power, GDP per person in China was $21,000 in 2022.",
		"China's PPP-adjusted GDP per capita was $21,000 in 2022.",
	}, want: []string{"gdp_per_capita_ppp CHN 21000 actual 2022"}},
	{name: "current and PPP dollars side by side keep each its own", wordings: []string{
		"China's GDP per head was $12,600 in 2022, or $21,000 in purchasing-power terms.",
		"China's GDP per capita was $12,600 in 2022 ($21,000 at PPP).",
	}, want: []string{"gdp_per_capita CHN 12600 actual 2022", "gdp_per_capita_ppp CHN 21000 actual 2022"}},
	{name: "GDP at purchasing power parity is no GDP in dollars", wordings: []string{
		"Russia's GDP at purchasing power parity was $5.3tn in 2022.",
		"Measured at purchasing power parity, Russia's economy was worth $5.3tn in 2022.",
	}, want: []string{"!gdp"}},
	{name: "national income per head is GNI per capita, never GDP per capita", wordings: []string{
		"South Korea's GNI per capita was $35,990 in 2022.",
		"Gross national income per head in South Korea was $35,990 in 2022.",
		"South Korea's gross national income per capita reached $35,990 in 2022.",
	}, want: []string{"gni_per_capita KOR 35990 actual 2022"}},
	{name: "a deficit as a share of GDP is the fiscal balance", wordings: []string{
		"Italy's budget deficit was 7.2% of GDP in 2023.",
		"Italy ran a budget deficit of 7.2 per cent of gross domestic product in 2023.",
		"In 2023 the Italian fiscal deficit reached 7.2% of GDP.",
	}, want: []string{"fiscal_balance ITA -7.2"}},
	{name: "a deficit cut from one share of GDP to another", wordings: []string{
		"Italy cut its budget deficit from 7.2% of GDP in 2023 to 3.4% in 2024.",
		"Italy's budget deficit fell from 7.2 per cent of GDP in 2023 to 3.4 per cent in 2024.",
	}, want: []string{"fiscal_balance ITA -7.2 previous 2023", "fiscal_balance ITA -3.4 actual 2024"}},
	{name: "debt as a share of GDP is government debt", wordings: []string{
		"Japan's public debt stands at 250% of GDP.",
		"Japanese government debt is equal to 250 per cent of gross domestic product.",
		"Public debt in Japan has reached 250% of its GDP.",
	}, want: []string{"government_debt JPN 250"}},
	{name: "GDP per head is GDP per capita", wordings: []string{
		"Luxembourg's GDP per capita was $128,000 in 2023.",
		"GDP per head in Luxembourg reached $128,000 in 2023.",
		"Luxembourg had a per capita GDP of $128,000 in 2023.",
	}, want: []string{"gdp_per_capita LUX 128000"}},
	{name: "a policy rate is no inflation", wordings: []string{
		"The Bank of England raised its base rate to 5.25% in August 2023.",
		"Britain's central bank lifted Bank Rate to 5.25 per cent in August 2023.",
		"In August 2023 the Bank of England increased the bank rate to 5.25%.",
	}, want: []string{"policy_rate GBR 5.25"}},
	{name: "nominal growth is not real growth", wordings: []string{
		"On a current prices basis, Italy's GDP was up 11% in 1986.",
		"Italy's nominal GDP grew 11 per cent in 1986.",
		"In nominal terms, Italian gross domestic product rose 11% in 1986.",
	}},
	{name: "growth over several years is not one year's", wordings: []string{
		"Sri Lanka's economy averaged 5% growth over the past three years.",
		"Over the last three years Sri Lanka's economy grew at an average of 5% a year.",
		"Sri Lanka's GDP expanded by 5% a year over the past three years, the central bank said.",
	}, want: []string{"gdp_growth LKA 5 actual 2022/2024"}},
	{name: "an amount of change of a rate is not the rate", wordings: []string{
		"Unemployment in Japan edged up 0.1% to 4.7% in October 2004.",
		"Japan's jobless rate rose by 0.1 percentage point to 4.7% in October 2004.",
		"In October 2004 Japan's unemployment rate climbed 0.1 points to 4.7 per cent.",
	}, want: []string{"unemployment_rate JPN 4.7 actual 2004-10"}},
	{name: "a count of jobless people is no rate, its share of the workforce is", wordings: []string{
		"British unemployment fell to 3.23 million, or 11.7% of the workforce, in February 1987.",
		"In February 1987 the number of people out of work in Britain fell to 3.23 million, 11.7 per cent of the labour force.",
	}, want: []string{"unemployment_rate GBR 11.7 actual 1987-02"}},
}

// The structure of the sentence decides the link, not the distance between words.
var structureFamilies = []family{
	{name: "a figure a conditional modal speaks of is no outturn", published: time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"British growth of 2% would be welcome, the chancellor said.",
		"The chancellor said British growth of 2 per cent would be welcome.",
		"Growth of 2% in Britain could be within reach, the chancellor said.",
	}, want: []string{"gdp_growth GBR 2 forecast *"}},
	{name: "a fall at a pace keeps the verb's sign", published: time.Date(2023, 12, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy shrank at an annualised 2.1% in the third quarter.",
		"Japanese GDP contracted at an annualized 2.1 percent in the July-September quarter.",
		"Japan's economy shrank at an annualised rate of 2.1% in the third quarter.",
		"In the third quarter Japan's economy contracted at a 2.1% annualised pace.",
	}, want: []string{"gdp_growth JPN -2.1 actual 2023-Q3 annualised"}},
	{name: "a figure set against another after a comparison is the other party's", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"France's economy grew faster than Italy's in 2023, at 1.4% against 0.9%.",
		"France's economy grew more than Italy's in 2023, at 1.4 per cent against 0.9 per cent.",
		"French GDP grew faster than that of Italy in 2023, at 1.4 pct versus 0.9 pct.",
		"In 2023 France's economy grew 1.4%, against 0.9% in Italy.",
		"France's economy grew 1.4% in 2023, compared with Italy's 0.9%.",
	}, want: []string{"gdp_growth FRA 1.4 actual 2023", "gdp_growth ITA 0.9 actual 2023"}},
	{name: "the figure a movement started from is the same country's, after a comparison too", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Spain's unemployment rate, higher than Italy's, fell to 11.4% in 2024 from 12.2% in 2023.",
		"Spain's jobless rate, still higher than Italy's, fell from 12.2% in 2023 to 11.4% in 2024.",
	}, want: []string{"unemployment_rate ESP 11.4 actual 2024", "unemployment_rate ESP 12.2 previous 2023"}},
	{name: "a clause opened by its own date after a comma keeps its date", published: time.Date(2023, 10, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2009 Britain's economy shrank 4.6%, and in 2020 it contracted 10.4%.",
		"In 2009 British GDP fell 4.6 per cent, and in 2020 it fell 10.4 per cent.",
		"Britain's economy shrank 4.6% in 2009, and in 2020 it contracted 10.4%.",
		"In 2009 the UK economy contracted by 4.6 pct, and, in 2020, it shrank by 10.4 pct.",
		"In 2009 Britain's economy shrank 4.6%, while in 2020 it contracted 10.4%.",
	}, want: []string{"gdp_growth GBR -4.6 actual 2009", "gdp_growth GBR -10.4 actual 2020"}},
	{name: "a bloc that classes a country's peers is not its place", wordings: []string{
		"Greece, like other euro area members, saw inflation of 3.1% in 2023.",
		"Like other euro zone countries, Greece had inflation of 3.1 per cent in 2023.",
		"Greek inflation, as in most euro area economies, was 3.1 pct in 2023.",
		"Unlike other EU states, Greece had inflation of 3.1% in 2023.",
		"Greece had inflation of 3.1% in 2023, lower than any other euro zone country.",
		"Among euro zone members, Greece had inflation of 3.1 per cent in 2023.",
	}, want: []string{"inflation GRC 3.1 actual 2023"}},
	{name: "a country set apart from its bloc's members keeps its figure", wordings: []string{
		"Spain created more jobs than any other euro zone country, with unemployment at 12.2% in 2023.",
		"Spain, the fastest-growing big euro zone economy, had an unemployment rate of 12.2% in 2023.",
		"Spain, which has more jobless people than any other EU member, had unemployment of 12.2% in 2023.",
	}, want: []string{"unemployment_rate ESP 12.2 actual 2023"}},
	{name: "a bloc's members on their own are the bloc's aggregate", wordings: []string{
		"Inflation in euro zone countries averaged 5.4% in 2023.",
		"Across euro area economies, inflation averaged 5.4 per cent in 2023.",
		"Inflation in the euro zone averaged 5.4% in 2023.",
	}, want: []string{"inflation EMU 5.4 actual 2023"}},
	{name: "the level a verb's subject stays at is the subject's, not the measure the text was on", published: time.Date(2022, 7, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Fed raised its benchmark rate to 2.5% in July 2022. Unemployment in the US remains low at 3.6%.",
		"The Federal Reserve lifted rates to 2.5 pct in July 2022. The U.S. jobless rate stayed low at 3.6 pct.",
		"In July 2022 the Fed took its key rate to 2.5 per cent. American unemployment is low at 3.6 per cent.",
	}, want: []string{"policy_rate USA 2.5 actual 2022-07", "unemployment_rate USA 3.6 * *"}},
	{name: "the level something else stays at is no indicator the text was on", published: time.Date(2022, 7, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Fed raised its benchmark rate to 2.5% in July 2022. US house prices remain high at 20% above their 2019 level.",
		"The Fed raised its benchmark rate to 2.5 pct in July 2022. Mortgage rates stayed high at 5.5 pct.",
		"The Fed raised its benchmark rate to 2.5 per cent in July 2022. Wage growth in the US remains strong at 5 per cent.",
	}, want: []string{"policy_rate USA 2.5 actual 2022-07"}},
	{name: "a country that is the only economy to grow grows by its output", published: time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"China was the only major economy to grow in 2020, expanding by 2.3%.",
		"In 2020 China became the only big economy to grow, with output up 2.3 per cent.",
		"China was the only large economy to expand in 2020, growing 2.3 pct.",
		"Alone among major economies, China grew in 2020, expanding 2.3%.",
	}, want: []string{"gdp_growth CHN 2.3 actual 2020"}},
	{name: "the only one of something else to grow is no economy", published: time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Tesla was the only carmaker to grow in 2020, expanding sales by 30%.",
		"Shenzhen was the only Chinese city to grow in 2020, expanding by 2.3%.",
		"In China, Huawei was the only phone maker to grow in 2020, expanding its market share by 2 pct.",
	}},
	{name: "a movement with no verb after \"with\" is its subject's", published: time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"With consumer prices in Germany up 0.4 pct in March, the Bundesbank is unlikely to cut rates.",
		"Germany's recovery is slowing, with consumer prices up 0.4% in March from February.",
		"German bond yields rose, with consumer prices up 0.4 per cent in March.",
	}, want: []string{"inflation DEU 0.4 actual 2025-03 mom"}},
	{name: "a movement with no verb after \"with\" of something else is no indicator", published: time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"German shares fell, with house prices up 2% in March.",
		"Germany's trade surplus widened, with exports up 3% in March.",
		"Siemens shares rose, with its sales in Germany up 4 pct in March.",
	}},
	{name: "a country that grows in a participle clause grows by its output", wordings: []string{
		"Poland avoided recession in 2009, growing by 1.7%.",
		"Poland escaped the crisis in 2009, expanding 1.7 per cent.",
		"Alone in the region, Poland held up in 2009, growing 1.7 pct.",
	}, want: []string{"gdp_growth POL 1.7 actual 2009"}},
	{name: "what a country's participle clause grows is its object, when it has one", wordings: []string{
		"Italy hired 3,000 teachers in 2019, expanding its workforce by 2%.",
		"Germany's biggest bank cut 5,000 jobs in 2019, growing its profit by 20%.",
		"China's exports boomed in 2021, expanding by 20%.",
	}},
	{name: "a possessive whose noun is left out is the noun of the clause before", wordings: []string{
		"Spain's unemployment rate fell to 11.7% in 2023, while Italy's rose to 7.8%.",
		"Unemployment in Spain fell to 11.7 per cent in 2023; Italy's rose to 7.8 per cent.",
		"The Spanish jobless rate dropped to 11.7 pct in 2023, and Italy's climbed to 7.8 pct.",
	}, want: []string{"unemployment_rate ESP 11.7 actual 2023", "unemployment_rate ITA 7.8 actual 2023"}},
	{name: "a possessive whose noun is left out grows as the economy before it did", wordings: []string{
		"France's economy grew 0.9% in 2023, while Germany's shrank 0.3%.",
		"The French economy expanded by 0.9 per cent in 2023 but Germany's contracted by 0.3 per cent.",
		"French GDP rose 0.9 pct in 2023; Germany's fell 0.3 pct.",
	}, want: []string{"gdp_growth FRA 0.9 actual 2023", "gdp_growth DEU -0.3 actual 2023"}},
	{name: "a possessive whose noun is left out keeps what the noun before it measured, which is no indicator", wordings: []string{
		"Japan's exports rose 3% in 2024, while China's fell 2%.",
		"House prices in France rose 5 per cent in 2024, while Germany's fell 1 per cent.",
		"The yuan's value fell 3% in 2024; the rupee's fell 2%.",
	}},
	{name: "a possessive whose noun is left out is not the whole the figure before was a share of", wordings: []string{
		"Germany's exports were 41% of GDP in 2023, while Japan's were 22%.",
		"Exports from Germany came to 41 per cent of GDP in 2023; Japan's were 22 per cent.",
	}, want: []string{"exports_gdp DEU 41 actual 2023"}},
	{name: "a verbless second clause keeps the share of the first", wordings: []string{
		"German exports equalled 41 pct of gross domestic product in 2023, and Japan's 22 pct.",
	}, want: []string{"exports_gdp DEU 41 actual 2023", "exports_gdp JPN 22 actual 2023"}},
	{name: "a possessive whose noun is left out after a share of GDP, in public finances", wordings: []string{
		"Italy's public debt was 135% of GDP in 2023, while Spain's was 106%.",
		"Public debt in Italy stood at 135 per cent of GDP in 2023; Spain's was 106 per cent.",
	}, want: []string{"government_debt ITA 135 actual 2023"}},
	{name: "a clause in -ing after before or after has the main clause's subject", published: time.Date(2021, 2, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US unemployment rate soared to 14.7% in April 2020 before falling back to 6.3% in January.",
		"US unemployment jumped to 14.7 per cent in April 2020, before easing to 6.3 per cent in January.",
	}, want: []string{"unemployment_rate USA 14.7 actual 2020-04", "unemployment_rate USA 6.3 actual 2021-01"}},
	{name: "an adjective in -ing after before is no clause", published: time.Date(2021, 2, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation rose to 1.4% in January 2021, before falling prices for fuel pulled it down.",
	}, want: []string{"inflation USA 1.4 actual 2021-01"}},
	{name: "a list after a colon with each place before its figure", published: time.Date(1987, 4, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unemployment rates in February were: United States 6.7 pct, Japan 2.9 pct, West Germany 8.9 pct.",
		"In February unemployment rates were: United States 6.7 pct, Japan 2.9 pct and West Germany 8.9 pct.",
		"Jobless rates in February stood as follows: United States 6.7%, Japan 2.9%, West Germany 8.9%.",
	}, want: []string{"unemployment_rate USA 6.7 actual 1987-02", "unemployment_rate JPN 2.9 actual 1987-02", "unemployment_rate DEU 8.9 actual 1987-02"}},
	{name: "a figure's own minus is no other figure's in a list", published: time.Date(1987, 4, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In February the year-on-year inflation rate was minus 0.5 pct in Japan, 0.2 pct in West Germany and 3.4 pct in France.",
		"In February inflation was minus 0.5 pct in Japan, 0.2 pct in West Germany and 3.4 pct in France.",
	}, want: []string{"inflation JPN -0.5 actual 1987-02", "inflation DEU 0.2 actual 1987-02", "inflation FRA 3.4 actual 1987-02"}},
	{name: "a ratio to GDP named as such is the share itself", wordings: []string{
		"Greece's debt-to-GDP ratio fell to 161.9% in 2023.",
		"Greece's debt ratio fell to 161.9% of GDP in 2023.",
		"The ratio of public debt to GDP in Greece fell to 161.9 per cent in 2023.",
		"Greek government debt fell to 161.9% of gross domestic product in 2023.",
	}, want: []string{"government_debt GRC 161.9 actual 2023"}},
	{name: "a deficit ratio is a negative balance", wordings: []string{
		"Italy's deficit-to-GDP ratio was 7.4% in 2023.",
		"Italy's budget deficit ratio was 7.4 per cent in 2023.",
		"Italy's budget deficit was 7.4% of GDP in 2023.",
	}, want: []string{"fiscal_balance ITA -7.4 actual 2023"}},
	{name: "a cause that moves a place's measure to a figure owns nothing of it", wordings: []string{
		"Higher food costs took Brazil's annual inflation rate to 62.5 per cent in February 2024.",
		"The increase lifted annual inflation in Brazil to 62.5 pct in February 2024.",
		"Dearer food pushed Brazil's inflation to 62.5% in February 2024.",
		"A jump in fuel prices sent annual inflation in Brazil to 62.5 per cent in February 2024.",
		"Costlier imports pushed inflation in Brazil to 62.5% in the year to February 2024.",
	}, want: []string{"inflation BRA 62.5 actual 2024-02"}},
	{name: "a verb of state that is its own past, between a noun and its figure, is the verb", wordings: []string{
		"Brazil's monthly inflation rate hit 13.9 pct in February 2024, the highest since the Cruzado Plan began.",
		"In February 2024 Brazil's monthly rate of inflation hit 13.9%, the highest since the Real Plan was launched.",
		"Brazil's monthly inflation hit 13.9 per cent in February 2024.",
		"The monthly inflation rate in Brazil topped 13.9% in February 2024.",
	}, want: []string{"inflation BRA 13.9 actual 2024-02 mom"}},
	{name: "a budget deficit that hit a share of GDP", wordings: []string{
		"Greece's budget deficit hit 15.4% of GDP in 2024.",
		"The Greek budget deficit hit 15.4 pct of gross domestic product in 2024.",
		"In 2024 Greece's budget shortfall hit 15.4 per cent of GDP.",
	}, want: []string{"fiscal_balance GRC -15.4 actual 2024"}},
	{name: "a date a preposition governs opens no noun phrase with the subject after it", wordings: []string{
		"In 2024 growth in Spain slowed to 2.1%.",
		"In 2024 Spain's economic growth slowed to 2.1 pct.",
		"During 2024 Spanish GDP growth slowed to 2.1 per cent.",
	}, want: []string{"gdp_growth ESP 2.1 actual 2024"}},
	{name: "a list after a colon gives the clause's measure place by place", wordings: []string{
		"Inflation rates across the euro zone varied widely in October 2024: 7.5% in Italy, 6.2% in Portugal and 3.1% in France.",
		"Euro zone inflation was uneven in October 2024: 7.5 per cent in Italy, 6.2 per cent in Portugal and 3.1 per cent in France.",
		"In October 2024 inflation across the euro zone varied: 7.5% in Italy, 6.2% in Portugal and 3.1% in France.",
	}, want: []string{"inflation ITA 7.5 actual 2024-10", "inflation PRT 6.2 actual 2024-10", "inflation FRA 3.1 actual 2024-10"}},
	{name: "a verb in -s after a singular noun before a preposition", wordings: []string{
		"At 2.9%, Japan's jobless rate remains among the lowest of the rich economies.",
		"Japan's unemployment rate stands at 2.9%, among the lowest of the rich economies.",
		"Japan's jobless rate remains at 2.9%, one of the lowest in the OECD.",
	}, want: []string{"unemployment_rate JPN 2.9 actual 2025"}},
	{name: "who is told is not what the clause is about", wordings: []string{
		"Sweden's finance minister told parliament gross domestic product would grow by about 2.5 pct in 2025.",
		"The Swedish central bank governor told reporters GDP would expand 2.5% in 2025.",
		"Sweden's prime minister told analysts economic growth would reach 2.5 per cent in 2025.",
	}, want: []string{"gdp_growth SWE 2.5 forecast 2025"}},
	{name: "a number that scales another figure is no figure", wordings: []string{
		"The Australian economy grew by just 0.1% in 2024, half the 0.2% expected.",
		"Australia's GDP rose 0.1 per cent last year, a third of the 0.3 per cent economists had forecast.",
		"Australian growth was 0.1% in 2024 - half of the 0.2% pace analysts predicted.",
	}, want: []string{"gdp_growth AUS 0.1 actual 2024"}},
	{name: "a figure in the complement of a denied verb states nothing", wordings: []string{
		"Britain will never return to the mistakes of ERM and 10% inflation.",
		"We will not go back to 15% interest rates and 10% inflation in Britain, the chancellor said.",
		"Germany cannot afford a return to 5% inflation, the Bundesbank warned.",
		"Japan did not see growth of 3% in 2024.",
	}},
	{name: "a figure after a share's denominator is no change of it", wordings: []string{
		"\"We have cut the deficit in Nigeria by half, from 10% of GDP to 5%,\" the prime minister told parliament.",
		"Nigeria has halved its deficit, from 10 per cent of GDP to 5 per cent, the minister said.",
		"Kenya's debt burden has been slashed over the decade, from 70% of GDP to 50%.",
	}, published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), want: []string{"!gdp_growth"}},
	{name: "the country a verb acts on is not what the clause is about", wordings: []string{
		"India has overtaken Britain to become the world's fifth largest economy, with GDP of $3.5 trillion.",
		"India overtook Britain last year, with GDP of $3.5 trillion.",
	}, published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), want: []string{"gdp IND 3.5e12"}},
	{name: "a target set against an outturn is the target for its period", wordings: []string{
		"The Philippines' economy grew 5.6% in 2023, slower than the government's 6% target.",
		"Philippine GDP expanded 5.6 per cent in 2023, short of the government's 6 per cent goal.",
		"The Philippines grew 5.6% last year, below the government's target of 6%.",
	}, published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), want: []string{"gdp_growth PHL 5.6 actual 2023", "gdp_growth PHL 6 forecast 2023"}},
	{name: "a phrase with 'with' is of the clause before it", wordings: []string{
		"The British economy had grown for 50 consecutive quarters, he said, with a forecast of 3% in 2005.",
		"Britain's economy has been expanding for years, with a forecast of 3 per cent for 2005 from the Treasury.",
		"The UK economy kept growing through 2004, officials said, with a forecast of 3% in 2005.",
	}, published: time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC), want: []string{"gdp_growth GBR 3 forecast 2005"}},
	{name: "a phrase with 'with' after a fall says no sign", wordings: []string{
		"Spain's economy shrank in 2024, with a forecast of 1% for next year.",
		"The Spanish economy contracted last year, with a forecast of 1 per cent for 2025.",
	}},
	{name: "apposition of a rate to a count", wordings: []string{
		"Spain's unemployment stood at 3.1 million people, or 8.4% of the labour force, in 2024.",
		"In 2024, 3.1 million Spaniards, or 8.4 per cent of the workforce, were out of work.",
	}, want: []string{"unemployment_rate ESP 8.4 actual 2024"}},
	{name: "a fronted figure", wordings: []string{
		"At 4.1%, Britain's jobless rate is at its highest in three years.",
		"At 4.1 per cent, the UK unemployment rate is the highest in three years.",
	}, published: time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC), want: []string{"unemployment_rate GBR 4.1 actual 2024"}},
	{name: "a list of countries", wordings: []string{
		"Unemployment was highest in Italy at 7.5%, followed by Portugal at 6.2% and France at 6%, in 2024.",
		"In 2024 the jobless rate was 7.5% in Italy, 6.2% in Portugal and 6% in France.",
	}, want: []string{"unemployment_rate ITA 7.5", "unemployment_rate PRT 6.2", "unemployment_rate FRA 6"}},
	{name: "figures in a parenthesis after their measure", wordings: []string{
		"Hungary had a higher rate of inflation over the past two years than its partners (around 8% in 2023 and between 5 and 5.5% in 2024).",
		"Hungarian inflation (around 8 pct in 2023, between 5 and 5.5 pct in 2024) outpaced its partners'.",
	}, want: []string{"inflation HUN 8 actual 2023", "inflation HUN 5 actual 2024"}},
	{name: "places paired in order with figures", wordings: []string{
		"Inflation rates in Germany and France were 2.4% and 2.2% respectively in 2024.",
		"In 2024 inflation in Germany and France was 2.4 per cent and 2.2 per cent.",
	}, want: []string{"inflation DEU 2.4 actual 2024", "inflation FRA 2.2 actual 2024"}},
	{name: "a list of three places and three figures", wordings: []string{
		"Growth in Poland, Hungary and Romania averaged 3.1%, 2.0% and 1.5% last year.",
		"Poland, Hungary and Romania grew 3.1 pct, 2.0 pct and 1.5 pct last year.",
	}, want: []string{"gdp_growth POL 3.1 actual 2024", "gdp_growth HUN 2 actual 2024", "gdp_growth ROU 1.5 actual 2024"}},
	{name: "a place's figure after another's", wordings: []string{
		"Greece's unemployment rate of 11% in 2024 is the second highest in the EU, behind Spain's 11.7%.",
		"At 11% in 2024, Greece's jobless rate was below only Spain's 11.7%.",
	}, want: []string{"unemployment_rate GRC 11 actual 2024", "unemployment_rate ESP 11.7 actual 2024"}},
	{name: "the indicator after its figure", wordings: []string{
		"Brazil posted 3.1% growth in 2024.",
		"Brazil recorded economic growth of 3.1 per cent in 2024.",
		"Brazil achieved 3.1% economic growth last year.",
	}, want: []string{"gdp_growth BRA 3.1 actual 2024"}},
	{name: "another number between the cue and the figure", wordings: []string{
		"Inflation in the 20 countries of the euro zone slowed to 2.4% in March 2024.",
		"The euro zone economy, which groups 20 countries, grew 0.4% in 2024.",
	}, want: []string{"* EMU *"}},
	{name: "a forecast word reaches its own clause only", wordings: []string{
		"France's economy grew 1.1% in 2024, and the government expects growth of 0.9% in 2025.",
		"The French economy expanded 1.1% in 2024; the finance ministry forecasts 0.9% growth in 2025.",
	}, want: []string{"gdp_growth FRA 1.1 actual 2024", "gdp_growth FRA 0.9 forecast 2025"}},
	{name: "a sign word reaches its own clause only", wordings: []string{
		"Germany's economy shrank 0.2% in 2024, while inflation rose to 2.2%.",
		"Germany's GDP contracted by 0.2% in 2024 and inflation climbed to 2.2%.",
	}, want: []string{"gdp_growth DEU -0.2 actual 2024", "inflation DEU 2.2 actual 2024"}},
	{name: "a change noun carries its sign", wordings: []string{
		"Japan reported a 0.3% decline in GDP in the fourth quarter of 2024.",
		"Japan's GDP recorded a contraction of 0.3% in the fourth quarter of 2024.",
		"Japanese output suffered a 0.3 per cent drop in the last quarter of 2024.",
	}, want: []string{"gdp_growth JPN -0.3 actual 2024-Q4"}},
	{name: "what grows is named after the growth", wordings: []string{
		"Peru's debt payments were limited last year. Peru enjoyed growth in gross domestic product of 8.5% in 2024 while keeping its hard line on debt.",
		"Foreign debt was capped at 10% of exports. Peru achieved a growth in its gross domestic product of 8.5 per cent in 2024.",
		"The debt stance was hardened. Peru recorded growth of the economy of 8.5 pct in 2024.",
	}, want: []string{"gdp_growth PER 8.5 actual 2024"}},
	{name: "a verb's object between the verb and a movement from one figure to another", wordings: []string{
		"Peru's government cut inflation from 250% in 2022 to 70% in 2024.",
		"Peru succeeded in cutting inflation from 250 pct in 2022 to 70 pct in 2024.",
		"In Peru, the central bank brought inflation down from 250 per cent in 2022 to 70 per cent in 2024.",
	}, want: []string{"inflation PER 250 previous 2022", "inflation PER 70 actual 2024"}},
	{name: "the object of a causative verb is the subject of the next", wordings: []string{
		"Thailand's budget is meant to make the economy grow by 5% in 2026.",
		"The Thai budget aims to help GDP grow 5% in 2026.",
		"Thai officials want to see the economy grow by 5 per cent in 2026.",
	}, want: []string{"gdp_growth THA 5 forecast 2026"}},
	{name: "a verb in -s after a figure", wordings: []string{
		"Peru's growth of 8.5% in 2024 represents gains at the expense of the long term.",
		"Peru's 2024 growth of 8.5 pct reflects higher public spending.",
		"Growth in Peru of 8.5 per cent in 2024 marks a record.",
	}, want: []string{"gdp_growth PER 8.5 actual 2024"}},
	{name: "a figure given in comparison has the sign of its own phrase", wordings: []string{
		"Ecuador's GDP would fall by an estimated 4% this year, compared to 1.5% growth last year.",
		"Ecuador's economy is expected to shrink 4 pct this year after a 1.5 pct expansion last year.",
	}, want: []string{"gdp_growth ECU -4 forecast 2025", "gdp_growth ECU 1.5 previous 2024"}},
	{name: "the verb's sign reaches a rate named by a noun", wordings: []string{
		"Japan's economy contracted at an annualised rate of 0.4% in the fourth quarter of 2024.",
		"Japanese GDP shrank at an annual rate of 0.4 per cent in the fourth quarter of 2024.",
		"Japan's economy fell at a 0.4% annualised pace in the fourth quarter of 2024.",
	}, want: []string{"gdp_growth JPN -0.4 actual 2024-Q4"}},
	{name: "a verb's particle before 'to' is no bound", wordings: []string{
		"Canada's jobless rate edged up to 6.1% in February from 5.7% in January.",
		"Canadian unemployment ticked up to 6.1 per cent in February, from 5.7 per cent in January.",
		"The unemployment rate in Canada crept up to 6.1 pct in February from 5.7 pct in January.",
	}, want: []string{"unemployment_rate CAN 6.1 actual 2025-02", "unemployment_rate CAN 5.7 previous 2025-01"}},
	{name: "a rate moved from its level before is the earlier level", wordings: []string{
		"Turkey's central bank raised its key rate to 50% in March, from 45%.",
		"In March Turkey's central bank lifted its benchmark rate to 50 per cent from 45 per cent.",
	}, want: []string{"policy_rate TUR 50 actual 2025-03", "policy_rate TUR 45 previous"}},
	{name: "the rate a central bank sets is its policy rate", wordings: []string{
		"The Bank of England held interest rates at 5.25% on Thursday.",
		"Britain's central bank kept its benchmark interest rate at 5.25 per cent on Thursday.",
		"On Thursday the Bank of England left interest rates unchanged at 5.25%.",
	}, want: []string{"policy_rate GBR 5.25 actual 2025-02-27"}},
	{name: "a reduced relative with a date before the main verb", wordings: []string{
		"The British budget unveiled on Tuesday foresaw GDP growth in 2026 of 3%.",
		"The UK budget, unveiled on Tuesday, forecast growth of 3 pct in 2026.",
	}, want: []string{"gdp_growth GBR 3 forecast 2026"}},
	{name: "a revised estimate keeps its sign", wordings: []string{
		"Output in Italy will expand by about 1% in 2025, the Bank of Italy said, cutting its previous estimate of 1.3%.",
		"The Bank of Italy sees Italian growth of about 1% in 2025, lowering its earlier forecast of 1.3 pct.",
	}, want: []string{"gdp_growth ITA 1 forecast 2025", "gdp_growth ITA 1.3 forecast 2025"}},
	{name: "a movement from a peak", wordings: []string{
		"Inflation in the United States has fallen from a peak of 9.1% to 3.4%.",
		"US inflation has eased from a high of 9.1 per cent to 3.4 per cent.",
	}, want: []string{"inflation USA 3.4 actual -", "inflation USA 9.1 previous -"}},
	{name: "a value set off by commas after its measure", wordings: []string{
		"In the US, the unemployment rate, at 3.9 percent, remains near historic lows.",
		"America's jobless rate, at 3.9%, is close to a record low.",
	}, want: []string{"unemployment_rate USA 3.9 actual 2025"}},
	{name: "zero growth", wordings: []string{
		"Italy's GDP growth in the fourth quarter of 2024 was zero.",
		"The Italian economy showed zero growth in the fourth quarter of 2024.",
	}, want: []string{"gdp_growth ITA 0 actual 2024-Q4"}},
}

// More wordings of news from many desks: each a plain claim that a reader finds at once.
var plainFamilies = []family{
	{name: "a dash parenthesis", wordings: []string{
		"Consumer price inflation - the government's preferred measure - rose to 1.6% in February in Britain.",
		"Britain's consumer price inflation – the measure the Bank of England targets – rose to 1.6% in February.",
		"In Britain, CPI inflation (the government's target measure) rose to 1.6% in February.",
	}, want: []string{"inflation GBR 1.6 actual 2025-02"}},
	{name: "a quoted forecast", wordings: []string{
		`"We expect growth of 2.5% in Poland this year," the finance minister said.`,
		`"Poland's economy will grow 2.5% this year," the minister told reporters.`,
	}, want: []string{"gdp_growth POL 2.5 forecast 2025"}},
	{name: "a low or a high reached", wordings: []string{
		"US unemployment fell to a 29-year low of 4.7% in December 2024.",
		"The US jobless rate dropped to 4.7% in December 2024, its lowest in 29 years.",
		"In December 2024 American unemployment hit 4.7%, the lowest level since 1995.",
	}, want: []string{"unemployment_rate USA 4.7 actual 2024-12"}},
	{name: "an annualised quarter", wordings: []string{
		"The US economy grew at an annualised rate of 3.8% in the fourth quarter of 2024.",
		"US GDP expanded at a 3.8% annual rate in the fourth quarter of 2024.",
		"America's economy grew 3.8% on an annualised basis in the last three months of 2024.",
	}, want: []string{"gdp_growth USA 3.8 actual 2024-Q4"}},
	{name: "a rate running now", wordings: []string{
		"Inflation in Turkey is running at 39%.",
		"Turkish inflation currently stands at 39 per cent.",
		"Turkey's annual inflation rate is now 39%.",
	}, want: []string{"inflation TUR 39 actual 2025"}},
	{name: "an office's figures", wordings: []string{
		"The Office for National Statistics said the economy grew 0.1% in the fourth quarter of 2024.",
		"According to the ONS, the economy expanded by 0.1% in the fourth quarter of 2024.",
	}, want: []string{"gdp_growth GBR 0.1 actual 2024-Q4"}},
}

// What the text before said carries into the sentence after it.
var contextFamilies = []family{
	{name: "an economy the table names is known by its name, not given to the country before it", published: time.Date(2024, 4, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"China's exports slowed in 2023. Taiwan's economy grew 1.3% in 2023.",
		"China's exports slowed in 2023. Taiwanese GDP expanded 1.3 per cent in 2023.",
		"China's exports slowed in 2023. In Taiwan, the economy grew 1.3 pct in 2023.",
	}, want: []string{"gdp_growth TWN 1.3 actual 2023"}},
	{name: "a country named once in passing, last, does not outweigh the one the article names more", published: time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's recovery has been uneven, the Treasury said. The British economy outpaced Germany last year. Critics point to the labour market. Unemployment averaged 3.7 per cent in 2022.",
		"The UK has recovered faster than expected. British output overtook its pre-pandemic level, ahead of France. Critics point to the labour market. The jobless rate was 3.7% in 2022.",
		"Britain's economy has held up, the Bank of England said. UK firms kept hiring, unlike those in Italy. Economists are divided. Unemployment was 3.7 pct in 2022.",
	}, want: []string{"unemployment_rate GBR 3.7 actual 2022"}},
	{name: "places listed beside the subject's figure are not what the next sentence is about", published: time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy grew 4.3% in 2022, ahead of Canada at 3.4% and the US at 1.9%. The jobless rate was 3.7% in 2022.",
		"Britain's economy grew 4.3 per cent in 2022, according to the ONS, ahead of Canada at 3.4 per cent and the US at 1.9 per cent. Unemployment averaged 3.7 per cent in 2022.",
		"Britain's GDP rose 4.3 pct in 2022, ahead of Canada at 3.4 pct and the United States at 1.9 pct. The unemployment rate was 3.7 pct in 2022.",
	}, want: []string{"gdp_growth GBR 4.3 actual 2022", "gdp_growth CAN 3.4 actual 2022", "gdp_growth USA 1.9 actual 2022", "unemployment_rate GBR 3.7 actual 2022"}},
	{name: "a currency named by a word several countries share is the one of the country the text is about", published: time.Date(2016, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Chile's economy grew 2.1% in 2015. The peso averaged 654 per dollar in 2015.",
		"Chilean growth slowed to 2.1 per cent in 2015, and the peso averaged 654 to the dollar that year.",
		"Chile's economy grew 2.1 pct in 2015. The peso averaged 654 pesos per dollar in 2015, the central bank said.",
	}, want: []string{"gdp_growth CHL 2.1 actual 2015", "exchange_rate CHL 654 actual 2015"}},
	{name: "a shared currency name after a country's possessive is that country's currency", published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Pakistan's rupee averaged 280 per dollar in 2023.",
		"The Pakistani rupee averaged 280 per dollar in 2023.",
		"In Pakistan, the rupee averaged 280 to the dollar in 2023.",
	}, want: []string{"exchange_rate PAK 280 actual 2023"}},
	{name: "the lira of an article about Italy is Italy's", published: time.Date(1988, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's lira averaged 1,296 per dollar in 1987.",
		"Italian inflation slowed in 1987, and the lira averaged 1,296 to the dollar.",
		"The Bank of Italy said the lira averaged 1,296 per dollar in 1987.",
	}, want: []string{"exchange_rate ITA * actual 1987"}},
	{name: "a shared currency name is the default country's where the text is about none that uses it", published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Chile's copper exports rose. The Mexican peso averaged 17.8 per dollar in 2023.",
		"The peso averaged 17.8 per dollar in 2023.",
		"Japan's exports to Latin America rose. The peso averaged 17.8 per dollar in 2023.",
	}, want: []string{"exchange_rate MEX 17.8 actual 2023"}},
	{name: "a bare dollar is the US dollar, whichever country's news it is", published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's exports rose. The dollar averaged 140 yen in 2023.",
		"In Canada, the dollar averaged 140 yen in 2023.",
		"The dollar averaged 140 yen in 2023, the Bank of Canada said.",
	}, want: []string{"exchange_rate JPN 140 actual 2023"}},
	{name: "\"its\" is the subject's, not a place the subject acts on", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany imports much of its gas from Russia, and its economy shrank 0.3% in 2023.",
		"Germany was hit hard by the loss of Russian gas, and its economy shrank 0.3 pct in 2023.",
		"Germany cut its reliance on Russia, and its GDP shrank 0.3 per cent in 2023.",
	}, want: []string{"gdp_growth DEU -0.3 actual 2023"}},
	{name: "\"its\" opening a sentence is the subject's of the sentence before", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany buys much of its gas from Russia. Its economy shrank 0.3% in 2023.",
		"Germany's exports to China fell last year. Its GDP shrank 0.3 pct in 2023.",
		"The German government blamed weak demand from China. Its economy shrank 0.3 per cent in 2023.",
	}, want: []string{"gdp_growth DEU -0.3 actual 2023"}},
	{name: "\"its\" after a subject that names the place is that place's", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Russia cut gas supplies to Germany in 2022, and its economy grew 3.6% in 2023.",
		"Russia's gas sales to Germany collapsed, but its economy grew 3.6 pct in 2023.",
		"Russia's exports to Germany collapsed in 2022, yet its GDP grew 3.6 per cent in 2023.",
	}, want: []string{"gdp_growth RUS 3.6 actual 2023"}},
	{name: "a headline that names its month is the body's figure of that month", published: time.Date(1987, 4, 24, 0, 0, 0, 0, time.UTC), wordings: []string{
		"U.S. CONSUMER PRICES RISE 0.4 PCT IN MARCH\nU.S. consumer prices, which rose 0.4 pct in February, rose another 0.4 pct in March, the Labor Department said.",
		"U.S. CONSUMER PRICES UP 0.4 PCT IN MARCH\nU.S. consumer prices, which had risen 0.4 pct in February, rose 0.4 pct again in March.",
	}, want: []string{"inflation USA 0.4 actual 1987-03", "inflation USA 0.4 * 1987-02", "inflation USA 0.4 actual 1987-03"}},
	{name: "a headline that names its month is the body's figure of that month, the earlier month after it", published: time.Date(1987, 4, 24, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rise 0.4% in March\nUS consumer prices rose 0.4% in March, after a 0.4% rise in February, the Labor Department said.",
		"U.S. CONSUMER PRICES RISE 0.4 PCT IN MARCH\nU.S. consumer prices rose 0.4 pct in March after rising 0.4 pct in February.",
	}, want: []string{"inflation USA 0.4 actual 1987-03", "inflation USA 0.4 actual 1987-03", "inflation USA 0.4 previous 1987-02"}},
	{name: "a speaker's \"our economy\" is the speaker's country, not one the text spoke of before", wordings: []string{
		"Inflation in Britain was 1.3% in 2024. \"Our economy grew by 3% last year,\" the minister said. Official figures show Canada's GDP grew 1.7% in 2024.",
		"British inflation was 1.3 per cent in 2024. \"Our GDP grew 3 per cent last year,\" the minister said. Canada's GDP actually grew 1.7 per cent in 2024, official figures show.",
		"Inflation in Britain was 1.3% in 2024. \"Our economy grew by 3% last year,\" Canada's finance minister said. Canada's GDP grew 1.7% in 2024, official figures show.",
	}, want: []string{"inflation GBR 1.3 actual 2024", "gdp_growth CAN 3 actual 2024", "gdp_growth CAN 1.7 actual 2024"}},
	{name: "a speaker's \"our economy\" with no country named is nobody's", wordings: []string{
		"Inflation in Britain was 1.3% in 2024. \"Our economy grew by 3% last year,\" the minister said.",
		"British inflation was 1.3 per cent in 2024. \"Our GDP grew 3 per cent last year,\" the minister told the conference.",
	}, want: []string{"inflation GBR 1.3 actual 2024"}},
	{name: "the bloc is the bloc named before, not a member named since", wordings: []string{
		"Growth in the euro zone slowed to 0.1% in the fourth quarter of 2024 as Germany's economy contracted 0.2%. Over 2024 as a whole, the bloc's economy grew 0.7%.",
		"Euro zone GDP rose 0.1 per cent in the fourth quarter of 2024, while Germany's economy shrank 0.2 per cent. In 2024 as a whole, the 20-nation bloc grew 0.7 per cent.",
		"The euro area's economy grew 0.1% in the fourth quarter of 2024; German GDP contracted 0.2%. For the whole of 2024 the single currency area's output rose 0.7%.",
	}, want: []string{"gdp_growth EMU 0.1 actual 2024-Q4", "gdp_growth DEU -0.2 actual 2024-Q4", "gdp_growth EMU 0.7 actual 2024"}},
	{name: "a figure that refers back to a sentence with no figure takes its period", wordings: []string{
		"Mexico's economy grew 1.5% in 2024. Ghana's economy contracted in 2023? No: it grew 2.9%, according to the statistics service.",
		"Mexican GDP rose 1.5 per cent in 2024. Did Ghana's economy shrink in 2023? No, it expanded by 2.9%.",
	}, want: []string{"gdp_growth MEX 1.5 actual 2024", "gdp_growth GHA 2.9 actual 2023"}},
	{name: "that compares with an earlier figure of what was just stated", wordings: []string{
		"Britain's unemployment rate was 4.4% in the three months to December 2024. That compares with 4.2% a year earlier.",
		"Unemployment in Britain stood at 4.4 per cent in the three months to December 2024. This compares with 4.2 per cent a year earlier.",
		"Some 1.6 million people, or 4.4% of the workforce, were out of work in Britain in the three months to December 2024. That compares with 4.2% a year earlier.",
	}, want: []string{"unemployment_rate GBR 4.4 actual 2024-Q4", "unemployment_rate GBR 4.2 previous 2023-Q4"}},
	{name: "that compares with nothing after a sentence of something else", wordings: []string{
		"British retailers cut 20,000 jobs in 2024. That compares with 4.2% a year earlier.",
		"Shares in London rose 4.4% in 2024. That compares with 4.2% a year earlier.",
	}},
	{name: "a figure in a 'where' clause is of the place it follows", wordings: []string{
		"The Indian economy grew 8.2% in 2024. Mexico's unemployment rate of 2.6% is among the lowest in the OECD, where the average is 4.9%.",
		"India's GDP rose 8.2 per cent in 2024. At 2.6%, Mexico's jobless rate is one of the lowest in the OECD, where the average rate is 4.9%.",
	}, want: []string{"gdp_growth IND 8.2 actual 2024", "unemployment_rate MEX 2.6 actual 2025", "unemployment_rate OED 4.9 actual 2025"}},
	{name: "a pronoun after a country named since the last figure is that country's", wordings: []string{
		"Mexico's economy grew 1.5% in 2024. Ghana's economy contracted in 2024? No: it grew 2.9%, according to the statistics service.",
		"Mexican GDP rose 1.5 per cent in 2024. Did Ghana's economy shrink last year? No, it expanded by 2.9%.",
	}, want: []string{"gdp_growth MEX 1.5 actual 2024", "gdp_growth GHA 2.9 actual 2024"}},
	{name: "jobs an economy lost leave the economy the topic", wordings: []string{
		"However, during the first half of this year, the Palestinian economy lost more than 22,000 jobs. Last year's growth rate of 6% can also be attributed to the lull, the report said.",
		"The Greek economy shed 40,000 jobs in the first half. Last year's growth rate of 6% was driven by tourism.",
	}, want: []string{"gdp_growth * 6 actual 2024"}},
	{name: "jobs a sector lost leave the sector the topic", wordings: []string{
		"Carmakers cut 20,000 jobs in Germany this year. Last year's growth rate of 3% was their best in a decade.",
		"German banks shed 10,000 jobs in 2025. Last year's growth rate of 3 per cent will not return soon.",
	}},
	{name: "a bloc's forecast is of the country it is for", wordings: []string{
		"Australia's economy is slowing. The report revises downwards the OECD's earlier growth forecast for 2025 of 3.75 pct.",
		"The OECD's growth forecast for Australia for 2025 of 3.75% was too high, the report said.",
		"In Australia, the OECD's earlier forecast of growth of 3.75 per cent in 2025 now looks optimistic.",
	}, want: []string{"gdp_growth AUS 3.75 forecast 2025"}},
	{name: "a country's own forecast is its own", wordings: []string{
		"Germany's growth forecast for 2025 of 0.3% was cut, the ministry said.",
		"Berlin lowered Germany's growth forecast for 2025 to 0.3 per cent.",
	}, want: []string{"gdp_growth DEU 0.3 forecast 2025"}},
	{name: "a headline's figure has the period the body gives it", wordings: []string{
		"JAPAN'S UNEMPLOYMENT RATE SEEN RISING TO 3.5 PCT\nJapan's unemployment rate is expected to climb to 3.5 pct in 2026, economists said.",
		"March 4, 2025\nJapan jobless rate seen rising to 3.5%\nJapan's unemployment rate will rise to 3.5% in 2026, economists forecast.",
		"Japanese unemployment to hit 3.5 per cent\n\nUnemployment in Japan is forecast to reach 3.5 per cent in 2026, according to economists.",
	}, want: []string{"unemployment_rate JPN 3.5 forecast 2026", "unemployment_rate JPN 3.5 forecast 2026"}},
	{name: "an undated figure's country is the one the sentence before stated a figure of", wordings: []string{
		"The German economy grew 0.3% in 2024, Destatis said, helped by exports to China. Inflation held at 2.4%.",
		"German GDP expanded 0.3 per cent in 2024 on stronger demand from the United States. Inflation was 2.4 per cent.",
		"Germany's economy grew by 0.3% last year despite weak trade with Britain; inflation stood at 2.4%.",
	}, want: []string{"gdp_growth DEU 0.3 actual 2024", "inflation DEU 2.4 actual 2024"}},
	{name: "they stands for a plural, not for growth", wordings: []string{
		"Broadband use in Europe is growing fast. Twelve months ago high speed internet users made up a third of the audience in Britain; now they are more than 50%.",
		"Growth in Germany is picking up. Mobile subscribers doubled in 2024, and they now make up 90% of adults.",
		"The French economy is growing again. Exporters are hiring, and they expect a rise of 4% in orders this year.",
	}},
	{name: "they stands for prices", wordings: []string{
		"Consumer prices in Britain rose 0.3% in May. They had risen 0.2% in April.",
		"British consumer prices increased 0.3 per cent in May, after they rose 0.2 per cent in April.",
	}, want: []string{"inflation GBR 0.3 actual 2024-05", "inflation GBR 0.2 actual 2024-04"}},
	{name: "that expansion is the one just spoken of", wordings: []string{
		"Growth has been rapid in southeast Asia, with figures showing a 45% increase in tourist revenues in the region. In southern Asia that expansion is 23%.",
		"Car sales in Japan climbed 12% last year. In South Korea this growth was 8%.",
		"Exports of rice from Thailand jumped 20% in 2024. In Vietnam that rise was 15%.",
	}},
	{name: "that expansion after a country's growth is growth", wordings: []string{
		"Japan's economy grew 1.2% in 2024. In South Korea that expansion was 2%.",
		"The Japanese economy expanded 1.2 per cent last year; in South Korea, this growth was 2 per cent.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2024", "gdp_growth KOR 2 actual 2024"}},
	{name: "a pronoun refers to the measure of the sentence before", wordings: []string{
		"Canadian consumer prices rose 0.4% in January. In February, it edged down to 0.3%.",
		"Consumer prices in Canada increased 0.4 per cent in January. They rose a further 0.3% in February.",
	}, want: []string{"inflation CAN 0.4 actual 2025-01", "inflation CAN 0.3 actual 2025-02"}},
	{name: "the rate refers to the rate of the sentence before", wordings: []string{
		"The number of unemployed in Australia rose to 702,600 in February. The rate eased to 9.0% from 9.1% in January.",
	}, want: []string{"unemployment_rate AUS 9 actual", "unemployment_rate AUS 9.1 previous 2025-01"}},
	{name: "a definite phrase names a figure given before", wordings: []string{
		"Japan's unemployment rate rose to a record 3% in January. Economists fear worse. Exporters are cutting jobs. Some 300,000 workers may need help. \"The three pct figure could translate into a high figure in Europe,\" one economist said.",
		"Japanese unemployment hit a record 3 per cent in January. Firms shed staff. Exporters are hurt by the yen. Banks are cautious. Economists said the 3 per cent rate understates the problem.",
	}, want: []string{"unemployment_rate JPN 3 actual 2025-01", "unemployment_rate JPN 3 actual 2025-01"}},
	{name: "the country of the sentence before", wordings: []string{
		"Poland joined the EU in 2004. Last year, the economy grew 2.9%.",
		"Poland's central bank met on Tuesday. Last year, the country's economy grew 2.9%.",
	}, want: []string{"gdp_growth POL 2.9 actual 2024"}},
	{name: "an institution names its country", wordings: []string{
		"The Bundesbank said the economy would grow 0.7% in 2025.",
		"Istat said gross domestic product rose 0.5% in 2024.",
		"The Reserve Bank of Australia expects inflation of 2.7% in 2025.",
	}, want: []string{"* * *"}},
	{name: "a headline in capitals is text with claims of its own", wordings: []string{
		"ITALIAN 1986 GDP UP 2.7 PCT, UNEMPLOYMENT RISES",
		"YUGOSLAV FEBRUARY INFLATION RISES 7.2 PCT",
		"FRENCH INFLATION CONFIRMED AT 0.2 PCT IN MAY",
	}, published: time.Date(1987, 3, 26, 0, 0, 0, 0, time.UTC), want: []string{"* * *"}},
	{name: "a bare noun means what the sentence before named", wordings: []string{
		"UK house prices rose 1.1% in December. Prices rose 15.1% over the whole of 2024.",
		"British house prices fell in January. Prices were 3% lower than a year earlier.",
	}},
}

// Words as a reader knows them.
var wordFamilies = []family{
	{name: "an outturn hedged as likely or probable is an estimate made before the figure", published: time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy likely shrank 0.3% in 2023, according to a Reuters poll.",
		"Germany's economy probably contracted by around 0.3% in 2023, the statistics office will say on Monday.",
		"German GDP likely fell 0.3 pct in 2023, economists polled by the agency said.",
		"The German economy probably shrank 0.3 per cent last year.",
	}, want: []string{"gdp_growth DEU -0.3 forecast 2023"}},
	{name: "likely before a noun or an infinitive is still an adjective", published: time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy is likely to shrink 0.3% in 2024.",
		"German GDP is likely to fall 0.3 pct in 2024, the institute said.",
	}, want: []string{"gdp_growth DEU -0.3 forecast 2024"}},
	{name: "deflation is a fall in prices, not in output", published: time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan suffered deflation of 0.2% in 2021.",
		"Deflation in Japan reached 0.2 per cent in 2021.",
		"Japan had 0.2% deflation in 2021.",
		"Japanese consumer prices fell 0.2% in 2021, a return to deflation.",
	}, want: []string{"inflation JPN -0.2 actual 2021"}},
	{name: "deflation after a sentence on output is still a fall in prices", published: time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 2.6% in 2021. Japan suffered deflation of 0.2% in 2021.",
		"Japanese GDP rose 2.6 per cent in 2021, while the country had 0.2 per cent deflation.",
	}, want: []string{"gdp_growth JPN 2.6 actual 2021", "inflation JPN -0.2 actual 2021"}},
	{name: "what a country saw is what happened; what it sees is a projection", published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany saw its economy shrink by 0.3% in 2023. The IMF sees Germany's economy growing 0.5% in 2024.",
		"In 2023 Germany saw GDP fall 0.3 per cent. The IMF sees German growth of 0.5 per cent in 2024.",
		"Germany's output saw a fall of 0.3 pct in 2023, and the IMF sees German GDP growing 0.5 pct in 2024.",
	}, want: []string{"gdp_growth DEU -0.3 actual 2023", "gdp_growth DEU 0.5 forecast 2024"}},
	{name: "a figure a government pledges, promises or intends is a projection", wordings: []string{
		"The Greek government has pledged to cut the deficit to 3% of GDP in 2025.",
		"Greece promised to reduce its budget deficit to 3 pct of GDP in 2025.",
		"Athens has vowed to bring the deficit down to 3 per cent of GDP in 2025.",
		"Greece intends to cut its deficit to 3% of GDP in 2025, the finance minister said.",
		"The Greek government is committed to cutting the deficit to 3% of GDP in 2025.",
	}, want: []string{"fiscal_balance GRC -3 forecast 2025"}},
	{name: "a figure reached as promised is an outturn", wordings: []string{
		"Greece cut its deficit to 3% of GDP in 2024, as it had promised.",
		"As promised, Greece cut its deficit to 3 pct of GDP in 2024.",
		"Greece kept its pledge, cutting the deficit to 3 per cent of GDP in 2024.",
	}, want: []string{"fiscal_balance GRC -3 actual 2024"}},
	{name: "a cue word with one slip of the fingers is still the cue word", wordings: []string{
		"peru's consuemr price index rose 5.3 pct in March 2024.",
		"Peru's comsumer price index rose 5.3% in March 2024.",
		"Consumer prices in Peru rose 5.3 per cent in March 2024, the statistics insitute said.",
	}, want: []string{"inflation PER 5.3 actual 2024-03"}},
	{name: "a slip in the measure's words leaves the measure", wordings: []string{
		"The ouptut measure of Britain's GDP rose 2.8 pct in 2024.",
		"The UK's ecomomy grew 2.8% in 2024.",
		"Britain's ecomomic growth was 2.8 per cent in 2024.",
	}, want: []string{"gdp_growth GBR 2.8 actual 2024"}},
	{name: "a slip in a verb of projection still projects", wordings: []string{
		"The minister was optimistic, forcasting Canada's gross domestic product would expand 2.8 pct in 2025.",
		"The minister was optimistic, forecasting Canada's gross domestic product would expand 2.8 pct in 2025.",
	}, want: []string{"gdp_growth CAN 2.8 forecast 2025"}},
	{name: "known words are never read as slips", wordings: []string{
		"Indeed, Britain's economy grew 2.8% in 2024, though growth slowed late in the year.",
		"Britain's economy did indeed grow 2.8 per cent in 2024 - possibly more, though the health service shrank.",
	}, want: []string{"gdp_growth GBR 2.8 actual 2024"}},
	{name: "an economy's worth is its GDP", wordings: []string{
		"The US economy was worth $29.2 trillion in 2024.",
		"America's economy was worth some $29.2 trillion in 2024.",
	}, want: []string{"gdp USA 29.2e12 * 2024"}},
	{name: "a change of GDP per head is per-head growth, not growth", wordings: []string{
		"Germany's GDP per capita fell 0.7% in 2024.",
		"German GDP per head dropped 0.7 per cent in 2024.",
		"Germany's real GDP per capita fell by 0.7% in 2024.",
	}, want: []string{"gdp_per_capita_growth DEU -0.7 actual 2024"}},
	{name: "a measure of unemployment is unemployment", wordings: []string{
		"The wider ILO measure of unemployment in Britain was 4.7% in the three months to December 2024.",
		"Britain's unemployment rate on the ILO measure was 4.7 per cent in the three months to December 2024.",
		"On the ILO measure, unemployment in Britain was 4.7% in the three months to December 2024.",
	}, want: []string{"unemployment_rate GBR 4.7 actual 2024-Q4"}},
	{name: "word forms of a forecast", wordings: []string{
		"The IMF is predicting 3.2% growth for Mexico in 2025.",
		"The IMF predicted that Mexico's economy would grow 3.2% in 2025.",
		"The IMF predicts Mexican growth of 3.2 per cent in 2025.",
		"Mexico's economy is tipped to grow 3.2% in 2025, the IMF said.",
	}, want: []string{"gdp_growth MEX 3.2 forecast 2025"}},
	{name: "pct, per cent, percent", wordings: []string{
		"Swedish GNP rose 1.3 pct last year.",
		"Sweden's gross national product rose 1.3 per cent last year.",
		"Sweden's GNP grew 1.3 percent last year.",
	}, want: []string{"gdp_growth SWE 1.3 actual 2024"}},
	{name: "typographic apostrophes", wordings: []string{
		"Türkiye’s annual inflation eased to 39% in February 2025.",
		"Côte d’Ivoire’s economy grew 6% in 2024.",
	}, want: []string{"* * *"}},
	{name: "ranges of claims", wordings: []string{
		"Germany's economy is expected to grow by 1-1/2 to 2% in 2025.",
		"Economists expect German growth of between 1.5 and 2 per cent in 2025.",
		"German growth should come in at 1.5% to 2% in 2025, economists said.",
		"Institutes forecast German growth ranging from 1.5 to two pct in 2025.",
		"The forecasts put German growth in 2025 at between 1.5 and 2 per cent.",
	}, want: []string{"gdp_growth DEU 1.5 forecast 2025"}},
	{name: "a participle's phrase inside the subject", wordings: []string{
		"Inflation in Peru for the 12-month period ending March 2025 was 67.4%.",
		"Peru's inflation for the year ending in March 2025 was 67.4 pct, the institute said.",
	}, want: []string{"inflation PER 67.4 actual"}},
	{name: "a sentence wrapped over lines", wordings: []string{
		"Sweden's gross national product rose 1.3 pct last\nyear against 2.3 pct in 1985, the central bureau of\nstatistics said.",
	}, want: []string{"gdp_growth SWE 1.3 actual 2024", "gdp_growth SWE 2.3 previous 1985"}},
}

// Periods and kinds as a reader resolves them.
var periodFamilies = []family{
	{name: "a figure its clause says is of the quarter or the month is no year's", published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"For the full year, the euro zone's economy grew 0.5%. Germany's economy shrank 0.3% in the quarter.",
		"The euro zone's economy grew 0.5% in 2023. Germany's economy shrank 0.3% over the quarter.",
		"The euro zone's economy grew 0.5% last year. In the quarter, Germany's economy shrank 0.3%.",
		"The euro zone's economy grew 0.5 pct in 1987. German GDP fell 0.3 pct in the month.",
	}, want: []string{"gdp_growth EMU 0.5 actual *", "gdp_growth DEU -0.3 actual -"}},
	{name: "a clause with a date of its own nearer the figure than a quarter it names keeps its date", published: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 1.9% in 2023 even as output fell in the quarter.",
		"Japan's economy grew 1.9% in 2023, the central bank said on the month's last day.",
		"In 2023 Japan's economy grew 1.9%, with output down in the quarter.",
	}, want: []string{"gdp_growth JPN 1.9 actual 2023"}},
	{name: "a clause with no date goes on with the quarter of the clause before", published: time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The euro zone's economy grew 0.5% in 2023. Germany's economy shrank 0.3 pct in the quarter; Spain's grew 0.6 pct.",
		"The euro zone's economy grew 0.5% in 2023. Germany's economy shrank 0.3% during the quarter, while Spain's grew 0.6%.",
	}, want: []string{"gdp_growth EMU 0.5 actual 2023", "gdp_growth DEU -0.3 actual -", "gdp_growth ESP 0.6 actual -"}},
	{name: "three months joined by through are their quarter", published: time.Date(2020, 10, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy shrank at a 31.4% annualized rate from April through June.",
		"US GDP fell at an annual rate of 31.4 per cent in April through June.",
		"The U.S. economy contracted at a 31.4 pct annualized pace in the April through June period.",
	}, want: []string{"gdp_growth USA -31.4 actual 2020-Q2 annualised"}},
	{name: "the full year after a quarter reported on a weekday is the quarter's year", published: time.Date(2017, 3, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"South Africa's economy contracted 0.3% in the fourth quarter of 2016, Statistics South Africa said on Tuesday. For the full year, growth was 0.3%.",
		"Japan's economy grew 0.4% in the fourth quarter of 2016, the Cabinet Office said on Monday. Growth for the whole year was 1.0%.",
		"Canada's GDP expanded 0.6 pct in the final quarter of 2016, Statistics Canada reported on Thursday. Over the year as a whole, the economy grew 1.4 pct.",
	}, want: []string{"gdp_growth * * actual 2016-Q4", "gdp_growth * * actual 2016"}},
	{name: "a figure a relative clause says was expected is what was expected", published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's economy expanded 2.9% in 2023, beating the 0.8% that economists polled at the start of the year had expected.",
		"Brazil's economy expanded 2.9% in 2023, far more than the 0.8% that most analysts expected.",
		"Brazil's GDP grew 2.9 per cent in 2023, well ahead of the 0.8 per cent growth which economists surveyed by the central bank had forecast.",
		"Brazil's economy grew 2.9 pct in 2023, beating the 0.8 pct that economists polled by Reuters had predicted.",
	}, want: []string{"gdp_growth BRA 2.9 actual 2023", "gdp_growth BRA 0.8 forecast 2023"}},
	{name: "a month named without its year beside one named with it is of that one's year", published: time.Date(2023, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In March 2022 US inflation was 8.5%, up from 7.9% in February.",
		"US consumer prices rose 8.5% in March 2022 from a year earlier, after 7.9% in February.",
		"Annual inflation in the United States hit 8.5 per cent in March 2022, up from 7.9 per cent in February.",
		"U.S. CPI inflation accelerated to 8.5 pct in March 2022 from 7.9 pct in February, the Labor Department said.",
	}, want: []string{"inflation USA 8.5 actual 2022-03", "inflation USA 7.9 previous 2022-02"}},
	{name: "a month named without its year before January of a named year is of the year before", published: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation eased to 6.4% in January 2023, down from 6.5% in December.",
		"In January 2023 annual US inflation slowed to 6.4 per cent from 6.5 per cent in December.",
		"U.S. consumer prices rose 6.4 pct in the year to January 2023, after 6.5 pct in December.",
	}, want: []string{"inflation USA 6.4 actual 2023-01", "inflation USA 6.5 previous 2022-12"}},
	{name: "a quarter named without its year beside one named with it is of that one's year", published: time.Date(2023, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Mexico's economy grew 3.3% in the third quarter of 2021, after 1.0% in the second quarter.",
		"Mexican GDP expanded 3.3 per cent in the third quarter of 2021, up from 1.0 per cent in the second quarter.",
		"Mexico's gross domestic product grew 3.3 pct in the July-September quarter of 2021 against 1.0 pct in the second quarter.",
	}, want: []string{"gdp_growth MEX 3.3 actual 2021-Q3", "gdp_growth MEX 1.0 previous 2021-Q2"}},
	{name: "a month relative to publication beside a named one is left to publication", published: time.Date(2022, 4, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation was 8.5% in March 2022 and is expected to reach 9% next month.",
		"US inflation was 8.5 per cent in March 2022; economists expect 9 per cent next month.",
	}, want: []string{"inflation USA 8.5 actual 2022-03", "inflation USA 9 forecast 2022-05"}},
	{name: "its after two countries that each lead a clause is not the first one's", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Poland's economy grew 0.2% in 2023, while Hungary's shrank 0.9%. Its inflation averaged 17.1%.",
		"Poland grew 0.2 pct in 2023, but Hungary shrank 0.9 pct. Its inflation averaged 17.1 pct.",
		"Poland's economy grew 0.2% in 2023; Hungary's shrank 0.9%. Its inflation averaged 17.1%.",
	}, want: []string{"gdp_growth POL 0.2 actual 2023", "gdp_growth HUN -0.9 actual 2023", "inflation HUN 17.1 actual 2023"}},
	{name: "an exchange rate at the end of a month is a day's, not the month's average", published: time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The dollar was worth 151.7 yen at the end of October.",
		"The yen stood at 151.7 per dollar at end-October.",
		"The dollar ended October at 151.7 yen.",
	}, want: []string{"exchange_rate JPN 151.7 actual -"}},
	{name: "an exchange rate averaged over a month is the month's", published: time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The dollar averaged 149.6 yen in October.",
		"The yen averaged 149.6 per dollar in October.",
	}, want: []string{"exchange_rate JPN 149.6 actual 2023-10"}},
	{name: "a count of quarters written as a fraction is no rate", published: time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 0.2% in the March quarter after two quarters of contraction.",
		"Japanese GDP rose 0.2 pct in the January-March quarter, following three quarters of decline.",
		"Japan's economy expanded 0.2% in the first quarter of 2024, after two quarters of shrinking output.",
	}, want: []string{"gdp_growth JPN 0.2 actual 2024-Q1"}},
	{name: "a quarter numbered before its year, months in brackets or not", published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK GDP is estimated to have fallen by 0.3% in Quarter 4 (Oct to Dec) 2023, following a fall of 0.1% in the previous quarter.",
		"UK GDP fell 0.3% in Quarter 4 2023, after falling 0.1% in the previous quarter.",
		"British GDP fell by 0.3 per cent in quarter 4 of 2023, after a fall of 0.1 per cent in the previous quarter.",
		"Gross domestic product in the UK fell by 0.3% in Quarter 4 (October to December) 2023, after a 0.1% fall in the previous quarter.",
	}, want: []string{"gdp_growth GBR -0.3 actual 2023-Q4", "gdp_growth GBR -0.1 previous 2023-Q3"}},
	{name: "a quarter or a month before a figure of a year is no year", published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy grew 0.1% in 2023, against 0.3% a quarter earlier.",
		"British GDP rose 0.1 pct in 2023, compared with 0.3 pct in the previous quarter.",
	}, want: []string{"gdp_growth GBR 0.1 actual 2023", "gdp_growth GBR 0.3 previous -"}},
	{name: "a figure in the present set against one of long ago is now's, not the year after that one", published: time.Date(2019, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's unemployment rate is 3.9%, compared with 8.1% in 2010.",
		"The UK jobless rate now stands at 3.9 per cent, against 8.1 per cent in 2010.",
		"British unemployment is at 3.9 pct, down from 8.1 pct in 2010.",
	}, want: []string{"unemployment_rate GBR 3.9 actual 2019", "unemployment_rate GBR 8.1 previous 2010"}},
	// The level set against is not read (a miss, not a wrong date): only the first figure's
	// period is what these hold.
	{name: "a figure set below or above another level is no list with it", published: time.Date(2019, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unemployment in Britain remains at 3.9%, far below the 8.1% of 2010.",
		"Unemployment in Britain remains at 3.9%, far below 2010's 8.1%.",
		"Unemployment in Britain is 3.9%, well under the 8.1% seen in 2010.",
		"British unemployment, at 3.9%, is less than half the 8.1% of 2010.",
		"Britain's unemployment rate of 3.9% is the lowest since 1975, and well below the 8.1% recorded in 2010.",
	}, want: []string{"unemployment_rate GBR 3.9 actual 2019"}},
	{name: "a figure set against one of the year before is of the year after it", published: time.Date(1987, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's unemployment rate is 11.1 pct, compared with 11.5 pct in 1986.",
		"British unemployment was 11.1 pct, down from 11.5 pct in 1986.",
		"UK unemployment stands at 11.1 per cent, against 11.5 per cent in 1986.",
	}, want: []string{"unemployment_rate GBR 11.1 actual 1987", "unemployment_rate GBR 11.5 previous 1986"}},
	{name: "a rate of a part of a year is not the year's average", published: time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation hit 9.1% last summer, the highest in four decades.",
		"Inflation in the United States was running at 9.1% in the summer of 2022.",
		"In mid-2022, American consumer prices were rising at an annual rate of 9.1 per cent.",
		"US inflation climbed to 9.1 pct in early summer 2022.",
		"Late in 2022, inflation in the US reached 9.1%.",
		"At the start of 2022, US inflation stood at 9.1 per cent.",
		"U.S. consumer prices rose 9.1 pct in the middle of 2022 from a year earlier.",
	}, want: []string{"inflation USA 9.1 actual -"}},
	{name: "a year written whole is the year's, whatever else its sentence says of its parts", published: time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Early estimates put US inflation at 8.0% in 2022.",
		"US inflation averaged 8.0% in 2022, having peaked in the summer.",
		"In 2022, a year that began with war in Europe, US inflation averaged 8.0%.",
		"Inflation in the United States was 8.0% in 2022, a figure released earlier this year.",
	}, want: []string{"inflation USA 8 actual 2022"}},
	{name: "a figure set against a year long before is a change over the years between", published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"German GDP in 2023 was 0.3% larger than in 2019.",
		"Germany's economy was just 0.3 per cent bigger in 2023 than in 2019.",
		"In 2023 German output was 0.3% higher than in 2019.",
	}, want: []string{"gdp_growth DEU 0.3 actual 2020/2023"}},
	{name: "a figure of now set against a year long before is a change since then", published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"German GDP is only 0.3% larger than in 2019.",
		"Germany's economy is just 0.3 per cent bigger than in 2019.",
	}, want: []string{"gdp_growth DEU 0.3 actual -"}},
	{name: "a figure set against the year before is its year's change", published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"German GDP was 1.8% higher in 2023 than in 2022.",
		"In 2023 Germany's economy was 1.8 per cent bigger than in 2022.",
	}, want: []string{"gdp_growth DEU 1.8 actual 2023"}},
	{name: "a policy rate in force since a date was set then", published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's Bank Rate has been 5.25% since August 2023.",
		"Britain's Bank Rate had stood at 5.25 per cent since August 2023, when the Bank last raised it.",
		"The UK's Bank Rate has remained at 5.25% since August 2023.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023-08"}},
	{name: "a fiscal year starting in a month of no year is the next to start", published: time.Date(2025, 2, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"India's economy is forecast to grow 6.5% in the fiscal year starting April.",
		"India's economy is expected to grow 6.5 per cent in the fiscal year beginning April 1.",
		"In the fiscal year starting in April, India's economy will grow 6.5%, the survey said.",
	}, want: []string{"gdp_growth IND 6.5 forecast FY2026"}},
	{name: "a price reached within a month or a year is not its average", published: time.Date(2022, 10, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The pound fell to a record low of $1.03 in September 2022.",
		"Sterling slumped to an all-time low of $1.03 in September 2022.",
		"In September 2022 the pound hit a record low of $1.03.",
		"The pound plunged to $1.03 in September 2022, its lowest ever.",
		"The British pound tumbled to a low of 1.03 dollars in September 2022.",
	}, want: []string{"exchange_rate GBR 1.03 actual -"}},
	{name: "a price averaged over a month or a year is its average", published: time.Date(2023, 2, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The yen averaged 131 to the dollar in 2022.",
		"In 2022 the yen averaged 131 per dollar.",
		"The dollar bought 131 yen on average in 2022.",
	}, want: []string{"exchange_rate JPN 131 actual 2022"}},
	{name: "a forecast of a month names the one to come", published: time.Date(2022, 8, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England expects inflation to peak at 13.3% in October.",
		"UK inflation is expected to hit 13.3 pct in October, the Bank said.",
		"Economists forecast that British inflation will reach 13.3% in October.",
		"British inflation could climb to 13.3 per cent in October, the central bank warned.",
	}, want: []string{"inflation GBR 13.3 forecast 2022-10"}},
	{name: "an estimate of a quarter that is over keeps it", published: time.Date(2022, 8, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy is expected to have shrunk 0.2% in the second quarter.",
		"UK GDP is thought to have contracted 0.2 pct in the second quarter.",
		"Britain's economy is estimated to have shrunk by 0.2 per cent in the second quarter.",
	}, want: []string{"gdp_growth GBR -0.2 * 2022-Q2"}},
	{name: "an exchange rate with no date of its own is the market's as the story is written, not the year before's", published: time.Date(1987, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's gross national product rose 2.5 pct in 1986. The dollar fell to 153 yen.",
		"Japanese GNP grew 2.5% last year, the agency said. In Tokyo the dollar slipped to 153 yen.",
		"The Japanese economy expanded by 2.5 per cent in 1986. The dollar closed at 153 yen, down from the day before.",
	}, want: []string{"gdp_growth JPN 2.5 actual 1986", "exchange_rate JPN 153 actual -"}},
	{name: "an exchange rate with a date of its own keeps it", published: time.Date(1987, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's gross national product rose 2.5 pct in 1986. The dollar averaged 168.5 yen in 1986.",
		"Japanese GNP grew 2.5% in 1986, when the dollar averaged 168.5 yen.",
	}, want: []string{"gdp_growth JPN 2.5 actual 1986", "exchange_rate JPN 168.5 actual 1986"}},
	{name: "a rate at the end of a year is not the year's average", wordings: []string{
		"Inflation in Germany was 8.6% at the end of 2022.",
		"German inflation stood at 8.6 pct at end-2022.",
		"At the end of 2022, inflation in Germany was running at 8.6 per cent.",
		"Germany's annual inflation rate was still 8.6% at the close of 2022, statistics showed.",
	}, want: []string{"inflation DEU 8.6 actual -"}},
	{name: "a rate a year ended at is its end, not the year's average", published: time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Ghana's inflation ended 2023 at 23.2%.",
		"Inflation in Ghana closed 2023 at 23.2 pct, the statistics service said.",
		"Ghanaian consumer price inflation finished 2023 at 23.2 per cent.",
	}, want: []string{"inflation GHA 23.2 actual -"}},
	{name: "the fiscal year ending a year names that year, not its end", published: time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Ghana's inflation averaged 38.1% in the fiscal year ending 2023.",
		"In the year ended 2023, Ghana's inflation averaged 38.1 pct.",
		"Ghana's inflation averaged 38.1 per cent in 2023.",
	}, want: []string{"inflation GHA 38.1 actual 2023"}},
	{name: "a stock at the end of a year is the year's", wordings: []string{
		"Italy's public debt was 144.4% of GDP at the end of 2022.",
		"At the end of 2022 Italian government debt stood at 144.4 per cent of GDP.",
		"Italy's debt ratio reached 144.4 pct of GDP by end-2022.",
		"Italy's public debt ended 2022 at 144.4% of GDP.",
	}, want: []string{"government_debt ITA 144.4 actual 2022"}},
	{name: "a figure compared with one at the end of an earlier year takes that year", wordings: []string{
		"Government debt in Britain stood at 96.6% of GDP at the end of 2021, compared with 84.4% at the end of 2019.",
		"British government debt rose to 96.6 per cent of GDP at the end of 2021 from 84.4 per cent at the end of 2019.",
		"UK government debt was 96.6% of GDP in 2021, up from 84.4% at the end of 2019.",
	}, want: []string{"government_debt GBR 96.6 actual 2021", "government_debt GBR 84.4 previous 2019"}},
	{name: "a figure set beside another is a rate of the same kind", published: time.Date(1987, 4, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Canada's consumer prices were up 4.4 pct in March on a year-over-year basis, compared with a 4.1 pct rise in February.",
		"Canadian consumer prices rose 4.4% in March from a year earlier, compared with a 4.1% increase in February.",
		"Year on year, Canada's consumer prices rose 4.4 per cent in March, after a 4.1 per cent rise in February.",
	}, want: []string{"inflation CAN 4.4 actual 1987-03 yoy", "inflation CAN 4.1 previous 1987-02 yoy"}},
	{name: "a monthly change set beside another is month on month", published: time.Date(1987, 4, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Canada's consumer prices rose 0.4 pct in March after a 0.3 pct rise in February.",
		"Canadian consumer prices climbed 0.4% in March, compared with a 0.3% increase in February.",
	}, want: []string{"inflation CAN 0.4 actual 1987-03 mom", "inflation CAN 0.3 previous 1987-02 mom"}},
	{name: "a dateline says when the story was filed, not when a rate was cut", published: time.Date(1987, 1, 23, 0, 0, 0, 0, time.UTC), wordings: []string{
		"FRANKFURT, Jan 23 - The Bundesbank cut its discount rate to 3.0 pct from 3.5 pct yesterday, and its Lombard rate to 5.0 pct from 5.5 pct.",
		"FRANKFURT, January 23 - The Bundesbank yesterday cut its discount rate to 3.0 pct from 3.5 pct, and its Lombard rate to 5.0 pct from 5.5 pct.",
		"Frankfurt, 23 January 1987 — The Bundesbank cut its discount rate to 3.0% from 3.5% on Thursday, and its Lombard rate to 5.0% from 5.5%.",
	}, want: []string{"policy_rate DEU 3 actual 1987-01-22", "policy_rate DEU 3.5 previous 1987-01-22", "policy_rate DEU 5 actual 1987-01-22", "policy_rate DEU 5.5 previous 1987-01-22"}},
	{name: "a level below an earlier one is a change since then, no year's", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"GDP in Greece is still 20% below its 2008 level.",
		"Greek GDP remains 20 pct below pre-crisis levels.",
		"Greece's economy is still 20 per cent below its 2007 peak.",
	}, want: []string{"gdp_growth GRC -20 actual -"}},
	{name: "a dated figure beside a level below an earlier one keeps its date", published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Greece's economy grew 2% in 2023, still below its 2008 level.",
		"Greek GDP rose 2 pct in 2023 but remains below pre-crisis levels.",
	}, want: []string{"gdp_growth GRC 2 actual 2023"}},
	{name: "the fiscal year that ended in a month is that fiscal year", published: time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC), wordings: []string{
		"India's economy contracted 7.3% in the fiscal year that ended in March.",
		"India's economy contracted 7.3 pct in the fiscal year ended March.",
		"In the financial year which ended in March 2021, India's GDP shrank 7.3 per cent.",
	}, want: []string{"gdp_growth IND -7.3 actual FY2021"}},
	{name: "the annual rate of a quarterly price index is its rise over a year", published: time.Date(1987, 8, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"New Zealand's consumer price index rose 2.1 pct in the June quarter of 1987, taking the annual rate to 18.3 pct.",
		"New Zealand consumer prices rose 2.1% in the June quarter of 1987, putting the annual inflation rate at 18.3%.",
		"New Zealand's CPI was up 2.1 per cent in the June quarter of 1987, for an annual rate of 18.3 per cent.",
	}, want: []string{"inflation NZL 2.1 actual 1987-Q2", "inflation NZL 18.3 actual 1987-Q2 yoy"}},
	{name: "a quarter's growth at an annual rate is annualised", published: time.Date(2005, 1, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy grew at an annual rate of 3.1% in the fourth quarter of 2004.",
		"US GDP expanded at a 3.1 pct annual rate in the fourth quarter of 2004.",
	}, want: []string{"gdp_growth USA 3.1 actual 2004-Q4 annualised"}},
	{name: "an inflation rate unchanged from the month before is year on year", published: time.Date(2024, 2, 16, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK inflation was 4% in January 2024, unchanged from December.",
		"British inflation stayed at 4 pct in January 2024, unchanged from December.",
		"The UK's inflation rate was 4 per cent in January 2024, unchanged from December.",
	}, want: []string{"inflation GBR 4 actual 2024-01 yoy", "inflation GBR 4 previous 2023-12 yoy"}},
	{name: "a price change from the month before is month on month", published: time.Date(2024, 2, 16, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK consumer prices fell 0.6% in January 2024 from December.",
		"British consumer prices dropped 0.6 pct in January 2024 from December.",
	}, want: []string{"inflation GBR -0.6 actual 2024-01 mom"}},
	{name: "a relative clause on the subject keeps its own kind", published: time.Date(1991, 6, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Economists said the West German economy, which grew 4.5 pct last year, would slow to around 2.5 pct in 1991.",
		"The German economy, which expanded 4.5% in 1990, is expected to slow to 2.5% this year.",
		"Germany's GDP, which rose 4.5 per cent in 1990, will grow only 2.5 per cent in 1991, the institutes forecast.",
	}, want: []string{"gdp_growth DEU 4.5 actual 1990", "gdp_growth DEU 2.5 forecast 1991"}},
	{name: "a relative clause on the subject keeps its date to itself", published: time.Date(1988, 2, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's gross national product, which rose 1.2 pct in the third quarter, is expected to grow 3.8 pct in the fiscal year ending March 31.",
		"Japan's economy, which grew 1.2% in the third quarter, is forecast to expand 3.8% in the fiscal year ending March 31.",
		"Japanese GNP, which expanded 1.2 per cent in the third quarter, should grow 3.8 per cent in the fiscal year ending March 31, the agency said.",
	}, want: []string{"gdp_growth JPN 1.2 actual 1987-Q3", "gdp_growth JPN 3.8 forecast FY1988"}},
	{name: "a quarter written as its first and last months is the quarter", published: time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy shrank at an annual rate of 0.5% in the October-to-December period.",
		"Japanese GDP contracted 0.5 pct in the October-December quarter.",
		"In the October-to-December quarter, Japan's economy shrank by 0.5 per cent.",
		"Japan's economy shrank 0.5% in Oct/Dec.",
	}, want: []string{"gdp_growth JPN -0.5 actual 2004-Q4"}},
	{name: "the level a rate decision reaches is the policy rate, of the decision's day", published: time.Date(2022, 7, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation hit 9.1% in June. The Federal Reserve raised interest rates by 0.75 percentage points on Wednesday, taking its benchmark rate to a range of 2.25% to 2.5%.",
		"US inflation hit 9.1% in June. The Fed lifted rates by three-quarters of a point on Wednesday, to a range of 2.25% to 2.5%.",
		"US inflation hit 9.1 pct in June. On Wednesday the Fed raised its key rate by 75 basis points to 2.25-2.5 pct.",
	}, want: []string{"inflation USA 9.1 actual 2022-06", "policy_rate USA 2.25 actual 2022-07-27"}},
	{name: "an outturn set beside a forecast takes no period from it", published: time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy is expected to shrink by 0.1% this year, while the US grew 1.2%.",
		"German GDP is forecast to fall 0.1 pct in 2023 and U.S. GDP rose 1.2 pct.",
		"The German economy will contract 0.1 per cent this year, the IMF said; the US economy grew 1.2 per cent.",
	}, want: []string{"gdp_growth DEU -0.1 forecast 2023", "gdp_growth USA 1.2 actual -"}},
	{name: "a country that was the only one to shrink states an outturn, not a forecast", published: time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany was the only G7 economy to shrink, contracting by 0.1%, while the US grew 1.2%.",
		"Germany was the only big economy to contract, shrinking 0.1 pct, while U.S. output rose 1.2 pct.",
	}, want: []string{"gdp_growth DEU -0.1 actual -", "gdp_growth USA 1.2 actual -"}},
	{name: "a movement set off by commas between a subject and its verb is dated from the verb's period", published: time.Date(1986, 1, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's unemployment rate, down from 6.1% a year earlier, stood at 5.9% in May 1985.",
		"The German jobless rate, down from 6.1 pct a year earlier, was 5.9 pct in May 1985.",
		"West German unemployment, down from 6.1 per cent a year before, stood at 5.9 per cent in May 1985.",
		"Germany's unemployment rate, which was 6.1% a year earlier, stood at 5.9% in May 1985.",
	}, want: []string{"unemployment_rate DEU 6.1 previous 1984-05", "unemployment_rate DEU 5.9 actual 1985-05"}},
	{name: "a verbless movement after its subject leaves the subject to the verb after it", published: time.Date(1986, 1, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Consumer prices in Germany, up 0.3% in May 1985, were 3.1% higher than a year earlier.",
		"German consumer prices, up 0.3 pct in May 1985, were 3.1 pct above their level a year earlier.",
		"West Germany's cost of living, up 0.3 per cent in May 1985, was 3.1 per cent higher than a year before.",
	}, want: []string{"inflation DEU 0.3 actual 1985-05 mom", "inflation DEU 3.1 actual 1985-05 yoy"}},
	{name: "a figure set against a movement stated with no figure is of the period before it", published: time.Date(2023, 11, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy flatlined in the third quarter, with output unchanged after growth of 0.2% in the previous three months.",
		"The UK economy stagnated in the third quarter, after growth of 0.2% in the previous quarter.",
		"UK GDP showed no growth in the July-September quarter, following growth of 0.2% in the previous three months.",
		"In the third quarter the British economy was flat, compared with growth of 0.2 pct in the preceding quarter.",
		"The UK economy stagnated in the third quarter of 2023, after growth of 0.2% in the second quarter.",
	}, want: []string{"gdp_growth GBR 0.2 previous 2023-Q2"}},
	{name: "a figure for the year after a quarter's is the year's, not the quarter's", published: time.Date(2005, 2, 18, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's GDP fell 0.3% in the fourth quarter of 2004, official figures showed, while growth for the year was 1.2%.",
		"Italian gross domestic product contracted 0.3 pct in the fourth quarter of 2004, and for the year it grew 1.2 pct.",
		"The Italian economy shrank by 0.3 per cent in the final three months of 2004. For the year, growth was 1.2 per cent, the statistics office said.",
		"Italy's economy contracted by 0.3% in the fourth quarter; for the year, it expanded 1.2%.",
	}, want: []string{"gdp_growth ITA -0.3 actual 2004-Q4", "gdp_growth ITA 1.2 actual 2004"}},
	{name: "a figure for the year to a month is the twelve months to it", published: time.Date(2005, 2, 18, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italian consumer prices rose 0.2% in January 2005, and 1.9% in the year to January.",
		"Consumer prices in Italy rose 0.2 pct in January 2005, for a rise of 1.9 pct in the year to January.",
	}, want: []string{"inflation ITA 0.2 actual 2005-01", "inflation ITA 1.9 actual 2005-01"}},
	{name: "a figure someone estimated or expected, set beside the outturn, is of the same period", published: time.Date(2005, 1, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP grew 3.8% in the fourth quarter of 2004, ahead of the 3.1% the government estimated a month ago.",
		"US GDP grew 3.8 per cent in the fourth quarter of 2004, compared with the 3.1 per cent the government had estimated.",
	}, want: []string{"gdp_growth USA 3.8 actual 2004-Q4", "gdp_growth USA 3.1 previous 2004-Q4"}},
	{name: "a figure analysts expected, set beside the outturn, is a forecast of the same period", published: time.Date(2005, 1, 28, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP grew 3.8% in the fourth quarter of 2004, short of the 4% forecast by analysts.",
		"US GDP grew 3.8 per cent in the fourth quarter of 2004, compared with the 4 per cent economists had expected.",
	}, want: []string{"gdp_growth USA 3.8 actual 2004-Q4", "gdp_growth USA 4 forecast 2004-Q4"}},
	{name: "a rate decision from one rate to another is one event of one date", published: time.Date(2020, 4, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut interest rates to 0.1% from 0.25% in March 2020.",
		"In March 2020 the Bank of England cut Bank Rate to 0.1 per cent from 0.25 per cent.",
	}, want: []string{"policy_rate GBR 0.1 actual 2020-03", "policy_rate GBR 0.25 previous 2020-03"}},
	{name: "a basis named in a later figure's phrase is that figure's, not the monthly changes' before it", published: time.Date(1987, 4, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Consumer prices in the U.S. rose 0.4 pct in March after a 0.4 pct rise in February, putting the annual rate of inflation at 4.2 pct.",
		"U.S. consumer prices rose 0.4% in March after rising 0.4% in February, taking the year-on-year rate of inflation to 4.2%.",
	}, want: []string{"inflation USA 0.4 actual 1987-03 mom", "inflation USA 0.4 previous 1987-02 mom", "inflation USA 4.2 actual 1987-03 yoy"}},
	{name: "the fiscal year ending in a month is the fiscal year that month ends", published: time.Date(2021, 2, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"India's economy is expected to shrink by 7.7% in the fiscal year ending in March.",
		"India's GDP is forecast to contract 7.7 per cent in the financial year ending March 2021.",
		"In the year ending in March, India's economy is expected to shrink by 7.7%.",
	}, want: []string{"gdp_growth IND -7.7 forecast FY2021"}},
	{name: "a date that modifies another noun dates that thing, not the figure", published: time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"After the January data, the Bundesbank raised its inflation forecast for Germany to 2.5 pct.",
		"The January data led the Bundesbank to raise its German inflation forecast to 2.5 pct.",
		"Citing its March report, the Bundesbank raised its inflation forecast for Germany to 2.5%.",
	}, want: []string{"inflation DEU 2.5 forecast 1987"}},
	{name: "growth between two years is of all the years between", published: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Between 2010 and 2018, Germany's economy grew by an average of 2% a year.",
		"Germany's economy grew by an average of 2 per cent a year between 2010 and 2018.",
		"From 2010 to 2018 German GDP grew at an average annual rate of 2%.",
	}, want: []string{"gdp_growth DEU 2 actual 2010/2018"}},
	{name: "a size set against an earlier time with no date is a change since then", published: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy is still 5% smaller than it was before the financial crisis.",
		"Italian GDP remains 5 per cent smaller than before the 2008 crisis.",
	}, want: []string{"gdp_growth ITA -5 actual -"}},
	{name: "a monthly rate's peak in a year is no year's average", published: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Greece's unemployment rate peaked at 27.9% in 2013.",
		"In 2013 the jobless rate in Greece reached a peak of 27.9 per cent.",
		"Greek unemployment hit a high of 27.9% in 2013.",
	}, want: []string{"unemployment_rate GRC 27.9 * -"}},
	{name: "a monthly rate's low in a year is no year's average", published: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's unemployment rate fell to a low of 3.5% in 2022.",
		"In 2022 the jobless rate in Britain touched a record low of 3.5 per cent.",
		"British unemployment hit a 50-year low of 3.5% in 2022.",
	}, want: []string{"unemployment_rate GBR 3.5 * -"}},
	{name: "\"the fourth\" after \"the third quarter\" is the fourth quarter", published: time.Date(1987, 4, 24, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy, which grew 0.4 pct in the third quarter of 1986, should grow 0.6 pct in the fourth.",
		"British GDP grew 0.4% in the third quarter of 1986 and is expected to grow 0.6% in the fourth, economists said.",
	}, want: []string{"gdp_growth GBR 0.4 actual 1986-Q3", "gdp_growth GBR 0.6 forecast 1986-Q4"}},
	{name: "a basis after a span of months in the date is the figure's", published: time.Date(2015, 6, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's economy shrank 0.2% in the first three months of the year compared with the previous quarter.",
		"Brazilian GDP fell 0.2 per cent in the three months to March 2015 from the previous quarter.",
		"In the first three months of 2015 Brazil's economy contracted 0.2% on the previous quarter.",
	}, want: []string{"gdp_growth BRA -0.2 actual 2015-Q1 qoq"}},
	{name: "a figure a revision replaced is of the same period and basis", published: time.Date(1987, 4, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The U.S. economy grew at a seasonally adjusted annual rate of 1.3 pct in the fourth quarter, revised from 1.7 pct.",
		"U.S. GDP grew at a 1.3 pct annualised rate in the fourth quarter, revised down from 1.7 pct.",
		"In the fourth quarter the U.S. economy grew at a revised annual rate of 1.3 pct, down from 1.7 pct.",
	}, want: []string{"gdp_growth USA 1.3 actual 1986-Q4 annualised", "gdp_growth USA 1.7 * 1986-Q4 annualised"}},
	{name: "an earlier estimate dated when it was made is of the period it estimates", published: time.Date(1987, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's gross domestic product rose a revised 0.5 pct in the first quarter of 1987, down from the 0.8 pct estimated last month.",
		"UK GDP growth in the first quarter of 1987 was revised to 0.5 pct from the 0.8 pct estimated in April.",
	}, want: []string{"gdp_growth GBR 0.5 actual 1987-Q1", "gdp_growth GBR 0.8 * 1987-Q1"}},
	{name: "a rate a monthly change brings is that month's", published: time.Date(1987, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Canadian consumer prices rose 0.3 pct in April, bringing the annual rate to 4.5 pct.",
		"Consumer prices in Canada rose 0.3% in April, taking the annual rate to 4.5%.",
		"In April Canada's consumer prices rose 0.3 per cent, lifting the annual rate to 4.5 per cent.",
	}, want: []string{"inflation CAN 0.3 actual 1987-04 mom", "inflation CAN 4.5 actual 1987-04 yoy"}},
	{name: "annual growth in a quarter is on the same quarter a year before; an annual rate is annualised", published: time.Date(2008, 8, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Annual growth in Britain slowed to 1.6% in the second quarter.",
		"Britain's annual GDP growth was 1.6 per cent in the second quarter.",
	}, want: []string{"gdp_growth GBR 1.6 actual 2008-Q2 yoy"}},
	{name: "an annual rate in a quarter is annualised", published: time.Date(2008, 8, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"America's GDP grew at an annual rate of 1.9% in the second quarter.",
		"US GDP rose at a 1.9 per cent annual rate in the second quarter.",
	}, want: []string{"gdp_growth USA 1.9 actual 2008-Q2 annualised"}},
	{name: "a rate kept as it was, and when", published: time.Date(2008, 8, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England kept interest rates on hold at 5% last week.",
		"The Bank of England left interest rates unchanged at 5 per cent last week.",
		"Last week the Bank of England held interest rates at 5%.",
	}, want: []string{"policy_rate GBR 5 actual 2008-08"}},
	{name: "the week something was said dates no figure of a year", published: time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The French government last week revised its 1987 inflation forecast up to 2.5 pct.",
		"Last week the French government raised its inflation forecast for 1987 to 2.5 pct.",
	}, want: []string{"inflation FRA 2.5 forecast 1987"}},
	{name: "a central bank's target named by its short name holds from year to year", published: time.Date(2008, 8, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"CPI inflation in Britain hit 4.4% in July 2008, more than double the Bank's 2% target.",
		"British CPI inflation rose to 4.4 per cent in July 2008, more than twice the Bank's target of 2 per cent.",
	}, want: []string{"inflation GBR 4.4 actual 2008-07", "inflation GBR 2 forecast -"}},
	{name: "growth over a span of years that ends in a year is of all its years", published: time.Date(1998, 6, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Thailand's economy, which grew by 8.7% a year in the decade to 1996, is now in trouble.",
		"Thailand's economy grew by an average of 8.7% a year over the ten years to 1996.",
		"In the decade ending in 1996, Thailand's GDP grew 8.7% a year.",
		"Over the ten years to 1996 the Thai economy expanded at an average annual rate of 8.7 per cent.",
	}, want: []string{"gdp_growth THA 8.7 actual 1987/1996"}},
	{name: "the size of a movement and where it ends share the movement's date", wordings: []string{
		"Unemployment in Spain rose by 0.2 points in March 2024 to 11.7%.",
		"Spain's jobless rate rose 0.2 percentage points in March 2024 to 11.7 per cent.",
		"In Spain the unemployment rate climbed by 0.2 points to 11.7% in March 2024.",
	}, want: []string{"unemployment_rate ESP 11.7 actual 2024-03"}},
	{name: "a population's fall and its new level share the fall's date", wordings: []string{
		"Japan's population fell by 837,000 in 2023 to 124.4 million.",
		"Japan's population shrank by 837,000 people in 2023 to 124.4 million.",
	}, want: []string{"population JPN 124400000 actual 2023"}},
	{name: "a result after a comma has the date of the movement before it", wordings: []string{
		"West German unemployment rose 23,000 in May 2024 to a seasonally adjusted 2.23 mln, for a jobless rate of 8.9 pct.",
		"Unemployment in Germany fell by 30,000 in May 2024 to 2.2 million, for a jobless rate of 8.9%.",
		"The number of jobless in Germany rose 23,000 in May 2024, giving a jobless rate of 8.9 per cent.",
	}, want: []string{"unemployment_rate DEU 8.9 actual 2024-05"}},
	{name: "a change from the month before is a monthly one; a year-on-year change beside it keeps its basis", published: time.Date(1987, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Dutch consumer price index rose 0.3 pct in February from January for a year-on-year fall of 1.1 pct.",
		"Dutch consumer prices rose 0.3% in February from January, making a year-on-year decline of 1.1%.",
		"In February Dutch consumer prices were up 0.3 per cent from January, a year-on-year fall of 1.1 per cent.",
	}, want: []string{"inflation NLD 0.3 actual 1987-02 mom", "inflation NLD -1.1 actual 1987-02 yoy"}},
	{name: "a price index's rate over the year to a month is that month's on a year earlier", wordings: []string{
		"Inflation in Brazil was 62.5% in the year to February 2024.",
		"Brazilian consumer prices rose 62.5 per cent in the year to February 2024.",
		"In the 12 months to February 2024, consumer prices in Brazil rose 62.5 pct.",
		"Brazil's annual inflation rate was 62.5% in February 2024.",
	}, want: []string{"inflation BRA 62.5 actual 2024-02 yoy"}},
	{name: "a budget over the year to a month is the fiscal year's", wordings: []string{
		"Britain's budget deficit was 5.2% of GDP in the year to March 2024.",
		"In the year to March 2024 the UK's budget deficit came to 5.2 per cent of gross domestic product.",
		"The British government ran a deficit of 5.2% of GDP in the year ending March 2024.",
	}, want: []string{"fiscal_balance GBR -5.2 actual FY2024"}},
	{name: "a rate named by its basis is of that basis, and of no figure before", wordings: []string{
		"Danish consumer prices rose 0.4 pct in May 2024 after a 0.5 pct rise in April, giving a year-on-year rate of 4.1 pct.",
		"Consumer prices in Denmark climbed 0.4% in May 2024, after 0.5% in April, for a year on year rate of 4.1%.",
	}, want: []string{"inflation DNK 0.4 actual 2024-05", "inflation DNK 0.5 previous 2024-04", "inflation DNK 4.1 actual 2024-05"}},
	{name: "a present-perfect level is the latest, of no named period", wordings: []string{
		"Debt in Greece has fallen to 161% of GDP from a peak of 207% in 2020.",
		"Greek public debt has dropped to 161 per cent of GDP, down from a peak of 207 per cent in 2020.",
	}, want: []string{"government_debt GRC 161 actual -"}},
	{name: "a present figure said on a date is of that date", wordings: []string{
		"\"Unemployment in America is at 3.4%, the lowest in more than 50 years,\" the president said in January 2023.",
		"The US jobless rate is 3.4%, the lowest in half a century, the president said in January 2023.",
	}, want: []string{"unemployment_rate USA 3.4 actual 2023-01"}},
	{name: "a present rate on a year earlier is the latest month's, not the year's", wordings: []string{
		"Consumer prices in Argentina are 290% higher than a year ago.",
		"Argentine consumer prices are up 290 per cent on a year earlier.",
		"Prices in Argentina are now 290% higher than they were a year ago, official data show.",
	}, want: []string{"inflation ARG 290 actual -"}},
	{name: "a base date of the sentence before dates nothing after it", wordings: []string{
		"Real GDP per person in Italy is no higher than in 2000. Spain's jobless rate, at 11.7%, is twice the euro-area average of 6.5%.",
		"Italian output per head is no higher than it was in 2000. At 11.7%, Spain's unemployment rate is almost twice the euro zone's 6.5%.",
	}, want: []string{"unemployment_rate ESP 11.7 actual 2025", "unemployment_rate * 6.5 * 2025"}},
	{name: "a second figure after ', and by' has its own date", wordings: []string{
		"UK GDP grew by 0.7% in the fourth quarter of 2024, and by 3.1% over the year as a whole.",
		"Britain's economy expanded 0.7 per cent in the fourth quarter of 2024, and 3.1 per cent over the whole year.",
		"British GDP rose 0.7% in the final quarter of 2024, and by 3.1% for the full year.",
	}, want: []string{"gdp_growth GBR 0.7 actual 2024-Q4", "gdp_growth GBR 3.1 actual 2024"}},
	{name: "a figure of another country set beside one is of the same period", wordings: []string{
		"Inflation in Turkey hit 65% in 2024, compared with 2.4% in Germany.",
		"Turkish inflation reached 65 per cent in 2024, against 2.4 per cent in Germany.",
		"Turkey's inflation rate was 65% in 2024, compared with Germany's 2.4%.",
	}, want: []string{"inflation TUR 65 actual 2024", "inflation DEU 2.4 actual 2024"}},
	{name: "a limit is a standing rule, not a year's figure", wordings: []string{
		"France's public deficit was 5.5% of GDP in 2024, well above the EU's 3% limit.",
		"The French deficit reached 5.5 per cent of GDP in 2024, far beyond the EU's 3 per cent ceiling.",
		"The French deficit hit 5.5% of GDP in 2024, breaching the EU's 3% cap.",
	}, want: []string{"fiscal_balance FRA -5.5 actual 2024", "fiscal_balance * -3 forecast -"}},
	{name: "an annual pace in a quarter is annualised", wordings: []string{
		"Japan's economy shrank at an annual pace of 0.4% in the October-December period of 2024.",
		"Japanese GDP contracted at an annual rate of 0.4 per cent in the fourth quarter of 2024.",
	}, want: []string{"gdp_growth JPN -0.4 actual 2024-Q4"}},
	{name: "a ranking after another country is no earlier figure", wordings: []string{
		"Italy's debt stood at 137% of GDP at the end of 2024, the second highest in the euro zone after Greece's 161%.",
		"At 137 per cent of GDP in 2024, Italian public debt was the second largest in the EU, behind Greece's 161 per cent.",
	}, want: []string{"government_debt ITA 137 actual 2024", "government_debt GRC 161 actual 2024"}},
	{name: "a date on a figure's participle is that figure's", wordings: []string{
		"Sweden's GDP would grow by about 2.5 pct this year, slightly below the 2.8 pct growth recorded in 2024, and the budget deficit would shrink to 1.5 pct of GDP.",
		"The Swedish economy will expand 2.5% in 2025, less than the 2.8% growth seen in 2024, and the deficit will fall to 1.5% of GDP.",
	}, want: []string{"gdp_growth SWE 2.5 forecast 2025", "gdp_growth SWE 2.8 * 2024", "fiscal_balance SWE -1.5 forecast 2025"}},
	{name: "a date in an aside is the aside's", wordings: []string{
		"Economists in Sweden expected GDP growth of only two pct in 2025, citing weaker exports, which fell 1.5 pct in the first quarter.",
		"Swedish economists forecast growth of just 2% in 2025, pointing to exports, which dropped 1.5% in the first quarter.",
	}, want: []string{"gdp_growth SWE 2 forecast 2025"}},
	{name: "a change since an earlier time is no period's", wordings: []string{
		"The UK economy has grown by 1.9% since the pandemic, according to the prime minister.",
		"Britain's economy has expanded 1.9 per cent since 2019.",
		"Since the pandemic, the UK economy has grown 1.9%, the minister said.",
	}, want: []string{"gdp_growth GBR 1.9 actual -"}},
	{name: "a record since a year dates no change", wordings: []string{
		"Inflation in Britain rose to 3% in January, the highest since 2019.",
		"British inflation climbed to 3 per cent in January, its highest level since 2019.",
	}, want: []string{"inflation GBR 3 actual 2025-01"}},
	{name: "the whole year is the year of the period before", wordings: []string{
		"The German economy shrank by 0.2% in the fourth quarter of 2024. Over the whole year, the economy grew 1.6%.",
		"Germany's GDP fell 0.2 per cent in the last quarter of 2024; for the full year, the economy expanded 1.6 per cent.",
		"German output contracted 0.2% in the October-December quarter of 2024, but over the whole year the economy grew by 1.6%.",
	}, want: []string{"gdp_growth DEU -0.2 actual 2024-Q4", "gdp_growth DEU 1.6 actual 2024"}},
	{name: "relative quarters and months", wordings: []string{
		"Japan's economy grew 0.7% in the fourth quarter.",
		"Japanese GDP expanded by 0.7 per cent in the final three months of last year.",
		"In the October-December quarter Japan's economy grew 0.7%.",
	}, want: []string{"gdp_growth JPN 0.7 actual 2024-Q4"}},
	{name: "a fiscal year", wordings: []string{
		"India's economy is expected to grow 6.5% in the fiscal year ending March 2026.",
		"India's GDP should expand 6.5 per cent in the year to March 2026.",
	}, want: []string{"gdp_growth IND 6.5 forecast FY2026"}},
	{name: "a forecast in every form", wordings: []string{
		"Spain's economy could grow 2.5% this year.",
		"Spanish growth would reach 2.5% this year, the ministry said.",
		"The government hopes for growth of 2.5% in Spain this year.",
		"Spain's economy is set to expand 2.5% this year.",
	}, want: []string{"gdp_growth ESP 2.5 forecast 2025"}},
	{name: "a figure held possible is a forecast", wordings: []string{
		"German experts believed economic growth of 1.5% this year was achievable.",
		"Economists said German growth of 1.5 per cent in 2025 was possible.",
		"Growth of 1.5 pct in Germany this year is realistic, the ministry said.",
		"The institutes' prediction for German economic growth this year of 1.5% is a downward revision.",
	}, want: []string{"gdp_growth DEU 1.5 forecast 2025"}},
	{name: "a level reached past a reference", wordings: []string{
		"Japan's jobless rate fell to 4.2% in September. Eurozone inflation remained above the European Central Bank's 2% ceiling at 2.5% in October.",
		"Unemployment in Japan dipped to 4.2% in September. In October, euro zone inflation stayed above the ECB's 2% target at 2.5%.",
	}, want: []string{"unemployment_rate JPN 4.2 actual 2024-09", "inflation EMU 2.5 actual 2024-10", "inflation EMU 2 forecast -"}},
	{name: "a central bank's target stands from year to year", wordings: []string{
		"Inflation in Britain is well above the Bank of England's 2% target.",
		"UK inflation remains above the 2 per cent target set by the central bank.",
		"British inflation is far from the medium-term goal of 2%.",
	}, want: []string{"inflation GBR 2 forecast -"}},
	{name: "a target range is a target", wordings: []string{
		"Switzerland's inflation rate was 1.4% in May, within the central bank's 0-2% target range.",
		"Swiss inflation was 1.4 per cent in May, inside the central bank's target range of 0-2%.",
	}, want: []string{"inflation CHE 1.4 actual 2024-05", "inflation CHE 0 forecast -"}},
	{name: "another country's month is not this one's", wordings: []string{
		"Canada's unemployment rate rose to 6.2% in May. Markets were calm. In France, the jobless rate stood at 7.5%.",
		"Canadian unemployment climbed to 6.2 pct in May. Bonds rallied. French unemployment was 7.5 pct, the institute said.",
	}, want: []string{"unemployment_rate CAN 6.2 actual 2024-05", "unemployment_rate FRA 7.5 actual -"}},
	{name: "a government's target is for the year it is set in", wordings: []string{
		"Spain's government maintained its five pct inflation target.",
		"The Spanish government kept its 5% inflation target, the minister said.",
		"Spain's finance ministry is sticking to its 5 per cent target for inflation.",
	}, want: []string{"inflation ESP 5 forecast 2025"}},
	{name: "an undated figure goes on with the period the sentence before was about", wordings: []string{
		"Yugoslav wholesale prices rose an average of 88.1% in 2024, the central bank said. Yugoslavia's cost of living rose by 89.1%.",
		"Producer prices in Yugoslavia climbed 70 pct in 2024. Consumer prices rose 89.1 pct, the bank said.",
		"In 2024 Yugoslav industrial output fell 2%. Yugoslavia's inflation rate was 89.1 per cent.",
	}, want: []string{"inflation YUG 89.1 actual 2024"}},
	{name: "a period given in comparison is no frame", wordings: []string{
		"Jamaica's budget was presented, with exports up from 19.7% in 2022. Jamaica's inflation was 9.4%.",
		"Jamaican wages rose 5%, against 19% in 2022. Inflation in Jamaica was 9.4%.",
	}, want: []string{"inflation JAM 9.4 actual -"}},
	{name: "figures listed in comparison are all earlier ones", wordings: []string{
		"Australia's unemployment rate rose to 8.4% in March 2025 from 8.2% in February and 7.9% a year earlier.",
		"Australian unemployment climbed to 8.4 per cent in March 2025, up from 8.2 per cent in February and 7.9 per cent a year earlier.",
		"The Australian jobless rate rose to 8.4 pct in March 2025, compared with 8.2 pct in February and 7.9 pct a year earlier.",
	}, want: []string{"unemployment_rate AUS 8.4 actual 2025-03", "unemployment_rate AUS 8.2 previous 2025-02", "unemployment_rate AUS 7.9 previous 2024-03"}},
	{name: "a rate restating a count given in comparison is an earlier one", wordings: []string{
		"Unadjusted, Australia's jobless rose to 699,800 or 9.1% of the workforce in February 2025 from 671,400 or 8.9% in January.",
		"Australian unemployment rose to 699,800, or 9.1 per cent of the labour force, in February 2025 from 671,400, or 8.9 per cent, in January.",
	}, want: []string{"unemployment_rate AUS 9.1 actual 2025-02", "unemployment_rate AUS 8.9 previous 2025-01"}},
	{name: "a span of months ends in its date", wordings: []string{
		"Norway's CPI rose 18.3% in 12 months ended March 2025, against 18.2% in 12 months ended December 2024.",
		"Norwegian consumer prices rose 18.3 pct in the 12 months to March 2025 against 18.2 pct in the 12 months ending December 2024.",
	}, want: []string{"inflation NOR 18.3 actual 2025-03", "inflation NOR 18.2 previous 2024-12"}},
	{name: "a span of months ends in its quarter where the index is quarterly (frequencies.csv)", wordings: []string{
		"New Zealand's CPI rose 18.3% in 12 months ended March 2025, against 18.2% in 12 months ended December 2024.",
		"New Zealand consumer prices rose 18.3 pct in the 12 months to March 2025 against 18.2 pct in the 12 months ending December 2024.",
		"Australia's consumer price index rose 18.3% in the year to March 2025, against 18.2% in the year to December 2024.",
	}, want: []string{"inflation * 18.3 actual 2025-Q1", "inflation * 18.2 previous 2024-Q4"}},
	{name: "an infinitive of result has its movement's tense and date", wordings: []string{
		"UK unemployment fell 44,100 in February 2025, to total 3.07 million or 11.1% of the workforce.",
		"Unemployment in Britain dropped by 44,100 in February 2025 to stand at 11.1 per cent of the workforce.",
		"British unemployment fell a provisional 44,100 in February 2025, to reach 11.1 pct of the labour force.",
	}, want: []string{"unemployment_rate GBR 11.1 actual 2025-02"}},
	{name: "a figure listed after a change noun's date", wordings: []string{
		"Spain's consumer price index rose 0.6% in March 2025 after a 0.4% increase in February and 0.3% in March last year.",
		"Spanish consumer prices rose 0.6 pct in March 2025, after a 0.4 pct rise in February and 0.3 pct in March last year.",
	}, want: []string{"inflation ESP 0.6 actual 2025-03", "inflation ESP 0.4 previous 2025-02", "inflation ESP 0.3 previous 2024-03"}},
	{name: "a figure said to equal an earlier period's is that period's too", wordings: []string{
		"France's economy will grow only 2.1% this year, the same rate as last year.",
		"French growth is forecast at 2.1 per cent this year, in line with last year.",
		"The French economy should expand 2.1 pct this year, the same pace as in 2024.",
	}, want: []string{"gdp_growth FRA 2.1 forecast 2025", "gdp_growth FRA 2.1 previous 2024"}},
	{name: "a base period is no equal", wordings: []string{
		"France's GDP was up 2.9% in the fourth quarter from the same quarter of 2023.",
		"French GDP grew 2.9 per cent in the fourth quarter on the same quarter a year earlier.",
	}, want: []string{"gdp_growth FRA 2.9 actual 2024-Q4"}},
	{name: "an earlier period with a figure of its own", wordings: []string{
		"French unemployment was 7.3% in 2024, in line with 2023's 7.4%.",
		"Unemployment in France was 7.3 pct in 2024, the same as 2023's 7.4 pct.",
	}, want: []string{"unemployment_rate FRA 7.3 actual 2024", "unemployment_rate FRA 7.4 previous 2023"}},
	{name: "a date after a compared change noun is that figure's", wordings: []string{
		"The German government expects growth of just under 2% this year, compared with a 2.4% expansion in 2024.",
		"Germany's government sees growth of nearly 2 pct in 2025, against a 2.4 pct rise in 2024.",
	}, want: []string{"gdp_growth DEU 2 forecast 2025", "gdp_growth DEU 2.4 previous 2024"}},
	{name: "a movement given in comparison has its own pair", wordings: []string{
		"The Swiss study forecast a small rise in consumer price inflation to 1.25% after last year's sharp fall to 0.75% from 3.6% in 2023.",
		"Swiss inflation should rise to 1.25 pct this year, after last year's fall to 0.75 pct from 3.6 pct in 2023, the study said.",
	}, want: []string{"inflation CHE 1.25 forecast 2025", "inflation CHE 0.75 previous 2024", "inflation CHE 3.6 previous 2023"}},
	{name: "the base year of an index is no period", wordings: []string{
		"Japan's consumer price index (base 2020) fell 0.4% in January from the previous month.",
		"Japanese consumer prices (2020=100) fell 0.4 pct in January from December.",
	}, want: []string{"inflation JPN -0.4 actual 2025-01"}},
	{name: "months of the year are this year's", wordings: []string{
		"In the first two months of the year, Chile's inflation was 3.8%, against 3.6% in the same period of 2024.",
		"Chilean inflation was 3.8 pct in the first two months of the year, against 3.6 pct in the same period of 2024.",
	}, want: []string{"inflation CHL 3.8 actual 2025-02", "inflation CHL 3.6 previous 2024-02"}},
	{name: "a year-on-year figure beside a quarter's own", wordings: []string{
		"British GDP rose 0.7% in the fourth quarter of 2024 over the previous quarter and was up 3.3% on the same 2023 quarter.",
		"UK GDP rose 1.2 pct in the fourth quarter of 2024 from the third quarter and was up 3.3 pct from the same 2023 quarter.",
	}, want: []string{"gdp_growth GBR * actual 2024-Q4", "gdp_growth GBR 3.3 actual 2024-Q4"}},
	{name: "when a forecast was made is not what it is of", wordings: []string{
		"German growth of 2% was forecast in a report made last November.",
		"The German institutes' forecast, made last November, was 2 pct growth.",
		"A forecast of 2% German growth was published in November.",
	}, want: []string{"gdp_growth DEU 2 forecast 2025"}},
	{name: "an amount of change and the level it reached are two figures", wordings: []string{
		"In January 2025, seasonally adjusted UK unemployment fell by a revised 1,100 to 11.3%.",
		"British unemployment fell by 1,100 to 11.3 per cent in January 2025.",
		"UK unemployment dropped by an estimated 1,100 people to 11.3 pct in January 2025.",
	}, want: []string{"unemployment_rate GBR 11.3 actual 2025-01"}},
	{name: "a possessor's modifier before a figure", wordings: []string{
		"The yen's rise will lift Japan's unemployment rate to 3.3% in 2025 from January's record 3%.",
		"Japanese unemployment should rise to 3.3 pct in 2025 from January's estimated 3 pct.",
		"Japan's jobless rate could climb to 3.3% in 2025, from its January 3% figure.",
	}, want: []string{"unemployment_rate JPN 3.3 forecast 2025", "unemployment_rate JPN 3 previous 2025-01"}},
	{name: "a modifier between a determiner and a figure", wordings: []string{
		"French unemployment could climb to 11.5% of the workforce by mid-2026, from its present 10.9%.",
		"Unemployment in France may rise to 11.5 pct by mid-2026 from the current 10.9 pct.",
	}, want: []string{"unemployment_rate FRA 11.5 forecast 2026", "unemployment_rate FRA 10.9 previous 2025"}},
	{name: "a coordinated clause shares the date of a figure of something else", wordings: []string{
		"The U.S. economy added 336,000 jobs in September and the unemployment rate held at 3.8%.",
		"American employers added 336,000 workers in September, while the US jobless rate stayed at 3.8 per cent.",
	}, want: []string{"unemployment_rate USA 3.8 actual 2024-09"}},
	{name: "a count of years back", wordings: []string{
		"Jamaican inflation was 9.4% in 2024, compared with 19.7% two years earlier.",
		"Inflation in Jamaica was 9.4 pct in 2024, against 19.7 pct two years before.",
	}, want: []string{"inflation JAM 9.4 actual 2024", "inflation JAM 19.7 previous 2022"}},
	{name: "a forecast moved within one period starts from an earlier forecast", wordings: []string{
		"Eurozone output is forecast to fall in 2025 from 1.9% to 1.8%.",
		"In 2025 growth in the euro zone is expected to slow from 1.9 pct to 1.8 pct, the commission said.",
	}, want: []string{"gdp_growth EMU * forecast 2025", "gdp_growth EMU * forecast 2025"}},
	{name: "a forecast moving from another period's figure", wordings: []string{
		"Eurozone growth is forecast to slow to 1.8% in 2026 from 2.1% in 2025.",
		"Growth in the euro zone should ease to 1.8 per cent in 2026, from 2.1 per cent in 2025.",
	}, want: []string{"gdp_growth EMU 1.8 forecast 2026", "gdp_growth EMU 2.1 previous 2025"}},
	{name: "the object of a verb of expecting is the subject of its infinitive", wordings: []string{
		"Chile's central bank expects inflation to return to 3% in 2026.",
		"The Chilean central bank forecasts inflation to fall to 3 pct in 2026.",
		"Chile's government wants inflation to ease to 3 per cent in 2026.",
	}, want: []string{"inflation CHL 3 forecast 2026"}},
	{name: "a half of a month is in the month", wordings: []string{
		"Mexico's annual headline inflation rate accelerated to 4.45% in the first half of February.",
		"Mexican annual inflation rose to 4.45 pct in the second half of February.",
	}, want: []string{"inflation MEX 4.45 actual 2025-02"}},
	{name: "pairs of revised forecasts", wordings: []string{
		"Forecasts for Canadian growth were trimmed to 1.6% from 1.9% this year and 2.0% from 2.2% in 2026.",
		"With Canadian growth forecasts sliding to 1.6 pct from 1.9 pct this year and 2.0 pct from 2.2 pct in 2026, the bank was gloomy.",
	}, want: []string{"gdp_growth CAN 1.6 forecast 2025", "gdp_growth CAN 1.9 forecast 2025", "gdp_growth CAN 2 forecast 2026", "gdp_growth CAN 2.2 forecast 2026"}},
	{name: "a previous estimate is of the same period", wordings: []string{
		"Canadian growth should slow to 1.6% next year, down from a previous estimate of 1.9%, the IMF said.",
		"The IMF expects Canada's economy to grow 1.6 pct next year, against an earlier forecast of 1.9 pct.",
	}, want: []string{"gdp_growth CAN 1.6 forecast 2026", "gdp_growth CAN 1.9 forecast 2026"}},
	{name: "the month a forecast was made is not its period", wordings: []string{
		"The Austrian economy should grow by 1.5% this year, the institute said, revising down its December forecast of 2%.",
		"Austria's institute cut its growth forecast for this year to 1.5 pct from its December estimate of two pct.",
	}, want: []string{"gdp_growth AUT 1.5 forecast 2025", "gdp_growth AUT 2 forecast 2025"}},
	{name: "a change word between a comparison and its figure", wordings: []string{
		"The Philippines' GNP grew 1.5% in 2024 after shrinking 3.8% in 2023.",
		"Philippine output grew 1.5 per cent in 2024, after falling 3.8 per cent in 2023.",
	}, want: []string{"gdp_growth PHL 1.5 actual 2024", "gdp_growth PHL -3.8 previous 2023"}},
	{name: "a comparison figure is an earlier one", wordings: []string{
		"Italy's unemployment rate fell to 6.1% in 2024, down from 7.7% in 2023.",
		"Italy's jobless rate dropped to 6.1% in 2024 compared with 7.7% in 2023.",
		"Unemployment in Italy fell to 6.1% in 2024 against 7.7% a year earlier.",
	}, want: []string{"unemployment_rate ITA 6.1 actual 2024", "unemployment_rate ITA 7.7 previous 2023"}},
	{name: "an earlier estimate of the same period is an outturn", wordings: []string{
		"US GDP growth for the third quarter of 2024 was revised down to 2.8% from 3.0%.",
		"The US economy grew 2.8% in the third quarter of 2024, revised down from an earlier estimate of 3.0%.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024-Q3", "gdp_growth USA 3 actual 2024-Q3"}},
}

func TestFamilies(t *testing.T) {
	ex := testExtractor(t)
	groups := map[string][]family{
		"not national": notNationalFamilies, "neighbour": neighbourFamilies, "structure": structureFamilies,
		"context": contextFamilies, "words": wordFamilies, "periods": periodFamilies, "plain": plainFamilies,
	}
	for group, families := range groups {
		for _, f := range families {
			for i, text := range f.wordings {
				t.Run(fmt.Sprintf("%s/%s/%d", group, f.name, i), func(t *testing.T) {
					pub := f.published
					if pub.IsZero() {
						pub = familyDate
					}
					claims := ex.Claims(Article{Text: text, Published: pub}, Options{})
					checkFamily(t, text, claims, f.want)
				})
			}
		}
	}
}

// runFamilies checks each wording of families as an article of its own, published on the
// family's date or else on date.
func runFamilies(t *testing.T, date time.Time, families []family) {
	t.Helper()
	ex := testExtractor(t)
	for _, f := range families {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				pub := f.published
				if pub.IsZero() {
					pub = date
				}
				checkFamily(t, text, ex.Claims(Article{Text: text, Published: pub}, Options{}), f.want)
			})
		}
	}
}

// checkFamily compares claims with the wanted ones, in order. "* * *" wants at least one claim
// of any indicator, entity and value; "*" in a place accepts anything there; "!indicator"
// wants no claim of that indicator, whatever else is found.
func checkFamily(t *testing.T, text string, claims []Claim, want []string) {
	t.Helper()
	if len(want) == 1 && strings.HasPrefix(want[0], "!") {
		for _, c := range claims {
			if c.Indicator == want[0][1:] {
				t.Errorf("%q: claim %q is %s, want none of that indicator", text, c.Quote, c.Indicator)
			}
		}
		return
	}
	if len(want) == 1 && want[0] == "* * *" {
		if len(claims) == 0 {
			t.Errorf("%q: no claim, want one", text)
		}
		return
	}
	if len(claims) != len(want) {
		t.Fatalf("%q: got %d claims, want %d:\n%s", text, len(claims), len(want), describe(claims))
	}
	for i, w := range want {
		f := strings.Fields(w)
		c := claims[i]
		if f[0] != "*" && c.Indicator != f[0] {
			t.Errorf("%q: claim %d %q indicator %s, want %s", text, i, c.Quote, c.Indicator, f[0])
		}
		if len(f) > 1 && f[1] != "*" && c.Entity != f[1] {
			t.Errorf("%q: claim %d %q entity %s, want %s", text, i, c.Quote, c.Entity, f[1])
		}
		if len(f) > 2 && f[2] != "*" {
			if v, _ := strconv.ParseFloat(f[2], 64); c.Value != v {
				t.Errorf("%q: claim %d %q value %g, want %g", text, i, c.Quote, c.Value, v)
			}
		}
		if len(f) > 3 && f[3] != "*" && c.Kind != f[3] {
			t.Errorf("%q: claim %d %q kind %s, want %s", text, i, c.Quote, c.Kind, f[3])
		}
		if len(f) > 4 && f[4] != "*" && c.Period != strings.TrimPrefix(f[4], "-") {
			t.Errorf("%q: claim %d %q period %q, want %q", text, i, c.Quote, c.Period, f[4])
		}
		if len(f) > 5 && c.Basis != f[5] {
			t.Errorf("%q: claim %d %q basis %q, want %q", text, i, c.Quote, c.Basis, f[5])
		}
		if text[c.Start:c.End] != c.Quote {
			t.Errorf("claim %d: quote %q is not text[%d:%d]", i, c.Quote, c.Start, c.End)
		}
	}
}

// TestFamiliesAfterAnotherSentence reads each wording right after an article whose sentence has
// about as many words: the storage of a sentence is reused by the next one, and nothing left in
// it may change what the next one says (the clause bounds of a sentence of as many words once
// passed for the next one's).
func TestFamiliesAfterAnotherSentence(t *testing.T) {
	ex := testExtractor(t)
	groups := [][]family{notNationalFamilies, neighbourFamilies, structureFamilies, contextFamilies, wordFamilies, periodFamilies, plainFamilies}
	for _, families := range groups {
		for _, f := range families {
			pub := f.published
			if pub.IsZero() {
				pub = familyDate
			}
			for _, text := range f.wordings {
				alone := describe(ex.Claims(Article{Text: text, Published: pub}, Options{}))
				n := len(strings.Fields(text))
				for extra := max(0, n-8); extra <= n+4; extra++ {
					filler := "Wages rose 1 pct in 1990, which was slow, while" + strings.Repeat(" prices fell", extra/2) + "."
					ex.Claims(Article{Text: filler, Published: pub}, Options{})
					if after := describe(ex.Claims(Article{Text: text, Published: pub}, Options{})); after != alone {
						t.Errorf("%q after %q:\n%s\nalone:\n%s", text, filler, after, alone)
						break
					}
				}
			}
		}
	}
}

// TestPartOfAYear: a figure of the first months of a year ("cumulative inflation over the first
// five months", "averaged 2.8 pct in the first four months") is of the year so far, which no
// series holds, and so is the figure it is compared with; the first three and six months are a
// quarter and a half, and a figure of a month beside them is that month's.
func TestPartOfAYear(t *testing.T) {
	ex := testExtractor(t)
	type want struct {
		value  float64
		period string
		soFar  bool
	}
	cases := []struct {
		text      string
		published time.Time
		want      []want
	}{
		{"French consumer prices rose 0.2 pct in May, bringing cumulative inflation over the first five months of this year to 2.0 pct compared with 0.7 pct for the same period of 1986.",
			time.Date(1987, 6, 20, 0, 0, 0, 0, time.UTC), []want{{0.2, "1987-05", false}, {2.0, "1987-05", true}, {0.7, "1986-05", true}}},
		{"The year-on-year inflation rate in France rose to 3.4 pct in May, and cumulative inflation over the first five months of this year was 2.0 pct.",
			time.Date(1987, 6, 20, 0, 0, 0, 0, time.UTC), []want{{3.4, "1987-05", false}, {2.0, "1987-05", true}}},
		{"Philippine inflation averaged 2.8 pct in the first four months, compared with 4.4 pct a year earlier.",
			time.Date(1987, 5, 12, 0, 0, 0, 0, time.UTC), []want{{2.8, "1987-04", true}, {4.4, "1986-04", true}}},
		{"In the first five months of 2024, inflation in Brazil averaged 3.9%.",
			time.Date(2024, 7, 12, 0, 0, 0, 0, time.UTC), []want{{3.9, "2024-05", true}}},
		{"Brazil's inflation was 3.1% in the first three months of 2024.",
			time.Date(2024, 7, 12, 0, 0, 0, 0, time.UTC), []want{{3.1, "2024-Q1", false}}},
	}
	for _, tc := range cases {
		claims := ex.Claims(Article{Text: tc.text, Published: tc.published}, Options{})
		if len(claims) != len(tc.want) {
			t.Errorf("%q: got %d claims, want %d:\n%s", tc.text, len(claims), len(tc.want), describe(claims))
			continue
		}
		for i, w := range tc.want {
			if c := claims[i]; c.Value != w.value || c.Period != w.period || c.SoFar != w.soFar {
				t.Errorf("%q: claim %d is %g %s so far %v, want %g %s so far %v", tc.text, i, c.Value, c.Period, c.SoFar, w.value, w.period, w.soFar)
			}
		}
	}
}
