// Package evaluate scores claim extraction against hand-annotated gold claims in the JSONL
// format of the evaluation guidelines (../shared/eval/GUIDELINES.md).
package evaluate

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/extract/timex"
)

// GuidelineIndicators are the indicators the gold files are annotated for. Claims of other
// indicators (GDP levels, population) cannot be judged against them and are not scored.
var GuidelineIndicators = []string{
	"gdp_growth", "inflation", "unemployment_rate",
	"sanctions_imposed", "sanctions_extended_until", "sanctions_lifted",
}

// Options say what to score.
type Options struct {
	Gold      string // gold JSONL file
	Docs      string // folder the gold "doc" paths are relative to
	Extractor *extract.Extractor
	// Indicators restricts scoring to these indicators; nil means GuidelineIndicators.
	Indicators []string
	// Verbose keeps the misses, extras and wrongly linked matches for Write.
	Verbose bool
}

// GoldClaim is one line of a gold file.
type GoldClaim struct {
	Doc            string   `json:"doc"`
	None           bool     `json:"none"`
	Published      string   `json:"published"`
	Quote          string   `json:"quote"`
	Entity         string   `json:"entity"`
	Jurisdiction   string   `json:"jurisdiction"`
	Indicator      string   `json:"indicator"`
	Period         string   `json:"period"`
	PeriodExplicit bool     `json:"period_explicit"`
	Basis          string   `json:"basis"`
	Value          *float64 `json:"value"`
	Approx         bool     `json:"approx"`
	Kind           string   `json:"kind"`
	Source         string   `json:"source"`
	Note           string   `json:"note"`

	offset int // where the quote is in the document, -1 when not found
}

// Pair is a gold claim and the predicted claim matched to it; Wrong lists the fields that differ.
type Pair struct {
	Doc   string
	Gold  GoldClaim
	Pred  extract.Claim
	Wrong []string
}

// Extra is a predicted claim that matches no gold claim.
type Extra struct {
	Doc  string
	Pred extract.Claim
}

// Scores are the results of one evaluation.
type Scores struct {
	Docs      int
	Gold      int // gold claims scored
	Predicted int // predicted claims scored
	Matched   int // one-to-one matches on document, indicator and value

	EntityOK     int
	PeriodScored int // matches whose gold period is explicit
	PeriodOK     int
	KindOK       int // forecast vs not forecast
	Strict       int // matches right on entity, period (where explicit), kind, jurisdiction

	Misses []GoldClaim
	Extras []Extra
	Wrong  []Pair

	verbose bool
}

// Run extracts claims from every document named in the gold file and scores them.
func Run(opts Options) (Scores, error) {
	if opts.Extractor == nil {
		return Scores{}, errors.New("evaluate: no extractor")
	}
	gold, order, err := readGold(opts.Gold)
	if err != nil {
		return Scores{}, err
	}
	manifest, err := readManifest(opts.Docs)
	if err != nil {
		return Scores{}, err
	}
	scored := opts.Indicators
	if scored == nil {
		scored = GuidelineIndicators
	}
	keep := make(map[string]bool, len(scored))
	for _, ind := range scored {
		keep[ind] = true
	}
	sc := Scores{verbose: opts.Verbose}
	for _, doc := range order {
		raw, err := os.ReadFile(filepath.Join(opts.Docs, filepath.FromSlash(doc)))
		if err != nil {
			return Scores{}, fmt.Errorf("evaluate: read document: %w", err)
		}
		text := string(raw)
		published, err := publicationDate(doc, manifest, gold[doc])
		if err != nil {
			return Scores{}, err
		}
		var golds []GoldClaim
		for _, g := range gold[doc] {
			if g.None || !keep[g.Indicator] {
				continue
			}
			g.offset = strings.Index(text, g.Quote)
			golds = append(golds, g)
		}
		var preds []extract.Claim
		for _, c := range opts.Extractor.Claims(extract.Article{ID: doc, Text: text, Published: published}, extract.Options{}) {
			if keep[c.Indicator] {
				preds = append(preds, c)
			}
		}
		sc.Docs++
		sc.score(doc, golds, preds)
	}
	return sc, nil
}

func (sc *Scores) score(doc string, golds []GoldClaim, preds []extract.Claim) {
	sc.Gold += len(golds)
	sc.Predicted += len(preds)
	type cand struct{ g, p, dist int }
	var cands []cand
	for gi, g := range golds {
		for pi, p := range preds {
			if !sameFigure(g, p) {
				continue
			}
			dist := math.MaxInt32
			if g.offset >= 0 {
				dist = abs(g.offset - p.Start)
			}
			cands = append(cands, cand{gi, pi, dist})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	gUsed, pUsed := make([]bool, len(golds)), make([]bool, len(preds))
	for _, c := range cands {
		if gUsed[c.g] || pUsed[c.p] {
			continue
		}
		gUsed[c.g], pUsed[c.p] = true, true
		sc.Matched++
		pair := Pair{Doc: doc, Gold: golds[c.g], Pred: preds[c.p]}
		sc.judge(&pair)
		if len(pair.Wrong) > 0 && sc.verbose {
			sc.Wrong = append(sc.Wrong, pair)
		}
	}
	if !sc.verbose {
		return
	}
	for gi, g := range golds {
		if !gUsed[gi] {
			sc.Misses = append(sc.Misses, g)
		}
	}
	for pi, p := range preds {
		if !pUsed[pi] {
			sc.Extras = append(sc.Extras, Extra{Doc: doc, Pred: p})
		}
	}
}

// sameFigure: same indicator and value; events, which have no value, by their date.
func sameFigure(g GoldClaim, p extract.Claim) bool {
	if g.Indicator != p.Indicator {
		return false
	}
	if g.Value == nil {
		return g.Period == p.Period
	}
	return math.Abs(*g.Value-p.Value) < 1e-9
}

func (sc *Scores) judge(pair *Pair) {
	g, p := pair.Gold, pair.Pred
	if g.Entity == p.Entity {
		sc.EntityOK++
	} else {
		pair.Wrong = append(pair.Wrong, "entity")
	}
	if g.PeriodExplicit {
		sc.PeriodScored++
		if g.Period == p.Period {
			sc.PeriodOK++
		} else {
			pair.Wrong = append(pair.Wrong, "period")
		}
	}
	if (g.Kind == extract.KindForecast) == (p.Kind == extract.KindForecast) {
		sc.KindOK++
	} else {
		pair.Wrong = append(pair.Wrong, "kind")
	}
	if g.Jurisdiction != "" && g.Jurisdiction != p.Jurisdiction {
		pair.Wrong = append(pair.Wrong, "jurisdiction")
	}
	if len(pair.Wrong) == 0 {
		sc.Strict++
	}
}

// Precision, recall and F1 of detection (document, indicator and value).
func (sc Scores) Precision() float64 { return ratio(sc.Matched, sc.Predicted) }
func (sc Scores) Recall() float64    { return ratio(sc.Matched, sc.Gold) }
func (sc Scores) F1() float64        { return f1(sc.Precision(), sc.Recall()) }

// StrictPrecision, StrictRecall and StrictF1 count only matches right on every linked field.
func (sc Scores) StrictPrecision() float64 { return ratio(sc.Strict, sc.Predicted) }
func (sc Scores) StrictRecall() float64    { return ratio(sc.Strict, sc.Gold) }
func (sc Scores) StrictF1() float64        { return f1(sc.StrictPrecision(), sc.StrictRecall()) }

// Write prints the report. Its last four lines are the key figures, for scripts to tail:
// detection, linking shares, strict scores, counts.
func (sc Scores) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if sc.verbose {
		for _, g := range sc.Misses {
			fmt.Fprintf(bw, "miss   %s  %q  %s %s %s %s %s\n", g.Doc, g.Quote, g.Indicator, g.Entity, g.Period, valueString(g.Value), g.Kind)
		}
		for _, e := range sc.Extras {
			p := e.Pred
			fmt.Fprintf(bw, "extra  %s  %q  %s %s %s %g %s\n", e.Doc, p.Quote, p.Indicator, p.Entity, p.Period, p.Value, p.Kind)
		}
		for _, pr := range sc.Wrong {
			g, p := pr.Gold, pr.Pred
			fmt.Fprintf(bw, "wrong  %s  %q  %s: gold %s/%s/%s, got %s/%s/%s\n", pr.Doc, p.Quote, strings.Join(pr.Wrong, ","),
				g.Entity, g.Period, g.Kind, p.Entity, p.Period, p.Kind)
		}
	}
	fmt.Fprintf(bw, "detection  P=%.3f R=%.3f F1=%.3f\n", sc.Precision(), sc.Recall(), sc.F1())
	fmt.Fprintf(bw, "linking    entity=%.3f period=%.3f kind=%.3f\n",
		ratio(sc.EntityOK, sc.Matched), ratio(sc.PeriodOK, sc.PeriodScored), ratio(sc.KindOK, sc.Matched))
	fmt.Fprintf(bw, "strict     P=%.3f R=%.3f F1=%.3f\n", sc.StrictPrecision(), sc.StrictRecall(), sc.StrictF1())
	fmt.Fprintf(bw, "counts     docs=%d gold=%d predicted=%d matched=%d strict=%d period_scored=%d\n",
		sc.Docs, sc.Gold, sc.Predicted, sc.Matched, sc.Strict, sc.PeriodScored)
	return bw.Flush()
}

func valueString(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprint(*v)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// readGold reads a gold file, grouped by document in the order documents first appear.
func readGold(path string) (map[string][]GoldClaim, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	byDoc := make(map[string][]GoldClaim)
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g GoldClaim
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, nil, fmt.Errorf("evaluate: %s: line %d: %w", path, n, err)
		}
		if g.Doc == "" {
			return nil, nil, fmt.Errorf("evaluate: %s: line %d: no doc", path, n)
		}
		if _, seen := byDoc[g.Doc]; !seen {
			order = append(order, g.Doc)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("evaluate: %s: %w", path, err)
	}
	return byDoc, order, nil
}

// readManifest reads MANIFEST.csv beside the documents (columns file and published), if any.
func readManifest(dir string) (map[string]string, error) {
	f, err := os.Open(filepath.Join(dir, "MANIFEST.csv"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("evaluate: MANIFEST.csv: %w", err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	fileCol, pubCol := -1, -1
	for i, h := range recs[0] {
		switch strings.TrimSpace(h) {
		case "file":
			fileCol = i
		case "published":
			pubCol = i
		}
	}
	if fileCol < 0 || pubCol < 0 {
		return nil, errors.New("evaluate: MANIFEST.csv: want columns file and published")
	}
	out := make(map[string]string)
	for _, rec := range recs[1:] {
		if len(rec) > max(fileCol, pubCol) {
			out[rec[fileCol]] = strings.TrimSpace(rec[pubCol])
		}
	}
	return out, nil
}

// publicationDate: the manifest's, else the gold's "published", else unknown (zero).
func publicationDate(doc string, manifest map[string]string, golds []GoldClaim) (time.Time, error) {
	s := manifest[doc]
	for _, g := range golds {
		if s == "" {
			s = g.Published
		}
	}
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := timex.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("evaluate: %s: publication date %q: %w", doc, s, err)
	}
	return t, nil
}
