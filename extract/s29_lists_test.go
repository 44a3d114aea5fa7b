package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

var listsDate = time.Date(2026, 8, 6, 0, 0, 0, 0, time.UTC)

// A list of places paired with a list of figures (list_pairing.go, parallelEntity): "A, B and
// C grew X, Y and Z (respectively)" pairs the n-th place with the n-th figure; a plural subject
// that refers back to a list ("Their inflation rates", "the three countries") pairs the same
// way; when the counts differ, or a list of periods competes with the list of places, no
// figure takes a place. Wordings after wire copy, statistics releases, columns and African and
// South Asian business pages; controls keep lists with a place beside each figure, and lists
// of years of one country.
var listsFamilies = []family{
	{name: "three places and three figures pair in order", wordings: []string{
		"France, Germany and Italy grew 2.5%, 1.8% and 3.7% respectively in 2022.",
		"France, Germany and Italy grew by 2.5%, 1.8% and 3.7%, respectively, in 2022.",
		"Respectively, France, Germany and Italy grew 2.5%, 1.8% and 3.7% in 2022.",
		"France, Germany and Italy grew 2.5%, 1.8% and 3.7% in 2022.",
		"In 2022, France, Germany and Italy posted growth of 2.5%, 1.8% and 3.7%.",
	}, want: []string{"gdp_growth FRA 2.5 actual 2022", "gdp_growth DEU 1.8 actual 2022", "gdp_growth ITA 3.7 actual 2022"}},
	{name: "two places and two figures pair in order", wordings: []string{
		"Austria and Belgium grew 4.8% and 3.0% in 2022.",
		"Austria and Belgium grew 4.8% and 3.0% respectively in 2022.",
		"Last year, Austria and Belgium expanded by 4.8% and 3.0%, respectively.",
		"Growth in Austria and Belgium was 4.8% and 3.0% in 2022.",
	}, want: []string{"gdp_growth AUT 4.8 actual 2022", "gdp_growth BEL 3.0 actual 2022"}, published: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)},
	{name: "an inflation list pairs in order", wordings: []string{
		"Inflation in Spain and Portugal was 8.3% and 8.1%, respectively, in 2022.",
		"Spain and Portugal recorded inflation of 8.3% and 8.1% respectively in 2022.",
		"In 2022 inflation in Spain and Portugal averaged 8.3% and 8.1%, respectively.",
	}, want: []string{"inflation ESP 8.3 actual 2022", "inflation PRT 8.1 actual 2022"}},
	{name: "African and South Asian business pages", wordings: []string{
		"Nigeria and Ghana recorded inflation of 18.8% and 31.5% respectively in 2022.",
		"Nigeria and Ghana saw inflation of 18.8% and 31.5% in 2022, respectively.",
	}, want: []string{"inflation NGA 18.8 actual 2022", "inflation GHA 31.5 actual 2022"}},
	{name: "a list in a clause beside another", wordings: []string{
		"France grew 2.5% in 2022, while Germany and Italy grew 1.8% and 3.7%.",
		"France grew 2.5% in 2022, while Germany and Italy grew 1.8% and 3.7%, respectively.",
	}, want: []string{"gdp_growth FRA 2.5 actual 2022", "gdp_growth DEU 1.8 actual 2022", "gdp_growth ITA 3.7 actual 2022"}},
	{name: "a list before a clause beside it", wordings: []string{
		"Germany and Italy grew 1.8% and 3.7% in 2022, while France grew 2.5%.",
		"Germany and Italy grew 1.8% and 3.7% in 2022 while France grew 2.5%.",
	}, want: []string{"gdp_growth DEU 1.8 actual 2022", "gdp_growth ITA 3.7 actual 2022", "gdp_growth FRA 2.5 actual 2022"}},
	{name: "control: a place beside each figure", wordings: []string{
		"Growth was 4.8% in Austria, 3.0% in Belgium and 2.5% in France in 2022.",
		"In 2022 the economy grew 4.8% in Austria, 3.0% in Belgium and 2.5% in France.",
	}, want: []string{"gdp_growth AUT 4.8 actual 2022", "gdp_growth BEL 3.0 actual 2022", "gdp_growth FRA 2.5 actual 2022"}},
	{name: "a plural subject refers back to the list before", wordings: []string{
		"France, Germany and Italy grew 2.5%, 1.8% and 3.7% in 2022. Their inflation rates were 5.9%, 6.9% and 8.7%, respectively, that year.",
		"France, Germany and Italy grew 2.5%, 1.8% and 3.7% in 2022. Their inflation rates were 5.9%, 6.9% and 8.7% in 2022.",
		"France, Germany and Italy grew 2.5%, 1.8% and 3.7% in 2022, and their inflation rates were 5.9%, 6.9% and 8.7%.",
		"France, Germany and Italy grew 2.5%, 1.8% and 3.7% in 2022. Inflation in the three countries was 5.9%, 6.9% and 8.7%, respectively, in 2022.",
	}, want: []string{"gdp_growth FRA 2.5 actual 2022", "gdp_growth DEU 1.8 actual 2022", "gdp_growth ITA 3.7 actual 2022",
		"inflation FRA 5.9 actual 2022", "inflation DEU 6.9 actual 2022", "inflation ITA 8.7 actual 2022"}},
	{name: "a plural subject after a list of another length takes no place", wordings: []string{
		"France and Germany grew 2.5% and 1.8% in 2022. Their inflation rates were 5.9%, 6.9% and 8.7% that year.",
		"France and Germany grew 2.5% and 1.8% in 2022. Inflation in the three countries was 5.9%, 6.9% and 8.7%, respectively, in 2022.",
		"France and Germany grew 2.5% and 1.8% in 2022. Their inflation rate was 5.9% in 2022.",
		"France and Germany grew 2.5% and 1.8% in 2022. Inflation in the two countries averaged 6.3% in 2022.",
	}, want: []string{"gdp_growth FRA 2.5 actual 2022", "gdp_growth DEU 1.8 actual 2022"}},
	{name: "counts that differ pair nothing", wordings: []string{
		"France, Germany and Italy grew 2.5% and 1.8% in 2022.",
		"France and Germany grew 2.5%, 1.8% and 3.7% in 2022.",
		"France, Germany and Italy grew 2.5% and 1.8%, respectively, in 2022.",
	}, want: nil},
	{name: "places and periods both listed pair nothing", wordings: []string{
		"France and Germany grew 2.5% and 1.8% in 2022 and 2023.",
		"In 2022 and 2023, France and Germany grew 2.5% and 1.8%.",
		"France and Germany grew 2.5% and 1.8% in 2022 and 2023, respectively.",
	}, want: nil},
	{name: "control: one country's figures over listed years", wordings: []string{
		"Germany grew 1.8% and 0.3% in 2022 and 2023.",
		"Germany's economy grew 1.8% and 0.3% in 2022 and 2023 respectively.",
		"In 2022 and 2023, Germany grew 1.8% and 0.3%.",
	}, want: []string{"gdp_growth DEU 1.8 actual 2022", "gdp_growth DEU 0.3 actual 2023"}},
	{name: "control: a possessive of one country", wordings: []string{
		"Germany grew 1.8% in 2022. Its inflation rate was 8.7% that year.",
	}, want: []string{"gdp_growth DEU 1.8 actual 2022", "inflation DEU 8.7 actual 2022"}},
}

func TestS29ListsFamilies(t *testing.T) {
	runFamilies(t, listsDate, listsFamilies)
}

// listsNames are the countries the families name, by the word that names each.
var listsNames = map[string]string{
	"France": "FRA", "Germany": "DEU", "Italy": "ITA", "Austria": "AUT", "Belgium": "BEL",
	"Spain": "ESP", "Portugal": "PRT", "Nigeria": "NGA", "Ghana": "GHA",
}

// TestS29ListsQuotes: a figure paired with a place of a list is quoted with no other place
// unless its own stands in the quote too ("France, Germany and Italy grew 2.5%", never "Italy
// grew 2.5%" for France's), and with no other figure.
func TestS29ListsQuotes(t *testing.T) {
	ex := testExtractor(t)
	for _, f := range listsFamilies {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				pub := f.published
				if pub.IsZero() {
					pub = listsDate
				}
				for _, c := range ex.Claims(Article{Text: text, Published: pub}, Options{}) {
					own, other := false, ""
					for name, code := range listsNames {
						if strings.Contains(c.Quote, name) {
							if code == c.Entity {
								own = true
							} else {
								other = name
							}
						}
					}
					if other != "" && !own {
						t.Errorf("%q: %s's %g quoted %q, which names %s only", text, c.Entity, c.Value, c.Quote, other)
					}
					if strings.Count(c.Quote, "%") > 1 {
						t.Errorf("%q: %s's %g quoted %q, which holds another figure", text, c.Entity, c.Value, c.Quote)
					}
				}
			})
		}
	}
}
