package cli

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/serve"
)

// serveOptions are the flags of `serve`.
type serveOptions struct {
	Addr     string
	Port     int
	MaxBytes int64
	Timeout  time.Duration
}

func newServeCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the editor's desk: a local page to check a draft, and a JSON API",
		Long: `Serve starts a web server on this computer (127.0.0.1 unless --addr says otherwise). Its
page takes a pasted draft or uploaded files (.txt, .md, .html, .docx, .jsonl) and shows the
HTML report of their claims. POST /v1/check takes {"text": ..., "published": "YYYY-MM-DD"}
(or an array of them), sent as Content-Type: application/json, and returns the rows of check
--format jsonl; GET /healthz answers {"status":"ok","version":...}.
Nothing of a draft is kept once its report is sent.`,
		Example: `  factcheck serve
  factcheck serve --port 9000
  curl -s localhost:8080/v1/check -H 'Content-Type: application/json' \
    -d '{"text": "Inflation in Germany eased to 2.3% in 2024.", "published": "2025-03-01"}'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd, global, opts, streams)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Addr, "addr", "127.0.0.1", "address to listen on: a host, or host:port")
	f.IntVarP(&opts.Port, "port", "p", 8080, "port to listen on (0 picks a free one)")
	f.Int64Var(&opts.MaxBytes, "max-request-bytes", serve.DefaultMaxRequestBytes, "largest request accepted: a draft and its files together")
	f.DurationVar(&opts.Timeout, "timeout", serve.DefaultTimeout, "longest a request may take")
	return cmd
}

func runServe(cmd *cobra.Command, global *globalOptions, opts *serveOptions, streams Streams) error {
	addr, err := listenAddress(opts.Addr, opts.Port, cmd.Flags().Changed("port"))
	if err != nil {
		return err
	}
	if opts.MaxBytes <= 0 || opts.Timeout <= 0 {
		return usagef("--max-request-bytes and --timeout must be more than 0")
	}
	cfg, err := config.Load(global.ConfigPath, cmd.Flags())
	if err != nil {
		return usageError{err}
	}
	lex, err := extract.DefaultLexicon()
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	store, err := openStore(global.DB, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	server := serve.New(serve.Config{
		Reference:       store,
		History:         store,
		Extractor:       extract.New(lex),
		Judging:         judgingOptions(cfg, store, time.Time{}),
		MaxRequestBytes: opts.MaxBytes,
		MaxArticleBytes: cfg.MaxArticleBytes,
		Timeout:         opts.Timeout,
		Version:         currentVersion(),
		Logf:            func(format string, args ...any) { fmt.Fprintf(streams.Err, format+"\n", args...) },
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return hinted{fmt.Errorf("listen on %s: %w", addr, err), "choose another port with --port, or 0 for a free one"}
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(streams.Err, "factcheck: the editor's desk is at http://%s/ (Ctrl-C stops it)\n", ln.Addr())
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintf(streams.Err, "factcheck: note: %s is reachable from other computers, and the desk asks no password\n", ln.Addr())
	}
	return server.Serve(ctx, ln)
}

// listenAddress joins --addr and --port; an address that names its own port keeps it,
// unless --port was given too, which is a mistake.
func listenAddress(addr string, port int, portSet bool) (string, error) {
	if port < 0 || port > 65535 {
		return "", usagef("--port %d: want 0 to 65535", port)
	}
	if host, p, err := net.SplitHostPort(addr); err == nil {
		if portSet {
			return "", usagef("--addr %s names a port and --port names another; give one", addr)
		}
		if _, err := strconv.Atoi(p); err != nil {
			return "", usagef("--addr %s: port %q is not a number", addr, p)
		}
		return net.JoinHostPort(host, p), nil
	}
	return net.JoinHostPort(addr, strconv.Itoa(port)), nil
}
