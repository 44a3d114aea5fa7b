package input

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// TestReadReportsFilesThatCannotBeRead covers files that exist but cannot be read. Tests run
// as root here, where chmod 000 stops nothing, so a loop of symbolic links (which stops
// everyone) stands in for an unreadable file when chmod cannot.
func TestReadReportsFilesThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "The economy grew 2% in 2023.\n")
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	unreadable := write(t, dir, "secret.txt", "Inflation was 3%.")
	if err := os.Chmod(unreadable, 0o000); err != nil {
		t.Fatal(err)
	}
	chmodStops := true
	if f, err := os.Open(unreadable); err == nil {
		f.Close()
		chmodStops = false
	}
	tests := []struct {
		name, path, wantErr string
		skip                string
	}{
		{name: "a loop of symbolic links", path: loop, wantErr: "loop.txt: too many levels of symbolic links"},
		{name: "a dangling symbolic link", path: symlink(t, filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")), wantErr: "dangling.txt: no such file or directory"},
		{name: "a file without read permission", path: unreadable, wantErr: "secret.txt: permission denied",
			skip: map[bool]string{false: "chmod 000 does not stop this user (root) from reading"}[chmodStops]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip(tt.skip)
			}
			ids, _, errs := collect(t, []string{tt.path, good}, Options{})
			if len(errs) != 1 || !strings.Contains(errs[0], tt.wantErr) || strings.Contains(errs[0], "\n") {
				t.Errorf("errors = %q, want one line saying %q", errs, tt.wantErr)
			}
			if len(ids) != 1 || ids[0] != good {
				t.Errorf("articles = %q, want the good file still read", ids)
			}
		})
	}
}

func symlink(t *testing.T, target, name string) string {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestReadWalkReportsWhatItCannotReadAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "one")
	write(t, dir, "locked/inside.txt", "two")
	write(t, dir, "z.txt", "three")
	symlink(t, filepath.Join(dir, "loop.txt"), filepath.Join(dir, "loop.txt"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"))
	locked := filepath.Join(dir, "locked")
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	_, readErr := os.ReadDir(locked)
	dirLocked := readErr != nil

	ids, _, errs := collect(t, []string{dir}, Options{})
	wantIDs := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"), filepath.Join(dir, "z.txt")}
	if !dirLocked {
		wantIDs = []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"), filepath.Join(dir, "locked/inside.txt"), filepath.Join(dir, "z.txt")}
	}
	if strings.Join(ids, ",") != strings.Join(wantIDs, ",") {
		t.Errorf("articles = %q, want %q", ids, wantIDs)
	}
	wantErrs := []string{"loop.txt: too many levels of symbolic links", "pipe.txt: not a regular file (a named pipe); skipped"}
	if dirLocked {
		wantErrs = append(wantErrs, "locked: permission denied")
	} else {
		t.Log("chmod 000 does not stop this user (root) from reading a folder; the locked folder is read")
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for _, want := range wantErrs {
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e, want)
		}
		if !found {
			t.Errorf("errors = %q, want one saying %q", errs, want)
		}
	}
}

func TestReadAnUnreadableFolderNamedOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	write(t, locked, "inside.txt", "text")
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	if _, err := os.ReadDir(locked); err == nil {
		t.Skip("chmod 000 does not stop this user (root) from reading a folder")
	}
	_, _, errs := collect(t, []string{locked}, Options{})
	if len(errs) != 1 || !strings.Contains(errs[0], "locked: permission denied") {
		t.Errorf("errors = %q, want one naming the folder", errs)
	}
}

// TestReadOneLineOf50MB reads a single line of 50 MB as text and as JSONL: over
// max_article_bytes it is reported and not held in memory, the rest of the file goes on;
// under it, it is read whole.
func TestReadOneLineOf50MB(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB of files")
	}
	dir := t.TempDir()
	const size = 50 << 20
	line := bytes.Repeat([]byte("The economy grew 2% in 2023. "), size/29+1)[:size]
	txt := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(txt, line, 0o644); err != nil {
		t.Fatal(err)
	}
	jsonl := filepath.Join(dir, "long.jsonl")
	f, err := os.Create(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"long","text":"`)
	f.Write(line)
	f.WriteString("\"}\n" + `{"id":"short","text":"Inflation was 3%."}` + "\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("over max_article_bytes: reported, not read", func(t *testing.T) {
		var ids, errs []string
		allocated := bytesAllocated(func() {
			ids, _, errs = collect(t, []string{txt, jsonl}, Options{MaxBytes: 4 << 20})
		})
		if strings.Join(ids, ",") != "short" {
			t.Errorf("articles = %q, want only the short JSONL line", ids)
		}
		if len(errs) != 2 || !strings.Contains(errs[0], "long.txt: 52428800 bytes is more than max_article_bytes") ||
			!strings.Contains(errs[1], "long.jsonl line 1: more than max_article_bytes") {
			t.Errorf("errors = %q", errs)
		}
		// The JSONL line is read up to the limit and dropped from there on; the text file
		// not at all.
		if allocated > 3*(4<<20) {
			t.Errorf("reading allocated %d MB, want at most three times max_article_bytes, never the 50 MB line", allocated>>20)
		}
	})
	t.Run("under max_article_bytes: read whole", func(t *testing.T) {
		ids, texts, errs := collect(t, []string{txt, jsonl}, Options{MaxBytes: 64 << 20})
		if len(errs) != 0 || strings.Join(ids, ",") != txt+",long,short" {
			t.Fatalf("articles = %q, errors = %q", ids, errs)
		}
		if len(texts[txt]) != size || len(texts["long"]) != size {
			t.Errorf("text lengths %d and %d, want %d", len(texts[txt]), len(texts["long"]), size)
		}
	})
}

func bytesAllocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestReadPublishedDates(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	fallback := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, file, content string
		wantDay             time.Time
		wantErr             string
	}{
		{"JSONL, a date", "a.jsonl", `{"id":"x","text":"t","published":"2025-03-04"}`, day, ""},
		{"JSONL, RFC 3339", "a.jsonl", `{"id":"x","text":"t","published":"2025-03-04T20:24:00+10:00"}`, day, ""},
		{"JSONL, an offset without a colon", "a.jsonl", `{"id":"x","text":"t","published":"2025-03-04T20:24:00+1000"}`, day, ""},
		{"JSONL, RFC 1123 of a feed", "a.jsonl", `{"id":"x","text":"t","published":"Tue, 04 Mar 2025 20:24:00 +0000"}`, day, ""},
		{"JSONL, words", "a.jsonl", `{"id":"x","text":"t","published":"March 4, 2025"}`, day, ""},
		{"JSONL, unparseable: reported by line, checked with --date", "a.jsonl",
			`{"id":"x","text":"March 9, 2024\nt","published":"last Tuesday-ish"}`, fallback, `a.jsonl line 1: published: parse date "last Tuesday-ish"`},
		{"Markdown, a dateline in emphasis", "a.md", "# Economy in brief\n\n*Published 4 March 2025*\n\nGDP grew 2% in 2024.", day, ""},
		{"Markdown, a byline in strong emphasis", "a.md", "# Brief\n\n**By Jane Smith, March 4, 2025**\n\nGDP grew 2% in 2024.", day, ""},
		{"Markdown, a dateline in underscores", "a.md", "# Brief\n_4 March 2025_\nGDP grew 2% in 2024.", day, ""},
		{"HTML, meta tag", "a.html", `<meta property="article:published_time" content="2025-03-04T10:00:00+0000"><p>t</p>`, day, ""},
		{"HTML, unparseable meta tag: reported, checked with the dateline", "a.html",
			`<meta property="article:published_time" content="soon"><p>March 4, 2025</p><p>t</p>`, day, `a.html: published date "soon" in a meta tag is not a date`},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, dir, filepath.Join(string(rune('a'+i)), tt.file), tt.content)
			var items []Item
			if err := Read([]string{path}, Options{DefaultDate: fallback}, func(it Item) error {
				items = append(items, it)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if len(items) != 1 || items[0].Article == nil {
				t.Fatalf("items = %+v, want one article", items)
			}
			it := items[0]
			if got := it.Article.Published.Format(time.DateOnly); got != tt.wantDay.Format(time.DateOnly) {
				t.Errorf("published %s, want %s", got, tt.wantDay.Format(time.DateOnly))
			}
			switch {
			case tt.wantErr == "" && it.Err != nil:
				t.Errorf("error %v", it.Err)
			case tt.wantErr != "" && (it.Err == nil || !strings.Contains(it.Err.Error(), tt.wantErr)):
				t.Errorf("error %v, want one saying %q", it.Err, tt.wantErr)
			}
		})
	}
}

func TestReadHTMLPages(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, page string
		want       []string // in the text
		wantNot    []string
	}{
		{"scripts, styles and templates dropped",
			`<html><head><style>.x{}</style></head><body><p>Growth was 2%.</p><script>var a = "9%";</script><template><p>7%</p></template><noscript>5%</noscript></body></html>`,
			[]string{"Growth was 2%."}, []string{"9%", "7%", "5%", ".x{}"}},
		{"named and numeric entities decoded",
			`<p>Inflation &ndash; 3&#46;5&#x25; &amp; rising; &euro;1&nbsp;bn</p>`,
			[]string{"Inflation \u2013 3.5% & rising; \u20ac1 bn"}, nil},
		{"paragraphs kept apart", `<p>One.</p><p>Two.</p><div>Three</div>`, []string{"One.\nTwo.\nThree"}, nil},
		{"broken markup still read", `<p>Unclosed <b>bold <i>growth of 4% <p>next`, []string{"Unclosed bold growth of 4%", "next"}, nil},
		{"invalid UTF-8 replaced", "<p>Growth \xff\xfe of 2%</p>", []string{"Growth \uFFFD of 2%"}, nil},
		{"a byte-order mark dropped", "\xef\xbb\xbf<p>Growth of 2%</p>", []string{"Growth of 2%"}, []string{"\ufeff"}},
		{"comments dropped", `<p>Growth <!-- of 9% --> of 2%</p>`, []string{"Growth of 2%"}, []string{"9%"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, dir, string(rune('a'+i))+".html", tt.page)
			_, texts, errs := collect(t, []string{path}, Options{})
			if len(errs) > 0 {
				t.Fatalf("errors %q", errs)
			}
			text := texts[path]
			if !utf8.ValidString(text) {
				t.Errorf("text is not valid UTF-8: %q", text)
			}
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("text %q lacks %q", text, want)
				}
			}
			for _, not := range tt.wantNot {
				if strings.Contains(text, not) {
					t.Errorf("text %q holds %q", text, not)
				}
			}
		})
	}
}

func TestReadBinaryJSONLIsOneError(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "dump.jsonl", "\x00\x01\x02\n\x03\x04\n"+strings.Repeat("\x00garbage\n", 500))
	ids, _, errs := collect(t, []string{path}, Options{})
	if len(ids) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "dump.jsonl: binary file") {
		t.Errorf("articles %q, errors %q; want one error", ids, errs)
	}
}

func TestReadErrorsAreOneLineEvenForStrangeNames(t *testing.T) {
	dir := t.TempDir()
	name := write(t, dir, "two\nlines.txt", "")
	_, _, errs := collect(t, []string{name}, Options{})
	if len(errs) != 1 || strings.Contains(errs[0], "\n") || !strings.Contains(errs[0], `two\nlines.txt`) {
		t.Errorf("errors = %q, want one line with the name quoted", errs)
	}
}

// TestReadOffsetsStayValid checks that every decoding keeps the text valid UTF-8, so that
// claim offsets always fall on character boundaries of the text as read.
func TestReadOffsetsStayValid(t *testing.T) {
	dir := t.TempDir()
	raw := "Growth \xe2\x82 was 2%.\rInflation \xc3 3%.\r\n"
	path := write(t, dir, "bad.txt", raw)
	_, texts, _ := collect(t, []string{path}, Options{})
	text := texts[path]
	if !utf8.ValidString(text) {
		t.Fatalf("text %q is not valid UTF-8", text)
	}
	if i := strings.Index(text, "3%"); i < 0 || text[i:i+2] != "3%" {
		t.Errorf("text %q lost the figure", text)
	}
}

// FuzzReadJSONL feeds arbitrary bytes to the JSONL reader: it must not panic, every item
// has an article or an error, errors are one line and name the file, and every text is
// valid UTF-8.
func FuzzReadJSONL(f *testing.F) {
	seeds := []string{
		`{"id":"a","text":"Russia's economy grew 3.6% in 2023.","published":"2025-03-04"}`,
		`{"id":1,"text":"x"}` + "\n" + `{"id":null,"text":""}`,
		`{"id":"b","text":"two"`,
		`{"text":"\ud800 lone surrogate","published":"not a date"}`,
		"\xef\xbb\xbf{\"id\":\"bom\",\"text\":\"t\"}\r\n\r\n",
		`["not", "an", "object"]`,
		`{"id":"c","text":null}`,
		"{\"id\":\"d\",\"text\":\"a\\rb\\r\\nc\"}\n\x00\x01",
		`{"id":"e","text":"` + strings.Repeat("9", 300) + `"}`,
		// Unicode around numbers, and texts of other encodings.
		`{"id":"f","text":"grew\u00a05.0%, fell \u22120.5%, 3\u200b.6%, \u0663\u066b\u0665\u066a, \uff13\uff05"}`,
		"{\"id\":\"g\",\"text\":\"\u202e2.3%\u202c \u2066\u0968\u0966\u2069 \u00a0\"}",
		"\xff\xfe{\x00\"\x00i\x00d\x00\"\x00:\x001\x00,\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x00\"\x00x\x00\"\x00}\x00",
		"\xfe\xff\x00{\xd8\x00",
		"\x00\x00\xfe\xff\x00\x00\x00{",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Read([]string{"-"}, Options{Stdin: bytes.NewReader(data), MaxBytes: 256}, func(it Item) error {
			if it.Article == nil && it.Err == nil {
				t.Fatal("an item with neither article nor error")
			}
			if it.Err != nil {
				msg := it.Err.Error()
				if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "stdin") {
					t.Fatalf("error %q is not one line naming stdin", msg)
				}
			}
			if it.Article != nil && !utf8.ValidString(it.Article.Text) {
				t.Fatalf("text %q is not valid UTF-8", it.Article.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		// A JSON document that parses must not be reported as broken.
		if line := bytes.TrimSpace(data); json.Valid(line) && bytes.HasPrefix(line, []byte(`{"text":"`)) && len(data) < 200 && !bytes.ContainsAny(line, "\n\r") {
			var n int
			Read([]string{"-"}, Options{Stdin: bytes.NewReader(data)}, func(it Item) error {
				if it.Article != nil {
					n++
				}
				return nil
			})
			if n != 1 {
				t.Fatalf("a valid article line %q gave %d articles", line, n)
			}
		}
	})
}
