package testcorpus

import (
	"fmt"
	"strings"
)

// DenseText is the text that costs check most per byte: one sentence of about size bytes with
// no full stop, a linked claim every 36 bytes or so ("GDP in Germany grew 0.0% in 1980,
// inflation in France rose to 1.1% in 1981, …"), as a list of figures pasted from a table
// reads. Every claim is judged against the default reference table and written with its
// excerpt and explanation, so a claim of it must not cost many times a claim of news.
func DenseText(size int) string {
	places := []string{"Germany", "France", "Italy", "Spain", "Japan", "Brazil"}
	var b strings.Builder
	b.Grow(size + 64)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		place, year := places[i%len(places)], 1980+i%40
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "GDP in %s grew %d.%d%% in %d", place, i%9, i%10, year)
		case 1:
			fmt.Fprintf(&b, "inflation in %s rose to %d.%d%% in %d", place, i%9, i%10, year)
		case 2:
			fmt.Fprintf(&b, "unemployment in %s fell to %d.%d%% in %d", place, i%9, i%10, year)
		default:
			fmt.Fprintf(&b, "between %d%% and %d%% in %s", i%9, i%9+1, place)
		}
	}
	return b.String()
}
