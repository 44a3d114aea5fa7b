package extract

// wholeOfShare reports a figure that gives the whole a percentage of the sentence is taken
// of: "roughly 6% of US GDP of $30.8 trillion", "6% of US GDP ($30.8 trillion)", "6% of US
// GDP, which stood at $30.8 trillion", "6% of the $30.8 trillion US economy". Such a figure
// is a yardstick for the share; what the sentence is about is the share's subject.
func (s *sentence) wholeOfShare(k int) bool {
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	antecedent := s.relativeAntecedent(k)
	for j := k - 1; j >= 0; j-- {
		if s.qFirst[j] < 0 || s.quants[j].Unit != "percent" {
			continue
		}
		of := s.qLast[j] + 1
		if of+1 >= len(s.words) || s.words[of].lower != "of" || of >= first {
			continue
		}
		p := s.words[of+1].np
		if p < 0 {
			continue
		}
		whole := s.nps[p]
		switch {
		case first >= whole.first && first <= whole.last:
			return true // "6% of the $30.8 trillion US economy"
		case antecedent == p:
			return true // "6% of US GDP, which stood at $30.8 trillion"
		case first == whole.last+2 && (s.words[whole.last+1].lower == "of" || s.words[whole.last+1].lower == "("):
			return true // "6% of US GDP of $30.8 trillion", "6% of US GDP ($30.8 trillion)"
		}
		return false // the nearest share before the figure decides
	}
	return false
}
