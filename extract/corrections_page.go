package extract

import "strings"

// A page of corrections quotes what earlier pieces said in order to withdraw it: "Corrections
// / An article on July 30 about the Eurozone said that inflation in Germany was 8.7 per cent in
// 2022. Consumer price inflation in Germany was 6.9 per cent ...". The withdrawn figure is no
// claim of the page, which correctionNotice reads only after "An earlier version of this
// article" (attack round 20). On a page so headed, a figure that a piece of the paper is said
// to have given ("An article on July 30 ... said", "A graphic on October 29 gave") is read so.

// publishedPieces are the nouns a corrections page names an earlier piece by.
var publishedPieces = map[string]bool{"article": true, "story": true, "report": true, "graphic": true, "chart": true,
	"headline": true, "caption": true, "obituary": true, "piece": true, "column": true, "editorial": true, "table": true}

// quotedOnCorrectionsPage reports a figure at word first of a sentence that opens with a piece
// of the paper ("An article", "A graphic") whose verb of saying reports the figure, in a text
// headed as corrections.
func (st *articleState) quotedOnCorrectionsPage(s *sentence, first int) bool {
	ws := s.words
	i := 0
	for i < len(ws) && ws[i].punct {
		i++ // a bullet
	}
	if i+1 >= len(ws) || ws[i].lower != "a" && ws[i].lower != "an" || !publishedPieces[ws[i+1].lower] {
		return false // (the cheap test first: every withdrawn figure's sentence asks)
	}
	if !st.headedAsCorrections() {
		return false
	}
	h := s.reportHead(first)
	if h <= i+1 {
		return false
	}
	w := ws[h].lower
	return sayingWords[w] || reportVerbs[w] || w == "reported" || w == "gave" || w == "misstated"
}

// headedAsCorrections reports a text whose heading, one of its first three lines, is
// "Correction", "Corrections", "Clarification(s)" or "Corrections and clarifications", read
// once per text.
func (st *articleState) headedAsCorrections() bool {
	if st.correctionsPage == 0 {
		st.correctionsPage = 2
		text := st.art.Text
		for n := 0; n < 3 && text != ""; n++ {
			line, rest, _ := strings.Cut(text, "\n")
			text = rest
			switch strings.ToLower(strings.Trim(strings.TrimSpace(line), ":#* ")) {
			case "correction", "corrections", "clarification", "clarifications", "corrections and clarifications", "corrections & clarifications":
				st.correctionsPage = 1
			case "":
				n-- // (blank lines do not count)
			}
		}
	}
	return st.correctionsPage == 1
}
