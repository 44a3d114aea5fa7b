package extract

import (
	"fmt"
	"testing"
	"time"
)

// TestDecisionsAreActsNotForecasts (attack 7, wrong readings): an infinitive after a past verb
// of deciding ("voted to reduce", "decided to lower", "agreed to raise", "voted by 5–4 to cut")
// is the act the committee took, and a central bank's "target" for its own rate ("its target
// for the overnight rate", "the cash rate target") is the rate it sets, not a goal: both report
// an outturn. A vote to come, one expected, one for a later year, a plan, a wish, a dissent and
// a forecast of the rate stay as they were read, and so does a decision on a goal ("agreed to
// cut the deficit to 3% of GDP this year"), which the decision does not set.
func TestDecisionsAreActsNotForecasts(t *testing.T) {
	ex := testExtractor(t)
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		published, text string
		kind            string // of the claims, "" for no claim
	}{
		// central banks' statements
		{"2024-11-07", "The MPC voted to reduce Bank Rate by 0.25 percentage points, to 4.75%.", KindActual},
		{"2023-08-03", "The MPC voted by a majority of 6–3 to increase Bank Rate by 0.25 percentage points, to 5.25%.", KindActual},
		{"2024-09-18", "The Federal Open Market Committee decided to lower the target range for the federal funds rate by 1/2 percentage point to 4-3/4 to 5 percent.", KindActual},
		{"2024-03-19", "The Bank of Japan decided to raise its short-term policy interest rate to a range of 0 to 0.1 percent.", KindActual},
		{"2024-06-06", "The Bank of Canada reduced its target for the overnight rate to 4¾%.", KindActual},
		{"2025-02-18", "The Reserve Bank of Australia lowered the cash rate target by 25 basis points to 4.10 per cent.", KindActual},
		// wires and papers
		{"2024-08-01", "On 1 August 2024 the MPC voted by 5–4 to reduce Bank Rate to 5%.", KindActual},
		{"2024-08-02", "The MPC voted at its August meeting to reduce Bank Rate to 5%.", KindActual},
		{"2024-11-08", "The Bank of England's policymakers agreed to cut Bank Rate to 4.75% this week.", KindActual},
		{"2024-11-08", "The Bank of England has decided to lower Bank Rate to 4.75%.", KindActual},
		{"2024-11-08", "Bank of England rate-setters opted to trim Bank Rate to 4.75% on Thursday.", KindActual},
		// near-misses: ahead, expected, planned, wished, dissenting, forecast
		{"2024-11-01", "The MPC will vote to cut Bank Rate to 4.75% this year.", KindForecast},
		{"2024-11-01", "The MPC is expected to decide to cut Bank Rate to 4.75% this year.", KindForecast},
		{"2024-11-01", "The MPC voted to cut Bank Rate to 4% next year.", KindForecast},
		{"2024-11-01", "The MPC wanted to cut Bank Rate to 4.75% this year.", KindForecast},
		{"2024-11-01", "The MPC planned to cut Bank Rate to 4.75% this year.", KindForecast},
		{"2024-08-01", "At the Bank of England, two members preferred to increase Bank Rate to 5.5% this year.", ""},
		{"2024-08-01", "Two members voted to cut Bank Rate to 4.75%.", ""},
		{"2024-06-06", "The Bank of Canada cut its policy rate forecast to 3% this year.", KindForecast},
		// a decision on a goal, not on the rate the decider sets, stays a goal
		{"2024-06-06", "Ministers agreed to cut Britain's budget deficit to 3% of GDP this year.", KindForecast},
		{"2024-06-06", "Italy's government decided to reduce its deficit to 3.8% of GDP this year.", KindForecast},
		{"2024-06-06", "The Bank of Canada is expected to lower its target for the overnight rate to 4.5% this year.", KindForecast},
		{"2024-06-06", "Canada's inflation is running above the Bank of Canada's 2% target this year.", KindForecast},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			claims := ex.Claims(Article{Text: tc.text, Published: day(tc.published)}, Options{})
			if tc.kind == "" {
				if len(claims) != 0 {
					t.Fatalf("%q: %d claims, want none: %+v", tc.text, len(claims), claims)
				}
				return
			}
			if len(claims) != 1 {
				t.Fatalf("%q: %d claims, want 1: %+v", tc.text, len(claims), claims)
			}
			if claims[0].Kind != tc.kind {
				t.Errorf("%q: kind %s (period %s), want %s", tc.text, claims[0].Kind, claims[0].Period, tc.kind)
			}
		})
	}
}
