package serve

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/input"
)

// The desk is a page without script: a form that posts the draft to /check with the report
// frame as its target, so that the report of `check --format html` (its marks, details,
// filters and charts) appears under the form, with its own script and policy, and the
// editor never leaves the page.

//go:embed assets/desk.css
var deskCSS string

// deskPolicy allows the desk's own style, a frame of this server's reports and a form
// posted to it; nothing else loads or runs, and no other site may frame the desk.
var deskPolicy = sync.OnceValue(func() string {
	return fmt.Sprintf("default-src 'none'; style-src 'sha256-%s'; frame-src 'self'; form-action 'self'; img-src data:; base-uri 'none'; frame-ancestors 'none'",
		contentHash(deskCSS))
})

// errorPagePolicy is the policy of the page that says why nothing was checked, shown in the
// desk's frame.
var errorPagePolicy = sync.OnceValue(func() string {
	return fmt.Sprintf("default-src 'none'; style-src 'sha256-%s'; base-uri 'none'; form-action 'none'", contentHash(deskCSS))
})

func contentHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return base64.StdEncoding.EncodeToString(sum[:])
}

type deskView struct {
	Policy   string
	CSS      template.CSS
	Version  string
	Today    string
	MaxBytes string
	Errors   []string
}

var deskPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("desk").Parse(`{{define "desk"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.Policy}}">
<meta name="referrer" content="no-referrer">
<title>factcheck — editor's desk</title>
<style>{{.CSS}}</style>
</head>
<body>
<header>
<h1>factcheck — editor's desk</h1>
<p>Paste a draft or choose files, then Check: each numeric claim is marked by its verdict against official figures. Nothing is kept once the report is shown.</p>
</header>
<form method="post" action="/check" enctype="multipart/form-data" target="report">
<div class="draft">
<label for="draft">Draft <span class="hint">(text, Markdown or HTML)</span></label>
<textarea id="draft" name="text" spellcheck="false" placeholder="Germany's economy shrank 0.5% in 2024, the statistics office said."></textarea>
</div>
<div class="side">
<label for="published">Publication date <span class="hint">(of the draft, and of files that carry none)</span></label>
<input type="date" id="published" name="published" value="{{.Today}}">
<label for="format">Read the draft as</label>
<select id="format" name="format">
<option value="auto" selected>detect</option>
<option value="text">plain text</option>
<option value="markdown">Markdown</option>
<option value="html">HTML</option>
</select>
<label for="files">Or files <span class="hint">(.txt, .md, .html, .docx, .jsonl; up to {{.MaxBytes}} in all)</span></label>
<input type="file" id="files" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,.docx,.jsonl,text/plain,text/markdown,text/html">
</div>
<div><button type="submit" id="check">Check</button></div>
</form>
<iframe name="report" id="report" title="Report"></iframe>
</body>
</html>
{{end}}

{{define "error"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.Policy}}">
<title>factcheck — nothing to report</title>
<style>{{.CSS}}</style>
</head>
<body>
<div class="error" role="alert"><p><b>Nothing was checked.</b></p>
<ul>{{range .Errors}}<li>{{.}}</li>{{end}}</ul></div>
</body>
</html>
{{end}}`))
})

func (s *Server) view() deskView {
	return deskView{Policy: deskPolicy(), CSS: template.CSS(deskCSS), Version: s.cfg.Version,
		Today: time.Now().Format(time.DateOnly), MaxBytes: byteSize(s.cfg.MaxRequestBytes)}
}

// byteSize: 33554432 → "32 MB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func (s *Server) desk(w http.ResponseWriter, _ *http.Request) {
	var page bytes.Buffer
	if err := deskPage().ExecuteTemplate(&page, "desk", s.view()); err != nil {
		s.cfg.Logf("factcheck: desk page: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", deskPolicy())
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page.Bytes())
}

// checkForm answers the desk's form with the HTML report of the draft and the files, shown
// in the desk's frame; what could not be read is listed at the top of the report. A form
// with nothing readable is answered with a page that says why.
func (s *Server) checkForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxRequestBytes)
	drafts, err := s.formDrafts(r)
	if err != nil {
		s.writeErrorPage(w, s.bodyError(err), nil)
		return
	}
	var notices []string
	out := &answer{w: w, header: func(h http.Header) {
		// The report's own policy, and only this server's desk may frame it.
		h.Set("Content-Security-Policy", reportPolicy())
		h.Set("Content-Type", "text/html; charset=utf-8")
	}}
	err = s.streamReport(r, out, "html", func() ([]input.Item, []string, error) {
		items, read, unread, err := s.readDrafts(drafts)
		notices = read
		if err != nil {
			return nil, nil, err
		}
		if len(items) == 0 {
			return nil, nil, badRequest("no article could be read")
		}
		if unread > 0 {
			notices = append([]string{fmt.Sprintf("%d of the inputs could not be read:", unread)}, notices...)
		}
		return items, notices, nil
	})
	if err != nil && !out.started {
		s.writeErrorPage(w, s.failure(r, err), notices)
	}
}

// formDrafts reads the form: the pasted draft, its date and kind, and the files. The form
// is held in memory (its size is bounded by MaxRequestBytes), never in temporary files.
func (s *Server) formDrafts(r *http.Request) ([]draft, error) {
	err := r.ParseMultipartForm(s.cfg.MaxRequestBytes)
	if err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return nil, err
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	date, err := parseDate(r.PostFormValue("published"))
	if err != nil {
		return nil, badRequest("publication date %q: %v", r.PostFormValue("published"), err)
	}
	var drafts []draft
	if text := r.PostFormValue("text"); strings.TrimSpace(text) != "" {
		name, err := pastedName(r.PostFormValue("format"), text)
		if err != nil {
			return nil, err
		}
		drafts = append(drafts, draft{name: name, id: "draft", data: []byte(text), published: date, label: "the pasted draft"})
	}
	if r.MultipartForm != nil {
		files := r.MultipartForm.File["files"]
		if len(files) > s.cfg.MaxArticles {
			return nil, requestError{http.StatusRequestEntityTooLarge, fmt.Errorf("more than %d files in one request; send them in parts", s.cfg.MaxArticles)}
		}
		for _, fh := range files {
			data, err := readUpload(fh)
			if err != nil {
				return nil, badRequest("%s: %v", draftName(fh.Filename), err)
			}
			drafts = append(drafts, draft{name: draftName(fh.Filename), data: data, defaultDate: date})
		}
	}
	if len(drafts) == 0 {
		return nil, badRequest("paste a draft or choose a file to check")
	}
	return drafts, nil
}

func readUpload(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// writeErrorPage answers the form with a page that says why nothing was checked.
func (s *Server) writeErrorPage(w http.ResponseWriter, err error, notices []string) {
	status := http.StatusBadRequest
	var known requestError
	if errors.As(err, &known) {
		status = known.status
	}
	view := s.view()
	view.Policy = errorPagePolicy()
	view.Errors = append([]string{err.Error()}, notices...)
	var page bytes.Buffer
	if err := deskPage().ExecuteTemplate(&page, "error", view); err != nil {
		s.cfg.Logf("factcheck: error page: %v", err)
	}
	h := w.Header()
	h.Set("Content-Security-Policy", errorPagePolicy()+"; frame-ancestors 'self'")
	h.Set("Content-Type", "text/html; charset=utf-8")
	if status == http.StatusServiceUnavailable {
		h.Set("Retry-After", "5")
	}
	w.WriteHeader(status)
	w.Write(page.Bytes())
}
