package extract

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// streamed returns the claims Stream yields, part after part, with parts of part claims, a
// headline holding back at most hold, and figures scanned batch at a time; and those of the
// stream iterated again (which a first reading's findings may spare).
func streamed(ex *Extractor, a Article, opts Options, part, hold, batch int) (claims, again []Claim) {
	savedPart, savedHold, savedBatch := partClaims, holdLimit, figureBatch
	partClaims, holdLimit, figureBatch = part, hold, batch
	defer func() { partClaims, holdLimit, figureBatch = savedPart, savedHold, savedBatch }()
	stream := ex.Stream(a, opts)
	for p := range stream {
		claims = append(claims, p...)
	}
	for p := range stream {
		again = append(again, p...)
	}
	return claims, again
}

// checkStreamed holds the claims Stream yields to those of Claims, with and without All, in
// parts of the sizes given, a headline holding back few claims or many.
func checkStreamed(t *testing.T, ex *Extractor, a Article, parts ...int) {
	t.Helper()
	for _, all := range []bool{false, true} {
		want := ex.Claims(a, Options{All: all})
		for _, part := range parts {
			for _, hold := range []int{2 * part, 1 << 30} {
				for _, batch := range []int{7, 1 << 30} {
					got, again := streamed(ex, a, Options{All: all}, part, hold, batch)
					if len(got) == 0 && len(want) == 0 && len(again) == 0 {
						continue
					}
					if !reflect.DeepEqual(got, again) {
						t.Fatalf("all=%v, parts of %d, hold %d, batches of %d: %d claims, iterated again %d of %.300q", all, part, hold, batch, len(got), len(again), a.Text)
					}
					if !reflect.DeepEqual(got, want) {
						k := 0
						for k < min(len(got), len(want)) && reflect.DeepEqual(got[k], want[k]) {
							k++
						}
						t.Fatalf("all=%v, parts of %d, hold %d, batches of %d: %d claims, Claims: %d; first difference at %d of %.300q",
							all, part, hold, batch, len(got), len(want), k, a.Text)
					}
				}
			}
		}
	}
}

// TestStreamGivesTheClaimsOfClaims: Stream hands over an article's claims a part at a time
// (issue 12: with --all a data dump of 10 MB made 1.7 GB of claims held at once), and they are
// the claims of Claims, in its order: a headline's figure with the period of its like in the
// body, however far ("held back" or read twice), the claims of sanctions in their place among
// the figures', claims of a sentence out of order, ranges, the worst inputs, corpus articles.
func TestStreamGivesTheClaimsOfClaims(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	texts := []string{
		strings.Repeat("5\n", 300),
		strings.Repeat("2021,3.4,5.6,Germany\n", 60),
		strings.Repeat("Inflation in Germany was 2.3% in 2024, between 2 and 3 per cent. ", 40),
		"GERMAN INFLATION EASES TO 2.3 PCT\nInflation in Germany eased to 2.3 pct in March from 2.5 pct in February. " +
			strings.Repeat("Unemployment rose to 5.1% from 4.9%. The rate was 3 4 5 6. ", 20),
		"GERMAN INFLATION EASES TO 2.3 PCT\n" + strings.Repeat("Unemployment rose to 5.1% from 4.9%. The rate was 3 4 5 6. ", 20) +
			"Inflation in Germany eased to 2.3 pct in March from 2.5 pct in February.",
		"GERMAN INFLATION EASES TO 2.3 PCT IN MARCH\n" + strings.Repeat("Prices rose 1 2 3 4. ", 20) +
			"Inflation in Germany eased to 2.3 pct in February, and to 2.3 pct in March.",
		"March 3, 1987\nJAPAN'S UNEMPLOYMENT RATE SEEN RISING TO 3.5 PCT, GDP 2 PCT\n" + strings.Repeat("The index was 5, 6 and 7. ", 30) +
			"Japan's unemployment rate is expected to climb to about 3.5 pct within the next year. GDP will grow 2 pct in 1988.",
		strings.Repeat("The rate was 3 4 5 6. ", 30) + "\nThe US imposed sanctions on Russia on February 23, 2024. " +
			strings.Repeat("Inflation was 2, 3 and 4 pct. ", 30) + "The EU imposed its first sanctions on Russia in 2014, and 5 more.",
		"The EU imposed sanctions on Russia in July 2014.\n" + strings.Repeat("GDP grew 1.5% in 2014. ", 40),
	}
	for _, w := range worstInputs(3000) {
		texts = append(texts, w)
	}
	rng := rand.New(rand.NewPCG(21, 12))
	words := []string{"Inflation", "in", "Germany", "rose", "fell", "to", "from", "between", "and", "or", "2.3%",
		"5", "1.2", "3 per cent", "pct", "2024", "March", ".", ",", "\n", "GDP", "grew", "unemployment", "the",
		"rate", "$1.2bn", "at most", "at least", "1/4", "2", "It", "eased", "jobs", "million", "France", "by",
		"sanctions", "imposed", "on", "Russia", "EU", "extended", "until", "INFLATION", "2.3 PCT"}
	for range 60 {
		var b strings.Builder
		for range 20 + rng.IntN(300) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(" \n"[rng.IntN(8)/7])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		checkStreamed(t, ex, Article{Text: text, Published: published}, 1, 3, 50)
	}
	for i, text := range testcorpus.Texts(t) {
		if i%5 == 0 {
			checkStreamed(t, ex, Article{Text: text, Published: published}, 1, 4)
		}
	}
}

// TestStreamStopsWhenAsked: a consumer that stops after a part gets no more, and the reading
// ends there.
func TestStreamStopsWhenAsked(t *testing.T) {
	ex := testExtractor(t)
	saved := partClaims
	partClaims = 10
	defer func() { partClaims = saved }()
	parts := 0
	for range ex.Stream(Article{Text: strings.Repeat("5\n", 1000)}, Options{All: true}) {
		parts++
		break
	}
	if parts != 1 {
		t.Fatalf("%d parts after a stop at the first", parts)
	}
}

func FuzzStream(f *testing.F) {
	f.Add("GERMAN INFLATION EASES TO 2.3 PCT\nInflation in Germany eased to 2.3 pct in March from 2.5 pct. GDP grew 1 2 3 4 5%.", uint8(1))
	f.Add("The US imposed sanctions on Russia on February 23, 2024. Inflation was 2, 3 and 4 pct.", uint8(2))
	f.Add(strings.Repeat("5\n", 40), uint8(4))
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		checkStreamed(t, ex, Article{Text: text}, max(1, int(n%64)))
	})
}

// TestStreamOfDataHoldsBoundedMemory: the claims of a data dump with All (a claim for every
// figure, one every two bytes) are handed over a part at a time, and what the reading holds
// stays bounded whatever the dump's length; Claims held them all (1.7 GB for 10 MB). Counted,
// not timed: the heap in use after a collection, at every 64th part.
func TestStreamOfDataHoldsBoundedMemory(t *testing.T) {
	ex := testExtractor(t)
	for _, shape := range []string{"5\n", "2021,3.4,5.6,Germany\n", "Inflation in Germany was 2.3% in 2024 "} {
		const size = 4 << 20
		text := "DATA 2.3 PCT\n" + strings.Repeat(shape, size/len(shape))
		ex.Claims(Article{Text: text[:4096]}, Options{All: true}) // (tables built first)
		heap := testcorpus.NewHeapPeak(64)
		claims := 0
		for p := range ex.Stream(Article{Text: text}, Options{All: true}) {
			claims += len(p)
			heap.Sample()
		}
		held, parts := heap.Held(), heap.Calls()
		t.Logf("%q: %d MB of text, %d claims in %d parts, %.1f MB held while reading", shape, size>>20, claims, parts, float64(held)/(1<<20))
		if parts < 64 {
			t.Fatalf("%q: %d claims in %d parts, too few to tell", shape, claims, parts)
		}
		if held > 16<<20 {
			t.Errorf("%q: %s held while reading %d MB of it; want at most 16 MB", shape, fmt.Sprintf("%.1f MB", float64(held)/(1<<20)), size>>20)
		}
	}
}
