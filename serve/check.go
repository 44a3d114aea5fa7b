package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/input"
	"github.com/factcheck/factcheck/report"
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
}

// judged is one article with its claims judged.
type judged struct {
	article extract.Article
	results []checks.Result
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

// judgeDrafts reads the drafts and judges the claims of their articles, in order. What
// could not be read is reported in notices and counted in unread, and the others go on, as
// with `check`; a notice may also be about an article that was read (a bad date in its
// meta tags). An error ends the request.
func (s *Server) judgeDrafts(ctx context.Context, drafts []draft) (articles []judged, notices []string, unread int, err error) {
	for _, d := range drafts {
		opts := input.Options{DefaultDate: d.defaultDate, MaxBytes: s.cfg.MaxArticleBytes}
		err := input.ReadDocument(d.name, bytes.NewReader(d.data), opts, func(item input.Item) error {
			if item.Err != nil {
				notices = append(notices, item.Err.Error())
			}
			if item.Article == nil {
				unread++
				return nil
			}
			if len(articles) == s.cfg.MaxArticles {
				return requestError{http.StatusRequestEntityTooLarge, fmt.Errorf("more than %d articles in one request; send them in parts", s.cfg.MaxArticles)}
			}
			if !d.published.IsZero() {
				item.Article.Published = d.published
			}
			if d.id != "" {
				item.Article.ID = d.id
			}
			if d.title != "" {
				item.Article.Title = d.title
			}
			results, err := s.judge(ctx, item)
			if err != nil {
				return err
			}
			articles = append(articles, judged{article: *item.Article, results: results})
			return nil
		})
		if err != nil {
			return nil, nil, 0, err
		}
	}
	return articles, notices, unread, nil
}

// judge finds and judges the claims of one article, stopping when ctx ends.
func (s *Server) judge(ctx context.Context, item input.Item) (results []checks.Result, err error) {
	defer func() {
		// A draft that trips a bug must not take the server down; it is the server's fault.
		if p := recover(); p != nil {
			s.cfg.Logf("factcheck: internal error on %s: %v", item.Article.ID, p)
			err = requestError{http.StatusInternalServerError, fmt.Errorf("%s: internal error; please report it", item.Article.ID)}
		}
	}()
	claims := item.Claims(s.cfg.Extractor, extract.Options{})
	results = make([]checks.Result, 0, len(claims))
	for _, c := range claims {
		if err := ctx.Err(); err != nil {
			return nil, s.stopped(err)
		}
		r, err := checks.Judge(c, item.Article.Published, s.cfg.Reference, s.cfg.Judging)
		if err != nil {
			return nil, fmt.Errorf("%s: check %q: %w", item.Article.ID, c.Quote, err)
		}
		results = append(results, r)
	}
	return results, nil
}

// stopped says why a request's work stopped early.
func (s *Server) stopped(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return requestError{http.StatusServiceUnavailable, fmt.Errorf("the check took more than %s; send a shorter draft or fewer files", s.cfg.Timeout)}
	}
	return requestError{http.StatusServiceUnavailable, errors.New("the request was cancelled")}
}

// writeReport writes the judged articles in a format of package report.
func (s *Server) writeReport(format string, w io.Writer, articles []judged, notices []string) error {
	writer, err := report.NewWriter(format, w, report.Options{History: s.cfg.History, Judging: s.cfg.Judging, Notices: notices})
	if err != nil {
		return err
	}
	for _, a := range articles {
		if err := writer.WriteArticle(a.article, a.results); err != nil {
			return err
		}
	}
	return writer.Close()
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
