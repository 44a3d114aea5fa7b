package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

func dumpSentence(st *articleState, text string) string {
	qs := prepareQuantities(text, quantity.Scan(text))
	s := st.newSentence(0, len(text), qs)
	st.analyse(s)
	var b strings.Builder
	for i, w := range s.words {
		mark := ""
		if w.np >= 0 {
			mark += fmt.Sprintf("n%d", w.np)
		}
		if w.vg >= 0 {
			mark += fmt.Sprintf("v%d", w.vg)
		}
		if w.cue >= 0 {
			var cs []string
			for _, c := range s.cues[w.cue].cues {
				cs = append(cs, c.category+":"+c.value)
			}
			mark += "{" + strings.Join(cs, ",") + "}"
		}
		_ = i
		fmt.Fprintf(&b, "%s/%s%s ", w.text, w.tag, mark)
	}
	b.WriteString("\n")
	for i, e := range s.exprs {
		fmt.Fprintf(&b, "  date %d %q -> %q %s\n", i, text[e.Start-s.start:e.End-s.start], e.Period, e.Reason)
	}
	for k := range s.quants {
		r := st.figureReading(s, k)
		if r == nil {
			fmt.Fprintf(&b, "  fig %d %q: none\n", k, text[s.quants[k].Start:s.quants[k].End])
			continue
		}
		fmt.Fprintf(&b, "  fig %d %q: measure=%s role=%d sign=%g np=%d vg=%d cmp=%d app=%d ctx=%v -> %s\n", k, text[s.quants[k].Start:s.quants[k].End], r.measure.name, r.role, r.sign, r.np, r.vg, r.compared, r.apposed, r.fromContext, r.indicatorOf(s.quants[k].Unit))
	}
	return b.String()
}

func TestDump(t *testing.T) {
	text := os.Getenv("DUMP")
	if text == "" {
		t.Skip()
	}
	ex := testExtractor(t)
	for _, line := range strings.Split(text, "\n") {
		st := &articleState{lex: ex.lex, art: Article{Text: line, Published: dumpDate()}}
		fmt.Print(dumpSentence(st, line))
	}
	for _, c := range ex.Claims(Article{Text: text, Published: dumpDate()}, Options{}) {
		fmt.Printf("CLAIM %q %s %s %s %g %s %s\n", c.Quote, c.Indicator, c.Entity, c.Period, c.Value, c.Kind, c.Basis)
	}
}

func TestDumpFile(t *testing.T) {
	path := os.Getenv("DUMPFILE")
	if path == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(path)
	text := string(raw)
	pub, _ := timex.Dateline(text)
	ex := testExtractor(t)
	a := Article{Text: text, Published: pub}
	st := &articleState{lex: ex.lex, art: a}
	qs := prepareQuantities(text, quantity.Scan(text))
	grep := os.Getenv("GREP")
	for i := 0; i < len(qs); {
		start, end := ex.lex.sentenceBounds(text, qs[i].NumStart)
		j := i
		for j < len(qs) && qs[j].NumStart < end {
			j++
		}
		s := st.newSentence(start, end, qs[i:j])
		show := grep == "" || strings.Contains(s.text, grep)
		if s.mayHoldClaim() {
			st.analyse(s)
			var out []Claim
			for k := range s.quants {
				r := st.figureReading(s, k)
				if r != nil {
					out = append(out, st.completeClaims(s, k, r)...)
				}
			}
			if show {
				var b strings.Builder
				for _, w := range s.words {
					fmt.Fprintf(&b, "%s/%s ", w.text, w.tag)
				}
				fmt.Println(b.String())
				for k := range s.quants {
					r := s.readings[k]
					m := "-"
					if r != nil && r.measure != nil {
						m = r.measure.name
					}
					if r != nil {
						fmt.Printf("  fig %q measure=%s role=%d np=%d vg=%d cmp=%d app=%d ctx=%v\n", text[s.quants[k].Start:s.quants[k].End], m, r.role, r.np, r.vg, r.compared, r.apposed, r.fromContext)
					} else {
						fmt.Printf("  fig %q measure=%s\n", text[s.quants[k].Start:s.quants[k].End], m)
					}
				}
				for _, c := range out {
					fmt.Printf("  CLAIM %q %s %s %s %g %s\n", c.Quote, c.Indicator, c.Entity, c.Period, c.Value, c.Kind)
				}
			}
			st.updateFocus(s, out)
		} else if show {
			fmt.Println("(no cue)", s.text)
		}
		i = j
	}
}

func dumpDate() time.Time {
	if d, err := time.Parse("2006-01-02", os.Getenv("DUMPDATE")); err == nil {
		return d
	}
	return time.Date(1987, 3, 15, 0, 0, 0, 0, time.UTC)
}
