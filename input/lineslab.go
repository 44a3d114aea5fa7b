package input

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// lineSlab is memory that the lines of a JSONL corpus are read into one after another, when
// the caller hands each item back once done with it (Options.ReleaseLines). The lines in
// flight take the bytes they have, about 2 kB for a news article, where a buffer of its own
// took at least 8 kB; memory is taken from the pool and handed back a slab at a time.
type lineSlab struct {
	// buf holds the lines read so far; its capacity is the slab's size.
	buf []byte
	// users counts the items whose lines lie in the slab and are not released yet, plus one
	// while the reader still reads into it: at zero the slab goes back to the pool.
	users atomic.Int32
}

const (
	// slabBytes is the size of a slab: some fifty articles of news.
	slabBytes = 128 << 10
	// slabRoomLeast is the least room a slab must have left to take the next line: a line
	// longer than the room left is read into memory of its own, which a slab nearly full
	// would make the rule.
	slabRoomLeast = 16 << 10
)

// lineSlabs holds the slabs whose lines were all released (*lineSlab).
var lineSlabs sync.Pool

// takeSlab returns an empty slab, held by the reader.
func takeSlab() *lineSlab {
	s, ok := lineSlabs.Get().(*lineSlab)
	if !ok {
		s = &lineSlab{buf: make([]byte, 0, slabBytes)}
	}
	s.buf = s.buf[:0]
	s.users.Store(1)
	return s
}

// room returns the slab's free memory, for readLine to read the next line into.
func (s *lineSlab) room() []byte {
	return s.buf[len(s.buf):len(s.buf):cap(s.buf)]
}

// keep makes line, read into the slab's room, part of the slab, for one more user. It
// returns false, keeping nothing, when the line is not in the room (it did not fit, and
// readLine read it into memory of its own).
func (s *lineSlab) keep(line []byte) bool {
	room := s.room()
	if len(line) == 0 || cap(room) == 0 || unsafe.SliceData(line) != unsafe.SliceData(room) {
		return false
	}
	s.buf = s.buf[:len(s.buf)+len(line)]
	s.users.Add(1)
	return true
}

// release ends one use of the slab; the last one hands it back to the pool.
func (s *lineSlab) release() {
	if s.users.Add(-1) == 0 {
		lineSlabs.Put(s)
	}
}
