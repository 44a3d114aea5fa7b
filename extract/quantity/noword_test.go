package quantity

import (
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestNoWordAtAgreesWithNextWordAt holds noWordAt, which spares ratio, applyScaleWord,
// percentTail, qualifierAfter and changeAfter the look for a word, to nextWordAt: at every
// offset of the corpus and the dense texts, after every pair of bytes and before the wide
// blanks that skipBlank might one day pass over. (TestScanShortcuts holds each caller's
// shortcut to the scan without it.)
func TestNoWordAtAgreesWithNextWordAt(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	for a := range 256 {
		for b := range 256 {
			texts = append(texts, string([]byte{'5', byte(a), byte(b), 'x'}))
		}
	}
	texts = append(texts, "5\u202fmillion", "5\u2009million", "5\u2007million", "5\u3000million")
	skipped := 0
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			if noWordAt(text, i) {
				skipped++
				if w := nextWordAt(text, i); !w.empty() {
					t.Fatalf("noWordAt(%q, %d) is true, but nextWordAt finds %q", text, i, text[w.start:w.end])
				}
			}
		}
	}
	if skipped == 0 {
		t.Fatal("noWordAt was never true")
	}
}

// TestNoJointAtHoldsWhatRangeAfterTakesForGranted checks, wherever noJointAt is true, what
// makes rangeAfter's shortcut exact: skipBlank stays at i, so that the switch of rangeAfter
// reads text[i] itself, and nextWordAt finds no word there. Every offset of the corpus and
// the dense texts, and every byte. (TestScanShortcuts holds the shortcut itself to the scan
// without it.)
func TestNoJointAtHoldsWhatRangeAfterTakesForGranted(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	for a := range 256 {
		texts = append(texts, string([]byte{'5', byte(a), 'x'}), string([]byte{'5', byte(a), 0xA0, 'x'}))
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			if !noJointAt(text, i) {
				continue
			}
			if skipBlank(text, i) != i || nextWordAt(text, i) != (span{i, i}) {
				t.Fatalf("noJointAt(%q, %d) is true before %q", text, i, text[i:min(i+4, len(text))])
			}
		}
	}
}

// TestNoWordBeforeAgreesWithPrevWordAt holds the shortcut of notAmount, which does not look
// for the word before a decimal where noWordBefore says there is none, to prevWordAt: at every
// offset of the corpus and the dense texts, with the floor at 0 and at the offset's blanks.
func TestNoWordBeforeAgreesWithPrevWordAt(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	for a := range 256 {
		texts = append(texts, string([]byte{'x', byte(a), ' ', '5'}), string([]byte{byte(a), '5'}))
	}
	skipped := 0
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for _, floor := range []int{0, max(i-1, 0), skipBlankBack(text, i)} {
				if noWordBefore(text, i, floor) {
					skipped++
					if w := prevWordAt(text, i, floor); !w.empty() {
						t.Fatalf("noWordBefore(%q, %d, %d) is true, but prevWordAt finds %q", text, i, floor, text[w.start:w.end])
					}
				}
			}
		}
	}
	if skipped == 0 {
		t.Fatal("noWordBefore was never true")
	}
}
