package extract

import (
	"testing"
	"time"
)

// A policy rate is the country's of the bank that sets it: the subject of the figure's verb or
// the bank in the rate's own phrase, not the first bank of the sentence (rateSetter). The
// wordings are after Reuters, BBC and Bloomberg roundups of decisions; the controls keep one
// bank's sentence and a country's own central bank.
var rateSetterFamilies = []family{
	{name: "a second bank's decision in a clause of its own", wordings: []string{
		"The Bank of England raised Bank Rate to 5.25%, while the ECB raised its deposit rate to 3.75%.",
		"The Bank of England raised Bank Rate to 5.25%, and the ECB raised its deposit rate to 3.75%.",
		"The Bank of England raised Bank Rate to 5.25%, while the European Central Bank lifted the deposit rate to 3.75%.",
		"The Bank of England lifted Bank Rate to 5.25%, while the ECB took its deposit rate to 3.75%.",
	}, want: []string{"policy_rate GBR 5.25 * *", "policy_rate EMU 3.75 * *"}},
	{name: "a second bank's decision, the Fed and the Bank of Japan", wordings: []string{
		"The Federal Reserve raised its key rate to 5.5%, while the Bank of Japan kept its policy rate at -0.1%.",
		"The Fed lifted its benchmark rate to 5.5% and the BOJ held its short-term rate at -0.1%.",
	}, want: []string{"policy_rate USA 5.5 * *", "policy_rate JPN -0.1 * *"}},
	// controls
	{name: "control: one bank", wordings: []string{
		"The ECB raised its deposit rate to 3.75%.",
	}, want: []string{"policy_rate EMU 3.75 * *"}},
	{name: "control: a rival bank's rate set against the subject's", wordings: []string{
		"The Bank of England raised Bank Rate to 5.25% on Thursday, just below the Federal Reserve's 5.5%.",
	}, want: []string{"policy_rate GBR 5.25 * *", "policy_rate USA 5.5 * *"}},
	{name: "control: a bank named in passing", wordings: []string{
		"The Bank of England raised Bank Rate to 5.25%, a week after the Fed moved.",
	}, want: []string{"policy_rate GBR 5.25 * *"}},
}

func TestRateSetter(t *testing.T) {
	runFamilies(t, time.Date(2023, 8, 4, 0, 0, 0, 0, time.UTC), rateSetterFamilies)
}
