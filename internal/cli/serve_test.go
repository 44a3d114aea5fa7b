package cli

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
	"github.com/factcheck/factcheck/serve"
)

func TestListenAddress(t *testing.T) {
	for _, tc := range []struct {
		addr    string
		port    int
		portSet bool
		want    string
		err     string
	}{
		{"127.0.0.1", 8080, false, "127.0.0.1:8080", ""},
		{"localhost", 9000, true, "localhost:9000", ""},
		{"::1", 8080, false, "[::1]:8080", ""},
		{"0.0.0.0:8443", 8080, false, "0.0.0.0:8443", ""},
		{"127.0.0.1", 0, true, "127.0.0.1:0", ""},
		{"127.0.0.1:9000", 9001, true, "", "names a port and --port names another"},
		{"127.0.0.1:http", 8080, false, "", `port "http" is not a number`},
		{"127.0.0.1", 65536, true, "", "want 0 to 65535"},
		{"127.0.0.1", -1, true, "", "want 0 to 65535"},
	} {
		got, err := listenAddress(tc.addr, tc.port, tc.portSet)
		if got != tc.want || (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("listenAddress(%q, %d, %v) = %q, %v; want %q, %q", tc.addr, tc.port, tc.portSet, got, err, tc.want, tc.err)
		}
	}
}

// TestServeHelpCurlExampleWorks sends the request that `serve --help` shows, headers and
// body as its curl line gives them, to the server: an example that answers 415 teaches the
// wrong thing.
func TestServeHelpCurlExampleWorks(t *testing.T) {
	code, help, _ := run(t, "", "serve", "--help")
	if code != ExitOK {
		t.Fatalf("serve --help: exit %d", code)
	}
	i := strings.Index(help, "curl ")
	if i < 0 {
		t.Fatalf("serve --help shows no curl example:\n%s", help)
	}
	command := strings.ReplaceAll(help[i:], "\\\n", " ")
	command = command[:strings.IndexByte(command, '\n')]
	words := shellWords(t, command)
	req := httptest.NewRequest(http.MethodPost, "/v1/check", nil)
	var body string
	for j := 0; j < len(words); j++ {
		switch words[j] {
		case "-H":
			name, value, _ := strings.Cut(words[j+1], ":")
			req.Header.Set(name, strings.TrimSpace(value))
			j++
		case "-d":
			body = words[j+1]
			j++
		}
	}
	if body == "" {
		t.Fatalf("the curl example sends no body: %q", command)
	}
	if req.Header.Get("Content-Type") == "" {
		// What curl -d sends when no header says otherwise.
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Body = io.NopCloser(strings.NewReader(body))
	store, err := reference.Open(testDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	lex, err := extract.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	server := serve.New(serve.Config{Reference: store, Extractor: extract.New(lex), Judging: checks.DefaultOptions()})
	rec := httptest.NewRecorder()
	server.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"indicator":"inflation"`) {
		t.Errorf("the example answers %d: %s", rec.Code, rec.Body.String())
	}
}

// shellWords splits a command line of plain words and single-quoted strings.
func shellWords(t *testing.T, line string) []string {
	t.Helper()
	var words []string
	for line = strings.TrimSpace(line); line != ""; line = strings.TrimSpace(line) {
		if line[0] == '\'' {
			end := strings.IndexByte(line[1:], '\'')
			if end < 0 {
				t.Fatalf("unclosed quote in %q", line)
			}
			words = append(words, line[1:end+1])
			line = line[end+2:]
			continue
		}
		end := strings.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		words = append(words, line[:end])
		line = line[end:]
	}
	return words
}
