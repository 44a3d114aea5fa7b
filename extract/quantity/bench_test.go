package quantity

import (
	"fmt"
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

// BenchmarkScanDense scans a megabyte that is nothing but figures, the claim-dense worst case
// of extraction, where the growth of the result dominates the allocations.
func BenchmarkScanDense(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Inflation rose ")
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "%d.%d%%, ", i%9, i%10)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, len(text))
	for range b.N {
		Scan(text)
	}
	stop()
}
