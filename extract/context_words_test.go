package extract

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestContextWordsCoverResolveContextWord checks that every word resolveContextWord compares a
// word with passes the contextWords filter in front of it: a word the filter turned away would
// never reach its case.
func TestContextWordsCoverResolveContextWord(t *testing.T) {
	src, err := os.ReadFile("syntax.go")
	if err != nil {
		t.Fatal(err)
	}
	body := string(src)
	start := strings.Index(body, "func (s *sentence) resolveContextWord(")
	end := strings.Index(body, "func (s *sentence) resolveByTag(")
	if start < 0 || end < start {
		t.Fatal("resolveContextWord not found before resolveByTag in syntax.go")
	}
	found := 0
	for _, m := range regexp.MustCompile(`\bw\.lower == "([^"]+)"`).FindAllStringSubmatch(body[start:end], -1) {
		found++
		if !contextWords.mayHold(m[1]) {
			t.Errorf("resolveContextWord decides %q, which contextWords turns away", m[1])
		}
	}
	if found < 19 {
		t.Errorf("found %d comparisons in resolveContextWord, want at least 19", found)
	}
}
