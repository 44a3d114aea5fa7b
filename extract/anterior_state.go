package extract

// A figure said to hold before the event the text goes on about ("The Bank cut Bank Rate to
// 0.25% on March 11. Before that the rate stood at 0.75%.") is not of that event's date, which
// a figure with no date of its own otherwise takes from the sentences before (focusPeriod):
// every story of a rate decision says what the rate had been, and each such figure was judged
// against the rate the decision set (attack round 18).

// anteriorToFocus reports a marker that figure k's clause is of a time before the one the text
// was about: a fronted "Before that", "Before the pandemic", "Until then", "Prior to that",
// "Earlier,", "Previously" (or "previously" or "formerly" before the figure: "Bank Rate had
// previously been 0.75%"), or
// "before" and a noun phrase right after the figure ("0.75% before the cut").
//
// A figure a verb of saying reports, or one of expecting or estimating gives, is not so read:
// "Earlier, the Bundesbank said the rate was 6.0%", "had previously expected the rate to come in
// at 3.1%" and "Previously, the office had put the rate at 6.0%" are of the same period, said or
// estimated before. A movement is ("Before that, it had climbed to 6.9%").
func (s *sentence) anteriorToFocus(k int, r *reading) bool {
	ws := s.words
	first := s.qFirst[k]
	if first < 0 || r.vg >= 0 && s.expectingVerb(r.vg) || s.reportedFigure(first) || s.reportedAfter(first) {
		return false
	}
	from, _ := s.clauseOf(first)
	start := 0
	for start < len(ws) && (ws[start].tag == tagCoord || ws[start].lower == "but") {
		start++ // "But before that, ..."
	}
	if start+1 < first {
		switch ws[start].lower {
		case "before", "until", "till":
			// "Before that", "Before then", "Until then", "Before the pandemic", "Before its
			// cut"; not a clause ("Before the Bank cut rates, ..." has a verb, and its own
			// tense tells the figure's time no better)
			next := ws[start+1].lower
			if next == "that" || next == "then" || next == "this" {
				return true
			}
			if p := ws[start+1].np; ws[start].lower == "before" && p >= 0 && (ws[start+1].tag == tagDet || ws[start+1].tag == tagPron) {
				if after := s.nps[p].last + 1; after < first && ws[after].vg < 0 {
					return true
				}
			}
		case "prior":
			if ws[start+1].lower == "to" {
				return true
			}
		case "earlier":
			if ws[start+1].lower == "," {
				return true // "Earlier, the rate was 0.75%"; not "Earlier this month"
			}
		}
	}
	for i := max(from, start); i < first; i++ {
		if ws[i].lower == "previously" || ws[i].lower == "formerly" {
			return true
		}
	}
	if after := s.qLast[k] + 1; after+2 < len(ws) && ws[after].lower == "before" && ws[after+1].tag == tagDet && ws[after+2].date < 0 {
		switch ws[after+2].lower {
		case "end", "start", "beginning", "close", "middle":
			return false // "to 3.25% before the end of the year": a deadline
		}
		return true // "The rate was 0.75% before the cut"
	}
	return false
}

// stateVerb reports a verb group whose head says what state something was in: be, stand,
// remain, stay, sit, hold.
func (s *sentence) stateVerb(g int) bool {
	return s.headIsAny(g, "be", "stand", "remain", "stay", "sit", "hold")
}

// expectingVerb reports a verb group whose head expects, estimates or puts a figure.
func (s *sentence) expectingVerb(g int) bool {
	return s.cueIs(s.vgs[g].head, catForecast) || s.headIsAny(g, "expect", "estimate", "put", "predict", "project", "forecast", "see")
}

// headIsAny reports a verb group whose head has one of the lemmas.
func (s *sentence) headIsAny(g int, lemmas ...string) bool {
	h := &s.words[s.vgs[g].head]
	for _, base := range lemmas {
		if h.hasLemma(base) {
			return true
		}
	}
	return false
}

// pastAppositive returns the comma that closes an appositive noun phrase right after word
// end ("5.25%, a 16-year high, since August 2023", "0.75%, its highest in a decade, since"), or
// end when there is none: a phrase of a few words with no verb, opened by a determiner or a
// possessive.
func (s *sentence) pastAppositive(end int) int {
	ws := s.words
	open := end + 1
	if open+2 >= len(ws) || ws[open].lower != "," || ws[open+1].tag != tagDet && ws[open+1].tag != tagPron {
		return end
	}
	for i := open + 1; i < len(ws) && i <= open+8; i++ {
		switch {
		case ws[i].lower == ",":
			if i > open+1 {
				return i
			}
			return end
		case ws[i].vg >= 0, ws[i].punct:
			return end // (a date may stand in it: "its highest since 2008")
		}
	}
	return end
}
