package quantity

import (
	"math/bits"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

func benchTrig(b *testing.B, f func(string, int) int) {
	text := strings.Join(testcorpus.Texts(b), "\n\n")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	n := 0
	for range b.N {
		i := 0
		for i+8 <= len(text) {
			next := f(text, i)
			if next > i {
				i = next
				continue
			}
			n++
			if ascii.IsLetter(text[i]) {
				i = ascii.WordEnd(text, i)
			} else {
				i++
			}
		}
	}
	_ = n
}

func BenchmarkZZTrigOld(b *testing.B) { benchTrig(b, nextTrigger) }
func BenchmarkZZTrigNew(b *testing.B) { benchTrig(b, nextTrigger2) }

func nextTrigger2(text string, i int) int {
	w := ascii.Load8(text, i)
	letters := ascii.LetterBytes(w)
	marks := ascii.RangeBytes(w, '.', ':') | ascii.NonASCIIBytes(w)
	after := letters << 8
	if i > 0 && ascii.IsASCIIAlnum(text[i-1]) {
		after |= 0x80
	}
	starts := letters &^ after
	if marks != 0 {
		starts &= marks&-marks - 1
	}
	if starts != 0 && i+10 <= len(text) {
		w1 := ascii.Load8(text, i+1)
		w2 := ascii.Load8(text, i+2)
		var hits uint64
		for j := 0; j < 64; j += 8 {
			hits |= uint64(numberWordStarts[(w>>j)&31][(w1>>j)&31]>>((w2>>j)&31)&1) << (j + 7)
		}
		starts &= hits
		if starts != 0 {
			return i + ascii.FirstByte(starts)
		}
	} else {
		for starts != 0 {
			at := i + ascii.FirstByte(starts)
			if at+2 >= len(text) || numberWordStarts[text[at]&31][text[at+1]&31]&(1<<(text[at+2]&31)) != 0 {
				return at
			}
			starts &= starts - 1
		}
	}
	if marks != 0 {
		return i + ascii.FirstByte(marks)
	}
	return i + 8
}

func BenchmarkZZTrigLoop(b *testing.B) { benchTrig(b, nextTrigger3) }

// nextTrigger3 loops over blocks of 8 until one holds a trigger.
func nextTrigger3(text string, i int) int {
	var prevAlnum uint64
	if i > 0 && ascii.IsASCIIAlnum(text[i-1]) {
		prevAlnum = 0x80
	}
	for ; i+8 <= len(text); i += 8 {
		w := ascii.Load8(text, i)
		letters := ascii.LetterBytes(w)
		marks := ascii.RangeBytes(w, '.', ':') | ascii.NonASCIIBytes(w)
		starts := letters &^ (letters<<8 | prevAlnum)
		prevAlnum = letters >> 56 // a digit before is a mark, which stops the loop
		if marks != 0 {
			starts &= marks&-marks - 1
		}
		for starts != 0 {
			at := i + ascii.FirstByte(starts)
			if at+2 >= len(text) || numberWordStarts[text[at]&31][text[at+1]&31]&(1<<(text[at+2]&31)) != 0 {
				return at
			}
			starts &= starts - 1
		}
		if marks != 0 {
			return i + ascii.FirstByte(marks)
		}
	}
	return i
}

func BenchmarkZZTrigX(b *testing.B) { benchTrig(b, nextTrigger4) }

func nextTrigger4(text string, i int) int {
	w := ascii.Load8(text, i)
	letters := ascii.LetterBytes(w)
	marks := ascii.RangeBytes(w, '.', ':') | ascii.NonASCIIBytes(w)
	after := letters << 8
	if i > 0 && ascii.IsASCIIAlnum(text[i-1]) {
		after |= 0x80
	}
	starts := letters &^ after
	if marks != 0 {
		starts &= marks&-marks - 1
	}
	if starts != 0 {
		if i+16 <= len(text) {
			// The three letters at each start, from two words already in hand.
			w2 := ascii.Load8(text, i+8)
			for starts != 0 {
				sh := uint(bits.TrailingZeros64(starts)) - 7
				x := w>>sh | w2<<(64-sh)
				if sh == 0 {
					x = w
				}
				if numberWordStarts[x&31][x>>8&31]>>(x>>16&31)&1 != 0 {
					return i + int(sh/8)
				}
				starts &= starts - 1
			}
		} else {
			for starts != 0 {
				at := i + ascii.FirstByte(starts)
				if at+2 >= len(text) || numberWordStarts[text[at]&31][text[at+1]&31]&(1<<(text[at+2]&31)) != 0 {
					return at
				}
				starts &= starts - 1
			}
		}
	}
	if marks != 0 {
		return i + ascii.FirstByte(marks)
	}
	return i + 8
}
