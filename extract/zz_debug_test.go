package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZWords(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	ex := testExtractor(t)
	st := &articleState{lex: ex.lex, art: Article{Text: text}}
	for fs := range figureSentencesOf(ex.lex, text) {
		s := st.newSentence(fs.start, fs.end, fs.figures)
		st.reuseReadings()
		st.analyse(s)
		s.findClauses()
		s.nounReadings = zeroed(st.nounReadingStore, len(s.nps))
		st.nounReadingStore = s.nounReadings
		fmt.Printf("SENTENCE %q\n", s.text)
		for i, w := range s.words {
			fmt.Printf("%3d %-14q tag=%d fig=%d date=%d ent=%d cue=%d np=%d vg=%d clause=%d-%d\n", i, w.lower, w.tag, w.fig, w.date, w.ent, w.cue, w.np, w.vg, s.clauseFrom[i], s.clauseTo[i])
		}
		for g := range s.vgs {
			fmt.Printf("VG %d %q matrix=%d projects=%v modal=%v\n", g, s.words[s.vgs[g].head].lower, s.matrixVerb(g), s.projects(g), s.vgs[g].modal)
		}
		for k := range s.quants {
			if r := st.figureReading(s, k); r != nil {
				m := ""
				if r.measure != nil {
					m = r.measure.name
				}
				fmt.Printf("FIG %d %q measure=%s role=%d np=%d vg=%d measureAt=%d compared=%d coord=%d ctx=%v\n", k, text[s.quants[k].Start:s.quants[k].End], m, r.role, r.np, r.vg, r.measureAt, r.compared, r.coordinated, r.fromContext)
			}
		}
	}
}

func TestZZImposes(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	ex := testExtractor(t)
	st := &articleState{lex: ex.lex, art: Article{Text: text}}
	s := st.newSentence(0, len(text), nil)
	st.analyse(s)
	for _, m := range s.ents {
		fmt.Println("ENT", m.first, m.last, imposes(s, m))
	}
	for i, c := range s.cues {
		fmt.Println("CUE", i, c.first, c.last, c.categories&catSanctionVerb != 0, c.categories&catSanctions != 0)
	}
	for i, g := range s.vgs {
		fmt.Println("VG", i, g.first, g.last, g.passive)
	}
}
