package quantity

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// readBehindTexts are texts with every rule that reads before a number, each after the bytes
// that may open it and after those that rule it out.
var readBehindTexts = []string{
	"-5%", "a -5% fall", "−5%", "sub-5% growth", "minus-5", "minus 5", "negative 5", "$5", "US$ 5", "us $5", "HK$5",
	"£5", "€ 5", "Rs. 5", "Rs 5", "USD 5", "RM5", "> 5%", ">= 5%", "<5", "=5", "~5", "≈5", "about 5", "nearly 5.5%",
	"less than or equal to 5", "up to 5", "between 5 and 6", "between 5% and 6%", "from 5 to 6", "rose from 5% to 6%",
	"rose 5%", "fell by 5", "cut rates by 0.25", "a rise of 5%", "raised $5bn", "dollar 22.5 million",
	"percent of 10", "per cent of 10", ", 5", "(5%)", "[5]", "\"5%\"", "5, 6, 7", "1.1%, 2.2%, 3.3%", "x\t5", ".5", "a.5",
	"No. 10", "#10", "AD 79", "FTSE 100", "2 1/4", "3-4", "a 2-3% rise", "$5-$6", "5/6", "5 % and 6 %",
}

// checkReadBehind holds phrase with the shortcut of mayReadBehind to phrase without it.
func checkReadBehind(t *testing.T, text string) {
	t.Helper()
	saved := readBehindShortcut
	defer func() { readBehindShortcut = saved }()
	readBehindShortcut = false
	want := Scan(text)
	readBehindShortcut = true
	if got := Scan(text); !sameQuantities(got, want) {
		t.Fatalf("%.200q: with the shortcut of mayReadBehind %+v, without %+v", text, got, want)
	}
}

// TestReadBehindShortcut holds the shortcut over the corpus, the dense texts and texts of every
// rule that reads before a number, each alone, after every byte and joined.
func TestReadBehindShortcut(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	texts = append(texts, strings.Join(readBehindTexts, " "), strings.Join(readBehindTexts, ", "))
	for _, text := range readBehindTexts {
		texts = append(texts, text)
		for c := range 256 {
			texts = append(texts, string(rune(c))+text, string([]byte{byte(c)})+text, "x"+string([]byte{byte(c)})+" "+text)
		}
	}
	for _, text := range texts {
		checkReadBehind(t, text)
	}
}
