package serve

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/reference"
)

// heldWriter is a ResponseWriter that counts the bytes of an answer and, every step bytes,
// measures the heap still live (after a collection) while the handler is at work: what the
// server holds of the request and of its answer at that point.
type heldWriter struct {
	header       http.Header
	status       int
	bytes, next  int64
	step         int64
	base, peak   uint64
	lastLineSeen string
}

func (h *heldWriter) Header() http.Header  { return h.header }
func (h *heldWriter) WriteHeader(code int) { h.status = code }
func (h *heldWriter) Write(p []byte) (int, error) {
	if h.status == 0 {
		h.status = http.StatusOK
	}
	h.bytes += int64(len(p))
	if h.bytes >= h.next {
		h.next = h.bytes + h.step
		h.measure()
	}
	if i := strings.LastIndexByte(strings.TrimRight(string(p), "\n"), '\n'); i >= 0 {
		h.lastLineSeen = strings.TrimSpace(string(p[i+1:]))
	} else if len(p) > 0 {
		h.lastLineSeen = strings.TrimSpace(string(p))
	}
	return len(p), nil
}

func (h *heldWriter) measure() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	if m.HeapAlloc > h.peak {
		h.peak = m.HeapAlloc
	}
}

// held answers body on server and returns the bytes of the answer and the most heap live
// above what was live before the request, the request's body included.
func held(t *testing.T, server *Server, path, contentType string, body []byte) (answer int64, peak uint64) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(string(body)))
	req.Header.Set("Content-Type", contentType)
	w := &heldWriter{header: http.Header{}, step: 256 << 10}
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	w.base = m.HeapAlloc
	server.ServeHTTP(w, req)
	if w.status != http.StatusOK {
		t.Fatalf("status %d, want 200", w.status)
	}
	if w.peak < w.base {
		return w.bytes, 0
	}
	return w.bytes, w.peak - w.base
}

// Finding 1 of the s20 attack: the API built its whole answer in memory, 30 to 150 times
// the request, so that a request within the limits held gigabytes. Streamed, what it holds
// follows the request (its articles, one article's claims and a part of its rows), and
// grows by a small fraction of what the answer grows by.
func TestTheAPIStreamsALargeAnswer(t *testing.T) {
	server := New(testConfig(t, nil))
	batch := func(articles int) []byte {
		var b strings.Builder
		b.WriteString("[")
		for i := range articles {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"id": "a%d", "published": "2025-03-01", "text": %s}`, i, quote(strings.Repeat("Inflation in Germany was 2.3% in 2024. ", 40)))
		}
		b.WriteString("]")
		return []byte(b.String())
	}
	held(t, server, "/v1/check", "application/json", batch(10)) // the caches of a first request
	small, smallHeld := held(t, server, "/v1/check", "application/json", batch(60))
	large, largeHeld := held(t, server, "/v1/check", "application/json", batch(480))
	t.Logf("answers of %d and %d bytes held %d and %d bytes", small, large, smallHeld, largeHeld)
	if large < 4*small {
		t.Fatalf("answers of %d and %d bytes: the larger request should answer more", small, large)
	}
	if grew := int64(largeHeld) - int64(smallHeld); grew > (large-small)/8 {
		t.Errorf("the answer grew by %d bytes and what the server held by %d: it holds the answer", large-small, grew)
	}
	if int64(largeHeld) > large/4 {
		t.Errorf("an answer of %d bytes held %d bytes at once", large, largeHeld)
	}
}

// The desk's page of one long draft is written a part at a time too: its cards are not held.
func TestTheDeskStreamsTheReportOfALongDraft(t *testing.T) {
	defer func(n int) { judgedInParts = n }(judgedInParts)
	judgedInParts = 64
	server := New(testConfig(t, nil))
	text := strings.Repeat("Inflation in Germany was 2.3% in 2024. ", 1500)
	contentType, body := form(t, map[string]string{"text": text, "published": "2025-03-01"}, nil)
	answer, peak := held(t, server, "/check", contentType, body.Bytes())
	t.Logf("a page of %d bytes held %d bytes", answer, peak)
	if int64(peak) > answer/4 {
		t.Errorf("a page of %d bytes held %d bytes at once", answer, peak)
	}
}

// gatedReference holds the lookups of one entity for a while: the request's time runs out
// while its claims are judged.
type gatedReference struct {
	checks.Reference
	entity string
	hold   time.Duration
	once   sync.Once
}

func (g *gatedReference) Observations(entity, indicator, period string) ([]reference.Observation, error) {
	if entity == g.entity {
		g.once.Do(func() { time.Sleep(g.hold) })
	}
	return g.Reference.Observations(entity, indicator, period)
}

// Finding 2 of the s20 attack: the desk ignored --timeout while it wrote the report, and a
// report that outlasted the connection's write timeout reached the editor as nothing at all.
// Now the request's time bounds the whole work: a check that runs out of it before any of
// the report was sent is answered with the 503 page, and one that runs out after ends the
// page with a note where it stopped, the page closed.
func TestTheDeskStopsAtItsTimeout(t *testing.T) {
	files := map[string][]byte{
		"france.txt": []byte("France's GDP grew 1.1% in 2024."),
	}
	for _, tc := range []struct {
		name, entity string
		status       int
		says, lacks  []string // {timeout} stands for the timeout
	}{
		{"before the first byte", "DEU", http.StatusServiceUnavailable,
			[]string{"Nothing was checked", "took more than {timeout}"}, []string{"France"}},
		{"after the first byte", "FRA", http.StatusOK,
			[]string{"Germany", "The check stopped here: the check took more than {timeout}", "</html>"}, []string{"france.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The first article must be judged and written within the timeout for the case
			// after the first byte: on a machine too busy for that, the timeout doubles.
			for timeout := 400 * time.Millisecond; ; timeout *= 2 {
				gate := &gatedReference{Reference: testConfig(t, nil).Reference, entity: tc.entity, hold: 2 * timeout}
				srv := testServer(t, func(c *Config) { c.Reference = gate; c.Timeout = timeout })
				resp, body := postForm(t, srv.URL, map[string]string{"text": germany, "published": "2025-03-01"}, files)
				if resp.StatusCode != tc.status && tc.status == http.StatusOK && timeout < 10*time.Second {
					continue
				}
				if resp.StatusCode != tc.status {
					t.Fatalf("status %d, want %d:\n%s", resp.StatusCode, tc.status, body)
				}
				for _, want := range tc.says {
					if want = strings.ReplaceAll(want, "{timeout}", timeout.String()); !strings.Contains(body, want) {
						t.Errorf("the page does not say %q", want)
					}
				}
				for _, not := range tc.lacks {
					if strings.Contains(body, not) {
						t.Errorf("the page says %q:\n%s", not, body[max(0, strings.Index(body, not)-300):])
					}
				}
				return
			}
		})
	}
}

// The API's rows end, when the work fails after the first of them was sent, with a line
// {"error": ...} that a tool can tell from a row.
func TestTheAPIEndsAStoppedStreamWithAnErrorLine(t *testing.T) {
	// The first article's rows must be sent within the timeout: on a machine too busy for
	// that, the timeout doubles.
	for timeout := 400 * time.Millisecond; ; timeout *= 2 {
		gate := &gatedReference{Reference: testConfig(t, nil).Reference, entity: "FRA", hold: 2 * timeout}
		srv := testServer(t, func(c *Config) { c.Reference = gate; c.Timeout = timeout })
		resp, body := postJSON(t, srv.URL, `[{"text": `+quote(germany)+`}, {"text": "France's GDP grew 1.1% in 2024."}, {"text": "Spain's GDP grew 3.2% in 2024."}]`)
		if resp.StatusCode != http.StatusOK && timeout < 10*time.Second {
			continue
		}
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d, want 200 (rows were sent): %s", resp.StatusCode, body)
		}
		rows := rowsOf(t, body)
		last := rows[len(rows)-1]
		want := "took more than " + timeout.String()
		if msg, _ := last["error"].(string); !strings.Contains(msg, want) || len(last) != 1 {
			t.Errorf("the last line is %v, want {\"error\": \"... %s ...\"}", last, want)
		}
		for _, row := range rows[:len(rows)-1] {
			if row["error"] != nil || row["article"] == "article-3" {
				t.Errorf("row %v before the error line", row)
			}
		}
		return
	}
}

var _ io.Writer = (*heldWriter)(nil)
