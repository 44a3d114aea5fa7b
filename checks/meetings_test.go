package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestDecisionsDatedByTheirMeeting (attack 7, F4): a decision dated by the meeting that took it
// ("At its meeting ending on 31 July 2024, the MPC voted ... to reduce Bank Rate ... to 5%")
// matches the change announced that day or the next working day; the Bank of England announces
// the day after its meeting ends, the Fed and the ECB the same day. A claim that dates the change
// itself, a meeting of another day and a change two working days later keep today's strictness.
func TestDecisionsDatedByTheirMeeting(t *testing.T) {
	rate := func(period string, value float64, sentence string) extract.Claim {
		return basisClaim("GBR", "policy_rate", period, "unknown", value, 0.01, extract.UnitPercent, inSentence(sentence))
	}
	const announced = "the day the meeting that decided it ended"
	runFamilyCases(t, []familyCase{
		// the Bank of England's own summaries and minutes, and wires quoting them
		{"the MPC's summary", rate("2024-07-31", 5, "At its meeting ending on 31 July 2024, the Monetary Policy Committee voted by a majority of 5–4 to reduce Bank Rate by 0.25 percentage points, to 5%."),
			"2024-08-01", Consistent, []string{"cut from 5.25% to 5% on 1 August 2024", announced}, 5},
		{"a rise", rate("2023-08-02", 5.25, "At its meeting ending on 2 August 2023, the MPC voted by a majority of 6–3 to increase Bank Rate by 0.25 percentage points, to 5.25%."),
			"2023-08-03", Consistent, []string{announced}, 5.25},
		{"which ended on", rate("2024-07-31", 5, "The MPC, at its meeting which ended on 31 July, voted to cut Bank Rate to 5%."),
			"2024-08-02", Consistent, nil, 5},
		{"a participle", rate("2024-07-31", 5, "The Bank of England's Monetary Policy Committee, meeting on 31 July, voted to cut Bank Rate to 5%, announcing the decision the next day."),
			"2024-08-02", Consistent, nil, 5},
		{"the day before the meeting's name", rate("2024-11-06", 4.75, "At its 6 November meeting, the Bank of England's rate-setters voted 8-1 to lower Bank Rate to 4.75%."),
			"2024-11-08", Consistent, nil, 4.75},
		{"American order of day and month", rate("2025-02-05", 4.5, "The MPC's meeting that ended February 5th saw it cut Bank Rate to 4.5%."),
			"2025-02-07", Consistent, nil, 4.5},
		{"met on", rate("2025-05-07", 4.25, "Policymakers met on 7 May and decided to reduce Bank Rate to 4.25%."),
			"2025-05-09", Consistent, nil, 4.25},
		// near-misses: the change dated on its own, another meeting, a wrong rate
		{"a vote dated the day before its announcement", rate("2024-07-31", 5, "The MPC voted to cut Bank Rate to 5% on 31 July."),
			"2024-08-02", Consistent, []string{announced}, 5},
		{"a change dated the day before its announcement", rate("2024-07-31", 5, "The Bank of England cut Bank Rate to 5% on 31 July."),
			"2024-08-02", Inconsistent, []string{"matches no change then"}, 5.25},
		{"the decision dated by itself beside a meeting", rate("2024-07-31", 5, "The Bank of England cut Bank Rate to 5% on 31 July, at its meeting ending on 31 July."),
			"2024-08-02", Inconsistent, nil, 5.25},
		{"a meeting two working days before the change", rate("2024-07-30", 5, "At its meeting ending on 30 July 2024, the MPC voted to cut Bank Rate to 5%."),
			"2024-08-02", Inconsistent, nil, 5.25},
		{"the wrong rate after the right meeting", rate("2024-07-31", 4.75, "At its meeting ending on 31 July 2024, the MPC voted to cut Bank Rate to 4.75%."),
			"2024-08-02", Inconsistent, []string{"cut from 5.25% to 5% on 1 August 2024"}, 5},
		{"a change dated on its own after its meeting", rate("2024-08-01", 5, "The Bank of England cut Bank Rate to 5% on 1 August, after a meeting that ended on 31 July."),
			"2024-08-02", Consistent, []string{"matching the claim's 5.00% on 1 August 2024."}, 5},
		{"a meeting of another day", rate("2024-07-31", 5, "After a meeting on 18 June, the Bank of England cut Bank Rate to 5% on 31 July."),
			"2024-08-02", Inconsistent, nil, 5.25},
		{"a rate held at a meeting stays the rate in force that day", rate("2024-06-19", 5.25, "At its meeting ending on 19 June 2024, the MPC voted by a majority of 7–2 to maintain Bank Rate at 5.25%."),
			"2024-06-20", Consistent, []string{"stood at 5.25%"}, 5.25},
	})
}

// TestMeetingDatesOfOtherCentralBanks: the Fed and the ECB announce on their meeting's last day,
// which needs no tolerance; a meeting ending on a Friday matches a change of the Monday after.
func TestMeetingDatesOfOtherCentralBanks(t *testing.T) {
	change := func(entity, day string, value float64, source string) reference.Observation {
		return reference.Observation{Entity: entity, Indicator: "policy_rate", Period: day, Basis: "level", Value: value,
			Kind: "actual", Source: source, SourceURL: "https://example.org/" + entity, Release: day, Label: source + " decision"}
	}
	ref := fakeReference{observations: []reference.Observation{
		change("USA", "2023-07-26", 5.5, "Federal Reserve"),
		change("USA", "2024-09-18", 5, "Federal Reserve"),
		change("USA", "2024-11-07", 4.75, "Federal Reserve"),
		change("EMU", "2023-09-20", 4, "ECB"),
		change("EMU", "2024-06-12", 3.75, "ECB"),
		change("EMU", "2024-09-18", 3.5, "ECB"),
		change("CHE", "2024-03-25", 1.5, "SNB"), // a Monday, after a meeting ending on Friday the 22nd
		change("CHE", "2023-06-22", 1.75, "SNB"),
		change("CHE", "2024-06-20", 1.25, "SNB"),
	}}
	opts := DefaultOptions()
	opts.Names = map[string]string{"USA": "the United States", "EMU": "Euro area", "CHE": "Switzerland"}
	tests := []struct {
		name, entity, period string
		value                float64
		sentence, published  string
		verdict              string
	}{
		{"the FOMC, the same day", "USA", "2024-09-18", 5,
			"At its meeting ending on September 18, the FOMC decided to lower the upper end of the target range to 5 percent.", "2024-09-19", Consistent},
		{"the FOMC, a two-day meeting", "USA", "2024-09-18", 5,
			"At its September 17-18 meeting, the Committee voted to cut the federal funds rate to 5%.", "2024-09-19", Consistent},
		{"the ECB, the same day", "EMU", "2024-06-12", 3.75,
			"At its meeting held on 12 June 2024, the Governing Council decided to lower the deposit facility rate to 3.75%.", "2024-06-13", Consistent},
		{"a Friday meeting, a Monday announcement", "CHE", "2024-03-22", 1.5,
			"At its meeting which ended on Friday 22 March, the board voted to cut the policy rate to 1.5%.", "2024-03-26", Consistent},
		{"near-miss: the Fed's change dated the day after", "USA", "2024-09-19", 5,
			"The Fed cut rates to 5% on September 19.", "2024-09-20", Inconsistent},
		{"near-miss: the ECB dated the day before, with no meeting", "EMU", "2024-06-11", 3.75,
			"The ECB lowered its deposit rate to 3.75% on 11 June.", "2024-06-13", Inconsistent},
		{"near-miss: a Friday with no meeting", "CHE", "2024-03-22", 1.5,
			"The SNB cut its policy rate to 1.5% on Friday 22 March.", "2024-03-26", Inconsistent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := basisClaim(tt.entity, "policy_rate", tt.period, "unknown", tt.value, 0.01, extract.UnitPercent, inSentence(tt.sentence))
			got, err := Judge(c, date(tt.published), ref, opts)
			if err != nil {
				t.Fatalf("Judge: %v", err)
			}
			if got.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s: %s", got.Verdict, tt.verdict, got.Explanation)
			}
		})
	}
}

// TestDatedByMeeting reads the day of a meeting in the forms the central banks and the wires use.
func TestDatedByMeeting(t *testing.T) {
	day := date("2024-07-31")
	tests := []struct {
		sentence string
		want     bool
	}{
		{"At its meeting ending on 31 July 2024, the MPC voted to cut.", true},
		{"at its meeting ending 31 July, the MPC voted", true},
		{"The MPC, at its meeting which ended on 31 July, voted", true},
		{"At the meeting, which ended on July 31, the committee voted", true},
		{"at a meeting held on 31st July", true},
		{"the Committee's meeting of 30-31 July", true},
		{"At its July 30-31 meeting, the FOMC", true},
		{"At its 31 July policy meeting", true},
		{"The MPC met on 25-31 July 2024 and voted", true},
		{"at the end of a two-day meeting on July 31", true},
		{"The MPC voted to cut Bank Rate to 5% on 31 July", true},
		{"The MPC voted 5-4 on 31 July to cut Bank Rate to 5%", true},
		{"Rate-setters voted by five votes to four on July 31 to lower borrowing costs", true},
		// near-misses
		{"cut Bank Rate to 5% on 31 July, at its meeting ending on 31 July", false},
		{"At its meeting ending on 31 July 2023, the MPC voted", false},
		{"At its meeting ending on 30 July, the MPC voted", false},
		{"cut Bank Rate to 5% on 31 July", false},
		{"The meeting was tense. On 31 July the Bank cut rates.", false},
		{"metal prices rose on 31 July", false},
		{"The Bank cut Bank Rate to 5% on 31 July, a vote of confidence", false},
		{"On 31 July the MPC cut Bank Rate to 5%, in a 5-4 vote", false},
	}
	for _, tt := range tests {
		if got := datedByMeeting(strings.ToLower(tt.sentence), day); got != tt.want {
			t.Errorf("datedByMeeting(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// FuzzDatedByMeeting: the reading of a meeting's day never fails on any text.
func FuzzDatedByMeeting(f *testing.F) {
	for _, s := range []string{"At its meeting ending on 31 July 2024, the MPC voted", "31 july meeting", "meeting on july 30-31",
		"july", "31st", "met on 31st july", "meeting 31-", "-31 july", "meeting, which ended on friday 22 march", "", "july 31st 2024 meeting"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		datedByMeeting(strings.ToLower(s), date("2024-07-31"))
	})
}
