package extract

import (
	"strings"

	"github.com/factcheck/factcheck/extract/timex"
)

// "That year" at the start of a story's next sentence refers to the year the sentence before
// told of, not to a year named in a participle clause that trailed after its main clause:
// "In 2009 US GDP fell 2.6 percent and unemployment averaged 9.3 percent, rising to 9.6
// percent in 2010. Germany's economy shrank 5.7 percent that year" is 2009 (attack 16, t14),
// but the scanner, which knows no clauses, took the last year named, 2010, and Germany's
// -5.7% (and the UK's -4.6% after it) were flagged against 2010's growth. The participle
// clause (", rising to ... in 2010", ", after peaking at ... in 2010") tells where the main
// figure went next; the story's year is the one its main clause named. When that year frames
// the sentence before ("In 2009 ...", "During 2009, ..."), "that year" is re-dated to it;
// when the main clause's year is only its figure's ("averaged 9.3 percent in 2009, rising to
// 9.6 percent in 2010"), either year may be meant and "that year" is left undated. A year
// after a comma that opens a clause of its own (", and in 2010 it grew 2.5%") is the
// antecedent as before.

// ReasonSideClauseAntecedent is the Reason of "that year" left undated (anchorSideClauseAnaphors).
const ReasonSideClauseAntecedent = "the year named just before is a participle clause's, the story's may be the main clause's"

// anchorSideClauseAnaphors re-dates "that year" of the sentence when its antecedent, the last
// date of all before it, is an explicit year in a trailing participle clause of the sentence
// before (which starts at prevFrom) and that sentence's main clause named another year.
func (s *sentence) anchorSideClauseAnaphors(text string, all []timex.Expr, prevFrom int) {
	if prevFrom >= s.start {
		return
	}
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Explicit || e.Precision != timex.Year || e.Period == "" || !anaphorText(text[e.Start:e.End]) {
			continue
		}
		ante := -1
		for j := range all {
			if all[j].End <= e.Start && all[j].Period != "" && !anaphorText(text[all[j].Start:all[j].End]) {
				ante = j
			}
		}
		if ante < 0 {
			continue
		}
		a := all[ante]
		if !a.Explicit || a.Start < prevFrom || a.End > s.start || len(a.Period) < 4 || a.Period[:4] != e.Period[:4] {
			continue // (a date of this sentence, or one a rule before re-dated)
		}
		comma := strings.LastIndexByte(text[prevFrom:a.Start], ',')
		if comma < 0 {
			continue
		}
		comma += prevFrom
		if !participleClauseOpens(text[comma+1 : a.Start]) {
			continue
		}
		main := -1 // the main clause's year: the last explicit year before the comma
		for j := range all {
			b := all[j]
			if b.Start >= prevFrom && b.End <= comma && b.Explicit && b.Precision == timex.Year && len(b.Period) == 4 && !baseWordBefore(text, b.Start) {
				main = j
			}
		}
		if main < 0 || all[main].Period == a.Period[:4] {
			continue
		}
		if yearFramesSentence(text[prevFrom:all[main].Start]) {
			e.Period = all[main].Period
			continue
		}
		e.Period, e.Reason = "", ReasonSideClauseAntecedent
	}
}

// participleClauseOpens reports the text after a comma, up to a date, as a participle clause:
// its first word an "-ing" participle ("rising to 9.6 percent in"), or one after "after",
// "before" or "while" ("after peaking at 10% in"). Prepositions in "-ing" ("according to",
// "including", "during") open no clause.
func participleClauseOpens(clause string) bool {
	words := strings.Fields(strings.ToLower(clause))
	if len(words) == 0 {
		return false
	}
	w := words[0]
	if (w == "after" || w == "before" || w == "while") && len(words) > 1 {
		w = words[1]
	}
	w = strings.TrimRight(w, ",;:")
	switch w {
	case "according", "owing", "including", "excluding", "during", "regarding", "concerning", "notwithstanding", "nothing", "something", "everything", "anything", "spring", "morning", "evening":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// yearFramesSentence reports the text before a year, from its sentence's start, as only a
// preposition of time: the year opens the sentence and frames it ("In 2009 US GDP fell",
// "During 2009, ...").
func yearFramesSentence(before string) bool {
	switch strings.ToLower(strings.TrimSpace(before)) {
	case "in", "during", "throughout", "for", "over", "by the end of", "at the end of":
		return true
	}
	return false
}
