// Package input reads articles from files, directories, JSONL corpora and standard input,
// one at a time, so that a corpus of any size streams through in bounded memory.
package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/extract/timex"
)

// Options say how articles are read.
type Options struct {
	// DefaultDate is the publication date of articles that carry none (--date); zero for none.
	DefaultDate time.Time
	// MaxBytes is the largest article read; larger ones are reported and skipped unread.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Item is one article read, or one input that could not be read. Err and Article may both be
// set: the article is then still checked, and the error reported (an unparseable date, say).
type Item struct {
	Article *extract.Article
	Err     error
}

// Extensions read when walking a directory; files named explicitly are read whatever their
// extension.
var Extensions = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true, ".jsonl": true}

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
		return readStream("stdin", "", opts.Stdin, opts, fn)
	}
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(path, "*?[") {
			matches, globErr := filepath.Glob(path)
			if globErr != nil {
				return fn(Item{Err: fmt.Errorf("%s: bad pattern: %w", path, globErr)})
			}
			if len(matches) == 0 {
				return fn(Item{Err: fmt.Errorf("%s: no file matches the pattern", path)})
			}
			sort.Strings(matches)
			for _, m := range matches {
				if err := readPath(m, opts, fn); err != nil {
					return err
				}
			}
			return nil
		}
		return fn(Item{Err: fmt.Errorf("%s: %w", path, unwrapPathError(err))})
	}
	if info.IsDir() {
		return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return fn(Item{Err: fmt.Errorf("%s: %w", p, unwrapPathError(err))})
			}
			if d.IsDir() || !Extensions[strings.ToLower(filepath.Ext(p))] {
				return nil
			}
			return readFile(p, opts, fn)
		})
	}
	return readFile(path, opts, fn)
}

func readFile(path string, opts Options, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", path, unwrapPathError(err))})
	}
	defer f.Close()
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" {
		return readJSONL(path, f, opts, fn)
	}
	if info, err := f.Stat(); err == nil && info.Size() > opts.MaxBytes {
		return fn(Item{Err: fmt.Errorf("%s: %d bytes is more than max_article_bytes (%d); not read", path, info.Size(), opts.MaxBytes)})
	}
	return readStream(path, ext, f, opts, fn)
}

// readStream reads one whole article (a text, markdown or HTML file, or stdin).
func readStream(name, ext string, r io.Reader, opts Options, fn func(Item) error) error {
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", name, unwrapPathError(err))})
	}
	if int64(len(data)) > opts.MaxBytes {
		return fn(Item{Err: fmt.Errorf("%s: more than max_article_bytes (%d); not read", name, opts.MaxBytes)})
	}
	if name == "stdin" && looksLikeJSONL(data) {
		return readJSONL(name, bytes.NewReader(data), opts, fn)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fn(Item{Err: fmt.Errorf("%s: empty file", name)})
	}
	if isBinary(data) {
		return fn(Item{Err: fmt.Errorf("%s: binary file, not text; skipped", name)})
	}
	a := &extract.Article{ID: name}
	if ext == ".html" || ext == ".htm" {
		doc, err := parseHTML(data)
		if err != nil {
			return fn(Item{Err: fmt.Errorf("%s: %w", name, err)})
		}
		a.Text, a.Title, a.Published = doc.text, doc.title, doc.published
	} else {
		a.Text = decodeText(data)
	}
	if a.Published.IsZero() {
		if d, ok := timex.Dateline(a.Text); ok {
			a.Published = d
		} else {
			a.Published = opts.DefaultDate
		}
	}
	return fn(Item{Article: a})
}

// jsonArticle is one line of a JSONL corpus.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
}

// readJSONL reads one article per line. A line that is not a JSON object with a text is
// reported with its number and the other lines go on. Lines longer than MaxBytes are skipped
// without being held in memory.
func readJSONL(name string, r io.Reader, opts Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, opts.MaxBytes)
		if err != nil && err != io.EOF {
			return fn(Item{Err: fmt.Errorf("%s line %d: %w", name, lineNo, err)})
		}
		if tooLong {
			if ferr := fn(Item{Err: fmt.Errorf("%s line %d: more than max_article_bytes (%d); not read", name, lineNo, opts.MaxBytes)}); ferr != nil {
				return ferr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if ferr := fn(parseJSONLine(name, lineNo, line, opts)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func parseJSONLine(name string, lineNo int, line []byte, opts Options) Item {
	if lineNo == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	var ja jsonArticle
	if err := json.Unmarshal(line, &ja); err != nil {
		return Item{Err: fmt.Errorf("%s line %d: not a JSON object: %w", name, lineNo, err)}
	}
	if ja.Text == nil {
		return Item{Err: fmt.Errorf("%s line %d: no \"text\" field", name, lineNo)}
	}
	id := strings.Trim(string(ja.ID), `"`)
	if id == "" || id == "null" {
		id = fmt.Sprintf("%s:%d", name, lineNo)
	}
	a := &extract.Article{ID: id, Text: strings.ToValidUTF8(*ja.Text, "\uFFFD"), URL: ja.URL, Title: ja.Title}
	var dateErr error
	if ja.Published != "" {
		d, err := timex.ParseDate(ja.Published)
		if err != nil {
			dateErr = fmt.Errorf("%s line %d: published: %w", name, lineNo, err)
		}
		a.Published = d
	}
	if a.Published.IsZero() && dateErr == nil {
		if d, ok := timex.Dateline(a.Text); ok {
			a.Published = d
		}
	}
	if a.Published.IsZero() {
		a.Published = opts.DefaultDate
	}
	return Item{Article: a, Err: dateErr}
}

// readLine returns the next line without its end. A line longer than max is consumed and
// dropped, and tooLong is true.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, false, err
		}
		buf = bytes.TrimRight(buf, "\r\n")
		return buf, tooLong, err
	}
}

func looksLikeJSONL(data []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(trimmed) > 0 && trimmed[0] == '{'
}

// decodeText removes a byte-order mark and replaces invalid UTF-8, so that every offset into
// the result falls on a character boundary.
func decodeText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
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
