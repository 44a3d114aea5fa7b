package extract

// frontedDateBeforeApposition returns the date that opens the sentence's clause before the
// clause that starts at word from, when that clause is only the date and an apposition that
// names it again with a clause of its own: "In January 2025, the month Trump took office, the
// rate was 3.0%", "In 2020, the year the pandemic struck, GDP fell 9.3%". The apposition's verb
// ends a clause at the comma, which cut the date off from the figure's clause, and the figure
// took the date of the sentence before. -1 when there is no such date.
func (s *sentence) frontedDateBeforeApposition(from int) int {
	ws := s.words
	if from < 4 || ws[from-1].lower != "," {
		return -1
	}
	// the sentence opens with the date ("But in 2020, ...")
	i := 0
	if ws[i].tag == tagCoord {
		i++
	}
	if ws[i].tag == tagPrep {
		i++ // "In January 2025"
	}
	d := ws[i].date
	if d < 0 || s.eFirst[d] != i || s.isBaseDate(d) {
		return -1
	}
	j := s.eLast[d] + 1
	if j+1 >= from || ws[j].lower != "," {
		return -1
	}
	j++
	if ws[j].tag == tagDet {
		j++ // "the month", "a year"
	}
	if j >= from || !timeNouns[ws[j].lower] {
		return -1
	}
	for x := j; x < from-1; x++ {
		if ws[x].lower == "," || ws[x].lower == ";" {
			return -1 // the apposition ends at the comma before the figure's clause
		}
		if ws[x].fig >= 0 {
			return -1 // "In 2020, the year GDP fell 9.3%, ...": the apposition has a figure of its own
		}
	}
	return d
}

// timeNouns are the nouns an apposition names a date with: "the month Trump took office".
var timeNouns = map[string]bool{"day": true, "week": true, "month": true, "quarter": true, "year": true, "decade": true, "season": true}
