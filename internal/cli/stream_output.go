package cli

import (
	"bufio"
	"io"
	"sync"
	"time"
)

// outputLag is the longest a report row written to a pipe waits in the buffer: short enough
// that a reader at the other end (a `tail -f` of articles piped through check, say) sees each
// article's rows as they are judged, long enough that a corpus run writes in large blocks.
const outputLag = 50 * time.Millisecond

// streamOutput buffers a report written to standard output when that is a pipe or a file: a
// corpus run writes many small pieces (an article's rows), and one system call each cost more
// than rendering them. Whatever is buffered is written out within outputLag by a timer, so
// that the report still streams, and at once by Flush.
//
// Write may be called from one goroutine while the timer flushes on another. An error of a
// flush on the timer is returned by the next Write or Flush.
type streamOutput struct {
	mu    sync.Mutex
	buf   *bufio.Writer
	err   error
	timer *time.Timer
	armed bool // the timer will flush what is buffered
}

func newStreamOutput(w io.Writer) *streamOutput {
	return &streamOutput{buf: bufio.NewWriterSize(w, 64<<10)}
}

func (s *streamOutput) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.buf.Write(p)
	if err != nil {
		s.err = err
		return n, err
	}
	if s.buf.Buffered() > 0 && !s.armed {
		s.armed = true
		if s.timer == nil {
			s.timer = time.AfterFunc(outputLag, s.flushOnTimer)
		} else {
			s.timer.Reset(outputLag)
		}
	}
	return n, nil
}

func (s *streamOutput) flushOnTimer() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.armed {
		return // flushed by Flush meanwhile
	}
	s.armed = false
	if s.err == nil {
		s.err = s.buf.Flush()
	}
}

// Flush writes out what is buffered now.
func (s *streamOutput) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.armed {
		s.timer.Stop()
		s.armed = false
	}
	if s.err == nil {
		s.err = s.buf.Flush()
	}
	return s.err
}
