package extract

// An apposition that says what share of a whole its noun is ("Consumer spending, about 68% of
// GDP, rose at a 3.7% pace", "Exports, 40% of output, fell at a 2% pace", "Business
// investment, roughly 14% of GDP, expanded at a 5.1% rate") leaves the noun before it the
// subject of the verb after it: it is consumer spending that rose. Read as no parenthesis, as
// an apposition holding a figure is not (", 3.5% in May,"), it left the verb with no subject,
// and a figure of pace with no measure of its own took the measure the text was about, so
// consumer spending's 3.7% became the country's GDP growth and was judged against the year's.
// The share itself ("68% of GDP") is no figure of the whole's growth either (finishReading
// reads it as a share).

// shareApposition reports the words between the commas at j and i as a share of a whole and
// nothing else: a figure, "of" and a noun phrase that ends at the closing comma, with no verb
// and no other word ("about 68% of GDP", "some 68 per cent of GDP", "about two-thirds of the
// economy", "worth 12% of GDP"). A figure with more after it (", 3.5% in May,", ", up 2% from
// a year earlier,") is no share of one.
func (s *sentence) shareApposition(j, i int) bool {
	ws := s.words
	f := j + 1
	if f < i && ws[f].tag == tagPrep && ws[f].fig < 0 {
		f++ // "worth 12% of GDP"
	}
	if f >= i || ws[f].fig < 0 || s.qFirst[ws[f].fig] != f {
		return false
	}
	o := s.qLast[ws[f].fig] + 1
	if o+1 >= i || ws[o].lower != "of" {
		return false
	}
	p := ws[o+1].np
	return p >= 0 && s.nps[p].first == o+1 && s.nps[p].last == i-1 && ws[s.nps[p].head].fig < 0
}

// opensShareApposition reports figure k as the share of a share apposition that the comma at
// j opens ("Exports, roughly 11% of the economy, fell 2% in 2024"). It is read as no claim:
// the share is a standing description, stated with no period of its own and mostly rounded,
// and read through the verb after it, it took the main clause's year as its own.
func (s *sentence) opensShareApposition(k, j int) bool {
	o := s.qLast[k] + 1
	if s.qFirst[k] != j+1 || o+1 >= len(s.words) || s.words[o].lower != "of" {
		return false
	}
	p := s.words[o+1].np
	if p < 0 {
		return false
	}
	i := s.nps[p].last + 1
	return i < len(s.words) && s.words[i].lower == "," && s.shareApposition(j, i)
}
