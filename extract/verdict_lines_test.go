package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// verdictAfterWholeLines is verdictAfter as it was first written, reading each line whole:
// the reading verdictAfter must keep.
func verdictAfterWholeLines(text string, end int) (found, truth bool) {
	pos := end
	// n counts the lines read, blank counts the blank ones among them: a layout may set the
	// verdict off by one blank line ("Claim: ...\n\nVerdict: False"), and two end the claim's
	// block
	for n, blank := 0, 0; n < 5 && pos < len(text); n++ {
		le := strings.IndexByte(text[pos:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += pos
		}
		line := strings.TrimSpace(text[pos:le])
		if n == 0 {
			line = strings.TrimSpace(strings.TrimLeft(line, "\"'”’"))
		}
		if n > 0 && line == "" {
			if blank++; blank > 1 {
				return false, false
			}
			pos = le + 1
			continue
		}
		blank = 0
		if line != "" {
			value, ok := verdictValue(line)
			if ok {
				if value == "" { // the label alone: its value is the next line
					nl := le + 1
					ve := strings.IndexByte(text[min(nl, len(text)):], '\n')
					if nl >= len(text) {
						return true, false
					}
					if ve < 0 {
						ve = len(text)
					} else {
						ve += nl
					}
					value = strings.TrimSpace(text[nl:ve])
				}
				return true, truthVerdict(value)
			}
			if strings.ContainsAny(line, "0123456789") {
				return false, false // another claim comes first
			}
		}
		pos = le + 1
	}
	return false, false
}

// TestVerdictAfterReadsAsWholeLines draws texts of labels, verdicts, quotes, blanks, figures
// and words, and checks verdictAfter against the whole-line reading at every offset.
func TestVerdictAfterReadsAsWholeLines(t *testing.T) {
	pieces := []string{"Claim: ", "Verdict: False.", "Verdict: True", "VERDICT:", "Our verdict", "Rating - Pants on Fire",
		"False", "accurate", "\n", "\n\n", " ", "\t", "\u00a0", "\"", "”", "’", "2.9%", "grew", "Fact: it was", ". ", "Conclusion: misleading", "\r\n"}
	rng := rand.New(rand.NewPCG(28, 12))
	for trial := range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		var seek nextFigureOrBreak // (kept from offset to offset, as an article keeps it)
		for end := 0; end <= len(text); end++ {
			gotFound, gotTruth := verdictAfter(text, end, &seek)
			wantFound, wantTruth := verdictAfterWholeLines(text, end)
			if gotFound != wantFound || gotTruth != wantTruth {
				t.Fatalf("trial %d: %q at %d: found %v truth %v, want %v %v", trial, text, end, gotFound, gotTruth, wantFound, wantTruth)
			}
		}
	}
}
