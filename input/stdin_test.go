package input

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestReadStdinStreamsJSONLOfAnySize(t *testing.T) {
	var corpus strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&corpus, `{"id":"a%d","text":"Growth was %d%% in 2023."}`+"\n", i, i%9)
	}
	tests := []struct {
		name      string
		stdin     string
		wantIDs   int
		wantFirst string
		wantErr   string
	}{
		{"JSONL many times max_article_bytes", corpus.String(), 1000, "a0", ""},
		{"JSONL after a byte-order mark and blank lines", "\xef\xbb\xbf\n \r\n\t" + corpus.String(), 1000, "a0", ""},
		{"JSONL with one line too long", corpus.String() + `{"id":"long","text":"` + strings.Repeat("x", 300) + "\"}\n", 1000, "a0", "stdin line 1001: more than max_article_bytes (200)"},
		{"text under the cap", "  Inflation was 3%.", 1, "stdin", ""},
		{"text over the cap", strings.Repeat("Inflation was 3%. ", 20), 0, "", "stdin: more than max_article_bytes (200); not read"},
		{"only white space", " \n\t\n", 0, "", "stdin: empty file"},
		{"nothing", "", 0, "", "stdin: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A reader that gives a few bytes at a time, as a pipe does.
			stdin := &trickle{r: strings.NewReader(tt.stdin), n: 7}
			ids, texts, errs := collect(t, []string{"-"}, Options{Stdin: stdin, MaxBytes: 200})
			if len(ids) != tt.wantIDs || (tt.wantIDs > 0 && ids[0] != tt.wantFirst) {
				t.Errorf("got %d articles (first %q), want %d (first %q)", len(ids), first(ids), tt.wantIDs, tt.wantFirst)
			}
			if tt.wantIDs == 1000 && texts["a999"] != "Growth was 0% in 2023." {
				t.Errorf("last text = %q", texts["a999"])
			}
			if got := strings.Join(errs, "\n"); (tt.wantErr == "") != (got == "") || !strings.Contains(got, tt.wantErr) {
				t.Errorf("errors = %q, want %q", errs, tt.wantErr)
			}
		})
	}
}

func first(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// trickle reads at most n bytes a call.
type trickle struct {
	r io.Reader
	n int
}

func (t *trickle) Read(p []byte) (int, error) {
	return t.r.Read(p[:min(len(p), t.n)])
}
