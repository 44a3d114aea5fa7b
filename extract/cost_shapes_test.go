package extract

import (
	"fmt"
	"github.com/factcheck/factcheck/internal/testcorpus"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"
)

// costShapes are texts of about size bytes, each built so that one of the look backs a
// figure or a sentence makes would, unbounded, read the text before it: each once made its
// text's cost grow with the square of its size (issue 12; found by trying some 110 shapes).
func costShapes(size int) map[string]string {
	adjectives := []string{"French", "German", "Italian", "Spanish", "Japanese", "Brazilian"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	build := func(first string, part func(i int) string) string {
		var b strings.Builder
		b.WriteString(first)
		for i := 0; b.Len() < size; i++ {
			b.WriteString(part(i))
		}
		return b.String()
	}
	figure := func(i int) string { return fmt.Sprintf("%d.%d%%", i%9, i%10) }
	return map[string]string{
		// a relative clause's comma was sought back to the text's start, and all after it
		// lowered, for every month after a year
		"one comma, then months after years": build("Prices, said the agency. ", func(i int) string {
			return fmt.Sprintf("In %d %s inflation rose %s in %s. ", 1980+i%40, adjectives[i%6], figure(i), months[i%12])
		}),
		// the word before a date was read back to the last space, and lowered
		"words parted by tabs": build("", func(i int) string {
			return strings.ReplaceAll(fmt.Sprintf("In %d %s inflation rose %s in %s, and %s in %d.\n", 1980+i%40, adjectives[i%6], figure(i), months[i%12], figure(i+1), 1981+i%40), " ", "\t")
		}),
		// the rest of the line after each labelled claim was lowered to look for a verdict
		"labelled claims on one line": build("", func(i int) string {
			return fmt.Sprintf("Claim: %s inflation was %s in %d. ", adjectives[i%6], figure(i), 1980+i%40)
		}),
		// a long sentence with "so" after each figure was lowered whole for each "so", for
		// each figure: linear only by the cut of long sentences, and 15 s a MB
		"so after each figure": build("", func(i int) string {
			return fmt.Sprintf("%s growth is %s this year and so ", adjectives[i%6], figure(i))
		}),
		// the second sentence of "our" economy on a line read every line again for datelines
		"two sentences of home on each line": build("", func(i int) string {
			return fmt.Sprintf("Our economy grew %s in %d, the minister said. Our inflation rate was %s in %d, she added.\n", figure(i), 1980+i%40, figure(i+1), 1980+i%40)
		}),
	}
}

// maxAllocatedPerByte bounds what extraction allocates for a byte of a cost shape: 94 for the
// most (two sentences of "our" economy on a line, 2026-12-04).
const maxAllocatedPerByte = 200

// TestCostShapesAllocateLinearly: the bytes extraction allocates grow in proportion to the
// text on each shape, and stay under maxAllocatedPerByte a byte. Each quadratic look back allocated a copy or the tokens of what it read
// again, so a text four times as long allocated some sixteen times as much; counted bytes, not
// time, so that a busy machine cannot fail it.
func TestCostShapesAllocateLinearly(t *testing.T) {
	ex := testExtractor(t)
	const small = 32 << 10
	smalls, larges := costShapes(small), costShapes(4*small)
	for name := range smalls {
		// The fewest bytes of three runs: the count is the process's, and anything else that
		// allocates meanwhile (the collector, the race detector, a test's leftover goroutine)
		// only adds to it.
		allocated := func(text string) uint64 {
			a := Article{Text: text, Published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)}
			ex.Claims(a, Options{}) // (tables and pools filled first)
			fewest := uint64(math.MaxUint64)
			for range 3 {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				ex.Claims(a, Options{})
				runtime.ReadMemStats(&after)
				fewest = min(fewest, after.TotalAlloc-before.TotalAlloc)
			}
			return fewest
		}
		s, l := allocated(smalls[name]), allocated(larges[name])
		ratio := float64(l) / float64(s) * float64(len(smalls[name])) / float64(len(larges[name]))
		t.Logf("%s: %d bytes allocated at %d KB, %d at %d KB: %.2f times linear", name, s, len(smalls[name])>>10, l, len(larges[name])>>10, ratio)
		// (2.5: a quadratic look back gave 3.8 to 3.95; under the race detector, sync.Pool
		// drops buffers at random, and a run that makes one anew gave up to 1.7)
		if ratio > 2.5 {
			t.Errorf("%s: allocated %.2f times what a linear cost would at four times the size", name, ratio)
		}
		if perByte := l / uint64(len(larges[name])); perByte > maxAllocatedPerByte {
			t.Errorf("%s: allocated %d bytes a byte of text, want at most %d", name, perByte, maxAllocatedPerByte)
		}
	}
}

// BenchmarkCostShapes is BenchmarkClaimsWorst on the shapes of costShapes, at 1 MB.
func BenchmarkCostShapes(b *testing.B) {
	ex := testExtractor(b)
	for name, text := range costShapes(1 << 20) {
		a := Article{Text: text, Published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			stop := testcorpus.CPUThroughput(b, len(text))
			for range b.N {
				ex.Claims(a, Options{})
			}
			stop()
		})
	}
}

// TestLongLineAllocatesLittle: a text of 1 MB with no line break and no comma allocates a
// few bytes a byte. The scan for the countries named before a claim read such a line whole
// and held its words, over a hundred bytes a byte of it (a text of 4 MB took 300 MB).
func TestLongLineAllocatesLittle(t *testing.T) {
	ex := testExtractor(t)
	const size = 1 << 20
	adjectives := strings.Fields("French German Italian Spanish Japanese Chinese Brazilian Indian Canadian Mexican Polish Swedish Norwegian Turkish Egyptian Kenyan Chilean Peruvian Greek Austrian")
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s growth is %d.%d%% this year and so ", adjectives[i%len(adjectives)], i%9+1, i*7%10)
	}
	a := Article{Text: b.String(), Published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)}
	ex.Claims(Article{Text: a.Text[:4096], Published: a.Published}, Options{}) // (tables built first)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for part := range ex.Stream(a, Options{}) {
		n += len(part)
	}
	runtime.ReadMemStats(&after)
	if perByte := (after.TotalAlloc - before.TotalAlloc) / size; perByte > 32 || n == 0 {
		t.Errorf("%d claims of a line of %d MB allocated %d bytes a byte; want at most 32", n, size>>20, perByte)
	}
}
