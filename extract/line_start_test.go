package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLineStartBeforeIsTheLookBack: the forward scan finds the line start that looking back
// labelScan bytes from each sentence found, for sentences asked about in order and, now and
// then, one asked about again out of order.
func TestLineStartBeforeIsTheLookBack(t *testing.T) {
	lookBack := func(text string, at int) (int, bool) {
		from := max(0, at-labelScan)
		nl := strings.LastIndexByte(text[from:at], '\n')
		if nl < 0 {
			return 0, from == 0
		}
		return from + nl + 1, true
	}
	rng := rand.New(rand.NewPCG(3, 1500))
	for trial := range 200 {
		var b strings.Builder
		for b.Len() < 8000 {
			switch rng.IntN(8) {
			case 0:
				b.WriteByte('\n')
			case 1:
				b.WriteString(strings.Repeat("x", rng.IntN(3000)))
			default:
				b.WriteString("word ")
			}
		}
		text := b.String()
		st := &articleState{art: Article{Text: text}}
		for at := 0; at < len(text); at += 1 + rng.IntN(400) {
			asked := at
			if rng.IntN(10) == 0 {
				asked = rng.IntN(at + 1)
			}
			gotFrom, gotOK := st.lineStartBefore(asked)
			wantFrom, wantOK := lookBack(text, asked)
			if gotFrom != wantFrom || gotOK != wantOK {
				t.Fatalf("trial %d at %d: got %d %v, want %d %v", trial, asked, gotFrom, gotOK, wantFrom, wantOK)
			}
		}
	}
}
