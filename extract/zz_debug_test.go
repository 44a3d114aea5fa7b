package extract

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZWords(t *testing.T) {
	ex := testExtractor(t)
	for s := range analysedSentences(ex, []string{os.Getenv("ZZTEXT")}) {
		fmt.Printf("%q\n", s.text)
		for i, w := range s.words {
			cat := cueCategory(0)
			if w.cue >= 0 {
				cat = s.cues[w.cue].categories
			}
			fmt.Printf("%3d %-14q tag=%v np=%d vg=%d ent=%d cue=%d/%v inst=%d\n", i, w.text, w.tag, w.np, w.vg, w.ent, w.cue, cat, w.inst)
		}
		for p, n := range s.nps {
			fmt.Printf("np%d %d-%d head=%d subj=%v\n", p, n.first, n.last, n.head, s.isSubject(p))
		}
	}
}

func TestZZSubj(t *testing.T) {
	ex := testExtractor(t)
	st := &articleState{lex: ex.lex, art: Article{Text: os.Getenv("ZZTEXT")}}
	for s := range analysedSentences(ex, []string{os.Getenv("ZZTEXT")}) {
		for g := range s.vgs {
			subj := s.subjectOf(g)
			m, at, np, ok := st.verbMeasure(s, g, -1)
			name := ""
			if m != nil {
				name = m.name
			}
			fmt.Printf("vg%d %d-%d subj=%d measure=%s at=%d np=%d ok=%v\n", g, s.vgs[g].first, s.vgs[g].last, subj, name, at, np, ok)
			if subj >= 0 {
				nm := st.nounMeasure(s, subj)
				fmt.Printf("   subj words %d-%d headIsMeasure=%v measure=%v\n", s.nps[subj].first, s.nps[subj].last, nm.headIsMeasure, nm.measure != nil)
			}
		}
	}
}

func TestZZPeriod(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)}}
	for s := range analysedSentences(ex, []string{text}) {
		s.nounReadings = make([]knownNounReading, len(s.nps))
		for k := range s.quants {
			r := st.figureReading(s, k)
			if r == nil {
				fmt.Println(k, "no reading")
				continue
			}
			e, ok := st.periodFound(s, k, r)
			fmt.Printf("k=%d %q compared=%d apposed=%d coord=%d vg=%d own=%d inRel=%v period=%q ok=%v reason=%q\n", k, text[s.quants[k].Start:s.quants[k].End], r.compared, r.apposed, r.coordinated, r.vg, s.ownDate(k, r), s.inRelativeClause(k), e.Period, ok, e.Reason)
		}
	}
}

func TestZZClaims(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	for _, c := range ex.Claims(Article{Text: text, Published: time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)}, Options{}) {
		fmt.Printf("%q %s %s %s %v kind=%s note=%q superseded=%v\n", c.Quote, c.Indicator, c.Entity, c.Period, c.Value, c.Kind, c.Note, c.Superseded)
	}
}

func TestZZFrame(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC)}}
	var dst []Claim
	for fs := range figureSentencesOf(ex.lex, text) {
		s := st.newSentence(fs.start, fs.end, fs.figures)
		dst = st.readSentence(dst, s, Options{})
		fmt.Printf("after %q: frame=%+v focus=%s/%s lastPeriods=%v\n", text[fs.start:fs.end], st.frame, st.focus.entity, st.focus.period, st.lastPeriods)
	}
}

func TestZZFrame2(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC)}}
	var dst []Claim
	n := 0
	for fs := range figureSentencesOf(ex.lex, text) {
		s := st.newSentence(fs.start, fs.end, fs.figures)
		n++
		if n == 2 {
			st.reuseReadings()
			st.analyse(s)
			s.nounReadings = zeroed(st.nounReadingStore, len(s.nps))
			for k := range s.quants {
				r := st.figureReading(s, k)
				if r == nil {
					continue
				}
				e, ok := st.periodFound(s, k, r)
				pb, okb := st.periodBeforeComparison(s, k)
				up, oku := st.undatedPeak(s, k, r)
				fmt.Printf("k=%d period=%q reason=%q ok=%v fromContext=%v pbc=%q/%v undatedPeak=%q/%v own=%d\n", k, e.Period, e.Reason, ok, r.fromContext, pb.Period, okb, up.Period, oku, s.ownDate(k, r))
			}
			return
		}
		dst = st.readSentence(dst, s, Options{})
	}
}

func TestZZCapital(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)}}
	for s := range analysedSentences(ex, []string{text}) {
		s.nounReadings = make([]knownNounReading, len(s.nps))
		for k := range s.quants {
			r := st.figureReading(s, k)
			if r == nil {
				continue
			}
			subj := -2
			if r.vg >= 0 {
				subj = s.subjectOf(r.vg)
			}
			cp := false
			if subj >= 0 {
				cp = s.capitalPhrase(subj)
			}
			fmt.Printf("k=%d vg=%d fromContext=%v subj=%d capitalPhrase=%v livedIn=%v ents=%d places=%v\n", k, r.vg, r.fromContext, subj, cp, livedIn(r.measure.name), len(s.ents), st.capitalPlacesFigure(s, k, r))
			for _, m := range s.ents {
				fmt.Printf("  ent %d-%d capital=%v entity=%v\n", m.first, m.last, hasCategory(m, catCapital), hasCategory(m, catEntity))
			}
		}
	}
}

func TestZZEntity(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2009, 3, 2, 0, 0, 0, 0, time.UTC)}}
	for s := range analysedSentences(ex, []string{text}) {
		s.nounReadings = make([]knownNounReading, len(s.nps))
		for k := range s.quants {
			r := st.figureReading(s, k)
			if r == nil {
				continue
			}
			from, to := s.clauseOf(s.qFirst[k])
			c1, sp := st.entityIn(s, from, to, s.qFirst[k])
			c2, sp2 := st.entityIn(s, 0, len(s.words)-1, s.qFirst[k])
			fmt.Printf("k=%d clause=%d-%d entityIn=%q/%v whole=%q/%v rateSetter=%q inst=%q entityOf=%q\n", k, from, to, c1, sp, c2, sp2, st.rateSetter(s, k, r), st.institutionEntity(s, r), st.entityOf(s, k, r))
			for _, m := range s.ents {
				c, _ := entityCode(m)
				fmt.Printf("  ent %d-%d %s\n", m.first, m.last, c)
			}
		}
	}
}

func TestZZFirst(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)}}
	for s := range analysedSentences(ex, []string{text}) {
		s.nounReadings = make([]knownNounReading, len(s.nps))
		for k := range s.quants {
			r := st.figureReading(s, k)
			if r == nil {
				continue
			}
			subj := -2
			if r.vg >= 0 {
				subj = s.subjectOf(r.vg)
			}
			fmt.Printf("k=%d vg=%d np=%d subj=%d marked=%v first=%v\n", k, r.vg, r.np, subj, s.marked(markEstimate), s.firstEstimateSubject(k, r))
		}
	}
}

func TestZZStated(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	st := &articleState{lex: ex.lex, art: Article{Text: text, Published: time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)}}
	var dst []Claim
	for fs := range figureSentencesOf(ex.lex, text) {
		s := st.newSentence(fs.start, fs.end, fs.figures)
		dst = st.readSentence(dst, s, Options{})
		for _, f := range st.stated {
			fmt.Printf("stated %s %s %s %s %v %s\n", f.measure.name, f.entity, f.period, f.kind, f.value, f.unit)
		}
	}
}

func TestZZReported(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	for s := range analysedSentences(ex, []string{text}) {
		for k := range s.quants {
			f := s.qFirst[k]
			if f < 0 {
				continue
			}
			from, to := s.clauseOf(f)
			fmt.Printf("k=%d reported=%v head=%d after=%v clause=%d-%d\n", k, s.reportedFigure(f), s.reportHead(f), s.reportedAfter(f), from, to)
		}
	}
}

func TestZZRebutted(t *testing.T) {
	ex := testExtractor(t)
	text := os.Getenv("ZZTEXT")
	for s := range analysedSentences(ex, []string{text}) {
		for k := range s.quants {
			f := s.qFirst[k]
			if f < 0 {
				continue
			}
			_, to := s.clauseOf(f)
			fmt.Printf("k=%d rebutted=%v marked=%v dataContradict(to+1=%d)=%v\n", k, s.rebutted(f), s.marked(markFalsity), to+1, s.dataContradict(to+1))
		}
	}
}
