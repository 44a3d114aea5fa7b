package extract

import (
	"testing"
	"time"
)

// TestChangeNounBeforeDateAtSentenceEnd: a change or kind noun whose "in" phrase is only a
// date that ends the sentence ("grows at 4.9% rate in third quarter", a headline with no full
// stop) read past the sentence's last word for the measure the phrase named, and the article
// was lost to an internal error (attack round 18).
func TestChangeNounBeforeDateAtSentenceEnd(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2023, 10, 27, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"US economy grows at 4.9% rate in third quarter",
		"US economy grows at 4.9% rate in third quarter\n\nThe US economy grew at a 4.9% annualised pace in the July-September quarter.",
		"Japan posts 2.1% rate in the second quarter",
		"German GDP records a 0.3% fall in 2023",
		"UK inflation: the 6.7% figure for September",
		// a possessive that ends the text after a figure's comparison (review: the phrase
		// ending after the last word was looked up)
		"The ECB raised its deposit rate to 4%, above the Federal Reserve's",
	} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%q: panic: %v", text, p)
				}
			}()
			ex.Claims(Article{Text: text, Published: published}, Options{All: true})
		}()
	}
}
