package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

func BenchmarkScan(b *testing.B) {
	text := strings.Join(testcorpus.Texts(b), "\n\n")
	pub := time.Date(2005, 3, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Scan(text, pub)
	}
}
