package extract

// A figure set beside another country's is often given its place by a participle after it:
// "China's 5.0% growth in 2024 far outpaced the 2.8% posted by the United States", "above the
// 2.4% seen in Canada", "the 1.1% managed by France", "the 5.0pc recorded in India". Read as
// the subject's, the other country's figure was judged as the subject's and flagged (blind
// round 26, six rows). So is a figure a label gives its place to: "(Australia: 3.2%; Japan:
// 2.7%)".

// participleAgentAfter returns the country of a past participle right after figure k that
// names who posted or where was seen the figure ("posted by the United States", "seen in
// Canada", "recorded in India"), or "".
func (s *sentence) participleAgentAfter(k int) string {
	ws := s.words
	j := s.qLast[k] + 1
	if j+2 >= len(ws) || !ws[j].past || ws[j].vg < 0 || s.vgs[ws[j].vg].first != j || s.vgs[ws[j].vg].last != j {
		return ""
	}
	switch ws[j+1].lower {
	case "in", "for":
		return s.entityAfter(j)
	case "by":
		i := j + 2
		if ws[i].tag == tagDet {
			i++
		}
		if i < len(ws) && ws[i].ent >= 0 && s.ents[ws[i].ent].first == i {
			if code, ok := entityCode(s.ents[ws[i].ent]); ok {
				return code
			}
		}
	}
	return ""
}

// placeLabelBefore returns the country that labels figure k before a colon, in a list of such
// labels ("(Australia: 3.2%; Japan: 2.7%)", "Australia: 3.2%, Japan: 2.7%"), or "": the
// label is the country's name alone, opening a bracket or the item of a list.
func (s *sentence) placeLabelBefore(k int) string {
	ws := s.words
	f := s.qFirst[k]
	if f < 2 || ws[f-1].lower != ":" || ws[f-2].ent < 0 {
		return ""
	}
	m := s.ents[ws[f-2].ent]
	if m.last != f-2 {
		return ""
	}
	if m.first > 0 {
		switch ws[m.first-1].lower {
		case "(", "[", ";", ",":
		default:
			return ""
		}
	}
	code, _ := entityCode(m)
	return code
}
