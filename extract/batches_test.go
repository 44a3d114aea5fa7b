package extract

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// claimsInBatches returns the claims of text read with figures scanned n at a time.
func claimsInBatches(ex *Extractor, a Article, opts Options, n int) []Claim {
	saved := figureBatch
	figureBatch = n
	defer func() { figureBatch = saved }()
	return ex.Claims(a, opts)
}

// checkClaimsInBatches holds the claims of a text read in batches of figures to those of the
// text read whole, with and without opts.All.
func checkClaimsInBatches(t *testing.T, ex *Extractor, a Article, sizes ...int) {
	t.Helper()
	for _, all := range []bool{false, true} {
		want := claimsInBatches(ex, a, Options{All: all}, 1<<30)
		for _, n := range sizes {
			got := claimsInBatches(ex, a, Options{All: all}, n)
			if !reflect.DeepEqual(got, want) {
				k := 0
				for k < min(len(got), len(want)) && reflect.DeepEqual(got[k], want[k]) {
					k++
				}
				t.Fatalf("all=%v, batches of %d: %d claims, whole: %d; first difference at %d of %.200q", all, n, len(got), len(want), k, a.Text)
			}
		}
	}
}

// TestClaimsInBatchesAreTheClaimsOfTheWholeText: an article dense with figures is read a batch
// of figures at a time (attack on cost, finding 4: a data dump of ten megabytes held 587 MB),
// and its claims are those of the figures read all at once: ranges joined across a batch's end,
// sentences whose figures two batches hold, sentences left unread, headlines.
func TestClaimsInBatchesAreTheClaimsOfTheWholeText(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	texts := []string{
		strings.Repeat("5\n", 300),
		strings.Repeat("1.2 ", 300),
		strings.Repeat("2021,3.4,5.6,Germany\n", 60),
		strings.Repeat("Inflation in Germany was 2.3% in 2024, between 2 and 3 per cent. ", 40),
		"GERMAN INFLATION EASES TO 2.3 PCT\nInflation in Germany eased to 2.3 pct in March from 2.5 pct in February, and between 5 and 5.5 pct, 2.6 or 2.7 per cent. " +
			strings.Repeat("Unemployment rose to 5.1% from 4.9%. The rate was 3 4 5 6. ", 20),
	}
	for _, w := range worstInputs(3000) {
		texts = append(texts, w)
	}
	rng := rand.New(rand.NewPCG(20, 4))
	words := []string{"Inflation", "in", "Germany", "rose", "fell", "to", "from", "between", "and", "or", "2.3%",
		"5", "1.2", "3 per cent", "pct", "2024", "March", ".", ",", "\n", "GDP", "grew", "unemployment", "the",
		"rate", "$1.2bn", "at most", "at least", "1/4", "2", "It", "eased", "jobs", "million", "France", "by"}
	for range 60 {
		var b strings.Builder
		for range 20 + rng.IntN(300) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(" \n"[rng.IntN(8)/7])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		checkClaimsInBatches(t, ex, Article{Text: text, Published: published}, 3, 4, 7, 50)
	}
	for i, text := range testcorpus.Texts(t) {
		if i%10 == 0 {
			checkClaimsInBatches(t, ex, Article{Text: text, Published: published}, 3, 16)
		}
	}
}

func FuzzClaimsInBatches(f *testing.F) {
	f.Add("Inflation in Germany eased to 2.3 pct in March from 2.5 pct, between 5 and 5.5 pct. GDP grew 1 2 3 4 5%.", uint8(3))
	f.Add(strings.Repeat("5\n", 40), uint8(4))
	f.Add(worstInputs(600)["figures and years"], uint8(5))
	// contrasts, words of home and regions (clausemates.go, regions.go)
	f.Add("OTTAWA - Inflation here was 1.9% in January, while the US rate was 3.0%.\nUnemployment averaged 4.3% in 2024, and Mexico's economy grew 1.2%, far below the 11.4% in Spain.", uint8(3))
	f.Add("Spain's rate was 11.4% in 2024; in this country it was 4.3%. At home, it averaged 4.3%, and Guangdong's 3.5%; the rate in Nevada was 5.7%.", uint8(4))
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		checkClaimsInBatches(t, ex, Article{Text: text}, max(3, int(n)))
	})
}

// TestClaimsOfDataHoldBoundedMemory: extracting an article of data (a figure every two bytes)
// holds a bounded heap while it reads, whatever the article's length, and allocates a bounded
// amount per megabyte; it held and allocated some 104 bytes a figure, twice over, before.
func TestClaimsOfDataHoldBoundedMemory(t *testing.T) {
	ex := testExtractor(t)
	for _, shape := range []string{"5\n", "1.2 ", "2021,3.4,5.6,Germany\n"} {
		const size = 4 << 20
		text := strings.Repeat(shape, size/len(shape))
		ex.Claims(Article{Text: text[:4096]}, Options{}) // (tables built first)
		var before, after runtime.MemStats
		heap := testcorpus.NewHeapPeak(64)
		runtime.ReadMemStats(&before)
		saved := batchHook
		batchHook = heap.Sample
		ex.Claims(Article{Text: text}, Options{})
		batchHook = saved
		runtime.ReadMemStats(&after)
		held := heap.Held()
		perMB := float64(after.TotalAlloc-before.TotalAlloc) / (size >> 20)
		t.Logf("%q: %d MB of text, %.1f MB held while reading, %.1f MB allocated a MB", shape, size>>20, float64(held)/(1<<20), perMB/(1<<20))
		if !heap.Sampled() {
			t.Fatalf("%q: read in one batch", shape)
		}
		if held > 8<<20 {
			t.Errorf("%q: %s held while reading %d MB of it; want at most 8 MB", shape, fmt.Sprintf("%.1f MB", float64(held)/(1<<20)), size>>20)
		}
		if perMB > 4<<20 {
			t.Errorf("%q: %.1f MB allocated a MB; want at most 4", shape, perMB/(1<<20))
		}
	}
}
