package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestCountWordsCountsUAX29Segments(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"word", 1},
		// Germany's | ␠ | economy | ␠ | shrank | ␠ | 0.3 | % | .
		{"Germany's economy shrank 0.3%.", 9},
		// Le | ␠ | PIB | ␠ | a | ␠ | crû | ␠ | de | ␠ | 1,2 | ␠ | %
		{"Le PIB a crû de 1,2 %", 13},
	} {
		if got := countWords([]byte(tt.text)); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestRunReportsARate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	text := strings.Repeat(`{"id":"a","text":"Germany's economy shrank 0.3% in 2023."}`+"\n", 20000)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-runs", "2", "-rate", path}, &out); err != nil {
		if strings.Contains(err.Error(), "too small to time") {
			t.Skip(err) // a coarse CPU clock; the rate is the benchmark script's business
		}
		t.Fatal(err)
	}
	if rate, err := strconv.ParseFloat(strings.TrimSpace(out.String()), 64); err != nil || rate <= 0 {
		t.Errorf("-rate printed %q, want a positive number", out.String())
	}
	for _, args := range [][]string{{}, {"-runs", "0", path}, {filepath.Join(t.TempDir(), "absent.jsonl")}} {
		if err := run(args, &out); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}

// Streamed a piece at a time, a file has the words it has whole, wherever the pieces are cut.
func TestCountFileWordsEqualsTheWholeFile(t *testing.T) {
	var text strings.Builder
	for i := range 3000 {
		text.WriteString(`{"id":"` + strconv.Itoa(i) + `","text":"Germany's economy shrank 0.3% in 2023; le PIB a crû de 1,2 %."}` + "\n")
	}
	text.WriteString("a last line with no end and a very long word " + strings.Repeat("x", 300))
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(text.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	want := countWords([]byte(text.String()))
	for _, bufBytes := range []int{64, 100, 4096, 1 << 20} {
		size, got, err := countFileWords(path, make([]byte, bufBytes))
		if err != nil {
			t.Fatal(err)
		}
		if size != text.Len() {
			t.Errorf("buffer of %d: size %d, want %d", bufBytes, size, text.Len())
		}
		// A buffer shorter than the last line cuts inside its long word.
		if bufBytes >= 400 && got != want {
			t.Errorf("buffer of %d: %d words, want %d", bufBytes, got, want)
		}
	}
}
