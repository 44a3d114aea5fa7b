package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

func BenchmarkScan(b *testing.B) {
	text := strings.Join(testcorpus.Texts(b), "\n\n")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Scan(text)
	}
}
