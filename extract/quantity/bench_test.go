package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// BenchmarkScan scans the benchmark corpus as one text.
func BenchmarkScan(b *testing.B) {
	text := strings.Join(testcorpus.Texts(b), "\n\n")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, len(text))
	for range b.N {
		Scan(text)
	}
	stop()
}

// BenchmarkScanArticles scans the corpus an article at a time into one reused slice, as
// extraction does.
func BenchmarkScanArticles(b *testing.B) {
	texts := testcorpus.Texts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	var buf []Quantity
	b.SetBytes(int64(size))
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, size)
	for range b.N {
		for _, t := range texts {
			buf = ScanInto(buf, t)
		}
	}
	stop()
}
