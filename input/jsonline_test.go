package input

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

func TestFastDecodeLineReadsWhatEncodingJSONReads(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		want     lineFields
		wantFast bool // the fast decoder reads it without encoding/json's help
	}{
		{"plain fields", `{"id":"a1","text":"Growth was 2%.","published":"2025-03-04","url":"https://x.test/a","title":"T"}`,
			lineFields{id: "a1", text: "Growth was 2%.", hasText: true, published: "2025-03-04", url: "https://x.test/a", title: "T"}, true},
		{"white space everywhere", " { \"text\" :\t\"x\" , \"id\" : \"b\" } \r",
			lineFields{id: "b", text: "x", hasText: true}, true},
		{"escapes of every kind", `{"text":"a\"b\\c\/d\be\ff\ng\rh\ti\u00e9\u20AC"}`,
			lineFields{text: "a\"b\\c/d\be\ff\ng\rh\ti\u00e9\u20ac", hasText: true}, true},
		{"a surrogate pair is one character", `{"text":"\ud83d\ude00!"}`,
			lineFields{text: "\U0001F600!", hasText: true}, true},
		{"a lone high surrogate is a replacement character", `{"text":"\ud83dx"}`,
			lineFields{text: "\uFFFDx", hasText: true}, true},
		{"a lone low surrogate is a replacement character", `{"text":"\ude00\u0041"}`,
			lineFields{text: "\uFFFDA", hasText: true}, true},
		{"a high surrogate before an escape that is no low one", `{"text":"\ud83d\u0041"}`,
			lineFields{text: "\uFFFDA", hasText: true}, true},
		{"two high surrogates", `{"text":"\ud83d\ud83d\ude00"}`,
			lineFields{text: "\uFFFD\U0001F600", hasText: true}, true},
		{"each invalid byte is a replacement character", "{\"text\":\"a\xff\xfeb\xe2\x82\"}",
			lineFields{text: "a\uFFFD\uFFFDb\uFFFD\uFFFD", hasText: true}, true},
		{"valid UTF-8 kept", `{"text":"Zürich – 3 €"}`,
			lineFields{text: "Zürich – 3 €", hasText: true}, true},
		{"a numeric id as written", `{"id":-12.5e3,"text":"x"}`,
			lineFields{id: "-12.5e3", text: "x", hasText: true}, true},
		{"a null id", `{"id":null,"text":"x"}`, lineFields{text: "x", hasText: true}, true},
		{"a null text is no text", `{"id":"a","text":null}`, lineFields{id: "a"}, true},
		{"unknown fields of any shape skipped", `{"tags":["a",{"b":[1,2.5,true,false,null]}],"n":-0,"s":"\u00e9\"","text":"x"}`,
			lineFields{text: "x", hasText: true}, true},
		{"an empty object", `{}`, lineFields{}, true},
		{"a key in capitals goes to encoding/json", `{"Text":"x"}`, lineFields{text: "x", hasText: true}, false},
		{"an escaped key goes to encoding/json", `{"t\u0065xt":"x"}`, lineFields{text: "x", hasText: true}, false},
		{"a repeated key goes to encoding/json", `{"text":"x","text":"y"}`, lineFields{text: "y", hasText: true}, false},
		{"an escaped id string is decoded", `{"id":"a\/b\u00e9","text":"x"}`, lineFields{id: "a/bé", text: "x", hasText: true}, true},
		// The text is decoded in place once the line is read: a line that goes to
		// encoding/json after its text must reach it as it was.
		{"an escaped text before a repeated key", `{"text":"a\nb\u00e9\"","id":"1","id":"2"}`,
			lineFields{id: "2", text: "a\nb\u00e9\"", hasText: true}, false},
		{"an escaped text before a key in capitals", `{"text":"a\tb\ud83d\ude00","Title":"T"}`,
			lineFields{text: "a\tb\U0001F600", title: "T", hasText: true}, false},
		{"an empty text", `{"text":""}`, lineFields{hasText: true}, true},
		{"a text of escapes alone", `{"text":"\n\n\u0041"}`, lineFields{text: "\n\nA", hasText: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fast, ok := fastDecodeLine([]byte(tt.line))
			fast = fieldsAsDecoded(t, fast)
			if ok != tt.wantFast {
				t.Errorf("fast decoder ok = %v, want %v", ok, tt.wantFast)
			}
			if ok && fast != tt.want {
				t.Errorf("fast decoder = %+v, want %+v", fast, tt.want)
			}
			slow, err := slowDecodeLine([]byte(tt.line))
			if err != nil || slow != tt.want {
				t.Errorf("encoding/json = %+v (err %v), want %+v", slow, err, tt.want)
			}
			// What decodeLine gives, whichever decoder answers, is what encoding/json gives
			// for the line as it came.
			got, gotErr := decodeLine([]byte(tt.line))
			got = fieldsAsDecoded(t, got)
			if got != slow || (gotErr == nil) != (err == nil) || (err != nil && gotErr.Error() != err.Error()) {
				t.Errorf("decodeLine = %+v (err %v), want %+v (err %v)", got, gotErr, slow, err)
			}
		})
	}
}

func TestFastDecodeLineLeavesBrokenLinesToEncodingJSON(t *testing.T) {
	for _, line := range []string{
		``, `[]`, `null`, `"text"`, `{`, `{"text":"x"`, `{"text":"x",}`, `{"text":"x"} {}`, `{"text":"x"}x`,
		`{"text":"a` + "\x01" + `b"}`, `{"text":"\x"}`, `{"text":"\u12"}`, `{"text":"\u12g4"}`,
		`{"text":1}`, `{"title":true,"text":"x"}`, `{"id":{},"text":"x"}`, `{"id":01,"text":"x"}`,
		`{"n":1.,"text":"x"}`, `{"n":1e,"text":"x"}`, `{"n":-,"text":"x"}`, `{"n":tru,"text":"x"}`,
		`{"n":[1,],"text":"x"}`, `{"n":{"a"},"text":"x"}`, `{text:"x"}`, `{"text" "x"}`,
		`{"n":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `,"text":"x"}`,
		`{"text":"x\\y\n\u00e9","title":7}`, `{"text":"x\n\"y\"","id":"a"`,
	} {
		given := []byte(line)
		if f, ok := fastDecodeLine(given); ok {
			t.Errorf("fast decoder read %q as %+v; want it left to encoding/json", line, f)
		}
		// The text is decoded in place only once the whole line is read.
		if string(given) != line {
			t.Errorf("fast decoder left %q to encoding/json as %q", line, given)
		}
	}
}

func TestHasControlFindsEveryControlByte(t *testing.T) {
	for length := range 20 {
		for pos := range length {
			for _, c := range []byte{0x00, 0x01, 0x0a, 0x1f} {
				for _, fill := range []byte{' ', 'a', 0x7f, 0x80, 0xa0, 0xff} {
					b := bytes.Repeat([]byte{fill}, length)
					if hasControl(b) {
						t.Fatalf("hasControl(%q) = true", b)
					}
					b[pos] = c
					if !hasControl(b) {
						t.Fatalf("hasControl(%q) = false", b)
					}
				}
			}
		}
	}
}

// fieldsAsDecoded returns f without what the fast decoder knows beyond the fields, for a
// comparison with encoding/json's, and fails t when that is wrong: a text said to be its own
// prose that Normalize changes, or to hold no carriage return that holds one.
func fieldsAsDecoded(t *testing.T, f lineFields) lineFields {
	t.Helper()
	if p := Normalize(f.text); f.normalText && (p.Changed() || p.Text != f.text) {
		t.Fatalf("text %q said to be its own prose; Normalize makes it %q", f.text, p.Text)
	}
	if f.crFree && strings.Contains(f.text, "\r") {
		t.Fatalf("text %q said to hold no carriage return", f.text)
	}
	f.normalText, f.crFree = false, false
	return f
}

// FuzzFastDecodeLine checks the fast decoder against encoding/json: whatever it reads,
// encoding/json reads the same way.
func FuzzFastDecodeLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Growth was 2%.","published":"2025-03-04","url":"u","title":"t"}`,
		`{"text":"\ud83d\ude00 \ud83d \ude00 \u00e9\n\"","id":12}`,
		"{\"text\":\"a\xff\xc3b\"}",
		`{"x":[{"y":null},1e5,-0.5],"text":null,"id":true}`,
		`{"Text":"x","TITLE":"y"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		// The fast decoder decodes the text in place: it is given a copy, and the line it
		// leaves to encoding/json must be the line as it came.
		given := bytes.Clone(line)
		fast, ok := fastDecodeLine(given)
		if !ok {
			if !bytes.Equal(given, line) {
				t.Fatalf("fast decoder gave up on %q but changed it to %q", line, given)
			}
			return
		}
		slow, err := slowDecodeLine(line)
		if err != nil {
			t.Fatalf("fast decoder read %q as %+v; encoding/json says %v", line, fast, err)
		}
		if fast = fieldsAsDecoded(t, fast); fast != slow {
			t.Fatalf("%q: fast decoder %+v, encoding/json %+v", line, fast, slow)
		}
	})
}

func TestReadDecodeLaterGivesTheSameItems(t *testing.T) {
	data := strings.Join([]string{
		`{"id":"a","text":"one","published":"2025-03-04"}`,
		`{"id":"b","text":"two"`,
		``,
		`{"id":"c","text":"three","published":"not a date"}`,
		`{"text":"four"}`,
		`{"id":"e","text":"` + strings.Repeat("x", 300) + `"}`,
	}, "\n")
	path := write(t, t.TempDir(), "corpus.jsonl", data)
	day := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	read := func(later bool) []string {
		var got []string
		err := Read([]string{path}, Options{MaxBytes: 200, DefaultDate: day, DecodeLater: later}, func(it Item) error {
			if later && it.Err == nil && it.Article != nil {
				t.Errorf("an item decoded before Decode: %+v", it.Article)
			}
			size := it.Size()
			if later && it.Err == nil && !strings.HasPrefix(it.Name(), path+" line ") {
				t.Errorf("Name of an undecoded line = %q, want the file and line", it.Name())
			}
			it = it.Decode()
			if it.Article != nil && it.Name() != it.Article.ID {
				t.Errorf("Name = %q, want the article's id %q", it.Name(), it.Article.ID)
			}
			if it.Article != nil && size != len(it.Article.Text) && !later {
				t.Errorf("Size = %d, want the text's %d", size, len(it.Article.Text))
			}
			if it.Decode() != it {
				t.Errorf("a decoded item changed when decoded again")
			}
			s := ""
			if it.Article != nil {
				s = it.Article.ID + " " + it.Article.Text + " " + it.Article.Published.Format("2006-01-02")
			}
			if it.Err != nil {
				s += " error: " + it.Err.Error()
			}
			got = append(got, s)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	now, later := read(false), read(true)
	if strings.Join(now, "\n") != strings.Join(later, "\n") {
		t.Errorf("decoded later:\n%s\nwant as decoded at once:\n%s", strings.Join(later, "\n"), strings.Join(now, "\n"))
	}
	if len(now) != 5 || !strings.Contains(now[1], "line 2") || !strings.Contains(now[2], "line 4: published") {
		t.Errorf("items = %q", now)
	}
}

// BenchmarkDecodeLine compares the fast decoder with encoding/json on the lines of the
// shared benchmark corpus.
func BenchmarkDecodeLine(b *testing.B) {
	lines := testcorpus.Lines(b, 0)
	size := 0
	for _, line := range lines {
		size += len(line) + 1
	}
	for _, d := range []struct {
		name   string
		decode func([]byte) (lineFields, error)
	}{
		{"fast", decodeLine},
		{"encoding-json", slowDecodeLine},
	} {
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			var given []byte
			for b.Loop() {
				for _, line := range lines {
					// A decoder may decode the line in place: each is given a fresh copy.
					given = append(given[:0], line...)
					if _, err := d.decode(given); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// A JSONL line is decoded in place: decoding its item again must give the same article, not
// a decoding of the decoded text.
func TestAnItemDecodedTwiceGivesTheSameArticle(t *testing.T) {
	path := write(t, t.TempDir(), "corpus.jsonl", `{"id":"a","text":"one\ntwo \"three\" \u00e9\\n"}`+"\n")
	err := Read([]string{path}, Options{DecodeLater: true}, func(it Item) error {
		first := it.Decode()
		again := it.Decode()
		if first.Article == nil || again != first {
			t.Fatalf("decoded again = %+v, want %+v", again, first)
		}
		if want := "one\ntwo \"three\" é\\n"; first.Article.Text != want {
			t.Errorf("text = %q, want %q", first.Article.Text, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadDecodeLaterDefersFilesToo(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.html", `<html><head><meta property="article:published_time" content="2025-03-04"></head><body><p>Growth was 2%.</p><script>x</script></body></html>`)
	write(t, dir, "b.txt", "March 4, 2025\n\nInflation \xff was 3%.\rDone.")
	write(t, dir, "c.md", "# Jobs\n\nUnemployment was 5%.")
	write(t, dir, "d.html", `<meta name="date" content="soon"><p>Bad date.</p>`)
	write(t, dir, "e.jsonl", `{"id":"x","text":"t"}`)
	read := func(later bool) []string {
		var got []string
		err := Read([]string{dir}, Options{DecodeLater: later}, func(it Item) error {
			if later && it.Article != nil {
				t.Errorf("%s decoded before Decode", it.Article.ID)
			}
			if later && it.Size() == 0 {
				t.Errorf("%s: Size 0 before decoding", it.Name())
			}
			name := it.Name()
			it = it.Decode()
			s := name + ":"
			if it.Article != nil {
				s += " " + it.Article.ID + " " + strings.TrimSpace(it.Article.Text) + " " + it.Article.Published.Format("2006-01-02")
			}
			if it.Err != nil {
				s += " error: " + it.Err.Error()
			}
			got = append(got, s)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	now, later := read(false), read(true)
	for i := range now {
		// Before decoding, a JSONL item is named by its line; after, by its id.
		if rest, ok := strings.CutPrefix(now[i], "x:"); ok {
			now[i] = filepath.Join(dir, "e.jsonl") + " line 1:" + rest
		}
	}
	if strings.Join(now, "\n") != strings.Join(later, "\n") {
		t.Errorf("decoded later:\n%s\nwant as decoded at once:\n%s", strings.Join(later, "\n"), strings.Join(now, "\n"))
	}
	for _, want := range []string{"a.html: ", "Growth was 2%. 2025-03-04", "Inflation \uFFFD was 3%.\nDone. 2025-03-04", "d.html: published date \"soon\""} {
		if !strings.Contains(strings.Join(later, "\n"), want) {
			t.Errorf("items %q lack %q", later, want)
		}
	}
}

// BenchmarkReadCorpus is the decode stage of check on its own: the benchmark corpus read as
// check reads it (lines handed over undecoded, then decoded as a worker does, and handed back
// for the memory of later lines), prose included, so that a change in line reading, JSON decoding, dateline finding or
// normalisation shows here without extraction around it.
func BenchmarkReadCorpus(b *testing.B) {
	data, err := os.ReadFile(testcorpus.Path(b))
	if err != nil {
		b.Skipf("benchmark corpus absent: %v", err)
	}
	opts := Options{DefaultDate: time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC), MaxBytes: 10 << 20, DecodeLater: true, ReleaseLines: true}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		err := ReadDocument("corpus.jsonl", bytes.NewReader(data), opts, func(it Item) error {
			it = it.Decode()
			if it.Err != nil {
				return it.Err
			}
			it.Prose()
			it.Release()
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// A text the decoder knows to be its own prose is: Item.Prose gives what Normalize makes of
// it, whatever its escapes and characters.
func TestTheProseOfATextKnownNormalIsTheText(t *testing.T) {
	for _, text := range []string{
		`plain`,
		`quoted \"words\" and a \\ backslash\nand lines\r\n\ttabbed`,
		`\u00e9t\u00e9 in escapes`,
		`\u0041SCII in an escape`,
		`\u00a0no-break space in an escape`,
		`a no-break space`,
		`\ud83d\ude00 a pair`,
		`bad \udc00 surrogate`,
		`lone\rCR`,
		"£600m and Zürich, Ελλάδα, Москва, עברית",
		"a\u00a0no-break space as it is",
		"a soft\u00adhyphen, a zero\u200bwidth space, a \u2212minus, \u0663 Arabic digits \u066a",
		"fullwidth \uff11\uff12\uff05 and an ideographic\u3000space",
		"an en\u2002space, a line\u2028separator, \u0085 a next line",
		"curly \u201cquotes\u201d and an em \u2014 dash, \u20ac5",
		"bad \xff and \xc3 bytes",
	} {
		line := []byte(`{"id":"a","text":"` + text + `"}`)
		it := (&rawArticle{name: "t.jsonl", line: 1, data: line}).parseJSONLine()
		if it.Err != nil {
			t.Fatalf("%s: %v", text, it.Err)
		}
		if got, want := it.Prose(), Normalize(it.Article.Text); got.Text != want.Text || got.Changed() != want.Changed() {
			t.Errorf("%s: prose %q (changed %v), want %q (changed %v)", text, got.Text, got.Changed(), want.Text, want.Changed())
		}
	}
}

// The s20 attack's finding 11: a line that is an object with a field of the wrong kind was
// called "not a JSON object" in Go's words (Go struct field jsonArticle.text of type
// string), and deep nesting was "invalid character '[' exceeded max depth".
func TestJSONLErrorsSayWhatIsWrongInJSONWords(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"a number for text", `{"id":2,"text":5}`, `line 2: "text" must be a string, not a number`},
		{"a fraction for text", `{"id":2,"text":5.5}`, `"text" must be a string, not a number`},
		{"an array for text", `{"text":["a"]}`, `"text" must be a string, not an array`},
		{"an object for the title", `{"text":"a","title":{"x":1}}`, `"title" must be a string, not an object`},
		{"true for the date", `{"text":"a","published":true}`, `"published" must be a string, not true or false`},
		{"a number for the url", `{"text":"a","url":7}`, `"url" must be a string, not a number`},
		{"an array for a line", `["not", "an", "object"]`, "not a JSON object but an array"},
		{"a string for a line", `"text"`, "not a JSON object but a string"},
		{"a number for a line", `5`, "not a JSON object but a number"},
		{"deep nesting", `{"text":"a","x":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, "not a JSON object: arrays or objects nested too deep to read"},
		{"broken JSON", `{"text":"a"`, "not a JSON object: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []string
			// A good first line makes the input JSONL.
			err := Read([]string{"-"}, Options{Stdin: strings.NewReader(`{"text":"fine"}` + "\n" + tt.line + "\n")}, func(it Item) error {
				if it.Err != nil {
					errs = append(errs, it.Err.Error())
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], tt.want) {
				t.Fatalf("errors %q, want one saying %q", errs, tt.want)
			}
			for _, goWord := range []string{"Go struct", "jsonArticle", "of type", "invalid character"} {
				if strings.Contains(errs[0], goWord) {
					t.Errorf("error %q says %q", errs[0], goWord)
				}
			}
		})
	}
}
