package quantity

// Batches scans a text as ScanInto does and hands its quantities over a batch at a time, so
// that a text dense with figures (a data dump of ten megabytes holds five million) is never
// held as one slice of them: the scan stops at the end of a number once a batch is full, and
// goes on from there at the next call, with the scanner's state as it was. The quantities are
// those of ScanInto, in the same order, whatever the batch size: the scan is the same, only
// drained as it goes. The scanner may still change its last quantities (closedBounds joins a
// bound to the one before it, mixedNumber takes back the whole number before a fraction and
// reads the floor from the one before that), so the last heldBack are kept with it, handed
// over with the next batch.
//
// A text whose digits must be folded (needsFold: digits of another script, a zero-width mark
// inside a number) is scanned anew whole once folded; it is given in one batch, as ScanInto
// gives it. So that no batch has been handed over when that is found, a text that goes past
// its first batch is looked through for such characters first.
type Batches struct {
	s        scanner
	handed   int  // s.out[:handed] was handed over at the last call
	checked  bool // the text has been looked through for characters to fold
	finished bool
}

// heldBack is the quantities a batch leaves with the scanner; batchSlack the room past a
// batch's size for what one number may add.
const (
	heldBack   = 2
	batchSlack = 16
)

// Start starts the scan of text, into buf's storage, in batches of about n quantities.
func (b *Batches) Start(buf []Quantity, text string, n int) {
	*b = Batches{}
	n = max(n, heldBack+1)
	b.s.text, b.s.limit, b.s.store, b.s.out = text, n, buf[:0], buf[:0:min(cap(buf), n)]
}

// Next returns the next quantities of the text, in order, and whether they are its last: all
// of them when the text holds fewer than a batch. They are valid until the next call.
func (b *Batches) Next() ([]Quantity, bool) {
	s := &b.s
	if b.finished {
		return nil, true
	}
	if b.handed > 0 {
		s.out = s.store[:copy(s.store[:cap(s.store)], s.out[b.handed:]):s.limit]
		b.handed = 0
	}
	out := s.scan()
	if s.at >= len(s.text) {
		b.finished = true // (or scanFolded's slice of the whole text)
		return out, true
	}
	if !b.checked {
		b.checked = true
		if foldsAnywhere(s.text) {
			s.limit = 0 // read whole: the scan will start again folded
			b.finished = true
			return s.scan(), true
		}
	}
	b.handed = len(s.out) - heldBack
	return s.out[:b.handed], false
}

// Storage returns the scanner's storage, for the next text.
func (b *Batches) Storage() []Quantity { return b.s.store[:0] }

// foldsAnywhere reports whether the scan of text may meet a character that it folds
// (needsFold): the scan asks only at lead bytes, and asks needsFold, a question of the text
// around them alone.
func foldsAnywhere(text string) bool {
	for i := 0; i < len(text); {
		if i+32 <= len(text) && (load8(text[i:i+8])|load8(text[i+8:i+16])|load8(text[i+16:i+24])|load8(text[i+24:i+32]))&0x8080808080808080 == 0 {
			i += 32 // thirty-two bytes at a time past ASCII text, the most of a data dump
			continue
		}
		if text[i] >= 0xC0 && needsFold(text, i) {
			return true
		}
		i++
	}
	return false
}

// load8 is the eight bytes of w as one word (one load: the compiler joins them).
func load8(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 | uint64(w[4])<<32 |
		uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}
