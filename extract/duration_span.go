package extract

// yearsDuration reads a length of several years that figure k's clause measures its figure
// over, with no year to anchor it: "grew 12% in six years", "In a decade, the economy grew
// 60%", "growth averaged almost 8% in the first years", "over the following years, growth
// averaged 1%". Such a figure is a change or an average over years the text does not name,
// never the figure of the year the sentences before were about. It returns the phrase, as
// "in six years".
//
// A length after a superlative or an ordinal ranks the figure among those years ("the highest
// in eight years", "the first rise in two years"), and one followed by "ago", "later",
// "earlier" or "time" is a point in time ("in two years' time"): neither is a span. Nor is a
// length said of something else (lengthOfOther).
func (s *sentence) yearsDuration(k int) (string, bool) {
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	// the words near the figure: a length far from it in a long clause measures something else
	lo, hi := max(from, s.qFirst[k]-12), min(to, s.qLast[k]+12)
	if from > 1 && from <= 9 && ws[from-1].lower == "," && ws[0].tag == tagPrep {
		// a short phrase fronted before a comma, which the clause finder left out of the
		// clause when it holds a verb of its own: "In the years that followed, growth ..."
		// (a phrase: not a clause of its own, "Output fell 10% in two years, and ...")
		lo = max(0, s.qFirst[k]-12)
	}
	for j := lo; j < hi; j++ {
		switch ws[j].lower {
		case "in", "over", "within", "during", "across":
		default:
			continue
		}
		if j > s.qFirst[k] && j <= s.qLast[k] {
			continue
		}
		at := j + 1
		if f := ws[j].fig; f >= 0 && f != k {
			at = j // "over six years", which the scanner read as "more than six years"
		}
		end, ok := s.lengthOfYears(at, hi)
		if !ok || s.rankWordBefore(j, true) || s.lengthOfOther(k, j, end) {
			continue
		}
		if end+1 < len(ws) {
			switch ws[end+1].lower {
			case "ago", "later", "earlier", "before", "after", "time", "'", "'s", "old", "running":
				continue // "two years later", "in two years' time", "in two years running"
			case "to", "through", "until", "ending", "ended", "since":
				continue // a span with an end or a start: spanTo's and spanOf's
			}
		}
		return s.text[ws[j].start-s.start : ws[end].end-s.start], true
	}
	return "", false
}

// lengthOfYears reads a length of several years from word i: "six years", "a decade", "two
// decades", "the first years", "the following years", "the years that followed". It returns
// its last word. A length with a date in it ("the years 2010 to 2015") has a period of its own.
func (s *sentence) lengthOfYears(i, hi int) (int, bool) {
	ws := s.words
	if i > hi || i >= len(ws) {
		return 0, false
	}
	if f := ws[i].fig; f >= 0 {
		q := &s.quants[f]
		last := i
		for last+1 < len(ws) && ws[last+1].fig == f {
			last++
		}
		switch {
		case q.Unit == "year" && q.Value >= 2 && q.Value <= 100, q.Unit == "decade" && q.Value >= 1 && q.Value <= 10:
			return last, true
		case q.Unit == "" && q.Value >= 1 && q.Value <= 10 && last+1 < len(ws) && (ws[last+1].lower == "decades" || ws[last+1].lower == "decade" && q.Value == 1):
			return last + 1, true
		}
		return 0, false
	}
	switch ws[i].lower {
	case "a", "one":
		if i+1 < len(ws) && ws[i+1].lower == "decade" {
			return i + 1, true
		}
	case "the":
		j := i + 1
		if j < len(ws) {
			switch ws[j].lower {
			case "first", "early", "following", "subsequent", "ensuing", "intervening", "later", "last":
				j++
			}
		}
		if j < len(ws) && ws[j].lower == "years" && ws[j].date < 0 && (j+1 >= len(ws) || ws[j+1].date < 0) {
			if j+2 < len(ws) && (ws[j+1].lower == "that" || ws[j+1].lower == "which") && ws[j+2].lower == "followed" {
				return j + 2, true // "the years that followed"
			}
			return j, true
		}
	case "those":
		if i+1 < len(ws) && ws[i+1].lower == "years" {
			return i + 1, true
		}
	}
	return 0, false
}

// rankingWord reports an ordinal, or a word of a record, that a length after it ranks a figure
// among: "the first rise in two years", "for the first time in a decade", "the second fall in
// three years".
func rankingWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "time", "record", "ever", "only":
		return true
	}
	return false
}

// lengthOfOther reports a phrase of words j to end that says its length of something other
// than figure k: a verb not the figure's own between them ("reached 11.4%, a level not seen in
// 25 years"), or a comma after the figure that sets the phrase off in an apposition ("reached
// 11.4%, a rate unmatched in two decades"), or a verb before a length that comes before the
// figure ("Prices doubled in six years, and unemployment stood at 7.6%"). A phrase fronted
// before the figure's clause is set off by a comma too, and is the clause's: "In a decade, the
// economy grew 60%".
func (s *sentence) lengthOfOther(k, j, end int) bool {
	own := -1
	if r := s.readings[k]; r != nil {
		own = r.vg
	}
	lo, hi := s.qLast[k]+1, j
	if j < s.qFirst[k] {
		// between the length and the figure; and before the length, which a verb there takes
		// ("Prices doubled in six years, and unemployment stood at 7.6%")
		from, _ := s.clauseOf(s.qFirst[k])
		for x := max(0, min(from, j-12)); x < j; x++ {
			if g := s.words[x].vg; g >= 0 && g != own {
				return true
			}
		}
		lo, hi = end+1, s.qFirst[k]
	}
	for x := lo; x < hi; x++ {
		if g := s.words[x].vg; g >= 0 && g != own || j > s.qLast[k] && s.words[x].lower == "," {
			return true
		}
	}
	return false
}
