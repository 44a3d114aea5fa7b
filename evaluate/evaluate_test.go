package evaluate

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

func newExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	lex, err := extract.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return extract.New(lex)
}

func TestBBCDevFloors(t *testing.T) {
	shared := testcorpus.SharedDir(t)
	dev := filepath.Join(shared, "eval", "bbc-dev")
	sc, err := Run(Options{Gold: filepath.Join(dev, "gold.jsonl"), Docs: dev, Extractor: newExtractor(t), Verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := sc.Write(&buf); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
	if sc.Docs != 30 {
		t.Errorf("scored %d documents, want 30", sc.Docs)
	}
	if p := sc.Precision(); p < 0.95 {
		t.Errorf("detection precision %.3f, want at least 0.95", p)
	}
	if f := sc.StrictF1(); f < 0.85 {
		t.Errorf("strict F1 %.3f, want at least 0.85", f)
	}
}

func TestSeedsReproducedExactly(t *testing.T) {
	shared := testcorpus.SharedDir(t)
	sc, err := Run(Options{
		Gold:      filepath.Join(shared, "eval", "seeds-gold.jsonl"),
		Docs:      filepath.Join(shared, "articles"),
		Extractor: newExtractor(t),
		Verbose:   true,
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	sc.Write(&buf)
	if sc.Gold != 5 || sc.Predicted != 5 || sc.Strict != 5 {
		t.Errorf("seeds not reproduced exactly:\n%s", buf.String())
	}
}
