package ascii_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/internal/ascii/tabletest"
)

// TestWordTablesOfEverySizeAgreeWithTheirMaps holds tables of 1 to 5,000 keys of 1 to 40
// bytes, with values of several sizes (the slots hold them), to their maps.
func TestWordTablesOfEverySizeAgreeWithTheirMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{1, 2, 7, 33, 300, 5000} {
		small, large := map[string]uint8{}, map[string][3]string{}
		exact := map[string]int{}
		for len(small) < n {
			b := make([]byte, 1+rng.IntN(40))
			for i := range b {
				b[i] = "abcdefghijklmnopqrstuvwxyz-' é"[rng.IntN(31)]
			}
			w := string(b)
			small[w], large[w] = uint8(len(small)), [3]string{w, fmt.Sprint(len(large))}
			exact[w+"X"] = len(exact)
		}
		tabletest.AgreesWithMap(t, fmt.Sprintf("%d uint8", n), small, ascii.NewWordTable(small), false)
		tabletest.AgreesWithMap(t, fmt.Sprintf("%d [3]string", n), large, ascii.NewWordTable(large), false)
		tabletest.AgreesWithMap(t, fmt.Sprintf("%d exact", n), exact, ascii.NewExactWordTable(exact), true)
	}
}
