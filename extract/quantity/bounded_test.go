package quantity

import (
	"strings"
	"testing"
)

// TestNumberWordsRepeatingAScaleAreTwoNumbers: the scales of a number in words fall, each
// group under a scale has one hundred and a number one dozen; a scale the number has passed, a
// second hundred of a group or a second dozen starts the next number, which is read from the
// words after the last scale (hundred, dozen) (issue 12: "three thousand three thousand
// percent" read as 6000, and a megabyte of "one hundred and twenty-three thousand …" as one
// number, a quote and a row of a megabyte). Numbers whose scales fall keep their reading.
func TestNumberWordsRepeatingAScaleAreTwoNumbers(t *testing.T) {
	runS20Cases(t, []s20Case{
		{"three thousand three thousand percent", []string{"three thousand=3000", "three thousand percent=3000"}},
		{"Prices rose three thousand and three thousand percent", []string{"three thousand=3000", "three thousand percent=3000"}},
		{"two million two million people", []string{"two million=2e+06", "two million people=2e+06"}},
		{"some two million, two million people", []string{"some two million=2e+06", "two million people=2e+06"}},
		{"one hundred and twenty-three thousand one hundred and twenty-three thousand one hundred",
			[]string{"one hundred and twenty-three thousand=123000", "one hundred and twenty-three thousand one hundred=123100"}},
		{"five hundred six hundred jobs", []string{"five hundred=500", "six hundred jobs=600"}},
		{"two thousand five hundred six hundred jobs", []string{"two thousand five hundred=2500", "six hundred jobs=600"}},
		{"twenty lakh one crore rupees", []string{"twenty lakh=2e+06", "one crore rupees=1e+07"}},
		{"a dozen dozen eggs", []string{"a dozen=12"}},
		// near-misses: falling scales, a scale of a scale, hundreds in each group
		{"two million three hundred thousand jobs", []string{"two million three hundred thousand jobs=2.3e+06"}},
		{"one hundred and twenty-three thousand four hundred and fifty-six", []string{"one hundred and twenty-three thousand four hundred and fifty-six=123456"}},
		{"a thousand million dollars", []string{"a thousand million dollars=1e+09"}},
		{"two thousand million dollars", []string{"two thousand million dollars=2e+09"}},
		{"three lakh crore rupees", []string{"three lakh crore rupees=3e+12"}},
		{"one crore twenty lakh rupees", []string{"one crore twenty lakh rupees=1.2e+07"}},
		{"twenty-five hundred jobs", []string{"twenty-five hundred jobs=2500"}},
		{"three billion four hundred million two thousand", []string{"three billion four hundred million two thousand=3.400002e+09"}},
		{"between two and three thousand", []string{"between two and three thousand=2"}},
	})
}

// TestFigureLongerThanAMantissaIsNone: a figure of more than maxFigureDigits digits, leading
// zeros and decimals counted, is no figure (issue 12: "0.000…(a million zeros)…1%" made a
// quote and a row of a megabyte); figures the mantissa holds keep their reading.
func TestFigureLongerThanAMantissaIsNone(t *testing.T) {
	runS20Cases(t, []s20Case{
		{"Inflation was 0." + strings.Repeat("0", 30) + "1% in 2024", nil},
		{"Inflation was 0." + strings.Repeat("0", 1000) + "1% in 2024", nil},
		{"a count of " + strings.Repeat("0", 25) + "5 people", nil},
		{"a count of 00000000000000000000005 people", nil},
		// near-misses: up to nineteen digits
		{"Inflation was 0.000000000000000001% in 2024", []string{"0.000000000000000001%=1e-18"}},
		{"Pi is 3.14159265358979 here", []string{"3.14159265358979=3.14159265358979"}},
		{"debt of $1,234,567,890,123,456,789", []string{"$1,234,567,890,123,456,789=1.2345678901234568e+18"}},
		{"a count of 0000005 people", []string{"0000005 people=5"}},
		{"growth of 2.3% in 2024", []string{"2.3%=2.3"}},
	})
}
