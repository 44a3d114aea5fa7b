package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// watchedWriter collects what is written to it and lets a test wait for some text, from
// another goroutine than the writer's.
type watchedWriter struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	writes  int
	changed chan struct{}
}

func newWatchedWriter() *watchedWriter {
	return &watchedWriter{changed: make(chan struct{}, 1)}
}

func (w *watchedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	w.buf.Write(p)
	select {
	case w.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *watchedWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// waitFor waits until the text written holds want. The deadline is far beyond outputLag: it
// only keeps a broken build from hanging, and says nothing of speed.
func (w *watchedWriter) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for !strings.Contains(w.String(), want) {
		select {
		case <-w.changed:
		case <-deadline:
			t.Fatalf("%q never reached the output without a flush; got %q", want, w.String())
		}
	}
}

func TestStreamOutputWritesInBlocksAndEmptiesOnItsOwn(t *testing.T) {
	under := newWatchedWriter()
	out := newStreamOutput(under)
	for i := range 100 {
		fmt.Fprintf(out, "row %d\n", i)
	}
	// Nothing flushes: the timer alone must bring the rows out, in one write.
	under.waitFor(t, "row 99\n")
	if err := out.Flush(); err != nil {
		t.Fatal(err)
	}
	under.mu.Lock()
	writes := under.writes
	under.mu.Unlock()
	if writes != 1 {
		t.Errorf("100 rows took %d writes, want 1", writes)
	}
	fmt.Fprint(out, "after the flush\n")
	under.waitFor(t, "after the flush\n")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestStreamOutputReportsAFailedFlush(t *testing.T) {
	out := newStreamOutput(failingWriter{})
	if _, err := io.WriteString(out, "row\n"); err != nil {
		t.Fatalf("buffered write failed: %v", err)
	}
	if err := out.Flush(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Flush = %v, want the writer's error", err)
	}
	if _, err := io.WriteString(out, "row\n"); err == nil {
		t.Error("a write after a failed flush succeeded")
	}
}

// TestCheckStreamsRowsOfAnArticleBeforeTheNextArrives feeds check one article through a pipe
// and waits for its rows before sending the next: buffering the output, or gathering
// articles into chunks for the workers, must not hold rows back until the input ends, or a
// pipeline that follows a feed would show nothing.
func TestCheckStreamsRowsOfAnArticleBeforeTheNextArrives(t *testing.T) {
	db := testDB(t)
	for _, workers := range []string{"1", "2"} {
		t.Run(workers+" workers", func(t *testing.T) {
			inR, inW := io.Pipe()
			out := newWatchedWriter()
			done := make(chan int)
			go func() {
				done <- Main([]string{"check", "-", "--db", db, "--format", "jsonl", "-q", "-j", workers},
					Streams{In: inR, Out: out, Err: io.Discard})
			}()
			for i := range 3 {
				id := fmt.Sprintf("feed-%d", i)
				fmt.Fprintf(inW, `{"id":%q,"text":"Germany's economy shrank 0.3%% in 2023.","published":"2025-03-04"}`+"\n", id)
				out.waitFor(t, `"article":"`+id+`"`)
			}
			inW.Close()
			if code := <-done; code != ExitOK {
				t.Fatalf("exit %d", code)
			}
			if rows := strings.Count(out.String(), "\n"); rows != 3 {
				t.Errorf("%d rows, want 3:\n%s", rows, out.String())
			}
		})
	}
}
