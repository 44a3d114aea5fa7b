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

// BenchmarkScanFiguresAndYears scans, in batches as extraction does, a megabyte of the
// claim-dense worst input of extraction ("GDP in Germany grew 1.2% in 1980, inflation in
// France rose to ..."; extract's worstInputs): a figure and a year every 38 bytes, each figure
// read with its whole phrase, so that the cost of the scanner per number shows alone.
func BenchmarkScanFiguresAndYears(b *testing.B) {
	places := []string{"Germany", "France", "Italy", "Spain", "Japan", "Brazil"}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		p := places[i%len(places)]
		switch i % 4 {
		case 0:
			fmt.Fprintf(&sb, "GDP in %s grew %d.%d%% in %d", p, i%9, i%10, 1980+i%40)
		case 1:
			fmt.Fprintf(&sb, "inflation in %s rose to %d.%d%% in %d", p, i%9, i%10, 1980+i%40)
		case 2:
			fmt.Fprintf(&sb, "unemployment in %s fell to %d.%d%% in %d", p, i%9, i%10, 1980+i%40)
		default:
			fmt.Fprintf(&sb, "between %d%% and %d%% in %s", i%9, i%9+1, p)
		}
	}
	text := sb.String()[:1<<20]
	var batches Batches
	var buf []Quantity
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, len(text))
	for range b.N {
		batches.Start(buf, text, 4096)
		for last := false; !last; {
			_, last = batches.Next()
		}
		buf = batches.Storage()
	}
	stop()
}
