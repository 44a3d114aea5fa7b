package cli

import (
	"iter"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/input"
)

// An article longer than streamedAbove bytes, in a format that takes an article in parts, has
// its claims read as a stream (extract.Stream): the worker reads the first heldClaims, and an
// article with more is read on, a part at a time, as it is written. A data dump makes a claim
// every two bytes with --all, which held whole took 1.7 GB for 10 MB; news articles are
// shorter, and are read whole as before (a stream costs a goroutine and its switches).
// (Variables, for tests to stream short articles.)
var (
	streamedAbove = 64 << 10
	heldClaims    = 4096
)

// testHookPart, when set, is called after each part of a stream is written (tests measure
// the heap there).
var testHookPart func()

// claimSource is the claims of an article of many, read in parts of a given size as they are
// judged and written (each): all of them held, or the first held and the others still to be
// read from a stream. A source is read again from a new stream of the article once its stream
// is spent, so that a writer that counts the rows first reads the claims twice rather than
// holding them.
type claimSource struct {
	held []extract.Claim
	more *claimPull        // the claims after held; nil when held is all, or once read
	pull func() *claimPull // a new stream of all the article's claims
	read int               // the claims read in all, once a stream has been read to its end
}

// claimPull is a stream of an article's claims, pulled a part at a time, with the prose
// (input.Item.Prose) they were found in, whose offsets are mapped back to the article's.
type claimPull struct {
	next  func() ([]extract.Claim, bool)
	stop  func()
	prose input.Prose
}

// claimStream returns the claims of item as a stream (input.Item.Claims, a part at a time),
// which each pull reads from the start, and the prose they are found in.
func claimStream(extractor *extract.Extractor, item input.Item, opts extract.Options) (iter.Seq[[]extract.Claim], input.Prose) {
	prose := item.Prose()
	article := *item.Article
	article.Text = prose.Text
	return extractor.Stream(article, opts), prose
}

// pull starts reading stream.
func pull(stream iter.Seq[[]extract.Claim], prose input.Prose) *claimPull {
	next, stop := iter.Pull(stream)
	return &claimPull{next: next, stop: stop, prose: prose}
}

// part returns the next part of the claims, their offsets those of the article's text, or
// false at the end. The part is the caller's until the next call.
func (p *claimPull) part() ([]extract.Claim, bool) {
	claims, ok := p.next()
	if ok && p.prose.Changed() {
		for i := range claims {
			claims[i].Start, claims[i].End = p.prose.Original(claims[i].Start, claims[i].End)
		}
	}
	return claims, ok
}

// streamClaims reads the claims of item from a stream: all of them (whole) when they are at
// most heldClaims, else the first and a source of all.
func streamClaims(extractor *extract.Extractor, item input.Item, opts extract.Options) (claims []extract.Claim, src *claimSource) {
	stream, prose := claimStream(extractor, item, opts)
	p := pull(stream, prose)
	for {
		part, ok := p.part()
		if !ok {
			p.stop()
			return claims, nil
		}
		claims = append(claims, part...)
		if len(claims) > heldClaims {
			return nil, &claimSource{held: claims, more: p, pull: func() *claimPull { return pull(stream, prose) }}
		}
	}
}

// close ends the stream not read to its end, if any.
func (s *claimSource) close() {
	if s != nil && s.more != nil {
		s.more.stop()
		s.more = nil
	}
}

// each calls use with the claims, in order, size at a time (the last part fewer), as parts of
// held would be; it stops at the first error.
func (s *claimSource) each(size int, use func([]extract.Claim) error) error {
	if s.pull == nil {
		for from := 0; from < len(s.held); from += size {
			if err := use(s.held[from:min(from+size, len(s.held))]); err != nil {
				return err
			}
		}
		return nil
	}
	p, first := s.more, s.held
	s.more = nil
	if p == nil {
		p, first = s.pull(), nil // (the held claims are the new stream's first)
	}
	defer p.stop()
	chunk := make([]extract.Claim, 0, size)
	read := 0
	feed := func(claims []extract.Claim) error {
		read += len(claims)
		for len(claims) > 0 {
			n := min(size-len(chunk), len(claims))
			chunk, claims = append(chunk, claims[:n]...), claims[n:]
			if len(chunk) == size {
				if err := use(chunk); err != nil {
					return err
				}
				chunk = chunk[:0]
				if testHookPart != nil {
					testHookPart()
				}
			}
		}
		return nil
	}
	if err := feed(first); err != nil {
		return err
	}
	for {
		part, ok := p.part()
		if !ok {
			break
		}
		if err := feed(part); err != nil {
			return err
		}
	}
	s.read = read
	if len(chunk) == 0 {
		return nil
	}
	return use(chunk)
}
