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

// BenchmarkScanFigureSentences scans what extraction gives the scanner: each sentence of the
// corpus that holds a digit, with the sentence before it.
func BenchmarkScanFigureSentences(b *testing.B) {
	var windows []string
	size := 0
	for _, text := range testcorpus.Texts(b) {
		sentences := strings.SplitAfter(text, ". ")
		for k, s := range sentences {
			if strings.ContainsAny(s, "0123456789") {
				w := s
				if k > 0 {
					w = sentences[k-1] + s
				}
				windows = append(windows, w)
				size += len(w)
			}
		}
	}
	pub := time.Date(2005, 3, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, size)
	for range b.N {
		for _, w := range windows {
			Scan(w, pub)
		}
	}
	stop()
}

// BenchmarkDateline reads the dateline of every article of the corpus, as input does for an
// article without a date; its bytes are the tops Dateline reads.
func BenchmarkDateline(b *testing.B) {
	texts := testcorpus.Texts(b)
	size := 0
	for _, t := range texts {
		size += min(len(t), datelineBytes)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, size)
	for range b.N {
		for _, t := range texts {
			Dateline(t)
		}
	}
	stop()
}
