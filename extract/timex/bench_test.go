package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sharedDir is the shared material beside the repository (../shared from the repo root).
func sharedDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared material not found at %s: %v", dir, err)
	}
	return dir
}

func benchText(b *testing.B) string {
	f, err := os.Open(filepath.Join(sharedDir(b), "bench", "corpus.jsonl"))
	if err != nil {
		b.Skipf("benchmark corpus absent: %v", err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &doc) == nil {
			sb.WriteString(doc.Text)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func BenchmarkScan(b *testing.B) {
	text := benchText(b)
	pub := time.Date(2005, 3, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Scan(text, pub)
	}
}
