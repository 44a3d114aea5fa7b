package quantity

import (
	"math"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/timex"
)

func ptr(v float64) *float64 { return &v }

func TestScan(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []Quantity // only the fields set here are compared; Start/End via phrase
		phrases []string
	}{
		{"percent with change verb", "GDP grew 3.6% in 2023",
			[]Quantity{{Value: 3.6, Step: 0.1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"3.6%"}},
		{"level after rose to", "unemployment rose to 5.1%",
			[]Quantity{{Value: 5.1, Step: 0.1, Unit: "percent", Qualifier: "exact"}}, []string{"5.1%"}},
		{"change with by", "exports fell by 5%",
			[]Quantity{{Value: 5, Step: 1, Unit: "percent", Qualifier: "exact", Change: "down"}}, []string{"5%"}},
		{"up as adverb", "shares were up 2% on Friday",
			[]Quantity{{Value: 2, Step: 1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"2%"}},
		{"points as change", "the index rose 0.3 points",
			[]Quantity{{Value: 0.3, Step: 0.1, Unit: "point", Qualifier: "exact", Change: "up"}}, []string{"0.3 points"}},
		{"percentage points", "a rise of 0.25 percentage points",
			[]Quantity{{Value: 0.25, Step: 0.01, Unit: "pp", Qualifier: "exact", Change: "up"}}, []string{"0.25 percentage points"}},
		{"basis points are kept as stated", "cut rates by 25 basis points",
			[]Quantity{{Value: 25, Step: 1, Unit: "bp", Qualifier: "exact", Change: "down"}}, []string{"25 basis points"}},
		{"dollars with glued scale", "profit of $1.2bn",
			[]Quantity{{Value: 1.2e9, Step: 1e8, Unit: "USD", Qualifier: "exact"}}, []string{"$1.2bn"}},
		{"pounds with glued m", "(£600m)",
			[]Quantity{{Value: 6e8, Step: 1e6, Unit: "GBP", Qualifier: "exact"}}, []string{"£600m"}},
		{"US dollar prefix", "a US$ 150 million loan",
			[]Quantity{{Value: 1.5e8, Step: 1e6, Unit: "USD", Qualifier: "exact"}}, []string{"US$ 150 million"}},
		{"Hong Kong dollar sign", "HK$10.05 billion",
			[]Quantity{{Value: 1.005e10, Step: 1e7, Unit: "HKD", Qualifier: "exact"}}, []string{"HK$10.05 billion"}},
		{"currency word after scale word", "3 trillion roubles",
			[]Quantity{{Value: 3e12, Step: 1e12, Unit: "RUB", Qualifier: "exact"}}, []string{"3 trillion roubles"}},
		{"euros and yen", "323 million euros and 450,000 yen",
			[]Quantity{{Value: 3.23e8, Step: 1e6, Unit: "EUR", Qualifier: "exact"}, {Value: 450000, Step: 1, Unit: "JPY", Qualifier: "exact"}},
			[]string{"323 million euros", "450,000 yen"}},
		{"cents are kept as stated", "down 34 cents",
			[]Quantity{{Value: 34, Step: 1, Unit: "cent", Qualifier: "exact", Change: "down"}}, []string{"34 cents"}},
		{"counted noun singular", "cut 13,000 workers",
			[]Quantity{{Value: 13000, Step: 1, Unit: "worker", Qualifier: "exact", Change: "down"}}, []string{"13,000 workers"}},
		{"people become person", "1.2 million people",
			[]Quantity{{Value: 1.2e6, Step: 1e5, Unit: "person", Qualifier: "exact"}}, []string{"1.2 million people"}},
		{"modifier before noun", "13,000 new jobs",
			[]Quantity{{Value: 13000, Step: 1, Unit: "job", Qualifier: "exact"}}, []string{"13,000 new jobs"}},
		{"number words", "three hundred and twenty",
			[]Quantity{{Value: 320, Step: 10, Qualifier: "exact"}}, []string{"three hundred and twenty"}},
		{"hyphenated words", "twenty-one banks",
			[]Quantity{{Value: 21, Step: 1, Unit: "bank", Qualifier: "exact"}}, []string{"twenty-one banks"}},
		{"a dozen", "a dozen countries",
			[]Quantity{{Value: 12, Step: 12, Unit: "country", Qualifier: "exact"}}, []string{"a dozen countries"}},
		{"fraction", "two-thirds of voters",
			[]Quantity{{Value: 2.0 / 3, Qualifier: "exact"}}, []string{"two-thirds"}},
		{"a third is a fraction, third is not", "a third of firms in the third quarter",
			[]Quantity{{Value: 1.0 / 3, Qualifier: "exact"}}, []string{"a third"}},
		{"ratio", "one in three adults",
			[]Quantity{{Value: 1.0 / 3, Qualifier: "exact"}}, []string{"one in three"}},
		{"half", "more than half of workers",
			[]Quantity{{Value: 0.5, Qualifier: "more_than"}}, []string{"more than half"}},
		{"range between", "between 2% and 3%",
			[]Quantity{{Value: 2, ValueMax: ptr(3), Step: 1, Unit: "percent", Qualifier: "exact"}}, []string{"between 2% and 3%"}},
		{"range hyphen", "growth of 6-7%",
			[]Quantity{{Value: 6, ValueMax: ptr(7), Step: 1, Unit: "percent", Qualifier: "exact"}}, []string{"6-7%"}},
		{"range from to", "from 252 to 287 miles",
			[]Quantity{{Value: 252, ValueMax: ptr(287), Step: 1, Unit: "mile", Qualifier: "exact"}}, []string{"from 252 to 287 miles"}},
		{"range with scale on the end", "between 1 and 2 billion dollars",
			[]Quantity{{Value: 1e9, ValueMax: ptr(2e9), Step: 1e9, Unit: "USD", Qualifier: "exact"}}, []string{"between 1 and 2 billion dollars"}},
		{"hyphen range after a change verb stays one range", "Output grew 6-7% in the year",
			[]Quantity{{Value: 6, ValueMax: ptr(7), Step: 1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"6-7%"}},
		{"hyphen range after rose", "prices rose 2-3%",
			[]Quantity{{Value: 2, ValueMax: ptr(3), Step: 1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"2-3%"}},
		{"to range of close numbers after a verb", "grew by 6 to 7 per cent",
			[]Quantity{{Value: 6, ValueMax: ptr(7), Step: 1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"6 to 7 per cent"}},
		{"between range keeps the verb's direction", "fell between 1% and 2%",
			[]Quantity{{Value: 1, ValueMax: ptr(2), Step: 1, Unit: "percent", Qualifier: "exact", Change: "down"}}, []string{"between 1% and 2%"}},
		{"range of two percentages joined by to", "forecast growth of 4% to 4.5% this year",
			[]Quantity{{Value: 4, ValueMax: ptr(4.5), Unit: "percent", Qualifier: "exact"}}, []string{"4% to 4.5%"}},
		{"range of words joined by or", "two or three banks may fail",
			[]Quantity{{Value: 2, ValueMax: ptr(3), Unit: "bank", Qualifier: "exact"}}, []string{"two or three banks"}},
		{"range of prices with a slash", "tickets at $5/$6",
			[]Quantity{{Value: 5, ValueMax: ptr(6), Unit: "USD", Qualifier: "exact"}}, []string{"$5/$6"}},
		{"range with a spaced hyphen", "a budget of 1,000 - 5,000 euros",
			[]Quantity{{Value: 1000, ValueMax: ptr(5000), Unit: "EUR", Qualifier: "exact"}}, []string{"1,000 - 5,000 euros"}},
		{"range with through", "ages 18 through 24",
			[]Quantity{{Value: 18, ValueMax: ptr(24), Qualifier: "exact"}}, []string{"18 through 24"}},
		{"a movement is not a range", "unemployment rose 0.1 point to 4.7%",
			[]Quantity{{Value: 0.1, Unit: "point", Qualifier: "exact", Change: "up"}, {Value: 4.7, Unit: "percent", Qualifier: "exact"}},
			[]string{"0.1 point", "4.7%"}},
		{"alternatives far apart are not a range", "one or 20 firms",
			[]Quantity{{Value: 1, Qualifier: "exact"}, {Value: 20, Unit: "firm", Qualifier: "exact"}}, []string{"one", "20 firms"}},
		{"a trailing bound", "50 or more people and 30 or fewer seats",
			[]Quantity{{Value: 50, Unit: "person", Qualifier: "at_least"}, {Value: 30, Unit: "seat", Qualifier: "at_most"}},
			[]string{"50 or more people", "30 or fewer seats"}},
		{"comparison signs", "latency <= 30 ms and >5%",
			[]Quantity{{Value: 30, Unit: "ms", Qualifier: "at_most"}, {Value: 5, Unit: "percent", Qualifier: "more_than"}},
			[]string{"<= 30 ms", ">5%"}},
		{"closed bounds make a range", "at least 20 and at most 100 apples",
			[]Quantity{{Value: 20, ValueMax: ptr(100), Unit: "apple", Qualifier: "exact"}}, []string{"at least 20 and at most 100 apples"}},
		{"open bounds stay apart", "more than 10 and less than 20",
			[]Quantity{{Value: 10, Qualifier: "more_than"}, {Value: 20, Qualifier: "less_than"}}, []string{"more than 10", "less than 20"}},
		{"negative range ends", "from -18 °C to -34 °C",
			[]Quantity{{Value: -34, ValueMax: ptr(-18), Unit: "°C", Qualifier: "exact"}}, []string{"from -18 °C to -34 °C"}},
		{"compound comparison", "less than or equal to 40 units",
			[]Quantity{{Value: 40, Unit: "unit", Qualifier: "at_most"}}, []string{"less than or equal to 40 units"}},
		{"change then new level is two numbers", "the Dow fell 25 to 10,500",
			[]Quantity{{Value: 25, Step: 1, Qualifier: "exact", Change: "down"}, {Value: 10500, Step: 1, Qualifier: "exact"}},
			[]string{"25", "10,500"}},
		{"change of points then level", "inflation rose 0.5 to 3.2%",
			[]Quantity{{Value: 0.5, Step: 0.1, Qualifier: "exact", Change: "up"}, {Value: 3.2, Step: 0.1, Unit: "percent", Qualifier: "exact"}},
			[]string{"0.5", "3.2%"}},
		{"raising money is not a change", "the firm raised $1.2bn from investors",
			[]Quantity{{Value: 1.2e9, Step: 1e8, Unit: "USD", Qualifier: "exact"}}, []string{"$1.2bn"}},
		{"raising an offer by an amount is a change", "raised its offer by $1bn",
			[]Quantity{{Value: 1e9, Step: 1e9, Unit: "USD", Qualifier: "exact", Change: "up"}}, []string{"$1bn"}},
		{"spoken decimal", "minus five point five",
			[]Quantity{{Value: -5.5, Step: 0.1, Qualifier: "exact"}}, []string{"minus five point five"}},
		{"spoken decimal digit by digit", "nine point nought four",
			[]Quantity{{Value: 9.04, Step: 0.01, Qualifier: "exact"}}, []string{"nine point nought four"}},
		{"half a million people", "half a million people",
			[]Quantity{{Value: 5e5, Unit: "person", Qualifier: "exact"}}, []string{"half a million people"}},
		{"quarter million without article", "a quarter million dollars and quarter million euros",
			[]Quantity{{Value: 2.5e5, Unit: "USD", Qualifier: "exact"}, {Value: 2.5e5, Unit: "EUR", Qualifier: "exact"}},
			[]string{"a quarter million dollars", "quarter million euros"}},
		{"fraction of the scale after and", "3 million and a half",
			[]Quantity{{Value: 3.5e6, Qualifier: "exact"}}, []string{"3 million and a half"}},
		{"mixed number in words", "forty two and a third",
			[]Quantity{{Value: 42 + 1.0/3, Qualifier: "exact"}}, []string{"forty two and a third"}},
		{"digits mixed with scale words", "4 thousand 3 hundred and 21 firms",
			[]Quantity{{Value: 4321, Step: 1, Unit: "firm", Qualifier: "exact"}}, []string{"4 thousand 3 hundred and 21 firms"}},
		{"two counts of hundreds stay two", "3 hundred and 2 hundred",
			[]Quantity{{Value: 300, Qualifier: "exact"}, {Value: 200, Qualifier: "exact"}}, []string{"3 hundred", "2 hundred"}},
		{"exponent notation", "1.3e6 and 6.23x10^-4",
			[]Quantity{{Value: 1.3e6, Step: 1e5, Qualifier: "exact"}, {Value: 6.23e-4, Qualifier: "exact"}}, []string{"1.3e6", "6.23x10^-4"}},
		{"space as thousands separator", "population of 1 414 021 100 people",
			[]Quantity{{Value: 1414021100, Step: 1, Unit: "person", Qualifier: "exact"}}, []string{"1 414 021 100 people"}},
		{"a year then a count is not one number", "in 2004 10 firms closed",
			[]Quantity{{Value: 10, Step: 1, Unit: "firm", Qualifier: "exact"}}, []string{"10 firms"}},
		{"indian grouping", "Rs 12,34,567.89",
			[]Quantity{{Value: 1234567.89, Step: 0.01, Unit: "INR", Qualifier: "exact"}}, []string{"Rs 12,34,567.89"}},
		{"vulgar fractions", "⅔ of staff and 2½ years",
			[]Quantity{{Value: 2.0 / 3, Qualifier: "exact"}, {Value: 2.5, Unit: "year", Qualifier: "exact"}}, []string{"⅔", "2½ years"}},
		{"compound ordinal fraction", "one twenty-fifth of the budget",
			[]Quantity{{Value: 0.04, Qualifier: "exact"}}, []string{"one twenty-fifth"}},
		{"an ordinal that ranks a noun is no fraction", "a twenty-first century economy", nil, nil},
		{"dollars and cents", "it cost thirteen dollars and forty-five cents",
			[]Quantity{{Value: 13.45, Step: 0.01, Unit: "USD", Qualifier: "exact"}}, []string{"thirteen dollars and forty-five cents"}},
		{"ISO code with a scale word after it", "lost 75 USD million",
			[]Quantity{{Value: 7.5e7, Unit: "USD", Qualifier: "exact", Change: "down"}}, []string{"75 USD million"}},
		{"million-prefixed code", "revenue of 48.5 MGBP",
			[]Quantity{{Value: 4.85e7, Step: 1e5, Unit: "GBP", Qualifier: "exact"}}, []string{"48.5 MGBP"}},
		{"pre-euro currency", "6.65 billion pesetas",
			[]Quantity{{Value: 6.65e9, Step: 1e7, Unit: "ESP", Qualifier: "exact"}}, []string{"6.65 billion pesetas"}},
		{"rose from to is two numbers", "inflation rose from 3% to 4%",
			[]Quantity{{Value: 3, Step: 1, Unit: "percent", Qualifier: "exact"}, {Value: 4, Step: 1, Unit: "percent", Qualifier: "exact"}},
			[]string{"3%", "4%"}},
		{"qualifiers", "about 5%, nearly 6%, more than 7%, less than 8%, at least 9%; up to 10%",
			[]Quantity{
				{Value: 5, Step: 1, Unit: "percent", Qualifier: "approx"},
				{Value: 6, Step: 1, Unit: "percent", Qualifier: "nearly"},
				{Value: 7, Step: 1, Unit: "percent", Qualifier: "more_than"},
				{Value: 8, Step: 1, Unit: "percent", Qualifier: "less_than"},
				{Value: 9, Step: 1, Unit: "percent", Qualifier: "at_least"},
				{Value: 10, Step: 1, Unit: "percent", Qualifier: "at_most"},
			}, []string{"about 5%", "nearly 6%", "more than 7%", "less than 8%", "at least 9%", "up to 10%"}},
		{"an estimated and just under", "an estimated $3bn, just under 4%",
			[]Quantity{{Value: 3e9, Step: 1e9, Unit: "USD", Qualifier: "approx"}, {Value: 4, Step: 1, Unit: "percent", Qualifier: "nearly"}},
			[]string{"an estimated $3bn", "just under 4%"}},
		{"negative sign", "a reading of -0.3%",
			[]Quantity{{Value: -0.3, Step: 0.1, Unit: "percent", Qualifier: "exact"}}, []string{"-0.3%"}},
		{"change noun after", "a 2% rise in prices",
			[]Quantity{{Value: 2, Step: 1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"2%"}},
		{"years are not quantities", "in 2014, on March 6, 2026 and in 2023-24", nil, nil},
		{"day first date is not a quantity", "on 6 March 2026", nil, nil},
		{"decades and ordinals are not quantities", "the 1990s and the 3rd and 21st", nil, nil},
		{"abbreviations with dots", "the U.S. economy grew 2%",
			[]Quantity{{Value: 2, Step: 1, Unit: "percent", Qualifier: "exact", Change: "up"}}, []string{"2%"}},
		{"names with digits", "the G20 and Q3 and COVID-19", nil, nil},
		// the decimals of digits inside a token are no number of their own ("P57.45", a peso
		// sign typed as a letter, gave 45 and was judged as the peso's rate)
		{"decimals of digits inside a token", "PM2.5 levels; the peso closed at P57.45; N1,500 a dollar", nil, nil},
		{"time of day", "at 20:24 GMT+10", nil, nil},
		// a time zone in lower case is a clock time too: "gmt" was compared with EqualFold,
		// which wants its word lowered, as "GMT", so it never matched
		{"clock time before a time zone in lower case", "at 1400 gmt and at 0830 Gmt", nil, nil},
		{"a year count with qualifier", "more than 2000 jobs",
			[]Quantity{{Value: 2000, Step: 1, Unit: "job", Qualifier: "more_than"}}, []string{"more than 2000 jobs"}},
		{"pronoun one", "the one that got away", nil, nil},
		{"first three quarters count quarters", "the first three quarters",
			[]Quantity{{Value: 3, Step: 1, Unit: "quarter", Qualifier: "exact"}}, []string{"three quarters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Scan(%q) = %d quantities %+v, want %d", tt.text, len(got), got, len(tt.want))
			}
			for k, w := range tt.want {
				g := got[k]
				if phrase := tt.text[g.Start:g.End]; phrase != tt.phrases[k] {
					t.Errorf("quantity %d phrase = %q, want %q", k, phrase, tt.phrases[k])
				}
				if !approxEqual(g.Value, w.Value) || g.Unit != w.Unit || g.Qualifier != w.Qualifier || g.Change != w.Change {
					t.Errorf("quantity %d = %+v, want value %v unit %q qualifier %q change %q", k, g, w.Value, w.Unit, w.Qualifier, w.Change)
				}
				if w.Step != 0 && !approxEqual(g.Step, w.Step) {
					t.Errorf("quantity %d step = %v, want %v", k, g.Step, w.Step)
				}
				if (g.ValueMax == nil) != (w.ValueMax == nil) || g.ValueMax != nil && !approxEqual(*g.ValueMax, *w.ValueMax) {
					t.Errorf("quantity %d value max = %v, want %v", k, g.ValueMax, w.ValueMax)
				}
			}
		})
	}
}

func approxEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// currencyCode skips the case-sensitive table for a word that begins in lower case.
func TestThousandsSpacesBeginWithTheBytesSpaceGroupAtTests(t *testing.T) {
	for _, sp := range thousandsSpaces {
		if c := sp[0]; c != ' ' && c != 0xC2 && c != 0xE2 {
			t.Errorf("thousands space %q begins with %#x: spaceGroupAt would not read it", sp, c)
		}
	}
}

func TestCurrencyCodesBeginWithACapital(t *testing.T) {
	for code := range currencyCodes {
		if isLowerByte(code[0]) {
			t.Errorf("currency code %q begins in lower case: currencyCode would not find it", code)
		}
	}
}

// TestPercentIsNoDate holds what parseDigitsTo takes for granted: timex reads no number with a
// percent sign right after it as a year or a day, whatever stands around it.
func TestPercentIsNoDate(t *testing.T) {
	if !timex.IsDateNumber("on March 5 and 5 March", 9, 10) || !timex.IsDateNumber("in 1980", 3, 7) {
		t.Fatal("timex.IsDateNumber reads no day or year")
	}
	for _, number := range []string{"1", "5", "12", "31", "1800", "1980", "2024", "2199"} {
		for _, before := range []string{"", "in ", "March ", "Mar. ", "on March ", "since "} {
			for _, after := range []string{"", " March", " of March", "th March", " in 2020", " people"} {
				text := before + number + "%" + after
				if timex.IsDateNumber(text, len(before), len(before)+len(number)) {
					t.Errorf("%q: timex.IsDateNumber reads %s as a date", text, number)
				}
			}
		}
	}
}

// TestVulgarFractionAtReadsEveryFraction holds vulgarFractionAt's test of the second byte to
// the fraction characters: each is read, alone and glued to digits.
func TestVulgarFractionAtReadsEveryFraction(t *testing.T) {
	for _, f := range vulgarFractions {
		for _, text := range []string{f.char, "2" + f.char + " cups"} {
			i := len(text) - len(strings.TrimLeft(text, "0123456789"))
			got, size, ok := vulgarFractionAt(text, i)
			if !ok || got != f || size != len(f.char) {
				t.Errorf("vulgarFractionAt(%q, %d) = %v, %d, %v; want %v, %d", text, i, got, size, ok, f, len(f.char))
			}
		}
	}
}
