package input

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// collect reads paths and returns the article ids and the error messages, in order.
func collect(t *testing.T, paths []string, opts Options) (ids []string, texts map[string]string, errs []string) {
	t.Helper()
	texts = map[string]string{}
	err := Read(paths, opts, func(it Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
		}
		if it.Article != nil {
			ids = append(ids, it.Article.ID)
			texts[it.Article.ID] = it.Article.Text
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return ids, texts, errs
}

func write(t *testing.T, dir, name string, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadReportsBadInputsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "The economy grew 2% in 2023.\n")
	tests := []struct {
		name    string
		path    string
		wantErr string
	}{
		{"missing file", filepath.Join(dir, "missing.txt"), "missing.txt: no such file or directory"},
		{"empty file", write(t, dir, "empty.txt", " \n\n"), "empty.txt: empty file"},
		{"binary file", write(t, dir, "image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "image.txt: binary file"},
		{"too large", write(t, dir, "big.txt", strings.Repeat("x", 200)), "big.txt: 200 bytes is more than max_article_bytes (100)"},
		{"no match for a pattern", filepath.Join(dir, "nothing-*.txt"), "no file matches the pattern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, _, errs := collect(t, []string{tt.path, good}, Options{MaxBytes: 100})
			if len(errs) != 1 || !strings.Contains(errs[0], tt.wantErr) {
				t.Errorf("errors = %q, want one saying %q", errs, tt.wantErr)
			}
			if len(ids) != 1 || ids[0] != good {
				t.Errorf("articles = %q, want the good file still read", ids)
			}
		})
	}
}

func TestReadJSONLReportsBrokenLinesByNumber(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "corpus.jsonl", strings.Join([]string{
		`{"id":"a","text":"one","published":"2025-03-04"}`,
		`{"id":"b","text":"two"`,
		``,
		`{"id":"c","title":"no text"}`,
		`{"id":"d","text":"four"}`,
		`{"text":"five, no id"}`,
		`["not", "an", "object"]`,
		`{"id":"e","text":"` + strings.Repeat("x", 300) + `"}`,
	}, "\r\n"))
	ids, texts, errs := collect(t, []string{path}, Options{MaxBytes: 200})
	wantIDs := []string{"a", "d", path + ":6"}
	if strings.Join(ids, ",") != strings.Join(wantIDs, ",") {
		t.Errorf("articles = %q, want %q", ids, wantIDs)
	}
	if texts["a"] != "one" {
		t.Errorf("text of a = %q", texts["a"])
	}
	wantErrs := []string{"line 2: not a JSON object", `line 4: no "text" field`, "line 7: not a JSON object", "line 8: more than max_article_bytes"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for i, want := range wantErrs {
		if !strings.Contains(errs[i], want) || !strings.Contains(errs[i], "corpus.jsonl") {
			t.Errorf("error %d = %q, want it to name the file and say %q", i, errs[i], want)
		}
	}
}

func TestReadDecodesTextSafely(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, data, want string
	}{
		{"byte-order mark dropped", "\xef\xbb\xbfGrowth was 2%.", "Growth was 2%."},
		{"invalid UTF-8 replaced", "Growth \xff was 2%.", "Growth \uFFFD was 2%."},
		{"CRLF kept as read", "Line one.\r\nLine two.\r\n", "Line one.\r\nLine two.\r\n"},
		{"lone CR turned into LF in place", "Line one.\rLine two.\r\nThree.", "Line one.\nLine two.\r\nThree."},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, dir, filepath.Join("case", string(rune('a'+i))+".txt"), tt.data)
			_, texts, errs := collect(t, []string{path}, Options{})
			if len(errs) > 0 {
				t.Fatalf("errors: %q", errs)
			}
			if texts[path] != tt.want || !utf8.ValidString(texts[path]) {
				t.Errorf("text = %q, want %q", texts[path], tt.want)
			}
		})
	}
}

func TestReadWalksDirectoriesInOrderAndSkipsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/two.md", "two")
	write(t, dir, "a/one.txt", "one")
	write(t, dir, "a/notes.pdf", "%PDF")
	write(t, dir, "c/three.html", "<p>three</p>")
	ids, _, errs := collect(t, []string{dir}, Options{})
	want := []string{filepath.Join(dir, "a/one.txt"), filepath.Join(dir, "b/two.md"), filepath.Join(dir, "c/three.html")}
	if len(errs) > 0 || strings.Join(ids, ",") != strings.Join(want, ",") {
		t.Errorf("articles = %q errors = %q, want %q", ids, errs, want)
	}
}

func TestReadStdinAsTextOrJSONL(t *testing.T) {
	_, texts, _ := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("Inflation was 3%.")})
	if texts["stdin"] != "Inflation was 3%." {
		t.Errorf("stdin text = %q", texts)
	}
	ids, _, _ := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(`{"id":"x","text":"a"}` + "\n" + `{"id":"y","text":"b"}`)})
	if strings.Join(ids, ",") != "x,y" {
		t.Errorf("stdin JSONL ids = %q", ids)
	}
}

// TestStdinOpeningWithABraceIsTextUnlessItIsJSON: a text on standard input that opened with
// a brace ("{Editor's note} ...") was taken for JSONL and refused as a bad line (second
// attack, s20-attack-cost finding 8). JSONL is told by what a JSON object must begin with.
func TestStdinOpeningWithABraceIsTextUnlessItIsJSON(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		wantJSONL   bool
	}{
		{"an editor's note in braces", "{Editor's note} Inflation in Germany eased to 2.3% in 2024.", false},
		{"a template placeholder", "{{headline}}\nGrowth was 2% in 2024.", false},
		{"a brace and a word after white space", "{ Correction: } Growth was 2% in 2024.", false},
		{"a lone brace", "{", false},
		{"JSONL", `{"id":"x","text":"a"}`, true},
		{"JSONL after a byte-order mark and white space", "\ufeff \n\t{ \"id\":\"x\",\"text\":\"a\"}", true},
		{"an empty object, then an article", "{}\n" + `{"id":"x","text":"a"}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			br := bufio.NewReaderSize(strings.NewReader(tc.stdin), 64<<10)
			if got := startsAsJSONObject(br); got != tc.wantJSONL {
				t.Errorf("startsAsJSONObject(%q) = %v, want %v", tc.stdin, got, tc.wantJSONL)
			}
			if !tc.wantJSONL {
				_, texts, errs := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tc.stdin)})
				if texts["stdin"] != tc.stdin || len(errs) != 0 {
					t.Errorf("stdin read as %q with errors %q, want the text itself", texts, errs)
				}
			}
		})
	}
}

func TestReadUsesDefaultDateWhenArticleHasNone(t *testing.T) {
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	var got time.Time
	err := Read([]string{"-"}, Options{Stdin: strings.NewReader("No date here. Growth was 2%."), DefaultDate: day}, func(it Item) error {
		got = it.Article.Published
		return nil
	})
	if err != nil || !got.Equal(day) {
		t.Errorf("published = %v (err %v), want %v", got, err, day)
	}
}

func TestParseHTMLDropsScriptsAndReadsMeta(t *testing.T) {
	page := `<!doctype html><html><head><title>Growth &amp; jobs</title>
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<style>p { color: red }</style><script>var growth = "99%";</script></head>
<body><h1>Economy</h1><p>The economy grew 3.6% in 2023 &mdash; faster than expected.</p>
<script>alert(1)</script><p>Inflation &lt; 5%.</p></body></html>`
	doc, err := parseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.text, "99%") || strings.Contains(doc.text, "alert") || strings.Contains(doc.text, "color") {
		t.Errorf("script or style text survived: %q", doc.text)
	}
	for _, want := range []string{"The economy grew 3.6% in 2023 \u2014 faster than expected.", "Inflation < 5%."} {
		if !strings.Contains(doc.text, want) {
			t.Errorf("text %q lacks %q", doc.text, want)
		}
	}
	if doc.title != "Growth & jobs" {
		t.Errorf("title = %q", doc.title)
	}
	if want := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC); doc.published.Format("2006-01-02") != want.Format("2006-01-02") {
		t.Errorf("published = %v, want %v", doc.published, want)
	}
}

// TestJSONLOfEveryLineEnd: JSONL whose lines end in a lone CR (old Mac files) was read as one
// line and refused whole, every article lost (second attack, s20-attack-cost finding 9).
func TestJSONLOfEveryLineEnd(t *testing.T) {
	lines := []string{`{"id":"a","text":"Inflation in Germany eased to 2.3% in 2024."}`, `{"id":"b","text":"Growth was 2%."}`, `{"id":"c","text":"x"}`}
	for _, tc := range []struct{ name, end string }{{"LF", "\n"}, {"CRLF", "\r\n"}, {"CR", "\r"}} {
		for _, from := range []string{"file", "stdin"} {
			t.Run(tc.name+" "+from, func(t *testing.T) {
				data := strings.Join(lines, tc.end) + tc.end
				var ids, errs []string
				var texts map[string]string
				if from == "stdin" {
					ids, texts, errs = collect(t, []string{"-"}, Options{Stdin: strings.NewReader(data)})
				} else {
					path := filepath.Join(t.TempDir(), "feed.jsonl")
					if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
						t.Fatal(err)
					}
					ids, texts, errs = collect(t, []string{path}, Options{})
				}
				if strings.Join(ids, ",") != "a,b,c" || len(errs) != 0 || texts["b"] != "Growth was 2%." {
					t.Errorf("ids %q, texts %q, errors %q; want a, b and c read whole", ids, texts, errs)
				}
			})
		}
	}
}
