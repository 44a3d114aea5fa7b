package report

import (
	"bytes"
	"encoding/json"
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

// TestAppendJSONStringFindsEveryByteToEscape writes strings of up to 100 bytes of plain text
// with a byte to escape (or a character beyond ASCII) at every position.
func TestAppendJSONStringFindsEveryByteToEscape(t *testing.T) {
	plain := strings.Repeat("GDP grew 3.6% in 2023, ", 5)
	for n := range 100 {
		for pos := range n {
			for _, special := range []string{"\"", "\\", "\x00", "\x1f", "\n", "\x7f", "é", "\u2028", "\xff", "😀"} {
				s := plain[:pos] + special + plain[pos:n]
				if got, want := string(appendJSONString(nil, s)), encodingJSON(t, s); got != want {
					t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
				}
			}
		}
	}
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
		if got, want := string(appendJSONString([]byte("prefix"), s)), "prefix"+encodingJSON(t, s); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
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
