package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// BenchmarkScan scans the benchmark corpus as one text.
func BenchmarkScan(b *testing.B) {
	text := strings.Join(testcorpus.Texts(b), "\n\n")
	pub := time.Date(2005, 3, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, len(text))
	for range b.N {
		Scan(text, pub)
	}
	stop()
}
