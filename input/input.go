// Package input reads articles from files, directories, JSONL corpora and standard input,
// one at a time, so that a corpus of any size streams through in bounded memory.
package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/internal/filekind"
	"github.com/factcheck/factcheck/internal/termsafe"
)

// Options say how articles are read.
type Options struct {
	// DefaultDate is the publication date of articles that carry none (--date); zero for none.
	DefaultDate time.Time
	// MaxBytes is the largest article read; larger ones are reported and skipped unread.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// DecodeLater hands articles over as read, undecoded: Item.Decode then decodes each (a
	// JSONL line, an HTML page, a text), so that a caller with several workers decodes on
	// them rather than on the reading goroutine.
	DecodeLater bool
	// ReportSkipped hands over, as an Item with Skipped set, each file a folder walk passes
	// over because its name is of no article's kind, so that a caller can count and list
	// them; without it they are passed over unseen.
	ReportSkipped bool
	// ReleaseLines says the caller hands each item back with Item.Release once done with it,
	// so that the memory of a JSONL line is read into again rather than allocated anew.
	ReleaseLines bool
}

// Item is one article read, or one input that could not be read. Err and Article may both be
// set: the article is then still checked, and the error reported (an unparseable date, say).
type Item struct {
	Article *extract.Article
	Err     error
	// Skipped is a file a folder walk passed over, not being an article by its name
	// (Options.ReportSkipped); Article and Err are then nil.
	Skipped string

	// raw is an article read but not decoded yet (Options.DecodeLater).
	raw *rawArticle
	// markdown says the article is a Markdown file, whose code is no prose.
	markdown bool
	// prose is the article's prose once made, when its dateline was looked for: Prose gives
	// it rather than normalising the text a second time.
	prose *Prose
	// slab is the memory the JSONL line the article was read from lies in, which its text
	// shares, for Release to hand back (Options.ReleaseLines); nil otherwise.
	slab *lineSlab
}

// Prose returns the text of the item's article as the extractor should read it (see
// Normalize), with the code and struck text of a Markdown file blanked and the markup that
// wraps its words dropped (markdownProse); Prose.Original maps the offsets of
// claims found in it back to the article's text.
func (it Item) Prose() Prose {
	if it.Article == nil {
		return Prose{}
	}
	if it.prose != nil {
		return *it.prose
	}
	if it.markdown {
		return markdownProse(it.Article.Text)
	}
	return Normalize(it.Article.Text)
}

// Decode returns the item, if it is still undecoded, decoded into an article, or an error
// naming the file (and line); any other item is returned as it is. Distinct items may be
// decoded at the same time; an item decoded again gives what it gave the first time.
func (it Item) Decode() Item {
	if it.raw == nil {
		return it
	}
	return it.raw.decode()
}

// Release hands the memory of the item's JSONL line back, for later lines to be read into,
// when it was read with Options.ReleaseLines; else it does nothing. The article's text
// shares that memory: after Release, neither the item nor its article nor anything cut
// from its text (claims, their quotes and sentences) may be used, and nothing made from
// them may be kept that did not copy the bytes. An item is released once.
func (it Item) Release() {
	slab := it.slab
	if slab == nil && it.raw != nil {
		slab = it.raw.slab
	}
	if slab != nil {
		slab.release()
	}
}

// Name names the item in a message: its article's id, or the file (and line) of an article
// not decoded yet; empty for an input that could not be read.
func (it Item) Name() string {
	switch {
	case it.Article != nil:
		return it.Article.ID
	case it.raw != nil && it.raw.line > 0:
		return fmt.Sprintf("%s line %d", it.raw.name, it.raw.line)
	case it.raw != nil:
		return it.raw.name
	}
	return ""
}

// Size is the length of the item's text, or of its line when not decoded yet: a measure of
// the work it holds.
func (it Item) Size() int {
	switch {
	case it.raw != nil:
		return len(it.raw.data)
	case it.Article != nil:
		return len(it.Article.Text)
	}
	return 0
}

// Extensions read when walking a directory; files named explicitly are read whatever their
// extension.
var Extensions = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".jsonl": true, ".docx": true}

// ExtensionList names the extensions of Extensions for a message (.markdown and .htm go
// without saying).
const ExtensionList = ".txt, .md, .html, .jsonl, .docx"

// ErrSkip is returned by a callback of Read to stop reading early.
var ErrSkip = errors.New("stop reading")

// Read calls fn for each article of paths in order: files as given, directories recursively
// in lexical order, glob patterns expanded, "-" for Options.Stdin. An error returned by fn
// stops the walk and is returned.
func Read(paths []string, opts Options, fn func(Item) error) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	for _, path := range paths {
		if err := readPath(path, opts, fn); err != nil {
			if errors.Is(err, ErrSkip) {
				return nil
			}
			return err
		}
	}
	return nil
}

func readPath(path string, opts Options, fn func(Item) error) error {
	if path == "-" {
		if opts.Stdin == nil {
			return fn(Item{Err: errors.New("stdin: no standard input")})
		}
		return readStdin(opts.Stdin, opts, fn)
	}
	v := visitor{
		file: func(p string) error { return readFile(p, opts, fn) },
		fail: func(err error) error { return fn(Item{Err: err}) },
	}
	if opts.ReportSkipped {
		v.skip = func(p string) error { return fn(Item{Skipped: p}) }
	}
	return visitPath(path, v)
}

// Files calls fn with every file that Read would read from paths, in the same order,
// without reading them (standard input is left out): what a progress bar adds up. Inputs
// that cannot be read are passed over. Returning ErrSkip from fn stops the walk.
func Files(paths []string, fn func(path string) error) error {
	v := visitor{file: fn, fail: func(error) error { return nil }}
	for _, path := range paths {
		if path == "-" {
			continue
		}
		if err := visitPath(path, v); err != nil {
			if errors.Is(err, ErrSkip) {
				return nil
			}
			return err
		}
	}
	return nil
}

// visitor is what a walk does with the files it finds and the inputs it cannot read.
type visitor struct {
	file func(path string) error
	fail func(err error) error
	// skip, when set, is told of each file of a folder passed over for its name.
	skip func(path string) error
}

// visitPath visits one path of the command line: a file as named, a folder walked, a glob
// pattern expanded.
func visitPath(path string, v visitor) error {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(path, "*?[") {
			matches, globErr := filepath.Glob(path)
			if globErr != nil {
				return v.fail(fmt.Errorf("%s: bad pattern: %w", path, globErr))
			}
			if len(matches) == 0 {
				return v.fail(fmt.Errorf("%s: no file matches the pattern", path))
			}
			sort.Strings(matches)
			for _, m := range matches {
				if err := visitPath(m, v); err != nil {
					return err
				}
			}
			return nil
		}
		return v.fail(fmt.Errorf("%s: %w", display(path), unwrapPathError(err)))
	}
	if info.IsDir() {
		return v.walkNamedFolder(path)
	}
	return v.file(path)
}

// walkNamedFolder walks a folder named on the command line, and reports it when it holds no
// article at any depth: a folder of images or of .rtf files, or an empty one, must not pass
// as checked and clean. A folder whose files could not be read has been reported already.
func (v visitor) walkNamedFolder(dir string) error {
	articles, failed, passedOver := 0, 0, 0
	counting := visitor{
		file: func(p string) error { articles++; return v.file(p) },
		fail: func(err error) error { failed++; return v.fail(err) },
		skip: func(p string) error {
			passedOver++
			if v.skip != nil {
				return v.skip(p)
			}
			return nil
		},
	}
	if err := counting.folder(dir, map[string]bool{}); err != nil {
		return err
	}
	if articles > 0 || failed > 0 {
		return nil
	}
	if passedOver == 0 {
		return v.fail(fmt.Errorf("%s: no articles in it: the folder holds no file", display(dir)))
	}
	return v.fail(fmt.Errorf("%s: no articles in it (looked for %s; %d other %s passed over)", display(dir), ExtensionList, passedOver, plural(passedOver, "file", "files")))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// folder visits the articles of dir and its subfolders in lexical order. Symbolic links
// to folders are followed, the link named on the command line as those inside: a corpus
// assembled from links must not read as empty. seen holds the real paths of the folders
// walked, so that a link back to a folder already read (a loop, say) reads it once: none of
// its files is lost, and the walk ends.
func (v visitor) folder(dir string, seen map[string]bool) error {
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return v.fail(fmt.Errorf("%s: %w", display(dir), unwrapPathError(err)))
	}
	if seen[real] {
		return nil
	}
	seen[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		return v.fail(fmt.Errorf("%s: %w", display(dir), unwrapPathError(err)))
	}
	// Linked folders are walked after the folder's own files and folders, so that a folder
	// reached both ways is read, and named, by its own path.
	var linked []string
	for _, d := range entries {
		p := filepath.Join(dir, d.Name())
		readable := Extensions[strings.ToLower(filepath.Ext(p))]
		if d.IsDir() {
			if err := v.folder(p, seen); err != nil {
				return err
			}
			continue
		}
		if !d.Type().IsRegular() {
			// A FIFO would block the walk forever, a device would be read as text; a
			// symbolic link is followed to a folder or a regular file.
			info, err := os.Stat(p)
			if err != nil {
				if !readable {
					// A broken link of no article's name (an editor's lock, say).
					if err := v.passOver(p); err != nil {
						return err
					}
					continue
				}
				if err := v.fail(fmt.Errorf("%s: %w", display(p), unwrapPathError(err))); err != nil {
					return err
				}
				continue
			}
			if info.IsDir() {
				linked = append(linked, p)
				continue
			}
			if !readable {
				if err := v.passOver(p); err != nil {
					return err
				}
				continue
			}
			if !info.Mode().IsRegular() {
				if err := v.fail(fmt.Errorf("%s: not a regular file (%s); skipped", display(p), filekind.Of(info.Mode()))); err != nil {
					return err
				}
				continue
			}
		}
		if !readable {
			if err := v.passOver(p); err != nil {
				return err
			}
			continue
		}
		if err := v.file(p); err != nil {
			return err
		}
	}
	for _, p := range linked {
		if err := v.folder(p, seen); err != nil {
			return err
		}
	}
	return nil
}

// passOver tells the visitor, when it asks, of a file of the walk that is no article.
func (v visitor) passOver(path string) error {
	if v.skip == nil {
		return nil
	}
	return v.skip(path)
}

func readFile(path string, opts Options, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", display(path), unwrapPathError(err))})
	}
	defer f.Close()
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" {
		return readJSONL(path, decodeUnicode(f), opts, fn)
	}
	if info, err := f.Stat(); err == nil && info.Size() > opts.MaxBytes {
		return fn(Item{Err: fmt.Errorf("%s: %d bytes is more than max_article_bytes (%d); not read", display(path), info.Size(), opts.MaxBytes)})
	}
	return readStream(path, ext, decodeUnicode(f), opts, fn)
}

// decodeUnicode returns r as UTF-8: a text that begins with the byte-order mark of UTF-16
// or UTF-32 (as Windows tools write) is transcoded, its bad sequences replaced by U+FFFD;
// anything else is returned as it is, to be read as UTF-8. Offsets into such an article
// count the bytes of its UTF-8 text, not of the file.
func decodeUnicode(r io.Reader) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4)
	var dec *encoding.Decoder
	switch {
	// UTF-32LE's mark begins as UTF-16LE's does, so it is tried first.
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}):
		dec = utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(head, []byte{0, 0, 0xFE, 0xFF}):
		dec = utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		dec = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	default:
		return br
	}
	return transform.NewReader(br, dec)
}

// readStream reads one whole article (a text, markdown or HTML file, or stdin).
func readStream(name, ext string, r io.Reader, opts Options, fn func(Item) error) error {
	shown := display(name)
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", shown, unwrapPathError(err))})
	}
	if int64(len(data)) > opts.MaxBytes {
		return fn(Item{Err: fmt.Errorf("%s: more than max_article_bytes (%d); not read", shown, opts.MaxBytes)})
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fn(Item{Err: fmt.Errorf("%s: empty file", shown)})
	}
	if ext == ".docx" {
		text, err := docxText(data, opts.MaxBytes)
		if err != nil {
			return fn(Item{Err: fmt.Errorf("%s: %w", shown, err)})
		}
		data, ext = []byte(text), ".txt"
	}
	if isBinary(data) {
		return fn(Item{Err: fmt.Errorf("%s: binary file, not text; skipped", shown)})
	}
	item := Item{raw: &rawArticle{name: name, ext: ext, data: data, defaultDate: opts.DefaultDate}}
	if !opts.DecodeLater {
		item = item.Decode()
	}
	return fn(item)
}

// parseDocument decodes one whole article: HTML pages are stripped of their tags, texts made
// valid UTF-8; the publication date is read from the page's meta tags or a dateline.
func parseDocument(name, ext string, data []byte, defaultDate time.Time) Item {
	shown := display(name)
	a := &extract.Article{ID: name}
	var dateErr error
	if ext == ".html" || ext == ".htm" {
		doc, err := parseHTML(data)
		if err != nil {
			return Item{Err: fmt.Errorf("%s: %w", shown, err)}
		}
		a.Text, a.Title, a.Published = doc.text, doc.title, doc.published
		if doc.badDate != "" {
			dateErr = fmt.Errorf("%s: published date %q in a meta tag is not a date; the article is checked without it", shown, doc.badDate)
		}
	} else {
		a.Text = decodeText(data)
	}
	item := Item{Article: a, Err: dateErr, markdown: ext == ".md" || ext == ".markdown"}
	if a.Published.IsZero() {
		if d, ok := item.findDateline(); ok {
			a.Published = d
		} else {
			a.Published = defaultDate
		}
	}
	return item
}

// readJSONL reads one article per line. A line that is not a JSON object with a text is
// reported with its number and the other lines go on. Lines longer than MaxBytes are skipped
// without being held in memory.
func readJSONL(name string, r io.Reader, opts Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	// A binary file named .jsonl would otherwise give an error for each of its "lines". The
	// test reads what one read brings (the first 64 kB of a file, what a pipe holds) rather
	// than waiting for 8 kB: a feed piped in an article at a time must be checked as it comes.
	br.Peek(1)
	if head, _ := br.Peek(min(br.Buffered(), 8<<10)); len(head) > 0 && isBinary(head) {
		return fn(Item{Err: fmt.Errorf("%s: binary file, not JSON lines; skipped", display(name))})
	}
	if head, _ := br.Peek(br.Buffered()); bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0 {
		// Lines that end in a lone CR (old Mac files) were one line, refused whole. A JSON
		// line holds no raw CR but as white space between tokens, so each becomes a line end.
		br = bufio.NewReaderSize(crLines{br}, 64<<10)
	}
	name = display(name)
	var slab *lineSlab // where lines are read into, with ReleaseLines
	defer func() {
		if slab != nil {
			slab.release()
		}
	}()
	for lineNo := 1; ; lineNo++ {
		var into []byte
		if opts.ReleaseLines {
			if slab == nil || cap(slab.buf)-len(slab.buf) < slabRoomLeast {
				if slab != nil {
					slab.release()
				}
				slab = takeSlab()
			}
			into = slab.room()
		}
		line, tooLong, err := readLine(br, opts.MaxBytes, into)
		// The line is the item's, and its decoding may write over it: it must not reach
		// into the memory of the next line.
		line = line[:len(line):len(line)]
		read := line // as read into memory, before a byte-order mark is cut off
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if err != nil && err != io.EOF {
			return fn(Item{Err: fmt.Errorf("%s line %d: %w", name, lineNo, err)})
		}
		if tooLong {
			if ferr := fn(Item{Err: fmt.Errorf("%s line %d: more than max_article_bytes (%d); not read", name, lineNo, opts.MaxBytes)}); ferr != nil {
				return ferr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			raw := &rawArticle{name: name, line: lineNo, data: line, defaultDate: opts.DefaultDate}
			if slab != nil && slab.keep(read) {
				raw.slab = slab // released with the item
			}
			item := Item{raw: raw}
			if !opts.DecodeLater {
				item = item.Decode()
			}
			if ferr := fn(item); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// rawArticle is an article read but not decoded yet: a JSONL line or a whole file.
type rawArticle struct {
	// name is the file's name; for a JSONL line, as shown in messages.
	name string
	// line is the number of a JSONL line; 0 for a whole file.
	line int
	// ext is the extension of a whole file, which says how to decode it.
	ext         string
	data        []byte
	defaultDate time.Time
	// decoded is the item once decoded (done): a JSONL line is decoded in place, its text
	// sharing the line's bytes, so it cannot be decoded a second time.
	decoded Item
	done    bool
	// slab holds the line, to be released (Options.ReleaseLines); nil for a line read into
	// memory of its own.
	slab *lineSlab
	// article and prose are the memory of a JSONL line's article and of its prose when the
	// decoder makes it, allocated with the line's rawArticle: one allocation a line, not three.
	article extract.Article
	prose   Prose
}

func (r *rawArticle) decode() Item {
	if !r.done {
		if r.line > 0 {
			r.decoded = r.parseJSONLine()
			r.decoded.slab = r.slab
		} else {
			r.decoded = parseDocument(r.name, r.ext, r.data, r.defaultDate)
		}
		r.done = true
	}
	return r.decoded
}

// parseJSONLine decodes the JSONL line r holds into r's article.
func (r *rawArticle) parseJSONLine() Item {
	f, err := decodeLine(r.data)
	if err != nil {
		return Item{Err: fmt.Errorf("%s line %d: %w", r.name, r.line, lineError(err))}
	}
	if !f.hasText {
		return Item{Err: fmt.Errorf("%s line %d: no \"text\" field", r.name, r.line)}
	}
	id := f.id
	if id == "" {
		id = fmt.Sprintf("%s:%d", r.name, r.line)
	}
	// The text is valid UTF-8, so that offsets fall on character boundaries: both decoders
	// turn each bad byte into U+FFFD (FuzzReadJSONL holds them to it), and checking
	// again would read every article once more.
	text := f.text
	if !f.crFree {
		text = loneCRToLF(text)
	}
	a := &r.article
	*a = extract.Article{ID: id, Text: text, URL: f.url, Title: f.title}
	var dateErr error
	if f.published != "" {
		d, err := parsePublished(f.published)
		if err != nil {
			dateErr = fmt.Errorf("%s line %d: published: %w; the article is checked without it", r.name, r.line, err)
		}
		a.Published = d
	}
	item := Item{Article: a, Err: dateErr}
	if f.normalText {
		// The decoder met every character Normalize would look at: the prose is the text.
		r.prose = Prose{Text: a.Text}
		item.prose = &r.prose
	}
	if a.Published.IsZero() && dateErr == nil {
		if d, ok := item.findDateline(); ok {
			a.Published = d
		}
	}
	if a.Published.IsZero() {
		a.Published = r.defaultDate
	}
	return item
}

// readLine returns the next line without its end, read into buf's memory when it fits. A
// line longer than max is consumed and dropped, and tooLong is true.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, tooLong bool, err error) {
	buf = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = appendDoubling(buf, chunk, int(max+1))
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, false, err
		}
		for len(buf) > 0 && (buf[len(buf)-1] == '\n' || buf[len(buf)-1] == '\r') {
			buf = buf[:len(buf)-1]
		}
		return buf, tooLong, err
	}
}

// appendDoubling appends chunk to buf, doubling its capacity up to limit when it must grow:
// append's gentler growth for large slices would allocate five times a long line on the way.
func appendDoubling(buf, chunk []byte, limit int) []byte {
	if len(buf) == 0 && len(chunk) > cap(buf) {
		// A line read in one piece, as most are: copied into a slice of its size, which
		// append leaves unzeroed (make would clear it first).
		return append([]byte(nil), chunk...)
	}
	if need := len(buf) + len(chunk); need > cap(buf) {
		grown := make([]byte, len(buf), max(need, min(2*cap(buf), limit)))
		copy(grown, buf)
		buf = grown
	}
	return append(buf, chunk...)
}

// crLines reads a file whose lines end in a lone CR with LF in place of every CR.
type crLines struct{ r io.Reader }

func (c crLines) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := bytes.IndexByte(p[:n], '\r'); i >= 0; i = bytes.IndexByte(p[:n], '\r') {
		p[i] = '\n'
	}
	return n, err
}

// readStdin reads standard input as JSONL, streamed line by line like a file, when it starts
// as a JSON object does; else as one article, capped at MaxBytes like a file.
func readStdin(r io.Reader, opts Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(decodeUnicode(r), 64<<10)
	if startsAsJSONObject(br) {
		return readJSONL("stdin", br, opts, fn)
	}
	return readStream("stdin", "", br, opts, fn)
}

// startsAsJSONObject reports whether what follows a byte-order mark and white space begins a
// JSON object: '{' and, after white space, a key's quote or the closing '}'. A text may open
// with a brace too ("{Editor's note} ..."), and was refused as a bad JSON line. It looks no
// further than the reader's buffer and consumes nothing.
func startsAsJSONObject(br *bufio.Reader) bool {
	brace := false
	for n := 1; n <= br.Size(); n++ {
		peeked, _ := br.Peek(n)
		if len(peeked) < n {
			return false
		}
		if !brace && n <= 3 && bytes.HasPrefix([]byte("\xef\xbb\xbf"), peeked) {
			continue
		}
		switch c := peeked[n-1]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			continue
		case !brace && c == '{':
			brace = true
			continue
		case brace:
			return c == '"' || c == '}'
		}
		return false
	}
	return false
}

// decodeText removes a byte-order mark, replaces invalid UTF-8, so that every offset into the
// result falls on a character boundary, and turns the lone CR line ends of old Mac files into
// LF, byte for byte, so that lines and sentences end where they should and offsets still
// point into the file as read.
func decodeText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !utf8.Valid(data) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return loneCRToLF(text)
}

// findDateline looks for a dateline at the top of the article, normalised: a no-break space
// inside "4\u00a0March 2025" must not hide it. The article's text is normalised whole, and
// the prose kept for Prose to give (Normalize works a character at a time, so the prose of
// the top is the top of the prose); the text of a Markdown file, whose prose is its text
// with the code blanked, only at the top.
func (it *Item) findDateline() (time.Time, bool) {
	text := it.Article.Text
	top := safeCut(text, 4<<10)
	if it.markdown {
		return timex.Dateline(unemphasisedLines(Normalize(text[:top]).Text))
	}
	if it.prose == nil {
		prose := Normalize(text)
		it.prose = &prose
	}
	return timex.Dateline(it.prose.Text[:it.prose.proseOffset(top)])
}

// unemphasisedLines blanks the emphasis markers that open and close a Markdown line
// ("*Published 12 March 2024*", "**By Jane Smith, 12 March 2024**"), which would hide the
// date line from the dateline reader. Offsets stay as they were.
func unemphasisedLines(text string) string {
	if !strings.ContainsAny(text, "*_") {
		return text
	}
	b := []byte(text)
	for start := 0; start < len(b); {
		end := bytes.IndexByte(b[start:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += start
		}
		i := start
		for i < end && (b[i] == '*' || b[i] == '_') {
			b[i] = ' '
			i++
		}
		j := end
		for j > i && (b[j-1] == ' ' || b[j-1] == '\r') {
			j--
		}
		for j > i && (b[j-1] == '*' || b[j-1] == '_') {
			b[j-1] = ' '
			j--
		}
		start = end + 1
	}
	return string(b)
}

// safeCut returns the largest offset at most n that falls on a character boundary of text.
func safeCut(text string, n int) int {
	if n >= len(text) {
		return len(text)
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return n
}

// loneCRToLF replaces each CR not followed by LF with LF; CRLF stays.
func loneCRToLF(text string) string {
	i := strings.IndexByte(text, '\r')
	if i < 0 {
		return text
	}
	b := []byte(text)
	for ; i < len(b); i++ {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

// publishedLayouts are forms of publication timestamps seen in feeds and scrapes that
// timex.ParseDate does not read: offsets without a colon, a space before the zone.
var publishedLayouts = []string{
	"2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.999999999-0700", "2006-01-02 15:04:05-07:00",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 MST", time.RFC1123Z, time.RFC1123, time.RFC850,
}

// parsePublished reads a publication date from a JSONL field or an HTML meta tag.
func parsePublished(value string) (time.Time, error) {
	v := strings.TrimSpace(value)
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return timex.ParseDate(v)
}

// display returns a file name fit for a one-line message: quoted when it holds a line break,
// another control character or a bidi control.
func display(name string) string {
	if termsafe.Needs(name, false) {
		return strconv.Quote(name)
	}
	return name
}

// isBinary reports a NUL byte, or mostly control bytes, in the first few kilobytes: text
// files have neither.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			control++
		}
	}
	return control*10 > len(head)
}

// unwrapPathError drops the path that os errors repeat, since callers name the file already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
