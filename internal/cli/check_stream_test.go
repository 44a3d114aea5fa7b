package cli

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
)

// TestCheckGoesOnAfterAnArticleThatPanics makes extraction panic on some articles of a
// batch, as a bug would: each is one line on stderr, the others are all reported in order,
// and the run ends with exit 2.
func TestCheckGoesOnAfterAnArticleThatPanics(t *testing.T) {
	var lines []string
	var wantIDs []string
	for i := range 40 {
		id := fmt.Sprintf("art-%02d", i)
		lines = append(lines, fmt.Sprintf(`{"id":%q,"text":"Germany's economy shrank 0.3%% in 2023.","published":"2025-03-04"}`, id))
		if i%7 != 3 && i != 39 {
			wantIDs = append(wantIDs, id)
		}
	}
	lines = append(lines, `{"id":"bad\nid","text":"Germany's economy shrank 0.3% in 2023."}`)
	corpus := strings.Join(lines, "\n") + "\n"

	testHookArticle = func(a *extract.Article) {
		var n int
		if _, err := fmt.Sscanf(a.ID, "art-%d", &n); err == nil && n%7 == 3 {
			panic(fmt.Sprintf("boom in %s", a.ID))
		}
		if strings.HasPrefix(a.ID, "bad") {
			var m map[string]int
			m["x"] = 1 // a runtime error, not a string
		}
		if a.ID == "art-39" {
			panic("two\nlines")
		}
	}
	defer func() { testHookArticle = nil }()

	for _, workers := range []string{"1", "2", "3"} {
		t.Run("workers="+workers, func(t *testing.T) {
			code, out, errOut := run(t, corpus, "check", "-", "--db", testDB(t), "--format", "jsonl", "-q", "-j", workers, "--summary")
			if code != ExitUsage {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, ExitUsage, errOut)
			}
			var crashes []string
			for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
				if strings.HasPrefix(line, "factcheck: error:") {
					crashes = append(crashes, line)
				}
			}
			want := []string{
				"factcheck: error: art-03: internal error: boom in art-03; please report it",
				"factcheck: error: art-10: internal error: boom in art-10; please report it",
				"factcheck: error: art-17: internal error: boom in art-17; please report it",
				"factcheck: error: art-24: internal error: boom in art-24; please report it",
				"factcheck: error: art-31: internal error: boom in art-31; please report it",
				"factcheck: error: art-38: internal error: boom in art-38; please report it",
				`factcheck: error: art-39: internal error: "two\nlines"; please report it`,
				`factcheck: error: "bad\nid": internal error: assignment to entry in nil map; please report it`,
			}
			if strings.Join(crashes, "\n") != strings.Join(want, "\n") {
				t.Errorf("crash lines:\n%s\nwant:\n%s", strings.Join(crashes, "\n"), strings.Join(want, "\n"))
			}
			if !strings.Contains(errOut, "failed: art-38: internal error") || !regexp.MustCompile(`inputs that failed\W*8\b`).MatchString(errOut) {
				t.Errorf("summary does not count the crashes as failed inputs:\n%s", errOut)
			}
			var gotIDs []string
			for _, r := range jsonlRows(t, out) {
				if id := r.str("article"); len(gotIDs) == 0 || gotIDs[len(gotIDs)-1] != id {
					gotIDs = append(gotIDs, id)
				}
			}
			if strings.Join(gotIDs, ",") != strings.Join(wantIDs, ",") {
				t.Errorf("articles reported:\n%v\nwant:\n%v", gotIDs, wantIDs)
			}
		})
	}
}

// TestCheckStreamsJSONLFromStdin pipes a JSONL corpus many times max_article_bytes into
// `check -`: it is read line by line, as a file is.
func TestCheckStreamsJSONLFromStdin(t *testing.T) {
	t.Setenv("FACTCHECK_MAX_ARTICLE_BYTES", "1000")
	var corpus strings.Builder
	for i := range 200 {
		fmt.Fprintf(&corpus, `{"id":"a%03d","text":"Germany's economy shrank 0.3%% in 2023.","published":"2025-03-04"}`+"\n", i)
	}
	code, out, errOut := run(t, corpus.String(), "check", "-", "--db", testDB(t), "--format", "jsonl", "-q", "-j", "2")
	if code != ExitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	rows := jsonlRows(t, out)
	if len(rows) != 200 || rows[0].str("article") != "a000" || rows[199].str("article") != "a199" {
		t.Errorf("got %d rows, want one per article in order", len(rows))
	}
}
