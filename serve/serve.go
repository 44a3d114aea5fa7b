// Package serve is factcheck's editor's desk: a local web server with a page where an
// editor pastes or uploads a draft and reads the HTML report of its claims, and a JSON API
// (POST /v1/check) that returns the rows of `check --format jsonl` to a newsroom's own
// tools. Every request stands alone: nothing of a draft is kept once its answer is sent.
package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/report"
)

// Config is what the server judges with, and its limits. Zero limits take the defaults
// below.
type Config struct {
	// Reference is the table claims are judged against (a *reference.Store).
	Reference checks.Reference
	// History gives the series the HTML report charts; nil draws no charts.
	History report.SeriesSource
	// Extractor finds the claims of a draft.
	Extractor *extract.Extractor
	// Judging are the tolerances and source priorities of checks.Judge.
	Judging checks.Options

	// MaxRequestBytes bounds a request's body: the pasted text and every uploaded file.
	MaxRequestBytes int64
	// MaxArticleBytes bounds one article, as max_article_bytes does for `check`.
	MaxArticleBytes int64
	// MaxArticles bounds the articles of one request (files, and lines of a JSONL file).
	MaxArticles int
	// Timeout bounds the work of one request; a request still running then is answered
	// with 503 and its work stopped.
	Timeout time.Duration
	// MaxConcurrent bounds the requests judged at once; others wait for a turn within
	// their Timeout.
	MaxConcurrent int
	// Version is shown on the page and by /healthz.
	Version string
	// Logf, when set, receives a line for each request that failed on the server's side.
	Logf func(format string, args ...any)
}

// Defaults of the limits.
const (
	DefaultMaxRequestBytes = 32 << 20
	DefaultMaxArticleBytes = 10 << 20
	DefaultMaxArticles     = 500
	DefaultTimeout         = 2 * time.Minute
)

// Server answers the desk's page and the API. It holds no state between requests but its
// configuration and a count of the requests at work.
type Server struct {
	cfg  Config
	mux  *http.ServeMux
	turn chan struct{}
}

// New returns a server for cfg. It panics when cfg has no Reference or Extractor, which is
// a programming error.
func New(cfg Config) *Server {
	if cfg.Reference == nil || cfg.Extractor == nil {
		panic("serve.New: Config needs a Reference and an Extractor")
	}
	if cfg.MaxRequestBytes <= 0 {
		cfg.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if cfg.MaxArticleBytes <= 0 {
		cfg.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if cfg.MaxArticles <= 0 {
		cfg.MaxArticles = DefaultMaxArticles
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = runtime.NumCPU()
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), turn: make(chan struct{}, cfg.MaxConcurrent)}
	s.mux.HandleFunc("GET /{$}", s.desk)
	s.mux.HandleFunc("POST /check", s.checkForm)
	s.mux.HandleFunc("POST /v1/check", s.checkAPI)
	s.mux.HandleFunc("GET /healthz", s.healthz)
	return s
}

// ServeHTTP answers one request. Every answer forbids sniffing and referrers; the pages set
// their own Content-Security-Policy.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	s.mux.ServeHTTP(w, r)
}

// Serve answers requests on ln until ctx is cancelled, then lets the requests at work
// finish (for at most Timeout) and returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	server := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		// A slow upload is bounded as well as a slow check.
		ReadTimeout:    s.cfg.Timeout,
		WriteTimeout:   2*s.cfg.Timeout + 10*time.Second,
		IdleTimeout:    time.Minute,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return ctx },
	}
	done := make(chan error, 1)
	go func() { done <- server.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	// The requests at work were given ctx, which is done: they stop at their next claim.
	shutdown, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout)
	defer cancel()
	if err := server.Shutdown(shutdown); err != nil {
		return fmt.Errorf("stop serving %s: %w", ln.Addr(), err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	}
	return nil
}

// errBusy is returned when a request found no turn within its time.
var errBusy = errors.New("the server is busy with other checks; try again in a moment")

// withTurn runs fn once one of the MaxConcurrent turns is free, with a context that ends
// after Timeout.
func (s *Server) withTurn(ctx context.Context, fn func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		return errBusy
	}
	defer func() { <-s.turn }()
	return fn(ctx)
}

func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "version": s.cfg.Version})
}

// reportPolicy is the HTML report's own policy, and only this server's desk may frame it.
// (Made when first asked for, as the server's other policies and pages are: every run of the
// command, serving or not, would otherwise hash the report's style and script at start.)
var reportPolicy = sync.OnceValue(func() string { return report.PagePolicy() + "; frame-ancestors 'self'" })
