package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// encodingJSON is the reference appendJSONString must match: encoding/json with HTML left
// unescaped, as the JSON reports were written before it.
func encodingJSON(t testing.TB, s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// eachLoop runs test with the AVX2 loop of appendJSONString and without it (where there is one).
func eachLoop(t *testing.T, test func()) {
	avx2 := useAVX2
	defer func() { useAVX2 = avx2 }()
	for _, on := range []bool{false, avx2} {
		useAVX2 = on
		test()
	}
}

// TestAppendJSONStringFindsEveryByteToEscape writes strings of up to 100 bytes of plain text
// with a byte to escape (or a character beyond ASCII) at every position.
func TestAppendJSONStringFindsEveryByteToEscape(t *testing.T) {
	plain := strings.Repeat("GDP grew 3.6% in 2023, ", 5)
	eachLoop(t, func() {
		for n := range 100 {
			for pos := range n {
				for _, special := range []string{"\"", "\\", "\x00", "\x1f", "\n", "\x7f", "é", "\u2028", "\xff", "😀"} {
					s := plain[:pos] + special + plain[pos:n]
					if got, want := string(appendJSONString(nil, s)), encodingJSON(t, s); got != want {
						t.Fatalf("appendJSONString(%q) = %s, want %s (AVX2 %v)", s, got, want, useAVX2)
					}
				}
			}
		}
	})
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{
		"",
		"plain text",
		`a "quoted" word and a back\slash`,
		"line\nbreak, tab\t, return\r, bell\a, backspace\b, form feed\f, NUL\x00, unit sep\x1f, DEL\x7f",
		"<b>Growth</b> & more",
		"GDP grew 3.6% in 2023 — £1.2bn, ¥5tn, €3m",
		"separators\u2028line\u2029paragraph",
		"bad \xff byte, cut rune \xe2\x80, lone continuation \x80",
		"emoji 📈 and a bidi override \u202e",
		"\x1b[2J escape",
	} {
		if got, want := string(appendJSONString(nil, s)), encodingJSON(t, s); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\u2028\xff<&>", "\x00\x1f\x7f", "é😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		eachLoop(t, func() {
			if got, want := string(appendJSONString([]byte("prefix"), s)), "prefix"+encodingJSON(t, s); got != want {
				t.Errorf("appendJSONString(%q) = %s, want %s (AVX2 %v)", s, got, want, useAVX2)
			}
		})
	})
}

func TestPlainJSONWordFindsEveryByteToEscape(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			for _, fill := range []byte{' ', 'a', '!', '#', '[', ']', 0x7f} {
				b := bytes.Repeat([]byte{fill}, 8)
				if !plainJSONWord(word(string(b), 0)) {
					t.Fatalf("plainJSONWord(%q) = false", b)
				}
				b[pos] = byte(c)
				want := c >= 0x20 && c < 0x80 && c != '"' && c != '\\'
				if got := plainJSONWord(word(string(b), 0)); got != want {
					t.Fatalf("plainJSONWord(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
	// Words of several bytes to escape, or of bytes next to the bounds, each next to others
	// it may borrow from.
	edges := []byte{0x00, 0x01, 0x1f, 0x20, 0x21, '"', 0x23, 0x5b, '\\', 0x5d, 0x7e, 0x7f, 0x80, 0x81, 0xa2, 0xdc, 0xfe, 0xff}
	rng := rand.New(rand.NewPCG(18, 5))
	for range 200000 {
		var b [8]byte
		want := true
		for k := range b {
			b[k] = edges[rng.IntN(len(edges))]
			if rng.IntN(3) == 0 {
				b[k] = ' ' + byte(rng.IntN(0x5f))
			}
			want = want && b[k] >= 0x20 && b[k] < 0x80 && b[k] != '"' && b[k] != '\\'
		}
		if got := plainJSONWord(word(string(b[:]), 0)); got != want {
			t.Fatalf("plainJSONWord(%q) = %v, want %v", b, got, want)
		}
	}
}

// BenchmarkAppendJSONString writes the text fields of a row of a claim-dense article (its
// excerpt, cut with an ellipsis, and its explanation) and a few short ones.
func BenchmarkAppendJSONString(b *testing.B) {
	excerpt := strings.Repeat("GDP in Germany grew 0.0% in 1980, inflation in France rose to 1.1% in 1981, ", 8)[:597] + "…"
	explanation := "Per World Bank WDI (release 2026-07-01), France's inflation (annual average) in 1981 was 13.31%; the claim's 1.1% matches no release of World Bank WDI; the article's date is unknown, so it is judged with the figures known today."
	fields := []string{"/tmp/fc/adv/fy.txt", "inflation in France rose to 1.1%", excerpt, "FRA", "inflation", "1981", "annual",
		"actual", "percent", "exact", "up", "inconsistent", "1981", "World Bank WDI", "2026-07-01", explanation}
	size := 0
	for _, s := range fields {
		size += len(s)
	}
	b.SetBytes(int64(size))
	var dst []byte
	for b.Loop() {
		dst = dst[:0]
		for _, s := range fields {
			dst = appendJSONString(dst, s)
		}
	}
}
