// Package evaluate scores claim extraction against hand-annotated gold claims in the JSONL
// format of the evaluation guidelines (../shared/eval/GUIDELINES.md).
package evaluate

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
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
	// AllPeriods scores the period of every match, inferred ones too; otherwise only periods
	// the gold marks explicit are scored. Dated articles resolve "last year" for certain, so
	// their inferred periods are as much a claim as stated ones.
	AllPeriods bool
	// Split restricts scoring to one part of the gold documents: SplitDev, SplitHoldout, or
	// "" for all of them (see InSplit).
	Split string
}

// The parts of a dev set. A third of the documents is held out from development: rules are
// written looking at the dev part only, and the held-out score says how they carry over to
// text nobody tuned them for.
const (
	SplitDev     = "dev"
	SplitHoldout = "holdout"
)

// InSplit reports whether doc belongs to split. The held-out third is chosen by a hash of
// the document's path, so that it stays the same whatever else changes in the gold file.
func InSplit(doc, split string) bool {
	if split == "" {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(doc))
	held := h.Sum32()%3 == 0
	return held == (split == SplitHoldout)
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
	PeriodScored int // matches whose period is scored (explicit ones, or all with AllPeriods)
	PeriodOK     int
	KindOK       int // forecast vs not forecast
	Strict       int // matches right on entity, period (where scored), kind, jurisdiction

	// Errors counts the mistakes by kind: ErrMissed and ErrExtra for gold claims nothing
	// matched and predictions that match nothing, ErrSign for a gold claim predicted with the
	// opposite sign (counted once, not also as a miss and an extra), and ErrEntity, ErrPeriod,
	// ErrKind and ErrJurisdiction for matches wrong on that field.
	Errors map[string]int

	Misses []GoldClaim
	Extras []Extra
	Wrong  []Pair
	Signs  []Pair

	verbose    bool
	allPeriods bool
}

// Kinds of error, as Scores.Errors counts them.
const (
	ErrMissed       = "missed"
	ErrExtra        = "extra"
	ErrSign         = "sign"
	ErrEntity       = "entity"
	ErrPeriod       = "period"
	ErrKind         = "kind"
	ErrJurisdiction = "jurisdiction"
)

// errorKinds is the order in which Write prints the breakdown.
var errorKinds = []string{ErrMissed, ErrExtra, ErrSign, ErrEntity, ErrPeriod, ErrKind, ErrJurisdiction}

// Run extracts claims from every document named in the gold file and scores them.
func Run(opts Options) (Scores, error) {
	if opts.Extractor == nil {
		return Scores{}, errors.New("evaluate: no extractor")
	}
	if opts.Split != "" && opts.Split != SplitDev && opts.Split != SplitHoldout {
		return Scores{}, fmt.Errorf("split %q is neither %s nor %s", opts.Split, SplitDev, SplitHoldout)
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
	sc := Scores{verbose: opts.Verbose, allPeriods: opts.AllPeriods, Errors: make(map[string]int)}
	for _, doc := range order {
		if !InSplit(doc, opts.Split) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(opts.Docs, filepath.FromSlash(doc)))
		if err != nil {
			return Scores{}, fmt.Errorf("%s: document of the gold file: %w", filepath.Join(opts.Docs, filepath.FromSlash(doc)), unwrapPathError(err))
		}
		text := string(raw)
		published, err := publicationDate(doc, text, manifest, gold[doc])
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

// score matches the predictions of one document to its gold claims one to one, nearest quote
// first, and counts what is wrong.
func (sc *Scores) score(doc string, golds []GoldClaim, preds []extract.Claim) {
	sc.Gold += len(golds)
	sc.Predicted += len(preds)
	gUsed, pUsed := make([]bool, len(golds)), make([]bool, len(preds))
	sc.pair(golds, preds, gUsed, pUsed, sameFigure, func(g GoldClaim, p extract.Claim) {
		sc.Matched++
		pair := Pair{Doc: doc, Gold: g, Pred: p}
		sc.judge(&pair)
		if len(pair.Wrong) > 0 && sc.verbose {
			sc.Wrong = append(sc.Wrong, pair)
		}
	})
	// What is left may be a figure read with the wrong sign: one error, not a miss and an extra.
	sc.pair(golds, preds, gUsed, pUsed, oppositeSign, func(g GoldClaim, p extract.Claim) {
		sc.Errors[ErrSign]++
		if sc.verbose {
			sc.Signs = append(sc.Signs, Pair{Doc: doc, Gold: g, Pred: p, Wrong: []string{ErrSign}})
		}
	})
	for gi, g := range golds {
		if !gUsed[gi] {
			sc.Errors[ErrMissed]++
			if sc.verbose {
				sc.Misses = append(sc.Misses, g)
			}
		}
	}
	for pi, p := range preds {
		if !pUsed[pi] {
			sc.Errors[ErrExtra]++
			if sc.verbose {
				sc.Extras = append(sc.Extras, Extra{Doc: doc, Pred: p})
			}
		}
	}
}

// pair matches the unused gold claims and predictions for which same holds, nearest quote
// first, marks them used and calls matched for each pair.
func (sc *Scores) pair(golds []GoldClaim, preds []extract.Claim, gUsed, pUsed []bool,
	same func(GoldClaim, extract.Claim) bool, matched func(GoldClaim, extract.Claim)) {
	type cand struct{ g, p, dist int }
	var cands []cand
	for gi, g := range golds {
		for pi, p := range preds {
			if gUsed[gi] || pUsed[pi] || !same(g, p) {
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
	for _, c := range cands {
		if gUsed[c.g] || pUsed[c.p] {
			continue
		}
		gUsed[c.g], pUsed[c.p] = true, true
		matched(golds[c.g], preds[c.p])
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

// oppositeSign: same indicator and the value negated ("shrank 0.3%" read as 0.3).
func oppositeSign(g GoldClaim, p extract.Claim) bool {
	return g.Indicator == p.Indicator && g.Value != nil && *g.Value != 0 && math.Abs(*g.Value+p.Value) < 1e-9
}

func (sc *Scores) judge(pair *Pair) {
	g, p := pair.Gold, pair.Pred
	if g.Entity == p.Entity {
		sc.EntityOK++
	} else {
		pair.Wrong = append(pair.Wrong, ErrEntity)
	}
	if g.PeriodExplicit || sc.allPeriods {
		sc.PeriodScored++
		if g.Period == p.Period {
			sc.PeriodOK++
		} else {
			pair.Wrong = append(pair.Wrong, ErrPeriod)
		}
	}
	if (g.Kind == extract.KindForecast) == (p.Kind == extract.KindForecast) {
		sc.KindOK++
	} else {
		pair.Wrong = append(pair.Wrong, ErrKind)
	}
	if g.Jurisdiction != "" && g.Jurisdiction != p.Jurisdiction {
		pair.Wrong = append(pair.Wrong, ErrJurisdiction)
	}
	for _, w := range pair.Wrong {
		sc.Errors[w]++
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
// detection, linking shares, strict scores, counts; the breakdown of errors comes before them.
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
		for _, pr := range sc.Signs {
			fmt.Fprintf(bw, "sign   %s  %q  %s: gold %s, got %g\n", pr.Doc, pr.Pred.Quote, pr.Gold.Indicator, valueString(pr.Gold.Value), pr.Pred.Value)
		}
		for _, pr := range sc.Wrong {
			g, p := pr.Gold, pr.Pred
			fmt.Fprintf(bw, "wrong  %s  %q  %s: gold %s/%s/%s, got %s/%s/%s\n", pr.Doc, p.Quote, strings.Join(pr.Wrong, ","),
				g.Entity, g.Period, g.Kind, p.Entity, p.Period, p.Kind)
		}
	}
	fmt.Fprint(bw, "errors    ")
	for _, kind := range errorKinds {
		fmt.Fprintf(bw, " %s=%d", kind, sc.Errors[kind])
	}
	fmt.Fprintln(bw)
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
		return nil, nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
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
			return nil, nil, fmt.Errorf("%s line %d: not gold annotations (JSON lines, one claim each, as ../shared/eval/GUIDELINES.md describes): %w", path, n, err)
		}
		if g.Doc == "" {
			return nil, nil, fmt.Errorf("%s line %d: no \"doc\" field: not gold annotations", path, n)
		}
		if _, seen := byDoc[g.Doc]; !seen {
			order = append(order, g.Doc)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
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
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "MANIFEST.csv"), unwrapPathError(err))
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "MANIFEST.csv"), err)
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
		return nil, fmt.Errorf("%s: want columns file and published", filepath.Join(dir, "MANIFEST.csv"))
	}
	out := make(map[string]string)
	for _, rec := range recs[1:] {
		if len(rec) > max(fileCol, pubCol) {
			out[rec[fileCol]] = strings.TrimSpace(rec[pubCol])
		}
	}
	return out, nil
}

// publicationDate: the manifest's, else the gold's "published", else the dateline of the
// text as `check` reads it, else unknown (zero).
func publicationDate(doc, text string, manifest map[string]string, golds []GoldClaim) (time.Time, error) {
	s := manifest[doc]
	for _, g := range golds {
		if s == "" {
			s = g.Published
		}
	}
	if s == "" {
		t, _ := timex.Dateline(text)
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := timex.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: publication date %q: %w", doc, s, err)
	}
	return t, nil
}

// unwrapPathError drops the path that os errors repeat, since the messages name the file.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
