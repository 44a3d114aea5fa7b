package input

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// wordML is the namespace of the body of a Word (.docx) document.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// docxText returns the text of a Word document: its paragraphs in order, a blank line
// between them, so that a heading or a list item ends its sentence. Only the text a reader
// sees is kept: deleted revisions (w:delText) and field codes (w:instrText) are not text
// runs (w:t) and are left out. The body may unpack to at most limit bytes, so that a small
// zip bomb cannot fill memory.
func docxText(data []byte, limit int64) (string, error) {
	archive, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("not a Word document: %w", err)
	}
	var body *zip.File
	for _, f := range archive.File {
		if f.Name == "word/document.xml" {
			body = f
			break
		}
	}
	if body == nil {
		return "", errors.New("not a Word document: no word/document.xml in the archive")
	}
	r, err := body.Open()
	if err != nil {
		return "", fmt.Errorf("word/document.xml: %w", err)
	}
	defer r.Close()
	// The XML holds far more markup than text; the text is capped by limit below.
	xmlLimit := 8 * limit
	limited := &io.LimitedReader{R: r, N: xmlLimit + 1}
	var sb strings.Builder
	dec := xml.NewDecoder(limited)
	inText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if limited.N <= 0 {
				return "", fmt.Errorf("word/document.xml unpacks to more than %d bytes; not read", xmlLimit)
			}
			return "", fmt.Errorf("word/document.xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				sb.WriteByte('\t')
			case "br", "cr":
				sb.WriteByte('\n')
			}
		case xml.EndElement:
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				sb.WriteString("\n\n")
			}
		case xml.CharData:
			if inText {
				sb.Write(t)
			}
		}
		if int64(sb.Len()) > limit {
			return "", fmt.Errorf("text of more than max_article_bytes (%d); not read", limit)
		}
	}
	return strings.TrimRight(sb.String(), "\n") + "\n", nil
}
