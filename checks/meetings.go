package checks

import (
	"strconv"
	"strings"
	"time"
)

// A central bank's own account dates a decision by its meeting ("At its meeting ending on 31
// July 2024, the MPC voted ... to reduce Bank Rate ... to 5%"), while the table dates each
// change by its announcement. The Fed and the ECB announce on the meeting's last day; the Bank
// of England, since 2015, on the day its meeting ends or the next working day (31 July 2024's
// meeting, announced on 1 August). A change dated by a meeting's day therefore matches a change
// announced that day or the next working day. A claim dated on its own ("cut Bank Rate to 5% on
// 1 August") names the day of the change and is held to it.

// meetingWords are the words a meeting is named by; "met" dates one too ("The MPC met on 31 July
// and voted to cut").
var meetingWords = []string{"meeting", "met"}

// meetingLinks are the words that may stand between a meeting and its day: "meeting ending on",
// "meeting which ended on", "meeting held on", "meeting of".
var meetingLinks = []string{"ending", "ended", "which", "that", "held", "concluding", "concluded",
	"closing", "closed", "on", "of", "monday", "tuesday", "wednesday", "thursday", "friday"}

// meetingHeads are the words that may stand between a day and the meeting it names: "its 31 July
// meeting", "the July 30-31 FOMC meeting", "its 6 November policy meeting".
var meetingHeads = []string{"policy", "monetary", "rate", "rates", "setting", "mpc", "fomc", "committee",
	"council", "governing", "board", "two", "day", "interest", "its", "the"}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// textWord is a run of letters or of digits in a lowered sentence.
type textWord struct {
	start, end int
	text       string
}

func textWords(lower string) []textWord {
	var out []textWord
	for i := 0; i < len(lower); {
		c := lower[i]
		digit, letter := c >= '0' && c <= '9', isLowerLetter(c)
		if !digit && !letter {
			i++
			continue
		}
		j := i + 1
		for j < len(lower) && (digit && lower[j] >= '0' && lower[j] <= '9' || letter && isLowerLetter(lower[j])) {
			j++
		}
		out = append(out, textWord{i, j, lower[i:j]})
		i = j
	}
	return out
}

// dayMention is a day a sentence names, as words [first, last] of textWords: "31 July 2024",
// "July 31", "30-31 July" (the last day of a span, the day a meeting ends).
type dayMention struct {
	first, last int
	month, day  int
	year        int // 0 when not stated
}

// monthOf reads a month's name or its abbreviation ("Sept", "Nov"), else 0.
func monthOf(w string) int {
	for i, m := range monthNames {
		if w == m || len(w) >= 3 && len(w) <= 4 && strings.HasPrefix(m, w) {
			return i + 1
		}
	}
	return 0
}

func dayNumber(ws []textWord, i int) int {
	if i < 0 || i >= len(ws) {
		return 0
	}
	n, err := strconv.Atoi(ws[i].text)
	if err != nil || n < 1 || n > 31 || len(ws[i].text) > 2 {
		return 0
	}
	return n
}

// joinedBySpan reports two words joined as a span: "30-31", "30–31", "30 to 31".
func joinedBySpan(lower string, a, b textWord) bool {
	between := strings.TrimSpace(lower[a.end:b.start])
	return between == "-" || between == "–" || between == "to" || between == "/"
}

// ordinalAfter skips "st", "nd", "rd", "th" written onto a day ("31st").
func ordinalAfter(ws []textWord, i int) int {
	if i+1 < len(ws) && ws[i+1].start == ws[i].end {
		switch ws[i+1].text {
		case "st", "nd", "rd", "th":
			return i + 1
		}
	}
	return i
}

// dayMentions finds the days a lowered sentence names by day and month.
func dayMentions(lower string, ws []textWord) []dayMention {
	var out []dayMention
	for i, w := range ws {
		month := monthOf(w.text)
		if month == 0 {
			continue
		}
		m := dayMention{first: i, last: i, month: month}
		// "31 July", "31st July", "30-31 July"
		before, written := i-1, i-1
		if before >= 1 && ordinalAfter(ws, before-1) == before {
			before--
		}
		if d := dayNumber(ws, before); d > 0 && strings.TrimSpace(lower[ws[written].end:w.start]) == "" {
			m.day, m.first = d, before
			if dayNumber(ws, before-1) > 0 && joinedBySpan(lower, ws[before-1], ws[before]) {
				m.first = before - 1
			}
		} else if d := dayNumber(ws, i+1); d > 0 && strings.TrimSpace(lower[w.end:ws[i+1].start]) == "" {
			// "July 31", "July 30-31"
			m.day, m.last = d, ordinalAfter(ws, i+1)
			if dayNumber(ws, m.last+1) > 0 && joinedBySpan(lower, ws[m.last], ws[m.last+1]) {
				m.day, m.last = dayNumber(ws, m.last+1), ordinalAfter(ws, m.last+1)
			}
		}
		if m.day == 0 {
			continue
		}
		if y := m.last + 1; y < len(ws) && len(ws[y].text) == 4 {
			if between := strings.TrimSpace(lower[ws[m.last].end:ws[y].start]); between == "" || between == "," {
				if n, err := strconv.Atoi(ws[y].text); err == nil {
					m.year, m.last = n, y
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// onlyWordsBetween reports whether words (a, b) of ws are all among the allowed, at most max of
// them, with nothing but spaces, commas and hyphens between.
func onlyWordsBetween(lower string, ws []textWord, a, b, max int, allowed []string) bool {
	if b-a-1 > max {
		return false
	}
	for i := a + 1; i < b; i++ {
		if !slicesContain(allowed, ws[i].text) {
			return false
		}
	}
	for _, c := range lower[ws[a].end:ws[b].start] {
		if c != ' ' && c != ',' && c != '-' && c != '–' && !isLowerLetter(byte(c)) {
			return false
		}
	}
	return true
}

func slicesContain(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// datedByMeeting reports whether the sentence names day only as the day of a meeting: "at its
// meeting ending on 31 July 2024", "at its meeting which ended on 31 July", "meeting on 31 July",
// "met on 25-31 July", "at its 31 July meeting", "its July 30-31 meeting". A sentence that also
// names the day on its own ("cut Bank Rate to 5% on 31 July, at its meeting ending that day")
// dates the change by it.
func datedByMeeting(lower string, day time.Time) bool {
	if !strings.Contains(lower, "meeting") && !strings.Contains(lower, "met") && !strings.Contains(lower, "vote") {
		return false
	}
	ws := textWords(lower)
	found := false
	for _, m := range dayMentions(lower, ws) {
		if m.month != int(day.Month()) || m.day != day.Day() || m.year != 0 && m.year != day.Year() {
			continue
		}
		if !meetingDay(lower, ws, m) {
			return false
		}
		found = true
	}
	return found
}

// meetingDay reports whether a day mention is a meeting's: right after the meeting and its
// links, or right before "meeting", or after a vote ("The MPC voted to cut Bank Rate to 5% on
// 31 July": a committee votes at its meeting, and the Bank of England announces the next day).
func meetingDay(lower string, ws []textWord, m dayMention) bool {
	for i := m.first - 1; i >= 0; i-- {
		if w := ws[i].text; w == "voted" || w == "vote" || w == "votes" {
			return true
		}
	}
	for i := m.first - 1; i >= 0 && i >= m.first-5; i-- {
		if slicesContain(meetingWords, ws[i].text) {
			if onlyWordsBetween(lower, ws, i, m.first, 4, meetingLinks) {
				return true
			}
			break
		}
	}
	for i := m.last + 1; i < len(ws) && i <= m.last+4; i++ {
		if ws[i].text == "meeting" {
			return onlyWordsBetween(lower, ws, m.last, i, 3, meetingHeads)
		}
	}
	return false
}

// nextWorkingDay is the working day after a day (Monday after a Friday).
func nextWorkingDay(day time.Time) time.Time {
	day = day.AddDate(0, 0, 1)
	for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
		day = day.AddDate(0, 0, 1)
	}
	return day
}
