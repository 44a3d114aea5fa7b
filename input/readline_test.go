package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// wantLines splits data as readLine must: lines without their CR and LF ends, a line
// longer than maxBytes+1 bytes with its line feed marked too long, the last piece (perhaps
// empty) ending the input.
func wantLines(data string, maxBytes int64) []string {
	var lines []string
	for {
		i := strings.IndexByte(data, '\n')
		raw := data
		if i >= 0 {
			raw = data[:i+1]
		}
		if int64(len(raw)) > maxBytes+1 {
			lines = append(lines, "TOO LONG")
		} else {
			lines = append(lines, strings.TrimRight(raw, "\r\n"))
		}
		if i < 0 {
			return lines
		}
		data = data[i+1:]
	}
}

// readAllLines reads every line of r with readLine through a small buffer (so that long
// lines come in many pieces), keeping the lines as handed out (no copy), and returns them
// once the input ends: a line written over after it was handed out (it is given away, and
// decoded in place) would show.
func readAllLines(t *testing.T, r io.Reader, maxBytes int64) []string {
	t.Helper()
	br := bufio.NewReaderSize(r, 16)
	var kept [][]byte
	var tooLong []bool
	for {
		line, long, err := readLine(br, maxBytes, nil)
		if err != nil && err != io.EOF {
			t.Fatalf("next: %v", err)
		}
		kept, tooLong = append(kept, line), append(tooLong, long)
		if err == io.EOF {
			break
		}
	}
	lines := make([]string, len(kept))
	for i, line := range kept {
		lines[i] = string(line)
		if tooLong[i] {
			lines[i] = "TOO LONG"
		}
	}
	return lines
}

func TestReadLineHandsOutLinesNeverWrittenAgain(t *testing.T) {
	long := strings.Repeat("x", 70<<10) // longer than a bufio buffer
	for _, tt := range []struct {
		name     string
		data     string
		maxBytes int64
	}{
		{"short lines", "a\nbb\r\n\nccc", 100},
		{"a last line ended", "a\nb\n", 100},
		{"empty", "", 100},
		{"CR and LF runs trimmed", "a\r\r\n\r\nb\r", 100},
		{"many lines", strings.Repeat("line of some length\n", 10000) + "end", 1 << 20},
		{"lines longer than the buffer", "a\n" + long + "\nb\n" + long + long + "\nc", 1 << 20},
		{"lines too long dropped", "a\n" + long + "\nb\n" + strings.Repeat("y", 3*len(long)) + "\nc\n" + long, 1000},
		{"a line as long as allowed", strings.Repeat("z", 50) + "\n" + strings.Repeat("z", 51) + "\n" + strings.Repeat("z", 51), 50},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want := wantLines(tt.data, tt.maxBytes)
			for name, r := range map[string]io.Reader{
				"whole":         strings.NewReader(tt.data),
				"a byte a read": iotest.OneByteReader(strings.NewReader(tt.data)),
				"half a read":   iotest.HalfReader(strings.NewReader(tt.data)),
				"EOF with data": iotest.DataErrReader(strings.NewReader(tt.data)),
			} {
				got := readAllLines(t, r, tt.maxBytes)
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("%s: %d lines %.200q, want %d %.200q", name, len(got), got, len(want), want)
				}
			}
		})
	}
}

func TestReadLineReturnsTheReadersError(t *testing.T) {
	broken := errors.New("disk on fire")
	br := bufio.NewReaderSize(io.MultiReader(strings.NewReader("a\nb\npart"), iotest.ErrReader(broken)), 16)
	var got []string
	for {
		line, _, err := readLine(br, 100, nil)
		if err != nil {
			if !errors.Is(err, broken) {
				t.Fatalf("err = %v, want %v", err, broken)
			}
			break
		}
		got = append(got, string(line))
	}
	if strings.Join(got, "|") != "a|b" {
		t.Errorf("lines before the error = %q, want a and b (the line cut is dropped)", got)
	}
}

// FuzzReadLine splits any input as wantLines does, read in pieces of any size.
func FuzzReadLine(f *testing.F) {
	f.Add([]byte("a\nb\r\n\nc"), uint16(3), uint8(1))
	f.Add(bytes.Repeat([]byte("ab\n"), 100), uint16(5), uint8(7))
	f.Fuzz(func(t *testing.T, data []byte, maxBytes uint16, piece uint8) {
		r := io.Reader(bytes.NewReader(data))
		if piece > 0 {
			r = &pieceReader{data: data, size: int(piece)}
		}
		got := readAllLines(t, r, int64(maxBytes))
		want := wantLines(string(data), int64(maxBytes))
		if strings.Join(got, "\x00|") != strings.Join(want, "\x00|") {
			t.Errorf("lines %q, want %q", got, want)
		}
	})
}

// pieceReader reads data at most size bytes at a time.
type pieceReader struct {
	data []byte
	size int
}

func (p *pieceReader) Read(b []byte) (int, error) {
	if len(p.data) == 0 {
		return 0, io.EOF
	}
	n := copy(b[:min(len(b), p.size)], p.data)
	p.data = p.data[n:]
	return n, nil
}

// TestReleasedLinesAreReadIntoAgain reads JSONL with ReleaseLines, releasing items as a
// caller may, and finds the same articles as a reading that keeps every line: a line read
// into memory that an unreleased article still used would show as a wrong text. The lines
// fill several slabs; some are longer than the room a slab has left, or than a slab.
func TestReleasedLinesAreReadIntoAgain(t *testing.T) {
	long := strings.Repeat("word ", slabRoomLeast/4) // longer than the least room of a slab
	var data strings.Builder
	data.WriteString("\xef\xbb\xbf") // a byte-order mark before the first line
	texts := []string{"short", long, "after \\\"the long\\\" one", "", "\\u00e9t\\u00e9 1%", long + "again", "x"}
	for i := range 400 {
		texts = append(texts, fmt.Sprintf("article %d %s", i, strings.Repeat("of some length ", i%300)))
		if i%97 == 0 {
			texts = append(texts, "", strings.Repeat("z", slabBytes+i))
		}
	}
	for i, text := range texts {
		if text == "" {
			data.WriteString("   \n") // a blank line, read into the same memory as the next
			continue
		}
		fmt.Fprintf(&data, "{\"id\":\"a%d\",\"text\":\"%s\"}\n", i, text)
	}
	data.WriteString(`{"id":"too long","text":"` + strings.Repeat("y", 4*slabBytes) + "\"}\n")
	data.WriteString(`{"id":"last","text":"the end"}`)
	// read reads the data, releasing each item when held items came after it: in the order
	// read, or the most recent first. Every item held is checked at every step to read as it
	// did when it was decoded.
	read := func(release bool, held int, newestFirst bool) []string {
		type heldItem struct {
			item Item
			text string
		}
		var got []string
		var waiting []heldItem
		let := func(n int) {
			for len(waiting) > n {
				i := 0
				if newestFirst {
					i = len(waiting) - 1
				}
				waiting[i].item.Release()
				waiting = append(waiting[:i], waiting[i+1:]...)
			}
		}
		opts := Options{MaxBytes: 3 * slabBytes, ReleaseLines: release, DecodeLater: true}
		err := ReadDocument("corpus.jsonl", strings.NewReader(data.String()), opts, func(it Item) error {
			it = it.Decode()
			h := heldItem{item: it}
			if it.Err != nil {
				got = append(got, "error: "+it.Err.Error())
			} else {
				h.text = strings.Clone(it.Article.Text)
				got = append(got, it.Article.ID+": "+h.text)
			}
			waiting = append(waiting, h)
			for _, w := range waiting {
				if w.item.Article != nil && w.item.Article.Text != w.text {
					t.Fatalf("an article held reads %.40q, was %.40q", w.item.Article.Text, w.text)
				}
			}
			let(held)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		let(0)
		return got
	}
	items := 2 // the line too long, and the last
	for _, text := range texts {
		if text != "" {
			items++
		}
	}
	kept := read(false, 0, false)
	if len(kept) != items {
		t.Fatalf("read %d items, want %d: %.80q", len(kept), items, kept)
	}
	for _, tt := range []struct {
		held        int
		newestFirst bool
	}{{0, false}, {1, false}, {70, false}, {70, true}, {500, true}} {
		released := read(true, tt.held, tt.newestFirst)
		for i := range kept {
			if i >= len(released) || released[i] != kept[i] {
				t.Fatalf("%d held, newest first %v: item %d read with released lines differs:\n%.80q\nwant\n%.80q", tt.held, tt.newestFirst, i, released[i:], kept[i:])
			}
		}
	}
}
