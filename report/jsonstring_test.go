package report

import (
	"bytes"
	"encoding/json"
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

func TestPlainJSONWordFindsEveryByteToEscape(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			for _, fill := range []byte{' ', 'a', '!', '#', '[', ']', 0x7f} {
				b := bytes.Repeat([]byte{fill}, 8)
				if !plainJSONWord(string(b)) {
					t.Fatalf("plainJSONWord(%q) = false", b)
				}
				b[pos] = byte(c)
				want := c >= 0x20 && c < 0x80 && c != '"' && c != '\\'
				if got := plainJSONWord(string(b)); got != want {
					t.Fatalf("plainJSONWord(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
