package extract

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// headlinePeriodsByPairs is the reading giveHeadlinePeriods must keep, as it was first
// written: every headline figure compared with every body claim after it.
func headlinePeriodsByPairs(claims []Claim, end int, ownPeriod func(string) bool) {
	for i := range claims {
		h := &claims[i]
		if h.Start >= end {
			break
		}
		if h.PeriodExplicit || h.Indicator == "" {
			continue
		}
		for j := i + 1; j < len(claims); j++ {
			b := claims[j]
			if b.Start < end || b.Indicator != h.Indicator || b.Entity != h.Entity || b.Value != h.Value || b.Period == "" {
				continue
			}
			if b.Period != h.Period && ownPeriod(h.Period) {
				continue
			}
			takeReading(h, &b)
			break
		}
	}
}

// TestHeadlinePeriodsKeepThePairwiseReading draws sets of claims, a few of one indicator,
// place and value, some of periods the headline names, some out of order, and checks that the
// grouped reading gives each headline figure what the pairwise one gave it.
func TestHeadlinePeriodsKeepThePairwiseReading(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 28))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	const end = 100
	for trial := range 3000 {
		n := 1 + rng.IntN(24)
		claims := make([]Claim, n)
		for i := range claims {
			claims[i] = Claim{
				Start:          rng.IntN(2 * end),
				Indicator:      pick("", "gdp_growth", "cpi_inflation"),
				Entity:         pick("DEU", "FRA"),
				Value:          float64(rng.IntN(3)),
				Period:         pick("", "2024", "2025", "2024-03"),
				PeriodExplicit: rng.IntN(3) == 0,
				Kind:           pick(KindActual, KindForecast),
				Basis:          pick(BasisUnknown, "yoy", "qoq"),
			}
		}
		if rng.IntN(4) > 0 { // mostly in order, as Claims makes them
			sortByStart(claims)
		}
		own := map[string]bool{"2024-03": rng.IntN(2) == 0, "2025": rng.IntN(2) == 0}
		ownPeriod := func(p string) bool { return own[p] }
		want := append([]Claim(nil), claims...)
		headlinePeriodsByPairs(want, end, ownPeriod)
		got := append([]Claim(nil), claims...)
		giveHeadlinePeriods(got, end, ownPeriod)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d:\n got %s\nwant %s", trial, describeClaims(got), describeClaims(want))
		}
	}
}

func sortByStart(claims []Claim) {
	for i := 1; i < len(claims); i++ {
		for j := i; j > 0 && claims[j].Start < claims[j-1].Start; j-- {
			claims[j], claims[j-1] = claims[j-1], claims[j]
		}
	}
}

func describeClaims(claims []Claim) string {
	var b strings.Builder
	for _, c := range claims {
		fmt.Fprintf(&b, "\n  %d %s/%s/%g %q explicit=%v %s %s", c.Start, c.Indicator, c.Entity, c.Value, c.Period, c.PeriodExplicit, c.Kind, c.Basis)
	}
	return b.String()
}

// TestHeadlineOfFiguresReadAsTheBodyIs: a headline of many figures with no period each takes
// its period from its like in the body, by Claims and by Stream alike (issue 12: comparing every
// headline figure with every body claim made such a text's cost grow with its square).
func TestHeadlineOfFiguresReadAsTheBodyIs(t *testing.T) {
	ex := testExtractor(t)
	headline := headlineOfFigures(4 << 10)
	body := strings.ReplaceAll(headline, "%", "% in 2019")
	text := headline + "\n" + body + ".\n"
	claims := ex.Claims(Article{Text: text}, Options{})
	inBody := map[figureKey]bool{}
	for _, c := range claims {
		if c.Start > len(headline) {
			inBody[figureKey{c.Indicator, c.Entity, c.Value}] = true
		}
	}
	given := 0
	for _, c := range claims {
		if c.Start >= len(headline) || !inBody[figureKey{c.Indicator, c.Entity, c.Value}] {
			continue
		}
		given++
		if c.Period != "2019" {
			t.Fatalf("headline figure %q took period %q, want its like's 2019", c.Quote, c.Period)
		}
	}
	if given < 50 {
		t.Fatalf("only %d headline figures met their like in the body", given)
	}
	var streamed []Claim
	for part := range ex.Stream(Article{Text: text}, Options{}) {
		streamed = append(streamed, part...)
	}
	if !reflect.DeepEqual(streamed, claims) {
		t.Fatalf("Stream gave %d claims unlike Claims' %d", len(streamed), len(claims))
	}
}

// headlineOfFigures is about size bytes of figures with places and no period.
func headlineOfFigures(size int) string {
	places := []string{"Germany", "France", "Italy", "Spain", "Japan", "Brazil"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		p := places[i%len(places)]
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "GDP in %s grew %d.%d%%", p, i%9, i%10)
		case 1:
			fmt.Fprintf(&b, "inflation in %s rose to %d.%d%%", p, i%9, i%10)
		default:
			fmt.Fprintf(&b, "unemployment in %s fell to %d.%d%%", p, i%9, i%10)
		}
	}
	return b.String()
}
