package reference

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// decodeRevisions reads a cache file of revisions as json.Unmarshal does. Every check run
// that needs a margin reads the whole file, ten thousand percentiles, and encoding/json spent
// a tenth of the instructions of a run on a short article doing it (it scans the text twice
// and sets each number through reflection). The file is read directly when it is laid out as
// json.Marshal writes a Revisions (fields in order, no spaces); anything else, a file written
// by hand or damaged, goes to json.Unmarshal, so that what is accepted and what it yields stay
// the same.
func decodeRevisions(data []byte) (Revisions, error) {
	d := revisionsDecoder{data: string(data)}
	if r, ok := d.revisions(); ok && d.at == len(data) {
		return r, nil
	}
	var r Revisions
	err := json.Unmarshal(data, &r)
	return r, err
}

// revisionsDecoder reads json.Marshal's layout of a Revisions; each method reports false at
// the first byte it does not expect, and the caller falls back to json.Unmarshal.
type revisionsDecoder struct {
	data string
	at   int
}

func (d *revisionsDecoder) revisions() (Revisions, bool) {
	var r Revisions
	ok := d.literal(`{"fingerprint":`) && d.string(&r.Fingerprint) && d.literal(`,"cells":`)
	if !ok {
		return r, false
	}
	if d.literal("null") {
		return r, d.literal("}")
	}
	if !d.literal("[") {
		return r, false
	}
	r.Cells = []RevisionCell{}
	for first := true; !d.literal("]"); first = false {
		if !first && !d.literal(",") {
			return r, false
		}
		var c RevisionCell
		if !d.cell(&c) {
			return r, false
		}
		r.Cells = append(r.Cells, c)
	}
	return r, d.literal("}")
}

func (d *revisionsDecoder) cell(c *RevisionCell) bool {
	return d.literal(`{"indicator":`) && d.string(&c.Indicator) &&
		d.literal(`,"age":`) && d.string(&c.Age) &&
		d.literal(`,"unit":`) && d.string(&c.Unit) &&
		d.literal(`,"sources":`) && d.strings(&c.Sources) &&
		d.literal(`,"figures":`) && d.int(&c.Figures) &&
		d.literal(`,"revised":`) && d.int(&c.Revised) &&
		d.literal(`,"quantiles":`) && d.floats(&c.Quantiles) &&
		d.literal("}")
}

// literal consumes s when the text goes on with it.
func (d *revisionsDecoder) literal(s string) bool {
	if len(d.data)-d.at < len(s) || d.data[d.at:d.at+len(s)] != s {
		return false
	}
	d.at += len(s)
	return true
}

// string reads a string without escapes, in valid UTF-8 (json.Unmarshal would replace
// invalid bytes); one with escapes ("<1y" is written "\u003c1y") is read by json.Unmarshal.
func (d *revisionsDecoder) string(s *string) bool {
	if !d.literal(`"`) {
		return false
	}
	start, escaped := d.at, false
	for ; d.at < len(d.data) && d.data[d.at] != '"'; d.at++ {
		switch c := d.data[d.at]; {
		case c == '\\':
			escaped = true
			d.at++ // the escaped byte, which may be a quote
		case c < 0x20:
			return false
		}
	}
	if d.at >= len(d.data) {
		return false
	}
	text := d.data[start:d.at]
	d.at++ // the closing quote
	if escaped {
		return json.Unmarshal([]byte(d.data[start-1:d.at]), s) == nil
	}
	if !utf8.ValidString(text) {
		return false
	}
	*s = text
	return true
}

// strings reads null (a nil slice) or an array of strings (never nil, as json.Unmarshal
// makes it).
func (d *revisionsDecoder) strings(list *[]string) bool {
	if d.literal("null") {
		*list = nil
		return true
	}
	if !d.literal("[") {
		return false
	}
	*list = []string{}
	for first := true; !d.literal("]"); first = false {
		var s string
		if !first && !d.literal(",") || !d.string(&s) {
			return false
		}
		*list = append(*list, s)
	}
	return true
}

// floats reads null (a nil slice) or an array of numbers (never nil, as json.Unmarshal makes
// it).
func (d *revisionsDecoder) floats(list *[]float64) bool {
	if d.literal("null") {
		*list = nil
		return true
	}
	if !d.literal("[") {
		return false
	}
	*list = make([]float64, 0, 101)
	for first := true; !d.literal("]"); first = false {
		if !first && !d.literal(",") {
			return false
		}
		number, ok := d.number()
		if !ok {
			return false
		}
		x, err := strconv.ParseFloat(number, 64)
		if err != nil {
			return false
		}
		*list = append(*list, x)
	}
	return true
}

// int reads a number written as an integer, as json.Unmarshal sets an int field: a fraction
// or an exponent is an error there, and here the reason to fall back.
func (d *revisionsDecoder) int(n *int) bool {
	number, ok := d.number()
	if !ok {
		return false
	}
	x, err := strconv.ParseInt(number, 10, 0)
	if err != nil {
		return false
	}
	*n = int(x)
	return true
}

// number reads a number in JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?,
// narrower than what strconv parses (no "+1", "01", "Inf" or hexadecimal).
func (d *revisionsDecoder) number() (string, bool) {
	start := d.at
	digits := func() int {
		from := d.at
		for d.at < len(d.data) && '0' <= d.data[d.at] && d.data[d.at] <= '9' {
			d.at++
		}
		return d.at - from
	}
	d.literal("-")
	if d.literal("0") {
		if d.at < len(d.data) && '0' <= d.data[d.at] && d.data[d.at] <= '9' {
			return "", false
		}
	} else if digits() == 0 {
		return "", false
	}
	if d.literal(".") && digits() == 0 {
		return "", false
	}
	if d.literal("e") || d.literal("E") {
		if !d.literal("+") {
			d.literal("-")
		}
		if digits() == 0 {
			return "", false
		}
	}
	return d.data[start:d.at], true
}
