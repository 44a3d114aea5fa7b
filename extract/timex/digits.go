package timex

import "github.com/factcheck/factcheck/extract/internal/ascii"

// fourDigitsFrom returns the start of the first run of four ASCII digits in s that starts at
// or after i, or -1 when there is none. It reads s a block of sixty-four bytes at a time
// (ascii.Digits64), each block's digits as a mask joined with the last three of the block
// before for a run across the two.
func fourDigitsFrom(s string, i int) int {
	var before uint64 // the digits of the block before
	for block := i; block < len(s); block += 64 {
		d := ascii.Digits64(s, block)
		// Bit k when the digits at k-3 to k end a run of four.
		if m := d & (d<<1 | before>>63) & (d<<2 | before>>62) & (d<<3 | before>>61); m != 0 {
			return block + ascii.FirstBit(m) - 3
		}
		before = d
	}
	return -1
}
