package input

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// withAndWithoutAVX2 runs test with the AVX2 loops of checkString and unescapeInPlace, where
// the machine has them, and without.
func withAndWithoutAVX2(t *testing.T, test func(t *testing.T)) {
	t.Helper()
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	for _, on := range []bool{saved, false} {
		useAVX2 = on
		test(t)
		if !saved {
			return
		}
	}
}

// hostileText returns the body of a JSON string made of pieces that the fast decoder reads
// each its own way, good and bad, at random lengths, so that they fall anywhere in a block
// of eight or thirty-two bytes.
func hostileText(r *rand.Rand) string {
	pieces := []string{
		`\n`, `\n\n`, `\"`, `\\`, `\/`, `\b`, `\f`, `\r`, `\t`, `\r\n`, `\u00e9`, `\u0041`, `\u000d`, `\u000D`,
		`\ud83d\ude00`, `\ud83d`, `\ude00`, `\ud83d\u0041`, `\u12`, `\u12g4`, `\x`, `\`, `\\\"`, `\\\\`,
		"é", "€", "\U0001F600", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\x00", "\x01", "\x1f", "\t", "\n", "\r", "\x7f",
		`"`, " ", "!", "#", "[", "]",
		"£", "Москва", "经济", "\u00a0", "\u00ad", "\u3000", "\uff11", "\u0663", "\u2212", "\u200b", "\u2028",
		"\xe4\xb8", "\xd0", "\xe9\x80\x41",
	}
	var b strings.Builder
	for range r.IntN(12) {
		if r.IntN(3) > 0 {
			b.WriteString(strings.Repeat("plain text ", 8)[:r.IntN(80)])
		}
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// The fast decoder reads any line as encoding/json does, or leaves it to it untouched: lines
// of texts made of hostile pieces, among good fields and broken ones.
func TestFastDecodeLineAgreesWithEncodingJSONOnHostileLines(t *testing.T) {
	withAndWithoutAVX2(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(17, uint64(len(t.Name()))))
		fast := 0
		for n := range 20000 {
			text := hostileText(r)
			var line string
			switch n % 4 {
			case 0:
				line = `{"id":"a","text":"` + text + `"}`
			case 1:
				line = `{"text":"` + text + `","title":"` + hostileText(r) + `","url":"u"}`
			case 2:
				line = `{"x":["` + hostileText(r) + `"],"text":"` + text + `","id":7}`
			case 3:
				// A good text before a field that sends the line to encoding/json.
				valid, _ := json.Marshal(text)
				line = `{"text":` + string(valid) + []string{`,"Title":"t"}`, `,"id":1,"id":2}`, `,"id":"` + hostileText(r) + `"}`, `}x`}[r.IntN(4)]
			}
			given := []byte(line)
			f, ok := fastDecodeLine(given)
			if !ok {
				if string(given) != line {
					t.Fatalf("fast decoder gave up on %q but changed it to %q", line, given)
				}
				continue
			}
			fast++
			slow, err := slowDecodeLine([]byte(line))
			if err != nil {
				t.Fatalf("fast decoder read %q as %+v; encoding/json says %v", line, f, err)
			}
			if f = fieldsAsDecoded(t, f); f != slow {
				t.Fatalf("%q: fast decoder %+v, encoding/json %+v", line, f, slow)
			}
		}
		if fast < 2000 {
			t.Errorf("the fast decoder read %d lines of 20000; the test is meant to hold it to encoding/json", fast)
		}
	})
}

// The decoder passes over these characters without asking normalRune: none changes.
func TestTheCharactersPassedOverAreNeverNormalised(t *testing.T) {
	for _, span := range [][2]rune{{0x00C0, 0x063F}, {0x4000, 0x9FFF}} {
		for r := span[0]; r <= span[1]; r++ {
			if _, changed := normalRune(r); changed {
				t.Errorf("normalRune(%U) changes it", r)
			}
		}
	}
}

// Unescaping in place moves each run of text back by what the escapes before it saved: runs
// of every length up to a few blocks, after escapes that save 1 to 10 bytes, give what
// unescaping into a copy gives.
func TestUnescapeInPlaceMovesRunsOfEveryLength(t *testing.T) {
	escapes := []string{`\n`, `\"`, `\\`, `\/\b\f\r\t`, `\u00e9`, `\u20ac`, `\ud83d\ude00`, `\n\n\n\n\n\n`}
	withAndWithoutAVX2(t, func(t *testing.T) {
		for _, escape := range escapes {
			for before := range 4 {
				for length := range 100 {
					body := strings.Repeat(escape, before) + strings.Repeat("abcdefghij", 10)[:length] + escape + "x"
					checkUnescapeInPlace(t, body)
				}
			}
		}
	})
}

// checkUnescapeInPlace checks that the JSON string of body unescaped in place is what
// unescaping it into a copy gives.
func checkUnescapeInPlace(t *testing.T, body string) {
	t.Helper()
	line := []byte(`"` + body + `"`)
	d := fastDecoder{data: line}
	s := d.checkString()
	if !s.read {
		t.Fatalf("%q not read", line)
	}
	want := s.unescape(bytes.Clone(line), false)
	if got := s.unescape(line, true); got != want {
		t.Fatalf("%q unescaped in place = %q, want %q (AVX2 %v)", body, got, want, useAVX2)
	}
}

// Escapes close together, far apart and near the end of the string: unescaping in place gives
// what unescaping into a copy gives.
func TestUnescapeInPlaceAmongEscapesAtAnyDistance(t *testing.T) {
	escapes := []string{`\n`, `\n\n`, `\"`, `\\`, `\/`, `\t`, `\r`, `\u00e9`, `\ud83d\ude00`}
	withAndWithoutAVX2(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(19, uint64(len(t.Name()))))
		for range 30000 {
			var b strings.Builder
			for range r.IntN(16) {
				b.WriteString(strings.Repeat("abcdefghij", 8)[:r.IntN(r.IntN(80)+1)])
				b.WriteString(escapes[r.IntN(len(escapes))])
			}
			b.WriteString(strings.Repeat("klmnopqrst", 8)[:r.IntN(70)])
			checkUnescapeInPlace(t, b.String())
		}
	})
}
