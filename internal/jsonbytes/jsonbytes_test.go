package jsonbytes

import (
	"bytes"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNextFindsTheFirstSpecialByte(t *testing.T) {
	naive := func(data []byte, i int) int {
		for ; i < len(data); i++ {
			if IsSpecial(data[i]) {
				return i
			}
		}
		return len(data)
	}
	// The fills are plain bytes next to the special ones, which a borrow or an off-by-one
	// compare would take for them.
	fills := []byte{' ', '!', '#', '[', ']', 'a', 0x7f}
	specials := []byte{'"', '\\', 0x00, 0x01, '\n', 0x1f, 0x80, 0xa2, 0xc3, 0xdc, 0xff}
	// Both loops: eight bytes at a time, and AVX2 where the machine has it.
	hasAVX2 := useAVX2
	defer func() { useAVX2 = hasAVX2 }()
	for _, useAVX2 = range []bool{false, hasAVX2} {
		for length := range 140 {
			for _, fill := range fills {
				plain := bytes.Repeat([]byte{fill}, length)
				for from := range min(length+1, 4) {
					if got := NextIn(plain, from); got != length {
						t.Fatalf("NextIn(%q, %d) = %d, want %d (AVX2 %v)", plain, from, got, length, useAVX2)
					}
				}
				for pos := range length {
					for _, c := range specials {
						data := bytes.Clone(plain)
						data[pos] = c
						// Special bytes after the first do not hide it.
						for k := pos + 1; k < length; k += 7 {
							data[k] = specials[k%len(specials)]
						}
						for _, from := range []int{0, 1, pos, pos + 1} {
							if from > length {
								continue
							}
							want := naive(data, from)
							if got := NextIn(data, from); got != want {
								t.Fatalf("NextIn(%q, %d) = %d, want %d (AVX2 %v)", data, from, got, want, useAVX2)
							}
							if got := Next(string(data), from); got != want {
								t.Fatalf("Next(%q, %d) = %d, want %d (AVX2 %v)", data, from, got, want, useAVX2)
							}
						}
					}
				}
			}
		}
	}
}

// lowestSpecial is the index of the first special byte of the eight of x as Specials tells
// it, or 8 for none.
func lowestSpecial(x uint64) int {
	return bits.TrailingZeros64(Specials(x)) / 8
}

func TestSpecialsFindsTheLowestSpecialByte(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			for _, fill := range []byte{' ', 'a', '!', '#', '[', ']', 0x7f} {
				b := bytes.Repeat([]byte{fill}, 8)
				if got := lowestSpecial(word(string(b), 0)); got != 8 {
					t.Fatalf("Specials(%q) finds byte %d", b, got)
				}
				b[pos] = byte(c)
				want := 8
				if IsSpecial(byte(c)) {
					want = pos
				}
				if got := lowestSpecial(word(string(b), 0)); got != want {
					t.Fatalf("Specials(%q) finds byte %d, want %d", b, got, want)
				}
			}
		}
	}
	// Words of several special bytes, or of bytes next to the bounds, each next to others it
	// may borrow from.
	edges := []byte{0x00, 0x01, 0x1f, 0x20, 0x21, '"', 0x23, 0x5b, '\\', 0x5d, 0x7e, 0x7f, 0x80, 0x81, 0xa2, 0xdc, 0xfe, 0xff}
	rng := rand.New(rand.NewPCG(18, 5))
	for range 200000 {
		var b [8]byte
		want := 8
		for k := range b {
			b[k] = edges[rng.IntN(len(edges))]
			if rng.IntN(3) == 0 {
				b[k] = ' ' + byte(rng.IntN(0x5f))
			}
			if want == 8 && IsSpecial(b[k]) {
				want = k
			}
		}
		if got := lowestSpecial(word(string(b[:]), 0)); got != want {
			t.Fatalf("Specials(%q) finds byte %d, want %d", b, got, want)
		}
	}
}

// PassEscapes stops at the first special byte that is not part of an escape of two bytes
// other than \r, or where fewer than 32 bytes are left to read a block of.
func TestPassEscapesStopsWhereTheCallerMustLook(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	want := func(data []byte) int {
		i := 0
		for i <= len(data)-32 {
			j := i
			for j < i+32 && !IsSpecial(data[j]) {
				j++
			}
			if j == i+32 {
				i = j
				continue
			}
			if i = j; data[i] != '\\' || i+1 >= len(data) || !strings.ContainsRune(`"\/bfnt`, rune(data[i+1])) {
				return i
			}
			i += 2
		}
		return i
	}
	alphabet := []byte("aaaaaaaaaaaaaaaaaaaaaaaa !#[]\"\\\\\\\\nnrtu/bfx\x00\x01\x1f\x7f\x80\xc3\xff")
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		data := make([]byte, r.IntN(150))
		for i := range data {
			data[i] = alphabet[r.IntN(len(alphabet))]
		}
		if len(data) == 0 {
			continue
		}
		if got, want := PassEscapes(&data[0], len(data)), want(data); got != want {
			t.Fatalf("PassEscapes(%q) = %d, want %d", data, got, want)
		}
	}
}
