package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestNoWordAtAgreesWithNextWordAt holds the shortcuts of ratio, applyScaleWord, percentTail,
// qualifierAfter and changeAfter, which do not look for a word where noWordAt says there is none, to
// nextWordAt: at every offset of the corpus and the dense texts, and after every pair of bytes.
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

// TestGroupGuardsAgreeWithTheirCalls holds the tests parseDigitsTo makes before it calls
// indianGroupsEnd and spaceGroupAt to the calls: where a test is false, the call finds no
// group, at every offset of the corpus and the dense texts and before every pair of bytes.
func TestGroupGuardsAgreeWithTheirCalls(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	for a := range 256 {
		for b := range 256 {
			texts = append(texts, string([]byte{'1', byte(a), byte(b), '2', '3', '4'}), string([]byte{'1', byte(a), '2', '3', byte(b), '4', '5', '6'}))
		}
	}
	for _, text := range texts {
		for j := 0; j <= len(text); j++ {
			if !(j < len(text) && text[j] == ',') {
				if _, ok := indianGroupsEnd(text, j); ok {
					t.Fatalf("indianGroupsEnd(%q, %d) finds groups after no comma", text, j)
				}
			}
			if !(j < len(text) && (text[j] == ' ' || text[j] == 0xC2 || text[j] == 0xE2)) {
				if _, ok := spaceGroupAt(text, j); ok {
					t.Fatalf("spaceGroupAt(%q, %d) finds a group after no blank", text, j)
				}
			}
		}
	}
}

// TestNoJointAtHoldsWhatRangeAfterTakesForGranted checks, wherever noJointAt is true, what
// makes rangeAfter's shortcut exact: skipBlank stays at i, so that the switch of rangeAfter
// reads text[i] itself, which is none of the joints it tests for, and nextWordAt finds no
// word there. Every offset of the corpus and the dense texts, and every byte.
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
			if skipBlank(text, i) != i || nextWordAt(text, i) != (span{i, i}) || strings.IndexByte("-~/\xe2", text[i]) >= 0 {
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
