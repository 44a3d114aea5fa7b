package serve

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/input"
)

// apiArticle is one article of POST /v1/check, with the fields of a line of a JSONL corpus
// (so that a line can be posted as it is) and the kind of its text.
type apiArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	// Format is how the text is read: auto (the default), text, markdown or html.
	Format string `json:"format"`
}

// checkAPI answers POST /v1/check: a JSON object (or an array of them) in, the rows of
// `check --format jsonl` out, one claim a line. Errors are a JSON object {"error": ...}
// with a 4xx or 5xx status, and no rows: a tool is never handed half an answer.
func (s *Server) checkAPI(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if media, _, err := mime.ParseMediaType(ct); err != nil || media != "application/json" {
			// curl -d, the first thing a newsroom's developer tries, sends a form's type.
			writeAPIError(w, requestError{http.StatusUnsupportedMediaType, fmt.Errorf("content type %q: send the article as JSON with the header Content-Type: application/json", ct)})
			return
		}
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxRequestBytes)
	drafts, err := s.apiDrafts(r.Body)
	if err != nil {
		writeAPIError(w, s.bodyError(err))
		return
	}
	out := &answer{w: w, header: func(h http.Header) { h.Set("Content-Type", "application/x-ndjson; charset=utf-8") }}
	err = s.streamReport(r, out, "jsonl", func() ([]input.Item, []string, error) {
		items, notices, unread, err := s.readDrafts(drafts)
		if err == nil && unread > 0 {
			// Every article is read before any is judged, so that one that cannot be
			// read is refused with no row sent.
			err = badRequest("%s", strings.Join(notices, "; "))
		}
		return items, nil, err
	})
	if err != nil && !out.started {
		writeAPIError(w, s.failure(r, err))
	}
}

// apiDrafts decodes the body: one article, or an array of them.
func (s *Server) apiDrafts(body io.Reader) ([]draft, error) {
	br := bufio.NewReader(body)
	// A UTF-8 byte-order mark, which Windows tools write before a text, is no part of the JSON.
	if mark, _ := br.Peek(len(byteOrderMark)); string(mark) == byteOrderMark {
		br.Discard(len(byteOrderMark))
	}
	var list []apiArticle
	first, err := firstByte(br)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(br)
	dec.DisallowUnknownFields()
	if first == '[' {
		err = dec.Decode(&list)
	} else {
		var one apiArticle
		err = dec.Decode(&one)
		list = []apiArticle{one}
	}
	if err != nil {
		return nil, jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, badRequest("request body: text after the JSON value; send an array for several articles")
	}
	if len(list) == 0 {
		return nil, badRequest("request body: no article in the array")
	}
	if len(list) > s.cfg.MaxArticles {
		return nil, requestError{http.StatusRequestEntityTooLarge, fmt.Errorf("more than %d articles in one request; send them in parts", s.cfg.MaxArticles)}
	}
	drafts := make([]draft, len(list))
	for i, a := range list {
		where := "article"
		if len(list) > 1 {
			where = fmt.Sprintf("article %d", i+1)
		}
		if strings.TrimSpace(a.Text) == "" {
			return nil, badRequest("%s: text is empty", where)
		}
		published, err := parseDate(a.Published)
		if err != nil {
			return nil, badRequest("%s: published %q: %v", where, a.Published, err)
		}
		name, err := pastedName(a.Format, a.Text)
		if err != nil {
			return nil, badRequest("%s: %v", where, err)
		}
		drafts[i] = draft{name: name, id: a.ID, title: a.Title, data: []byte(a.Text), published: published, label: where}
		if a.ID == "" {
			drafts[i].id = strings.TrimSuffix(name, ".txt")
			if len(list) > 1 {
				drafts[i].id = fmt.Sprintf("article-%d", i+1)
			}
		}
	}
	return drafts, nil
}

const byteOrderMark = "\xef\xbb\xbf"

// firstByte peeks at the first byte after white space.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return 0, badRequest("request body is empty: send {\"text\": ..., \"published\": \"YYYY-MM-DD\"}")
			}
			return 0, err
		}
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return b, br.UnreadByte()
	}
}

// jsonError says what is wrong with a body that is not the JSON expected.
func jsonError(err error) error {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return err
	case errors.As(err, &syntax):
		return badRequest("request body: invalid JSON at byte %d: %v", syntax.Offset, err)
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return badRequest("request body: the body must be an article, a JSON object {\"text\": ...}, or an array of them, not a JSON %s", typeErr.Value)
		}
		return badRequest("request body: field %q must be %s, not a JSON %s", typeErr.Field, jsonKind(typeErr.Type), typeErr.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("request body: the JSON ends early")
	}
	return badRequest("request body: %v", err)
}

// jsonKind names the JSON value a Go type is decoded from, for a message to a client that
// knows JSON, not Go.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Bool:
		return "true or false"
	}
	return "a number"
}

// parseDate reads a date of the form; "" is no date.
func parseDate(value string) (time.Time, error) {
	if strings.TrimSpace(value) == "" {
		return time.Time{}, nil
	}
	return timex.ParseDate(strings.TrimSpace(value))
}

// bodyError turns a failure to read the body into the error answered.
func (s *Server) bodyError(err error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return requestError{http.StatusRequestEntityTooLarge, fmt.Errorf("request of more than %d bytes; send a shorter draft or fewer files", s.cfg.MaxRequestBytes)}
	}
	var known requestError
	if errors.As(err, &known) {
		return err
	}
	return badRequest("request body: %v", err)
}

// failure is the error answered for one that ended a request's work: a request error as
// it is, anything else a server error, logged.
func (s *Server) failure(r *http.Request, err error) error {
	var known requestError
	switch {
	case errors.As(err, &known):
		return err
	case errors.Is(err, errBusy):
		return requestError{http.StatusServiceUnavailable, err}
	}
	s.cfg.Logf("factcheck: %s %s: %v", r.Method, r.URL.Path, err)
	return requestError{http.StatusInternalServerError, errors.New("internal error; the server's log says more")}
}

func writeAPIError(w http.ResponseWriter, err error) {
	status := http.StatusBadRequest
	var known requestError
	if errors.As(err, &known) {
		status = known.status
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
