package checks

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// Some countries' national accounts reach the table by fiscal year under a calendar year's
// label: WDI's "2020" for Australia is July 2019 to June 2020 (-0.13%), where the calendar
// year 2020 shrank 2.0%; for India it is April 2020 to March 2021. Judged as they stand,
// such figures call a correct calendar-year figure wrong ("Australia's economy grew 2.0% in
// 2023" against 3.58%), and leave a fiscal-year figure unjudged. data/fiscal_year_accounts.csv
// lists them, with how each was established. A calendar-year figure is not judged against
// them (unless it cites their source); a fiscal-year figure is judged against the year that
// holds its fiscal year, when the label is known and the sentence names no month of another
// fiscal year.

// fiscalAccounts says how one source gives one country's national accounts.
type fiscalAccounts struct {
	firstMonth time.Month // the month the fiscal year starts in
	firstDay   int        // the day of firstMonth it starts on
	// labelledBy is "end" when the series' year is the one the fiscal year ends in, "start"
	// when it is the one it starts in, "unknown" when not established.
	labelledBy string
}

// seriesYear is the year under which the series gives the fiscal year ending in fyEnd (the
// period FY2024 ends in 2024), or false when the label is unknown. A fiscal year starting in
// January is its calendar year.
func (f fiscalAccounts) seriesYear(fyEnd int) (int, bool) {
	switch {
	case f.labelledBy == "end" || f.firstMonth == time.January:
		return fyEnd, true
	case f.labelledBy == "start":
		return fyEnd - 1, true
	}
	return 0, false
}

// span names the fiscal year's months: "July to June", "21 March to 20 March".
func (f fiscalAccounts) span() string {
	if f.firstDay > 1 {
		return strconv.Itoa(f.firstDay) + " " + f.firstMonth.String() + " to " + f.lastDay()
	}
	return f.firstMonth.String() + " to " + f.lastMonth().String()
}

// lastMonth is the month the fiscal year ends in.
func (f fiscalAccounts) lastMonth() time.Month {
	if f.firstDay > 1 {
		return f.firstMonth
	}
	if f.firstMonth == time.January {
		return time.December
	}
	return f.firstMonth - 1
}

// lastDay names the fiscal year's last day without its year: "20 March", or its month
// alone when the year starts on a month's first day ("June").
func (f fiscalAccounts) lastDay() string {
	if f.firstDay > 1 {
		return strconv.Itoa(f.firstDay-1) + " " + f.firstMonth.String()
	}
	return f.lastMonth().String()
}

// end is the last day of the fiscal year ending in the year fyEnd.
func (f fiscalAccounts) end(fyEnd int) time.Time {
	if f.firstMonth == time.January && f.firstDay <= 1 {
		return time.Date(fyEnd, time.December, 31, 0, 0, 0, 0, time.UTC) // the calendar year
	}
	return time.Date(fyEnd, f.firstMonth, max(f.firstDay, 1)-1, 0, 0, 0, 0, time.UTC)
}

var loadFiscalYearAccounts = sync.OnceValues(func() (map[[2]string]fiscalAccounts, error) {
	out := map[[2]string]fiscalAccounts{}
	err := readDefinitionFile("fiscal_year_accounts.csv", []string{"source", "entity", "first_month", "first_day", "labelled_by"}, func(r []string) error {
		month, err := strconv.Atoi(r[2])
		if err != nil || month < 1 || month > 12 {
			return fmt.Errorf("first_month %q is not a month 1 to 12", r[2])
		}
		day, err := strconv.Atoi(r[3])
		if err != nil || day < 1 || day > 28 {
			return fmt.Errorf("first_day %q is not a day 1 to 28", r[3])
		}
		if r[4] != "end" && r[4] != "start" && r[4] != "unknown" {
			return fmt.Errorf("labelled_by %q is not end, start or unknown", r[4])
		}
		key := [2]string{r[0], r[1]}
		if _, dup := out[key]; dup {
			return fmt.Errorf("%s %s listed twice", r[0], r[1])
		}
		out[key] = fiscalAccounts{firstMonth: time.Month(month), firstDay: day, labelledBy: r[4]}
		return nil
	})
	return out, err
})

// fiscalYearAccounts is the embedded fiscal_year_accounts.csv, by source and entity.
func fiscalYearAccounts() map[[2]string]fiscalAccounts {
	accounts, err := loadFiscalYearAccounts()
	if err != nil {
		// Embedded, and read by TestDefinitionFilesLoad: a build that shipped broken data.
		panic("checks: " + err.Error())
	}
	return accounts
}

// addFiscalYearSeries records in released that the series of fiscal_year_accounts.csv follow
// fiscal years in every release: every series of their source whose year is stated calendar.
func (t *definitionTables) addFiscalYearSeries() error {
	accounts, err := loadFiscalYearAccounts()
	if err != nil {
		return err
	}
	for key := range accounts {
		for series, def := range t.series {
			if series[0] != key[0] || series[2] != aspectYear || def != "calendar" {
				continue
			}
			at := [4]string{key[0], key[1], series[1], aspectYear}
			if _, dup := t.released[at]; dup {
				return fmt.Errorf("fiscal_year_accounts.csv: %s %s %s has a year in release_definitions.csv too", key[0], key[1], series[1])
			}
			t.released[at] = releaseDefinition{definition: "fiscal"}
		}
	}
	return nil
}

// isFiscalSeries reports whether an observation is of a series that gives its entity's fiscal
// years under calendar labels, and how.
func isFiscalSeries(o *reference.Observation) (fiscalAccounts, bool) {
	if definitions().observationDefinition(*o, aspectYear) != "fiscal" {
		return fiscalAccounts{}, false
	}
	f, ok := fiscalYearAccounts()[[2]string{o.Source, o.Entity}]
	return f, ok
}

// withoutFiscalSeries drops, for a claim of a calendar year, the figures of fiscal-year
// series labelled by calendar years, unless the claim cites their source. When that leaves
// none of a lookup that held some, it returns the claim's result (a forecast's is left to the
// judging of forecasts): no reference, naming what the series' year is.
func (j *judgement) withoutFiscalSeries(all []reference.Observation) ([]reference.Observation, *Result) {
	if !isYear(j.claim.Period) || strings.HasPrefix(j.claim.Period, "FY") || len(all) == 0 {
		return all, nil
	}
	var dropped *reference.Observation
	var droppedAs fiscalAccounts
	keep := keptFigures(all, func(o *reference.Observation) bool {
		f, fiscal := isFiscalSeries(o)
		if !fiscal || j.claim.Source != "" && sourceMatches(j.claim.Source, o.Source, j.opts.SourceAliases) {
			return true
		}
		if dropped == nil || obsKind(*o) == kindActual && (obsKind(*dropped) != kindActual || o.Release > dropped.Release) {
			dropped, droppedAs = o, f
		}
		return false
	})
	if len(keep) > 0 || dropped == nil || j.claim.Kind == extract.KindForecast {
		// A forecast is judged against projections only, and says so when none is left.
		return keep, nil
	}
	res := j.withReference(*dropped)
	res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
	year, _ := strconv.Atoi(j.claim.Period)
	res.Explanation = j.perSource(*dropped) + ", but " + dropped.Source + " gives " + possessive(entityName(j.claim.Entity, j.opts.Names)) +
		" national accounts by fiscal year (" + droppedAs.span() + "): its " + j.claim.Period + " is " + droppedAs.yearCalled(year) +
		", which a figure of the calendar year is never judged against."
	return nil, &res
}

// yearCalled says which fiscal year a series' year is: "the fiscal year to June 2023", or
// "a fiscal year" when the label is unknown.
func (f fiscalAccounts) yearCalled(year int) string {
	end := year
	switch {
	case f.labelledBy == "start":
		end = year + 1
	case f.labelledBy != "end":
		return "a fiscal year"
	}
	return "the fiscal year to " + f.lastDay() + " " + strconv.Itoa(end)
}

// publishedAs opens the words a figure of fiscalYearFigures carries as its Derivation, which
// the explanation shows: "published as 2023, April 2023 to March 2024". It is the figure as
// published, under another period's name, and is allowed no error of derivation.
const publishedAs = "published as "

// fiscalYearEnding names the months of the fiscal year ending in fyEnd: "April 2023 to March
// 2024", "21 March 2005 to 20 March 2006".
func (f fiscalAccounts) fiscalYearEnding(fyEnd int) string {
	end := f.end(fyEnd)
	start := end.AddDate(-1, 0, 1)
	if f.firstDay > 1 {
		return start.Format("2 January 2006") + " to " + end.Format("2 January 2006")
	}
	return start.Format("January 2006") + " to " + end.Format("January 2006")
}

// fiscalYearFigures are, for a claim of a fiscal year (FY2024), the figures of the series that
// give its entity's fiscal years under calendar labels, from the year that holds it, with the
// claim's period: WDI's 2024 for Australia's FY2024 (July 2023 to June 2024), its 2023 for
// India's. A sentence that names a month other than the fiscal year's first and last may mean
// another year ("the year to March" of an Australian figure), and gets none.
func (j *judgement) fiscalYearFigures(ref Reference) ([]reference.Observation, error) {
	c := &j.claim
	if !strings.HasPrefix(c.Period, "FY") || !isYear(c.Period) {
		return nil, nil
	}
	if !namesFiscalYear(c.Sentence) {
		return nil, nil
	}
	fyEnd, _ := strconv.Atoi(c.Period[2:])
	accounts := fiscalYearAccounts()
	// The years asked, in order: a source's label (end or start) decides its year.
	var years []int
	for key, f := range accounts {
		if key[1] != c.Entity {
			continue
		}
		if year, known := f.seriesYear(fyEnd); known && !f.namesOtherMonth(c.Sentence) && !slices.Contains(years, year) {
			years = append(years, year)
		}
	}
	slices.Sort(years)
	var out []reference.Observation
	for _, year := range years {
		figures, err := observationsOf(ref, c.Entity, c.Indicator, strconv.Itoa(year))
		if err != nil {
			return nil, err
		}
		for _, o := range figures {
			if f, fiscal := isFiscalSeries(&o); fiscal {
				if held, known := f.seriesYear(fyEnd); known && held == year && !f.namesOtherMonth(c.Sentence) {
					o.Period = c.Period
					o.Derivation = publishedAs + strconv.Itoa(year) + ", " + f.fiscalYearEnding(fyEnd)
					out = append(out, o)
				}
			}
		}
	}
	return out, nil
}

// fiscalYearEnd is the last day of the claim's fiscal year (FY2024) where its entity's fiscal
// year is known (the table holds its national accounts by fiscal year) and the sentence names
// no month of another: Australia's FY2024 ended on 30 June 2024, where reference.PeriodEnd,
// which knows no country, takes the latest end a fiscal year 2024 can have.
func (j *judgement) fiscalYearEnd() (time.Time, bool) {
	c := &j.claim
	if !strings.HasPrefix(c.Period, "FY") || !isYear(c.Period) {
		return time.Time{}, false
	}
	var accounts fiscalAccounts
	for key, f := range fiscalYearAccounts() {
		if key[1] != c.Entity {
			continue
		}
		if accounts.firstMonth != 0 && (f.firstMonth != accounts.firstMonth || f.firstDay != accounts.firstDay) {
			return time.Time{}, false // (the sources of fiscal_year_accounts.csv agree)
		}
		accounts = f
	}
	if accounts.firstMonth == 0 || accounts.firstMonth == time.January && accounts.firstDay == 1 || accounts.namesOtherMonth(c.Sentence) {
		return time.Time{}, false
	}
	fyEnd, _ := strconv.Atoi(c.Period[2:])
	return accounts.end(fyEnd), true
}

// namesFiscalYear reports a sentence that names a fiscal year as such: "fiscal", "financial
// year", "FY25", "2023-24", "2022/23". "The year to June 2023" is not one: Australian and New
// Zealand news mean by it the year to the June quarter (its growth over the same quarter a year
// before), not the fiscal year's total that the series give.
func namesFiscalYear(sentence string) bool {
	lower := strings.ToLower(sentence)
	if containsWord(lower, "fiscal") || strings.Contains(lower, "financial year") || strings.Contains(lower, "budget year") {
		return true
	}
	for i := 0; i+2 < len(lower); i++ {
		if lower[i] == 'f' && lower[i+1] == 'y' && wordEdge(lower, i-1) && (isDigit(lower[i+2]) || lower[i+2] == ' ' && i+3 < len(lower) && isDigit(lower[i+3])) {
			return true // "FY25", "FY 2024"
		}
		// "2023-24", "2022/23", "2023–24": a year, a dash or a slash, the next one's digits
		if i+6 < len(lower) && wordEdge(lower, i-1) && allDigits(lower[i:i+4]) {
			j := i + 4
			if lower[j] == '-' || lower[j] == '/' {
				j++
			} else if strings.HasPrefix(lower[j:], "–") {
				j += len("–")
			} else {
				continue
			}
			if j+2 <= len(lower) && allDigits(lower[j:j+2]) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// namesOtherMonth reports whether a sentence names a month other than the first and last of
// the fiscal year ("May" counts, as the verb too: it only withholds a judgement).
func (f fiscalAccounts) namesOtherMonth(sentence string) bool {
	first, last := f.firstMonth, f.lastMonth()
	lower := strings.ToLower(sentence)
	for m := time.January; m <= time.December; m++ {
		if m == first || m == last {
			continue
		}
		if containsWord(lower, strings.ToLower(m.String())) {
			return true
		}
	}
	return false
}
