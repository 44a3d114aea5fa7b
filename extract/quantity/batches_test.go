package quantity

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// checkBatches holds Batches to ScanInto: the quantities of text given in batches of n are
// those of the scan of the whole text, in the same order.
func checkBatches(t *testing.T, text string, n int) {
	t.Helper()
	want := Scan(text)
	var b Batches
	b.Start(nil, text, n)
	var got []Quantity
	for calls := 0; ; calls++ {
		qs, last := b.Next()
		got = append(got, qs...)
		if last {
			break
		}
		if calls > len(text)+1 {
			t.Fatalf("batches of %d of %q do not end", n, text)
		}
	}
	if !sameQuantities(got, want) {
		t.Fatalf("scan of %q in batches of %d:\n%+v\nwhole:\n%+v", text, n, got, want)
	}
}

// batchTexts are texts whose quantities lean on those before them: bounds a range closes
// ("at most 100 and at least 20"), mixed numbers whose whole number is taken back ("2 1/4"),
// the floor of the look behind, numbers in words over several words, folded digits.
var batchTexts = []string{
	"at most 100 and at least 20, no less than 5%, no more than 7%; 3 4 5 2 1/4 and 1 3/4 miles",
	"5\n5\n5\n1.2 1.2 1.2 2021,3.4,5.6,Germany\n2022,3.5,5.7,France\n",
	"between 2% and 3%, 6-7%, from 252 to 287 miles, 1 2 3 4 5 6 7 8 9 10 at least 3 at most 9",
	"one two three hundred and twenty, twenty-one firms, 3 1/2 4 1/2 5 1/2, a dozen 12 dozens",
	"1 2 3 \u0665\u0660\u066a 4 5 6 7 8 9",
	"1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 \uff15\uff0e\uff12\uff05",
	"3\u200b.6% 1 2 3 4 5 6 7 8 9",
	"GDP grew 3.6% in 2023 $1.2bn (\u00a3600m) 10 \u20ac .08 - 2-1 US$ 150 million 5/17/2018 2 1/4 - 1 4/5",
}

func TestBatchesGiveTheWholeScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 1))
	pieces := []string{" ", "\n", "5", "1.2", ",", "%", " at most ", " at least ", " and ", " 1/4", " 2",
		"three", " hundred", " million", "-", "$", "\u00a3", "\u0665", "\u200b", ".", "between ", " to ",
		"Germany", " pct", " per cent", "(1)", "'", "\u2013", " or "}
	texts := append([]string(nil), batchTexts...)
	for range 300 {
		var b strings.Builder
		for range rng.IntN(200) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		for _, n := range []int{1, 2, 3, 4, 5, 7, 16, 1000} {
			checkBatches(t, text, n)
		}
	}
	for _, text := range testcorpus.Texts(t)[:200] {
		for _, n := range []int{3, 8, 64} {
			checkBatches(t, text, n)
		}
	}
}

func FuzzBatches(f *testing.F) {
	for _, s := range batchTexts {
		f.Add(s, uint8(3))
	}
	f.Add("GDP grew 3.6% in 2023, 2 1/4 at most 100 and at least 20", uint8(1))
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		checkBatches(t, text, int(n))
	})
}

func TestFoldsAnywhere(t *testing.T) {
	for _, text := range append(batchTexts, "", "abc", "caf\u00e9 5", strings.Repeat("12345678", 9)+"\u0665", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e93\u200b.6") {
		want := false
		for i := 0; i < len(text); i++ {
			if text[i] >= 0xC0 && needsFold(text, i) {
				want = true
			}
		}
		if got := foldsAnywhere(text); got != want {
			t.Errorf("foldsAnywhere(%q) = %v, want %v", text, got, want)
		}
	}
}
