package input

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// makeDocx builds a Word document whose body is the given XML of w:body.
func makeDocx(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDocxText(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"paragraphs", `<w:p><w:r><w:t>Berlin, 4 March 2025.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Inflation eased to </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>2.3%</w:t></w:r></w:p>`,
			"Berlin, 4 March 2025.\n\nInflation eased to 2.3%\n"},
		{"deleted revisions and field codes are no text", `<w:p><w:del><w:r><w:delText>5.9%</w:delText></w:r></w:del><w:r><w:instrText>HYPERLINK x</w:instrText><w:t>2.3%</w:t></w:r></w:p>`,
			"2.3%\n"},
		{"tabs and breaks", `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>`, "a\tb\nc\n"},
		{"entities", `<w:p><w:r><w:t>R&amp;D &lt;3%</w:t></w:r></w:p>`, "R&D <3%\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := docxText(makeDocx(t, tc.body), 1<<20)
			if err != nil || got != tc.want {
				t.Errorf("docxText = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestDocxTextRefusesWhatIsNoWordDocument(t *testing.T) {
	var emptyZip bytes.Buffer
	zip.NewWriter(&emptyZip).Close()
	big := makeDocx(t, strings.Repeat(`<w:p><w:r><w:t>0123456789</w:t></w:r></w:p>`, 1000))
	for _, tc := range []struct {
		name  string
		data  []byte
		limit int64
		says  string
	}{
		{"not a zip", []byte("plain text"), 1 << 20, "not a Word document"},
		{"a zip without a body", emptyZip.Bytes(), 1 << 20, "no word/document.xml"},
		{"broken XML", makeDocx(t, `<w:p><w:t>a</w:p>`), 1 << 20, "word/document.xml"},
		{"text over the limit", big, 1000, "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := docxText(tc.data, tc.limit); err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %v, want one saying %q", err, tc.says)
			}
		})
	}
}

func TestReadDocumentReadsAnUploadAsAFileOfItsName(t *testing.T) {
	docx := makeDocx(t, `<w:p><w:r><w:t>Berlin, 4 March 2025.</w:t></w:r></w:p><w:p><w:r><w:t>Inflation in Germany was 2.3% in 2024.</w:t></w:r></w:p>`)
	for _, tc := range []struct {
		name string
		data []byte
		want []string // article texts, or "error: ..." for a failure
	}{
		{"draft.docx", docx, []string{"Berlin, 4 March 2025.\n\nInflation in Germany was 2.3% in 2024.\n"}},
		{"page.html", []byte("<p>Growth was <b>2%</b>.</p>"), []string{"Growth was 2%."}},
		{"corpus.jsonl", []byte(`{"id":"a","text":"one"}` + "\n" + `{"id":"b","text":"two"}` + "\n"), []string{"one", "two"}},
		{"broken.docx", []byte("PK\x03\x04 not really"), []string{"error: broken.docx: not a Word document"}},
		{"empty.txt", nil, []string{"error: empty.txt: empty file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := ReadDocument(tc.name, bytes.NewReader(tc.data), Options{}, func(it Item) error {
				it = it.Decode()
				switch {
				case it.Err != nil:
					got = append(got, "error: "+it.Err.Error())
				case it.Article != nil:
					got = append(got, strings.TrimSpace(it.Article.Text))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i := range tc.want {
				tc.want[i] = strings.TrimSpace(tc.want[i])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") && !(len(got) == 1 && len(tc.want) == 1 && strings.HasPrefix(got[0], tc.want[0])) {
				t.Errorf("read %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzDocxText(f *testing.F) {
	f.Add(makeDocx(f, `<w:p><w:r><w:t>Inflation was 2.3%</w:t></w:r></w:p>`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := docxText(data, 1<<16)
		if err == nil && int64(len(text)) > 1<<16+1 {
			t.Errorf("text of %d bytes is over the limit", len(text))
		}
	})
}
