package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/input"
	"github.com/factcheck/factcheck/report"
)

// judgedInParts is the most claims of one article judged and held at once: an article with
// more is judged and written that many at a time, as `check` does (internal/cli's
// judgedInParts, which is not exported), so that what a request holds follows the request
// (its articles and their claims), not its judged rows, of explanations and excerpts. (A
// variable, for tests to cut parts small.)
var judgedInParts = 1024

// endGrace is how long past a request's deadline the server still tries to end an answer
// already begun with the line or the note that says why it stops: the writes of a client
// that stopped reading fail then.
const endGrace = 5 * time.Second

// answer is the response of a report, begun at its first byte: until then nothing is sent,
// and a failure is still answered with an error status and no rows. Write errors (a client
// gone, or one that stopped reading past the request's deadline) are kept in err.
type answer struct {
	w       http.ResponseWriter
	header  func(http.Header)
	started bool
	err     error
}

func (a *answer) Write(p []byte) (int, error) {
	if a.err != nil {
		return 0, a.err
	}
	if !a.started {
		a.started = true
		a.header(a.w.Header())
		a.w.WriteHeader(http.StatusOK)
	}
	n, err := a.w.Write(p)
	if err == nil {
		// Sent on now, not when the server's small buffer fills: the report's writers write
		// an article, a part or 64 kB at a time, and a reader sees each as it is judged.
		if err = http.NewResponseController(a.w).Flush(); errors.Is(err, http.ErrNotSupported) {
			err = nil
		}
	}
	if err != nil {
		a.err = err
	}
	return n, err
}

// writeDeadline bounds the writes of the answer by about the request's deadline: a client
// that stops reading cannot hold its turn (and the part held for it) beyond the request's
// time and endGrace.
// Not every ResponseWriter can (a test's recorder cannot), and then the connection's own
// WriteTimeout bounds it.
func writeDeadline(w http.ResponseWriter, deadline time.Time) {
	_ = http.NewResponseController(w).SetWriteDeadline(deadline)
}

// readDrafts reads the drafts into articles, in order, applying what the request set of
// each (date, id, title). What could not be read is reported in notices and counted in
// unread, and the others go on, as with `check`; a notice may also be about an article that
// was read (a bad date in its meta tags). An error ends the request. Nothing is judged yet:
// what is read is bounded by the request.
func (s *Server) readDrafts(drafts []draft) (items []input.Item, notices []string, unread int, err error) {
	for _, d := range drafts {
		opts := input.Options{DefaultDate: d.defaultDate, MaxBytes: s.cfg.MaxArticleBytes}
		err := input.ReadDocument(d.name, bytes.NewReader(d.data), opts, func(item input.Item) error {
			if item.Err != nil {
				notices = append(notices, d.named(item.Err.Error()))
			}
			if item.Article == nil {
				unread++
				return nil
			}
			if len(items) == s.cfg.MaxArticles {
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
			items = append(items, item)
			return nil
		})
		if err != nil {
			return nil, nil, 0, err
		}
	}
	return items, notices, unread, nil
}

// streamArticles finds, judges and writes the claims of the articles in order, a part of
// judgedInParts claims at a time, with writer; ctx ends the work between claims and parts.
// A writer that heads an article with its count of rows (HTML) is told the count first: an
// article with more than a part's claims is then judged twice, once to count, once to write,
// as `check` does. Between two calls of the writer its output is written out (the report's
// writers flush after an article or a part), so that a failure leaves nothing of the report
// held back; the first part of an article is judged before its heading is written, for that.
func (s *Server) streamArticles(ctx context.Context, writer report.Writer, items []input.Item) error {
	framed, _ := writer.(report.ArticleParts)
	var part []checks.Result
	for i := range items {
		item := items[i]
		items[i] = input.Item{} // its text and claims may go once it is written
		if err := ctx.Err(); err != nil {
			return s.stopped(err)
		}
		claims, err := s.claims(item)
		if err != nil {
			return err
		}
		a := *item.Article
		eachPart := func(use func(results []checks.Result) error) error {
			for from := 0; from < len(claims) || from == 0; from += judgedInParts {
				if from > 0 {
					if err := ctx.Err(); err != nil {
						return s.stopped(err)
					}
				}
				part, err = s.judgeClaims(ctx, a, claims[from:min(from+judgedInParts, len(claims))], part[:0])
				if err != nil {
					return err
				}
				if err := ctx.Err(); err != nil {
					return s.stopped(err) // nothing more is sent once the time is out
				}
				if err := use(part); err != nil {
					return err
				}
			}
			return nil
		}
		if framed == nil || len(claims) <= judgedInParts {
			err = eachPart(func(results []checks.Result) error { return writer.WriteArticle(a, results) })
		} else {
			var rows report.RowCount
			if err = eachPart(func(results []checks.Result) error { rows.Add(results); return nil }); err != nil {
				return err
			}
			started := false
			err = eachPart(func(results []checks.Result) error {
				if !started {
					started = true
					if err := framed.WriteArticleStart(a, rows); err != nil {
						return err
					}
				}
				return framed.WriteArticlePart(a, results)
			})
		}
		clear(part[:cap(part)]) // keep no article's text alive through the part's memory
		if err != nil {
			return err
		}
	}
	return nil
}

// claims finds the claims of one article. A draft that trips a bug must not take the server
// down; it is the server's fault.
func (s *Server) claims(item input.Item) (claims []extract.Claim, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.cfg.Logf("factcheck: internal error on %s: %v", item.Article.ID, p)
			err = requestError{http.StatusInternalServerError, fmt.Errorf("%s: internal error; please report it", item.Article.ID)}
		}
	}()
	return item.Claims(s.cfg.Extractor, extract.Options{}), nil
}

// judgeClaims appends the results of claims of article a to results, stopping when ctx ends.
func (s *Server) judgeClaims(ctx context.Context, a extract.Article, claims []extract.Claim, results []checks.Result) (_ []checks.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.cfg.Logf("factcheck: internal error on %s: %v", a.ID, p)
			err = requestError{http.StatusInternalServerError, fmt.Errorf("%s: internal error; please report it", a.ID)}
		}
	}()
	for _, c := range claims {
		if err := ctx.Err(); err != nil {
			return results, s.stopped(err)
		}
		r, err := checks.Judge(c, a.Published, s.cfg.Reference, s.cfg.Judging)
		if err != nil {
			return results, fmt.Errorf("%s: check %q: %w", a.ID, c.Quote, err)
		}
		results = append(results, r)
	}
	return results, nil
}

// streamReport writes the report of the articles prepare reads in format to out, begun at
// its first byte, within a turn and the request's time, its writes included: a client that
// stops reading holds its turn and a part of its rows until then, no longer. A failure before
// the first byte is returned for the caller to answer with its status. One after it is
// returned too, once the answer has been ended in a way its reader can tell (see endAnswer).
func (s *Server) streamReport(r *http.Request, out *answer, format string, prepare func() ([]input.Item, []string, error)) error {
	err := s.withTurn(r.Context(), func(ctx context.Context) error {
		if deadline, ok := ctx.Deadline(); ok {
			// The work stops at the deadline; the writes a little after, so that an answer
			// begun can still be ended with the reason.
			writeDeadline(out.w, deadline.Add(endGrace))
		}
		items, notices, err := prepare()
		if err != nil {
			return err
		}
		writer, err := report.NewWriter(format, out, report.Options{History: s.cfg.History, Judging: s.cfg.Judging, Notices: notices})
		if err != nil {
			return err
		}
		err = s.streamArticles(ctx, writer, items)
		if err == nil {
			err = writer.Close()
		}
		if err != nil && out.started && out.err == nil {
			s.endAnswer(r, out, format, writer, err)
		}
		return err
	})
	if err != nil && !out.started {
		// The error page, which the caller writes, may come at the deadline.
		writeDeadline(out.w, time.Now().Add(endGrace))
	}
	return err
}

// endAnswer ends an answer that failed after its first byte. A stream of rows ends with a
// last line {"error": ...}, which no row is (rows have no "error" key), so that a tool knows
// the answer stopped there; a page shows where the check stopped and why, and is then closed
// (its open article, the index and counts of what was shown), so that it stays whole. The
// writes get a few seconds past the request's deadline, which may be what ended it.
func (s *Server) endAnswer(r *http.Request, out *answer, format string, writer report.Writer, err error) {
	writeDeadline(out.w, time.Now().Add(endGrace))
	err = s.failure(r, err)
	if format == "html" {
		fmt.Fprintf(out, "<p class=\"meta\" role=\"alert\"><strong>The check stopped here: %s</strong> The claims after this point were not checked; the counts are of those shown.</p>\n",
			template.HTMLEscapeString(err.Error()))
		writer.Close()
		return
	}
	line, _ := json.Marshal(map[string]string{"error": err.Error()})
	out.Write(append(line, '\n'))
}

// stopped says why a request's work stopped early.
func (s *Server) stopped(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return requestError{http.StatusServiceUnavailable, fmt.Errorf("the check took more than %s; send a shorter draft or fewer files", s.cfg.Timeout)}
	}
	return requestError{http.StatusServiceUnavailable, errors.New("the request was cancelled")}
}
