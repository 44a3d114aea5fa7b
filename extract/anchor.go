package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// A month, a quarter or a half named without its year ("in December", "in the fourth quarter")
// is read as the latest one before the article was written. In a sentence that names a year
// before it, and tells of that year, it is that year's: "US inflation peaked at 9.1% in June
// 2022 before easing to 6.5% in December", "In 2023 the Bank of England raised Bank Rate to 4%
// in February", "In 2008 the US economy shrank at an 8.5% annualised rate in the fourth
// quarter", written years later, were judged against the December, February and quarter
// before publication. anchorBareDates reads them in the year the sentence gives, when the
// latest one before publication lies more than a year after it: a review written soon after
// the year ("Inflation was 2.4% in 2024 and rose to 2.8% in January", in March 2025) keeps
// its reading.

// anchorBareDates re-dates the sentence's months, quarters and halves named without their
// year, and "the year to April", by the explicit date before them in the sentence (anchoredIn).
func (s *sentence) anchorBareDates(text string) {
	anchored := -1 // the last bare date anchored: the months after it go on in its year
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Explicit {
			continue
		}
		// "the year to April" is read as a fiscal year ending in the April before publication:
		// its month is anchored as a bare month is, and the year it ends follows
		yearTo, own := false, *e
		if len(e.Period) == 6 && e.Period[:2] == "FY" {
			m, ok := yearToMonth(text, *e)
			if !ok {
				continue
			}
			yearTo, own.Period, own.Precision = true, m, timex.Month
		} else if len(e.Period) != 7 || e.Period[4] != '-' {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			b := s.exprs[j]
			if j != anchored && (!b.Explicit && !yearReferredBack(text, b) || b.Period == "" || baseWordBefore(text, b.Start)) {
				continue
			}
			if inClosedAside(text, b.End, e.Start) || inRelativeAside(text, s.start, b.Start, b.End, e.Start) {
				continue // "(December, 1978 equals 100) after increases of 2.0 pct in January"
			}
			// a year that opens the sentence frames it ("In 2023 the Bank raised Bank Rate to
			// 4% in February ... and 5.25% in August"), as does a month read in it before
			f := yearUnframed
			switch {
			case j == anchored || len(b.Period) == 4 && (s.eFirst[j] <= 1 || s.framingYear(text, j) || !b.Explicit && s.eFirst[j] <= 2):
				f = yearFramed
			case len(b.Period) == 7 && b.Explicit && s.dateBeforeFirstVerb(j) && s.toldFrom(s.eLast[j], e.Start):
				f = monthTelling
			case len(b.Period) == 4 && s.yearOfParticiple(j, e.Start):
				f = yearElaborated
			case len(b.Period) == 4 && s.yearOfWhenClause(j, e.Start):
				f = yearOfWhen
			}
			if a, ok := anchoredIn(text, own, b, f); ok {
				switch {
				case !yearTo:
					*e = a
				case a.Period == "":
					e.Period, e.Reason = "", a.Reason
				default:
					e.Period = "FY" + a.Period[:4]
				}
				anchored = i
			}
			break
		}
	}
}

// yearReferredBack reports e as "that year" or "the same year" with the year it refers back to:
// at a sentence's opening it frames the months after it as a year written out does ("Inflation
// that year reached 84 per cent by December", after "the default of August 1998": blind round
// 102, read as the December before the article).
func yearReferredBack(text string, e timex.Expr) bool {
	if e.Precision != timex.Year || len(e.Period) != 4 || e.Start < 0 || e.End > len(text) {
		return false
	}
	w := text[e.Start:e.End]
	return len(w) > 5 && (ascii.EqualFold(w[:5], "that ") || len(w) > 9 && ascii.EqualFold(w[:9], "the same "))
}

// How a year named before a bare date in its sentence stands to it (anchoredIn).
type yearFrame uint8

const (
	yearUnframed   yearFrame = iota // a year a figure was of: only a month it goes on from dates own
	yearElaborated                  // a year whose event a participle clause tells more of (yearOfParticiple)
	yearFramed                      // a year that frames the sentence, or a month anchored in it before
	yearOfWhen                      // a year a when-clause after it tells of ("in 2020, when output collapsed ... in the second quarter")
	// a month with its year before the sentence's first verb: the time of the telling, whose
	// bare months in the clause it opens are the latest on or before it ("In May 2021 the Labor Department reported that
	// consumer prices had risen 4.2 percent in the year to April": blind round 222, read as
	// the April before publication, five years on)
	monthTelling
)

// anchoredIn dates own, a month, quarter or half read against publication, by base, the
// explicit year or period of the same precision named before it in its sentence: the first
// such part at or after base's start, when own lies more than a year after it, or after it at
// all when base frames the sentence (a year that opens it, or a month anchored in it before
// own). Unframed, only a month of the same precision with no semicolon between dates own. A
// year elaborated by a participle clause dates own as a framing one does, but not past a
// semicolon, and within a year after it leaves own unresolved: the participle tells of the
// year's event ("US inflation peaked in 2022, hitting 9.1% in June", written in 2025), but
// "eased in 2024, reaching 3.0% in January", written in March 2025, may be going on to the
// January after. ok is false when own
// names its relation to now ("last", "this", "next", ...), when the text between turns to
// now ("now", "currently", "since", "today"), or when own is already near base.
func anchoredIn(text string, own, base timex.Expr, f yearFrame) (timex.Expr, bool) {
	var baseYear, baseIndex int
	switch {
	case len(base.Period) == 4:
		baseYear, _ = strconv.Atoi(base.Period)
	case len(base.Period) == 7 && base.Precision == own.Precision && base.Period[4] == '-':
		baseYear, _ = strconv.Atoi(base.Period[:4])
		baseIndex = partIndex(base.Period)
	default:
		return own, false
	}
	if baseYear == 0 || base.End > own.Start {
		return own, false
	}
	if namesItsRelation(text, own) {
		return own, false
	}
	between := strings.ToLower(text[base.End:own.Start])
	if f == yearOfWhen {
		// "a 3.4 percent contraction in 2020, the worst since 1946, when output collapsed by
		// an annualized 31.2 percent in the second quarter": the clause is of that year
		// (blind round 282: read as the second quarter of the article's year)
		own.Period = base.Period + own.Period[4:]
		return own, true
	}
	if containsWord(between, "now") || containsWord(between, "currently") || containsWord(between, "since") || containsWord(between, "today") {
		return own, false // "hit 10% in 2009 and is now 4.1%, having fallen to 4.0% in January"
	}
	if f == yearUnframed && len(base.Period) == 4 && (participleBetween(between) || knownExtremeBetween(between)) && farAfter(own, baseYear) {
		// "averaged 8% in 2022, after peaking at 9.1% in June", "rose 5% in 2021 before
		// peaking at 11.1% in October", written in 2026: a participle tells of the year's
		// story, whose month is that year's or one beside it, never the article's year's;
		// read against publication it was June 2026, which a later release could judge
		own.Period, own.Reason = "", "a month told of beside a figure of an earlier year: that year's, or one beside it"
		return own, true
	}
	if f == yearUnframed && len(base.Period) == 4 || f != yearFramed && strings.Contains(between, ";") {
		// "peaked at 8.0% in 2022 and was 3.0% in January", "peaked at 9.1% in June 2022; it
		// was 3.0% in January": a year a figure was of, or a clause after a semicolon, does
		// not tell the story's year; only a month it goes on from ("in June 2022 before
		// easing to 6.5% in December") or a year that frames the sentence does
		return own, false
	}
	year := baseYear
	if own.Period != "" && partIndex(own.Period) < baseIndex && f != monthTelling {
		year++ // "peaked in June 2022 before easing to 3% in May": the May after
	}
	anchored := strconv.Itoa(year) + own.Period[4:]
	ownYear, _ := strconv.Atoi(own.Period[:4])
	ownAt, anchoredAt := ownYear*12+partIndex(own.Period)*partMonths(own.Precision), year*12+partIndex(anchored)*partMonths(own.Precision)
	if ownAt <= anchoredAt {
		return own, false
	}
	if ownAt <= anchoredAt+12 {
		switch f {
		case yearUnframed:
			return own, false // within a year of it: read against publication, as written soon after
		case yearElaborated:
			// "US inflation eased in 2024, reaching 3.0% in January", written in March 2025:
			// the year's January, or the one it went on to; neither is said
			own.Period, own.Reason = "", "a part of a year after a year a participle tells of: that year's, or the next"
			return own, true
		}
	}
	own.Period = anchored
	return own, true
}

// participleBetween reports an "-ing" participle after "after" or "before" in the lower-cased
// text between a year and a bare month: "after peaking at", "before climbing to". (A
// participle after a comma, "peaking at 9.1% in June", is the year's own: extreme_in_year.go.)
func participleBetween(between string) bool {
	for _, opener := range []string{"after ", "before "} {
		for at := strings.Index(between, opener); at >= 0; {
			if at > 0 && ascii.IsLetter(between[at-1]) {
				// "thereafter climbing": no opener of its own
				next := strings.Index(between[at+len(opener):], opener)
				if next < 0 {
					break
				}
				at += len(opener) + next
				continue
			}
			rest := between[at+len(opener):]
			word := rest
			if end := strings.IndexAny(rest, " ,;"); end >= 0 {
				word = rest[:end]
			}
			if len(word) > 4 && strings.HasSuffix(word, "ing") {
				return true
			}
			next := strings.Index(rest, opener)
			if next < 0 {
				break
			}
			at += len(opener) + next
		}
	}
	return false
}

// knownExtremeBetween reports an extreme named as one known ("its peak of", "the record low
// of") in the lower-cased text between a year and a bare month: "averaged 3% in 2024, far
// below its peak of 9.1% in June" is the peak's own June, of some year before, not the
// article's year's.
func knownExtremeBetween(between string) bool {
	for _, extreme := range []string{" peak of ", " high of ", " low of "} {
		at := strings.LastIndex(between, extreme)
		if at < 0 {
			continue
		}
		before := strings.Fields(between[:at])
		if n := len(before); n > 0 {
			switch before[n-1] {
			case "its", "their", "the", "record", "all-time":
				return true
			}
		}
	}
	return false
}

// farAfter reports a part of a year, read against publication, more than a year after year.
func farAfter(own timex.Expr, year int) bool {
	ownYear, _ := strconv.Atoi(own.Period[:4])
	return ownYear > year+1
}

// partIndex is the number of the month, quarter or half of a period "2022-12", "2022-Q4",
// "2022-H2".
func partIndex(p string) int {
	rest := p[5:]
	if rest[0] == 'Q' || rest[0] == 'H' {
		rest = rest[1:]
	}
	n, _ := strconv.Atoi(rest)
	return n
}

// partMonths is how many months a part of a year of the precision spans.
func partMonths(precision string) int {
	switch precision {
	case timex.Quarter:
		return 3
	case timex.Half:
		return 6
	}
	return 1
}

// containsWord reports w as a whole word of the lower-case text s.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isLetterByte(s[j-1])
		after := j+len(w) == len(s) || !isLetterByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

// inClosedAside reports a parenthesis that closes in text[from:to] before any opens: a date
// that ends at from stands in an aside (an index's base, a gloss) that the words at to are
// outside of.
func inClosedAside(text string, from, to int) bool {
	for i := from; i < to; i++ {
		switch text[i] {
		case '(':
			return false
		case ')':
			return true
		}
	}
	return false
}

// anchorAnaphors re-dates "that year", "the same year", "that quarter" of the sentence whose
// antecedent, the last date before it in the window all (this sentence and the one before),
// is a part of a year named without its year that anchoredIn dates by the explicit date before
// it: "Greek unemployment averaged 27.5% in 2013 and hit a record in November. Spain's rate
// averaged 26.1% that year." is 2013, not the year of the November before publication (B3 of
// the fifth attack). The scanner resolved the anaphor before the sentence's dates were
// anchored; the anaphor's own sentence was anchored by anchorBareDates.
func (s *sentence) anchorAnaphors(text string, all []timex.Expr) {
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Explicit || e.Period == "" || !anaphorText(text[e.Start:e.End]) {
			continue
		}
		ante := -1
		for j := range all {
			if all[j].End <= e.Start && all[j].Period != "" && !anaphorText(text[all[j].Start:all[j].End]) {
				ante = j
			}
		}
		if ante < 0 || all[ante].Explicit || len(all[ante].Period) != 7 {
			continue
		}
		own := all[ante]
		for _, d := range s.exprs[:i] {
			if d.Start == own.Start {
				own = d // this sentence's, already anchored
			}
		}
		if own.Period == all[ante].Period {
			for j := ante - 1; j >= 0; j-- {
				b := all[j]
				if !b.Explicit || b.Period == "" || baseWordBefore(text, b.Start) || inClosedAside(text, b.End, own.Start) {
					continue
				}
				// framed: "that year" says the story is of a past year, the one named, which a
				// month of this year or the last would not be called
				if a, ok := anchoredIn(text, own, b, yearFramed); ok {
					own = a
				}
				break
			}
		}
		if own.Period == all[ante].Period {
			continue
		}
		switch e.Precision {
		case timex.Year:
			e.Period = own.Period[:4]
		case own.Precision:
			e.Period = own.Period
		}
	}
}

// anaphorText reports the words of a date that refers back: "that year", "the same quarter".
func anaphorText(w string) bool {
	for _, prefix := range [...]string{"that ", "the same ", "in that ", "in the same "} {
		if len(w) > len(prefix) && ascii.EqualFold(w[:len(prefix)], prefix) {
			return true // (folded in place: every earlier date of the window is asked)
		}
	}
	return false
}

// inRelativeAside reports a date [start, end) inside a relative clause set off by commas that
// closes before to: "US inflation, which peaked at 9.1% in June 2022, fell to 2.4% in
// September" is this September's, not 2022's; the aside dates its own clause only. The comma
// that opens it is sought in the sentence, from on: sought back to the text's start and the
// stretch lowered whole, every bare month after a year cost the text before it (a text with one
// comma near its start and many "In 1990 prices rose 1.0% in January." took 40 s a MB).
func inRelativeAside(text string, from, start, end, to int) bool {
	open := strings.LastIndexByte(text[from:start], ',')
	if open < 0 {
		return false
	}
	clause := text[from+open : start]
	if !containsWordFold(clause, "which") && !containsWordFold(clause, "who") && !containsWordFold(clause, "when") {
		return false
	}
	return strings.IndexByte(text[end:to], ',') >= 0
}

// containsWordFold is containsWord of s in any case, for a word w in lower case.
func containsWordFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] || !ascii.EqualFold(s[i:i+len(w)], w) {
			continue
		}
		before := i == 0 || !isLetterByte(s[i-1])
		after := i+len(w) == len(s) || !isLetterByte(s[i+len(w)])
		if before && after {
			return true
		}
	}
	return false
}

// framingYear reports the year j of the sentence as the time its story is told in, though not
// at its start: a heading's year before a colon ("Looking back at 2008: US inflation peaked at
// 5.6% in July"), or the year a verb of starting or ending takes as its object ("US inflation
// started 2023 at 6.4% in January", "ended 2023 at 3.4%, having stood at 6.4% in January").
func (s *sentence) framingYear(text string, j int) bool {
	e := s.exprs[j]
	if rest := strings.TrimLeft(text[e.End:], " "); rest != "" && rest[0] == ':' {
		return true
	}
	if f := s.eFirst[j]; f > 0 {
		w := &s.words[f-1]
		return w.hasLemma("start") || w.hasLemma("end") || w.hasLemma("begin") || w.hasLemma("close") || w.hasLemma("finish")
	}
	return false
}

// toldFrom reports no coordinator and no word of sequence after word from and before byte
// offset at: the month named there is told in the one clause the date before opens, as of that
// date, and is that date's or earlier ("In May 2021 the Labor Department reported that consumer
// prices had risen 4.2 percent in the year to April", "In April 2024, figures from Statistics
// Canada pointed to inflation of 2.9% in March"). A clause joined after it, or a time after
// ("and it eased to 3.1% in January", "before easing to 3.1% in January"), goes on from the
// date (review).
func (s *sentence) toldFrom(from, at int) bool {
	for i := from + 1; i < len(s.words) && s.words[i].start < at; i++ {
		switch w := &s.words[i]; {
		case w.tag == tagCoord:
			return false
		case w.lower == "before" || w.lower == "after" || w.lower == "until" || w.lower == "then" || w.lower == "later" || w.lower == "while" || w.lower == ";":
			return false
		}
	}
	return true
}

// dateBeforeFirstVerb reports date j before the sentence's first verb and figure, past a dateline
// ("WASHINGTON - In May 2021 the Labor Department reported ..."): the time the sentence tells
// from, not one of its figures' times.
func (s *sentence) dateBeforeFirstVerb(j int) bool {
	for i := 0; i < s.eFirst[j]; i++ {
		if s.words[i].vg >= 0 || s.words[i].fig >= 0 {
			return false
		}
	}
	return true
}

// clauseLinkers open a clause after a comma: "but", "and", "though", "although", "while",
// "yet", "whereas".
var clauseLinkers = map[string]bool{"but": true, "and": true, "though": true, "although": true, "while": true, "yet": true, "whereas": true}

// yearOfWhenClause reports year j followed, past a comma and perhaps an apposition without a
// verb ("in 2020, the worst since 1946, when"), by a when-clause that holds the word at: the
// clause tells of that year.
func (s *sentence) yearOfWhenClause(j, at int) bool {
	ws := s.words
	i := s.eLast[j] + 1
	if i >= len(ws) || ws[i].lower != "," {
		return false
	}
	for i++; i < len(ws) && ws[i].start < at && i <= s.eLast[j]+10; i++ {
		switch {
		case ws[i].lower == "when":
			for k := i + 1; k < len(ws) && ws[k].start < at; k++ {
				if ws[k].lower == ";" || ws[k].lower == "." {
					return false
				}
				if ws[k].lower == "," && k+1 < len(ws) && (ws[k+1].tag == tagCoord || clauseLinkers[ws[k+1].lower]) {
					// the when-clause closed: "in 2022, when energy prices spiked, but it eased
					// to 2.4% in September" (review) is the September of the time of writing
					return false
				}
			}
			return true
		case ws[i].vg >= 0 || ws[i].lower == ";":
			return false // a clause of its own before any "when"
		}
	}
	return false
}

// yearOfParticiple reports the year j as the time of the event a participle clause after it
// tells more of: "The US economy contracted in 2008, shrinking at an annualised 8.5% in the
// final quarter", "US inflation peaked in 2022, hitting 9.1% in June". The year ends a clause
// that holds no figure, so it is not a year a figure was of ("Inflation was 2.4% in 2024,
// rising to 2.8% in January" goes on to the January after), and a comma and an -ing verb
// follow it at once, before the date at or after at.
func (s *sentence) yearOfParticiple(j, at int) bool {
	if f := s.eFirst[j]; f < 1 || s.words[f-1].lower != "in" {
		// a year the event happened in, not one it ran through and went on from: "cooled
		// through 2023, slowing to 3.1% in January" is the January after
		return false
	}
	last := s.eLast[j]
	if last+2 >= len(s.words) || s.words[last+1].lower != "," || s.words[last+2].start >= at {
		return false
	}
	// (the tagger takes a clause's first -ing word for a noun; "according to", "owing to"
	// are prepositions, which say where the figures come from or why, not what the year saw)
	p := &s.words[last+2]
	// An absolute clause whose figure the date is of tells of the year's event as a
	// participle does: "Zimbabwe's hyperinflation peaked in 2008, with official annual
	// inflation of 231 million percent in July" (attack 16, t53), written in 2026, was read as
	// July 2026.
	with := p.lower == "with"
	if !with && (len(p.lower) < 6 || !strings.HasSuffix(p.lower, "ing") || p.tag == tagProper || p.lower == "according" || p.lower == "owing") {
		return false
	}
	start := s.exprs[j].Start
	figure := false // (a figure in the "with" clause, before the date)
	for _, q := range s.quants {
		if q.Start < start {
			return false
		}
		figure = figure || q.Start > p.start && q.End <= at
	}
	return !with || figure
}
