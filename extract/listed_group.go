package extract

import "sort"

// A figure of a group of countries named by its members is no member's figure: "Growth in
// the region's three largest economies — Nigeria, South Africa and Angola — averaged 1.8
// percent in 2023", "Growth in Nigeria and Angola averaged 1.8 percent", "Inflation in
// economies such as Brazil, India and Turkey averaged 9 percent". Given the nearest name, the
// group's average was judged as Angola's growth.

// listedGroup reports a figure k whose clause names countries only as one list of two or
// more before the figure, joined by commas and, before the last, "and" or "or". A clause that names another
// country too, or names them apart, leaves the figure to the rules that tell them apart
// ("Unlike France and Italy, Spain grew 2%"; "France grew 1% and Italy 2%" is a list of
// figures, each after its own name).
func (s *sentence) listedGroup(k int) bool {
	first := s.qFirst[k]
	if len(s.ents) < 2 || first < 0 {
		return false
	}
	from, to := s.clauseOf(first)
	ws := s.words
	n, prev := 0, -1
	joined := false // the list's last two names are joined by "and" or "or"
	// (from the first name that ends in the clause, found by halving: the names do not
	// overlap, so their ends are in order, and a long sentence has hundreds before the clause)
	lo := sort.Search(len(s.ents), func(i int) bool { return s.ents[i].last >= from })
	for i := lo; i < len(s.ents); i++ {
		m := &s.ents[i]
		if m.first > to {
			break
		}
		if m.first > first {
			return false // a name after the figure may be its own ("2% in Spain")
		}
		if prev >= 0 {
			if joined {
				return false // "Nigeria and Ghana, Angola": a list ended before the last name
			}
			for j := prev + 1; j < m.first; j++ {
				switch ws[j].lower {
				case ",":
				case "and", "or", "&":
					joined = true
				default:
					return false // apart: "Nigeria's growth beat Angola's"
				}
			}
		}
		if m.last+1 < len(ws) && ws[m.last+1].tag == tagPoss {
			return false // "Nigeria and Angola's combined growth" is read by its phrase
		}
		n++
		prev = m.last
	}
	if n < 2 || !joined {
		return false
	}
	// no verb between the list and the figure but the figure's own: the list is what the
	// figure is of, not the object of another clause ("France and Germany agreed that
	// Spain's growth ...")
	verbs := 0
	for j := prev + 1; j < first; j++ {
		if v := ws[j].vg; v >= 0 && s.vgs[v].head == j {
			verbs++
		}
	}
	return verbs <= 1
}
