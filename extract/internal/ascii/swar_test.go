package ascii

import "testing"

// TestByteTestsOfAWordAgreeWithTheByteClasses puts every byte value at every position of a
// word among neighbours that sit at the edges of the ranges, where a carry between bytes
// would show.
func TestByteTestsOfAWordAgreeWithTheByteClasses(t *testing.T) {
	neighbours := []byte{0x00, '/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7f, 0x80, 0xff}
	for _, fill := range neighbours {
		for c := 0; c < 256; c++ {
			for k := 0; k < 8; k++ {
				var b [8]byte
				for j := range b {
					b[j] = fill
				}
				b[k] = byte(c)
				w := Load8(string(b[:]), 0)
				letters, digits, nonASCII := LetterBytes(w), RangeBytes(w, '0', '9'), NonASCIIBytes(w)
				for j, x := range b {
					bit := uint64(0x80) << (8 * j)
					if (letters&bit != 0) != IsLetter(x) || (digits&bit != 0) != IsDigit(x) || (nonASCII&bit != 0) != (x >= 0x80) {
						t.Fatalf("word % x, byte %d (%#x): letter %v digit %v non-ASCII %v", b, j, x, letters&bit != 0, digits&bit != 0, nonASCII&bit != 0)
					}
					if (RangeBytes(w, '.', ':')&bit != 0) != (x >= '.' && x <= ':') {
						t.Fatalf("word % x, byte %d: RangeBytes('.', ':') wrong", b, j)
					}
					if l, r := LetterAndRangeBytes(w, '.', ':'); l != letters || r != RangeBytes(w, '.', ':') {
						t.Fatalf("word % x: LetterAndRangeBytes differs from LetterBytes and RangeBytes", b)
					}
					if IsASCIIAlnum(x) != (IsLetter(x) || IsDigit(x)) {
						t.Fatalf("IsASCIIAlnum(%#x) wrong", x)
					}
				}
			}
		}
	}
}

func FuzzWordEnd(f *testing.F) {
	f.Add("growth of 3% in the year to March", 0)
	f.Add("économie\x80Zz[`{@", 1)
	f.Fuzz(func(t *testing.T, s string, from int) {
		if from < 0 || from > len(s) {
			return
		}
		want := from
		for want < len(s) && IsLetter(s[want]) {
			want++
		}
		if got := WordEnd(s, from); got != want {
			t.Fatalf("WordEnd(%q, %d) = %d, want %d", s, from, got, want)
		}
	})
}
