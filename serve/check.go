package serve

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"time"
)

// draft is one document of a request: a pasted text or an uploaded file.
type draft struct {
	// name names the document; its extension says how it is read, and it is the id of
	// its article unless id is set.
	name      string
	id, title string
	data      []byte
	// published, when set, is the article's date whatever the document says (the editor
	// set it); defaultDate is the date of an article that carries none.
	published, defaultDate time.Time
	// label, when set, is how messages name the document in place of name, which the
	// client never gave (the API's "article 2", for a text it posted).
	label string
}

// named rewrites a message about the draft that names it by name to name it by its label.
func (d draft) named(message string) string {
	if rest, ok := strings.CutPrefix(message, d.name+": "); ok && d.label != "" {
		return d.label + ": " + rest
	}
	return message
}

// requestError is a request the server will not answer with a report, and the status
// that says why.
type requestError struct {
	status int
	err    error
}

func (e requestError) Error() string { return e.err.Error() }
func (e requestError) Unwrap() error { return e.err }

func badRequest(format string, args ...any) error {
	return requestError{http.StatusBadRequest, fmt.Errorf(format, args...)}
}

// draftName is the article id of an uploaded file: its base name, which says how it is
// read, without the folders a browser may send.
func draftName(filename string) string {
	name := filepath.Base(strings.ReplaceAll(filename, `\`, "/"))
	if name == "." || name == "/" || name == "" {
		return "upload.txt"
	}
	return name
}

// pastedName is the id of a pasted draft, with the extension of its kind: "auto" reads a
// text that starts with a tag as HTML and one with Markdown headings or fences as Markdown.
func pastedName(kind, text string) (string, error) {
	switch kind {
	case "text", "txt":
		return "draft.txt", nil
	case "markdown", "md":
		return "draft.md", nil
	case "html":
		return "draft.html", nil
	case "", "auto":
	default:
		return "", badRequest("format %q: want auto, text, markdown or html", kind)
	}
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "<") {
		return "draft.html", nil
	}
	for _, line := range strings.Split(trimmed, "\n") {
		if strings.HasPrefix(line, "```") || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "## ") {
			return "draft.md", nil
		}
	}
	return "draft.txt", nil
}
