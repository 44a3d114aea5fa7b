package extract

// A figure a movement over a range of years reaches, when the sentence goes on to a later
// figure ("then eased to"), is not the range's last year's: "Between 2021 and 2023, inflation
// in Poland went from 5.1% to 14.4% and then eased to 11.4%" (attack 16, t16) took 14.4% as
// 2023's, the year nearest it, though the 11.4% after it is 2023's and the 14.4% a point
// within the range (2022's annual average here, but as often a month's peak: "went from 5.1%
// to a peak of 18.4% and then eased to 11.4%"). midSpanFigure leaves it undated; the last
// figure keeps the range's end, and "went from 5.1% to 14.4%" alone keeps its reading.

// midSpanFigure reports figure k as one reached within the range of years whose last year is
// date i ("between 2021 and 2023", "from 2021 to 2023", before k in its sentence), when a later
// figure of the sentence goes on from it: a word of sequence ("then", "later",
// "subsequently", "before") between it and the next figure, and no measure named there.
func (s *sentence) midSpanFigure(k, i int) bool {
	ws := s.words
	if i < 1 || s.eLast[i] >= s.qFirst[k] {
		return false
	}
	a, b := s.exprs[i-1], s.exprs[i]
	if len(a.Period) != 4 || len(b.Period) != 4 || a.Period >= b.Period {
		return false
	}
	f, mid := s.eFirst[i-1], s.eLast[i-1]+1
	if f < 1 || mid != s.eFirst[i]-1 {
		return false
	}
	opening, joining := ws[f-1].lower, ws[mid].lower
	if !(opening == "between" && joining == "and" || opening == "from" && (joining == "to" || joining == "until" || joining == "through")) {
		return false
	}
	// the words up to the next figure only, once: a word of sequence there goes on from k;
	// a measure named there starts another story ("and unemployment then fell to 2.8%")
	end := len(ws)
	if k+1 < len(s.quants) && s.qFirst[k+1] >= 0 {
		end = s.qFirst[k+1]
	}
	sequence := false
	for t := s.qLast[k] + 1; t < end; t++ {
		switch ws[t].lower {
		case ".", ";":
			return false
		case "then", "later", "subsequently", "before":
			sequence = true
		}
		if s.cueIs(t, catMeasure) {
			return false
		}
	}
	return sequence && end < len(ws)
}
