package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// TestThresholdVerbsBoundTheFigure: a verb of crossing a level before a figure ("passed 105
// million", "crossed 10%", "breached 5%", "broke through 80%", "went past 84 million") says
// more than the figure, as "topped" does; before a threshold's noun ("the 240 million mark",
// "the 120 million milestone", "the 5% threshold") a verb of arrival says at least. A level
// reached ("hit 5%", "reached 85%", "peaked at", "topped out at", "rose to") stays exact, and
// "the past 12 months" is no bound.
func TestThresholdVerbsBoundTheFigure(t *testing.T) {
	cases := []struct {
		text string
		want string // "phrase=value unit qualifier" of each quantity, " | " between
	}{
		{"Egypt's population passed 105 million.", "105 million=1.05e+08  more_than"},
		{"The population is expected to pass 10 million next year.", "10 million=1e+07  more_than"},
		{"Inflation crossed 10% in March.", "10%=10 percent more_than"},
		{"Unemployment breached 5% for the first time.", "5%=5 percent more_than"},
		{"Inflation broke through 80% last month.", "80%=80 percent more_than"},
		{"The population went past 84 million.", "84 million=8.4e+07  more_than"},
		{"a deficit passing 3% of GDP", "passing 3%=3 percent more_than"},
		{"Pakistan's population hit the 240 million mark in 2024.", "240 million=2.4e+08  at_least"},
		{"Ethiopia's population reached the 120 million milestone.", "120 million=1.2e+08  at_least"},
		{"Spain's unemployment rate passed the 20% threshold.", "20%=20 percent more_than"},
		{"Debt stayed below the 60% threshold.", "60%=60 percent less_than"},
		{"Inflation broke through the 5% barrier.", "5%=5 percent more_than"},
		// levels reached, and no verb
		{"Inflation hit 5% in May.", "5%=5 percent exact"},
		{"Inflation reached 85% in October.", "85%=85 percent exact"},
		{"Inflation topped out at 85%.", "85%=85 percent exact"},
		{"Inflation peaked at 11.1%.", "11.1%=11.1 percent exact"},
		{"Inflation rose to 12%.", "12%=12 percent exact"},
		{"Prices rose 8% over the past 12 months.", "8%=8 percent exact | 12 months=12 month exact"},
		// the passive: what was crossed is the subject, and the figure counts times
		{"The fortress was breached four times.", "four times=4 time exact"},
		{"The record has been passed 12 times.", "12 times=12 time exact"},
		{"The limit is exceeded 3 times a year.", "3 times=3 time exact"},
		{"Inflation in Britain is exceeding 10%.", "exceeding 10%=10 percent more_than"},
		{"Debt is surpassing 100% of GDP.", "surpassing 100%=100 percent more_than"},
	}
	for _, c := range cases {
		var got []string
		for _, q := range Scan(c.text) {
			got = append(got, fmt.Sprintf("%s=%g %s %s", c.text[q.Start:q.End], q.Value, q.Unit, q.Qualifier))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("Scan(%q)\n got  %q\n want %q", c.text, g, c.want)
		}
	}
}
