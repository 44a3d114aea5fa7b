package input

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/factcheck/factcheck/internal/jsonbytes"
)

// lineFields are the fields of one JSONL article, as decoded from its line.
type lineFields struct {
	// id is the article's id as text: a string decoded, a number or literal as written;
	// empty when absent or null.
	id      string
	text    string
	hasText bool
	// normalText says the text is known to be its own prose: Normalize leaves it as it is;
	// false when it does not, or it is not known.
	normalText bool
	// crFree says the text is known to hold no carriage return; false when it may.
	crFree                bool
	published, url, title string
}

// jsonArticle is one line of a JSONL corpus, as encoding/json reads it.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
}

// decodeLine reads the fields of a JSONL line. The fast decoder below reads the common
// case, an object of string fields, in one pass; anything it is unsure of (an escaped or
// differently cased key, a repeated key, a non-string value of a known field, deep nesting,
// a syntax error) goes to encoding/json, which then gives the answer and the error message.
//
// The line is the caller's to give away: the text returned may share its bytes, unescaped
// in place (see fastDecodeLine), so the caller must neither change the line nor read it
// again afterwards.
func decodeLine(line []byte) (lineFields, error) {
	// Space around an object is no part of it, whatever kind: a vertical tab or a no-break
	// space left by an export tool does not make a good line broken. There is none around
	// an object that begins and ends the line, as nearly all do.
	if len(line) < 2 || line[0] != '{' || line[len(line)-1] != '}' {
		line = bytes.TrimSpace(line)
	}
	if f, ok := fastDecodeLine(line); ok {
		return f, nil
	}
	return slowDecodeLine(line)
}

func slowDecodeLine(line []byte) (lineFields, error) {
	var ja jsonArticle
	if err := json.Unmarshal(line, &ja); err != nil {
		return lineFields{}, err
	}
	f := lineFields{published: ja.Published, url: ja.URL, title: ja.Title}
	if ja.Text != nil {
		f.text, f.hasText = *ja.Text, true
	}
	raw := bytes.TrimSpace(ja.ID)
	switch {
	case len(raw) == 0 || string(raw) == "null":
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return lineFields{}, err
		}
		f.id = s
	default:
		f.id = string(raw)
	}
	return f, nil
}

// lineError says in JSON's words what is wrong with a line that encoding/json refused: a
// field of the wrong kind is named, without the Go type it was to be decoded into.
func lineError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return fmt.Errorf("%q must be a string, not %s", typeErr.Field, jsonValueKind(typeErr.Value))
	case errors.As(err, &typeErr):
		return fmt.Errorf("not a JSON object but %s", jsonValueKind(typeErr.Value))
	case errors.As(err, &syntax) && strings.Contains(syntax.Error(), "exceeded max depth"):
		// encoding/json stops at 10,000 levels; an article is one object of strings.
		return errors.New("not a JSON object: arrays or objects nested too deep to read")
	}
	return fmt.Errorf("not a JSON object: %w", err)
}

// jsonValueKind names a kind of JSON value as encoding/json's UnmarshalTypeError gives it
// ("number", "array", "bool"), with its article.
func jsonValueKind(value string) string {
	word, _, _ := strings.Cut(value, " ")
	switch word {
	case "bool":
		return "true or false"
	case "array", "object":
		return "an " + word
	}
	return "a " + word
}

// Fields known to the fast decoder, as bits of a set of fields seen.
const (
	fieldID = 1 << iota
	fieldText
	fieldPublished
	fieldURL
	fieldTitle
)

// knownFields names the known fields, for a key matched without regard to case.
var knownFields = []string{"id", "text", "published", "url", "title"}

// knownField returns the field a key names, or 0 for none; a switch tells it without
// hashing the key.
func knownField(key []byte) int {
	switch string(key) {
	case "id":
		return fieldID
	case "text":
		return fieldText
	case "published":
		return fieldPublished
	case "url":
		return fieldURL
	case "title":
		return fieldTitle
	}
	return 0
}

// maxSkipDepth bounds the nesting of unknown values the fast decoder skips; deeper ones go
// to encoding/json, which has its own limit.
const maxSkipDepth = 32

// fastDecodeLine decodes a JSON object whose known fields are strings (id may also be a
// number, true or false; any known field null). ok is false when the line is anything else,
// including invalid JSON: the caller then asks encoding/json. When ok is true the fields are
// exactly those encoding/json would give.
//
// The text, most of the line, is not copied: once the whole line has been read and found
// good (and only then, so that encoding/json reads the line as it came when ok is false),
// its escapes are decoded in place and the text shares the line's bytes. Unescaping never
// makes a valid UTF-8 string longer; a text with invalid UTF-8, whose bad bytes become the
// longer U+FFFD, is copied.
func fastDecodeLine(line []byte) (f lineFields, ok bool) {
	d := fastDecoder{data: line}
	d.space()
	if !d.byte('{') {
		return f, false
	}
	seen := 0
	d.space()
	if d.byte('}') {
		return f, d.end()
	}
	defer func() {
		if ok && d.text.read {
			f.text = d.text.unescape(line, true)
			f.normalText, f.crFree = d.text.normal, !d.text.cr
		}
	}()
	for {
		d.space()
		key, ok := d.plainKey()
		if !ok {
			return f, false
		}
		d.space()
		if !d.byte(':') {
			return f, false
		}
		d.space()
		field := knownField(key)
		if field == 0 {
			for _, name := range knownFields {
				// encoding/json matches keys without regard to case.
				if strings.EqualFold(name, string(key)) {
					return f, false
				}
			}
			if !d.skipValue(0) {
				return f, false
			}
		} else {
			if seen&field != 0 {
				return f, false // the last one wins in encoding/json, with subtleties for null
			}
			seen |= field
			if !d.knownValue(field, &f) {
				return f, false
			}
		}
		d.space()
		if d.byte(',') {
			continue
		}
		if d.byte('}') {
			return f, d.end()
		}
		return f, false
	}
}

type fastDecoder struct {
	data []byte
	pos  int
	// text is the text field's string, checked but not decoded yet.
	text checkedString
}

// checkedString is a JSON string of the line found good: it ends, its escapes are valid, and
// it holds no control byte.
type checkedString struct {
	// start and end bound its body, between the quotes.
	start, end int
	// clean says the body is valid UTF-8, as most are.
	clean bool
	// normal says Normalize leaves the value as it is: no character of the body is one it
	// changes (ASCII never is), and there is no \u escape (\u0041 would do, but is rare
	// enough to pass as one that does not).
	normal bool
	// cr says an escape may stand for a carriage return (\r, or any \u escape); a string
	// without one holds none, as JSON's strings hold no control byte as it is.
	cr bool
	// read says a good string was read; the zero checkedString is none.
	read bool
}

func (d *fastDecoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *fastDecoder) byte(c byte) bool {
	if d.pos < len(d.data) && d.data[d.pos] == c {
		d.pos++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (d *fastDecoder) end() bool {
	d.space()
	return d.pos == len(d.data)
}

// plainKey reads a key of printable ASCII without escapes; other keys are left to
// encoding/json.
func (d *fastDecoder) plainKey() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.pos
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			key := d.data[start:d.pos]
			d.pos++
			return key, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, false
		}
		d.pos++
	}
	return nil, false
}

func (d *fastDecoder) knownValue(field int, f *lineFields) bool {
	if d.pos >= len(d.data) {
		return false
	}
	switch c := d.data[d.pos]; {
	case c == '"' && field == fieldText:
		d.text, f.hasText = d.checkString(), true
		return d.text.read
	case c == '"':
		s, ok := d.str()
		if !ok {
			return false
		}
		switch field {
		case fieldID:
			f.id = s
		case fieldPublished:
			f.published = s
		case fieldURL:
			f.url = s
		case fieldTitle:
			f.title = s
		}
		return true
	case c == 'n':
		// null leaves a string as it was and sets the text pointer to nil; each field comes
		// once here, so both mean "absent".
		return d.literal("null")
	case field == fieldID && (c == '-' || c >= '0' && c <= '9'):
		start := d.pos
		if !d.number() {
			return false
		}
		f.id = string(d.data[start:d.pos])
		return true
	case field == fieldID && (c == 't' || c == 'f'):
		start := d.pos
		if !d.literal("true") && !d.literal("false") {
			return false
		}
		f.id = string(d.data[start:d.pos])
		return true
	}
	return false
}

func (d *fastDecoder) literal(word string) bool {
	if bytes.HasPrefix(d.data[d.pos:], []byte(word)) {
		d.pos += len(word)
		return true
	}
	return false
}

// number reads a number of JSON's grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
func (d *fastDecoder) number() bool {
	d.byte('-')
	switch {
	case d.byte('0'):
	case d.digit19():
		d.digits()
	default:
		return false
	}
	if d.byte('.') {
		if d.digits() == 0 {
			return false
		}
	}
	if d.byte('e') || d.byte('E') {
		if !d.byte('+') {
			d.byte('-')
		}
		if d.digits() == 0 {
			return false
		}
	}
	return true
}

func (d *fastDecoder) digit19() bool {
	if d.pos < len(d.data) && d.data[d.pos] >= '1' && d.data[d.pos] <= '9' {
		d.pos++
		return true
	}
	return false
}

func (d *fastDecoder) digits() int {
	n := 0
	for d.pos < len(d.data) && d.data[d.pos] >= '0' && d.data[d.pos] <= '9' {
		d.pos++
		n++
	}
	return n
}

// skipValue passes over any valid JSON value, checking its syntax.
func (d *fastDecoder) skipValue(depth int) bool {
	if d.pos >= len(d.data) || depth > maxSkipDepth {
		return false
	}
	switch c := d.data[d.pos]; {
	case c == '"':
		return d.skipString()
	case c == '{':
		d.pos++
		d.space()
		if d.byte('}') {
			return true
		}
		for {
			d.space()
			if d.pos >= len(d.data) || d.data[d.pos] != '"' || !d.skipString() {
				return false
			}
			d.space()
			if !d.byte(':') {
				return false
			}
			d.space()
			if !d.skipValue(depth + 1) {
				return false
			}
			d.space()
			if d.byte(',') {
				continue
			}
			return d.byte('}')
		}
	case c == '[':
		d.pos++
		d.space()
		if d.byte(']') {
			return true
		}
		for {
			d.space()
			if !d.skipValue(depth + 1) {
				return false
			}
			d.space()
			if d.byte(',') {
				continue
			}
			return d.byte(']')
		}
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	}
	return false
}

// skipString passes over a string, checking its escapes; invalid UTF-8 is allowed, as in
// encoding/json.
func (d *fastDecoder) skipString() bool {
	d.pos++ // the opening quote
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return true
		case c == '\\':
			if !d.skipEscape() {
				return false
			}
			continue
		case c < 0x20:
			return false
		}
		d.pos++
	}
	return false
}

// str reads a string at d.pos and returns its value, a copy: escapes decoded, each byte of
// invalid UTF-8 and each unpaired surrogate turned into U+FFFD, as encoding/json does.
func (d *fastDecoder) str() (string, bool) {
	checked := d.checkString()
	if !checked.read {
		return "", false
	}
	return checked.unescape(d.data, false), true
}

// checkString passes over the string at d.pos, checking it whole (its end, its escapes, no
// control byte, whether it is valid UTF-8); read is false when it is not a valid string.
//
// Article texts are long runs of plain ASCII between escapes (mostly \n) and the odd
// character beyond ASCII, so the string is read in one sweep from one byte that is none of
// plain ASCII to the next: the closing quote, the escapes, control bytes and other
// characters are all found by it. With AVX2, jsonbytes.PassEscapes passes over the escapes of
// two bytes as well, and this loop sees only the rest and the last bytes; else
// jsonbytes.NextIn finds each.
func (d *fastDecoder) checkString() checkedString {
	data := d.data
	s := checkedString{start: d.pos + 1, clean: true, normal: true}
	for i := s.start; ; {
		if useAVX2 && len(data)-i >= 32 {
			i += jsonbytes.PassEscapes(&data[i], len(data)-i)
		}
		if i >= len(data) {
			return checkedString{}
		}
		c := data[i]
		if !jsonbytes.IsSpecial(c) { // escapes come in runs: "\n\n" between paragraphs
			if i = jsonbytes.NextIn(data, i); i == len(data) {
				return checkedString{}
			}
			c = data[i]
		}
		switch {
		case c == '"':
			s.end, s.read = i, true
			d.pos = i + 1
			return s
		case c == '\\':
			if i+1 >= len(data) {
				return checkedString{}
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 't':
				i += 2
			case 'r':
				s.cr = true
				i += 2
			case 'u':
				s.normal, s.cr = false, true
				e := fastDecoder{data: data, pos: i + 2}
				if _, ok := e.hex4(); !ok {
					return checkedString{}
				}
				i = e.pos
			default:
				return checkedString{}
			}
		case c < 0x20:
			return checkedString{}
		default:
			i = s.passOther(data, i)
		}
	}
}

// passOther passes over the characters beyond ASCII from data[i], one of them, and the plain
// ASCII between them, up to a quote, a backslash, a control byte or eight plain bytes in a
// row: a text in another script has a space or a mark every few characters, each of which
// would be a run of its own for jsonbytes.NextIn. It notes a byte of invalid UTF-8 and a character
// that Normalize changes, and returns where it stopped. No byte of a character beyond ASCII
// is a quote: the string's end is never passed over.
func (s *checkedString) passOther(data []byte, i int) int {
	for {
		if c := data[i]; c >= utf8.RuneSelf {
			// Characters that Normalize never changes and that are valid UTF-8 whatever
			// their continuation bytes: letters from U+00C0 to U+063F (Latin accents,
			// Greek, Cyrillic, Hebrew, most of Arabic; lead bytes C3 to D8) and from U+4000
			// to U+9FFF (most of the Chinese characters; E4 to E9).
			if c >= 0xC3 && c <= 0xD8 && i+1 < len(data) && data[i+1]&0xC0 == 0x80 {
				i += 2
			} else if c >= 0xE4 && c <= 0xE9 && i+2 < len(data) && data[i+1]&0xC0 == 0x80 && data[i+2]&0xC0 == 0x80 {
				i += 3
			} else {
				r, size := utf8.DecodeRune(data[i:])
				if r == utf8.RuneError && size == 1 {
					s.clean = false // decoded as U+FFFD, which Normalize leaves as it is
				} else if s.normal {
					_, changed := normalRune(r)
					s.normal = !changed
				}
				i += size
			}
		} else {
			if i+8 > len(data) {
				return i
			}
			m := jsonbytes.Specials(binary.LittleEndian.Uint64(data[i:]))
			if m == 0 {
				return i
			}
			i += bits.TrailingZeros64(m) / 8
		}
		if i >= len(data) || data[i] < utf8.RuneSelf && jsonbytes.IsSpecial(data[i]) {
			return i
		}
	}
}

// unescape returns the value of the checked string s of data: escapes decoded, each byte of
// invalid UTF-8 and each unpaired surrogate turned into U+FFFD, as encoding/json does. With
// inPlace, a clean string is decoded in data itself and the value shares its bytes: the
// caller gives data away.
func (s checkedString) unescape(data []byte, inPlace bool) string {
	body := data[s.start:s.end]
	if len(body) == 0 {
		return ""
	}
	if s.clean && inPlace {
		return unescapeInPlace(data[:s.end], s.start)
	}
	if s.clean && bytes.IndexByte(body, '\\') < 0 {
		return string(body)
	}
	// Unescaping never makes a string longer, except U+FFFD (3 bytes) for 1 bad byte; a
	// Builder hands its bytes over as the string without a copy.
	var sb strings.Builder
	sb.Grow(len(body))
	d := fastDecoder{data: data[:s.end], pos: s.start}
	for d.pos < s.end {
		runEnd := s.end
		if i := bytes.IndexByte(d.data[d.pos:], '\\'); i >= 0 {
			runEnd = d.pos + i
		}
		if s.clean {
			sb.Write(d.data[d.pos:runEnd])
		} else {
			writeRun(&sb, d.data[d.pos:runEnd]) // checked: no control byte
		}
		d.pos = runEnd
		if d.pos < s.end {
			r, _ := d.escape() // checked
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// unescapeInPlace decodes the escapes of the checked, valid UTF-8 string body from start to
// the end of data, writing its value over it from start, and returns the value as a string
// sharing those bytes. Each piece is written no further on than where it was read: a run is
// moved back by what the escapes before it saved, and an escape (2, 6 or 12 bytes) stands
// for a character of at most as many (1 to 4).
func unescapeInPlace(data []byte, start int) string {
	// Up to the first escape, the value is the body as it is.
	r := bytes.IndexByte(data[start:], '\\')
	if r < 0 {
		return unsafe.String(unsafe.SliceData(data[start:]), len(data)-start)
	}
	r += start
	w := r
	for r < len(data) {
		if useAVX2 && len(data)-r >= 32 {
			if w, r = unescapeRuns(&data[0], w, r, len(data)); r == len(data) {
				break
			}
		}
		if data[r] == '\\' {
			// All escapes but \u stand for the byte after the backslash, in a table.
			if c := data[r+1]; c != 'u' {
				data[w] = escapedByte[c]
				w, r = w+1, r+2
			} else {
				d := fastDecoder{data: data, pos: r}
				ch, _ := d.escape() // checked
				w += utf8.EncodeRune(data[w:], ch)
				r = d.pos
			}
			continue
		}
		i := bytes.IndexByte(data[r:], '\\')
		if i < 0 {
			w += copy(data[w:], data[r:])
			break
		}
		w += copy(data[w:], data[r:r+i])
		r += i
	}
	// data is given away and not written again: the string may share it.
	return unsafe.String(unsafe.SliceData(data[start:]), w-start)
}

// escapedByte maps the byte after a backslash to the byte the escape stands for, for every
// escape but \u.
var escapedByte = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// writeRun writes a run of string bytes without escapes, each byte of invalid UTF-8 as
// U+FFFD; it returns false if the run holds a control byte, which JSON forbids in a string.
func writeRun(sb *strings.Builder, run []byte) bool {
	if !hasControl(run) && utf8.Valid(run) {
		sb.Write(run)
		return true
	}
	for i := 0; i < len(run); {
		c := run[i]
		switch {
		case c < 0x20:
			return false
		case c < 0x80:
			sb.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRune(run[i:])
			if r == utf8.RuneError && size == 1 {
				sb.WriteRune(utf8.RuneError)
			} else {
				sb.Write(run[i : i+size])
			}
			i += size
		}
	}
	return true
}

// hasControl reports a byte below 0x20, eight bytes at a time: subtracting 0x20 from each
// byte sets the top bit of a byte that lacked it only if the byte was below 0x20 (or a byte
// below it borrowed, which needs such a byte first).
func hasControl(b []byte) bool {
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		if (x-0x2020202020202020)&^x&0x8080808080808080 != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// skipEscape passes over the escape at d.pos (a backslash), checking it.
func (d *fastDecoder) skipEscape() bool {
	if d.pos+1 >= len(d.data) {
		return false
	}
	c := d.data[d.pos+1]
	d.pos += 2
	switch c {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return true
	case 'u':
		_, ok := d.hex4()
		return ok
	}
	return false
}

// escape reads the escape at d.pos (a backslash) and returns the character it stands for.
func (d *fastDecoder) escape() (rune, bool) {
	if d.pos+1 >= len(d.data) {
		return 0, false
	}
	c := d.data[d.pos+1]
	d.pos += 2
	switch c {
	case '"', '\\', '/':
		return rune(c), true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'u':
		r, ok := d.hex4()
		if !ok {
			return 0, false
		}
		if utf16.IsSurrogate(r) {
			// A high surrogate and the low one after it make one character; anything else
			// is a replacement character, and what follows is read on its own.
			if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
				save := d.pos
				d.pos += 2
				if low, ok := d.hex4(); ok {
					if pair := utf16.DecodeRune(r, low); pair != utf8.RuneError {
						return pair, true
					}
				}
				d.pos = save
			}
			return utf8.RuneError, true
		}
		return r, true
	}
	return 0, false
}

func (d *fastDecoder) hex4() (rune, bool) {
	if d.pos+4 > len(d.data) {
		return 0, false
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.pos += 4
	return r, true
}
