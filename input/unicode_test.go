package input

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func utf16Bytes(s string, order binary.AppendByteOrder) []byte {
	var b []byte
	b = order.AppendUint16(b, 0xFEFF)
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

func utf32Bytes(s string, order binary.AppendByteOrder) []byte {
	var b []byte
	b = order.AppendUint32(b, 0xFEFF)
	for _, r := range s {
		b = order.AppendUint32(b, uint32(r))
	}
	return b
}

func TestReadDecodesUTF16AndUTF32WithAByteOrderMark(t *testing.T) {
	const text = "Russia\u2019s economy grew 3.6% in 2023.\n"
	jsonl := `{"id":"a","text":"Inflation was 7.4% in 2023."}` + "\n"
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"UTF-16 little-endian", "le16.txt", utf16Bytes(text, binary.LittleEndian), text},
		{"UTF-16 big-endian", "be16.txt", utf16Bytes(text, binary.BigEndian), text},
		{"UTF-32 little-endian", "le32.txt", utf32Bytes(text, binary.LittleEndian), text},
		{"UTF-32 big-endian", "be32.txt", utf32Bytes(text, binary.BigEndian), text},
		{"UTF-16 HTML", "page.html", utf16Bytes("<p>Unemployment was 5.1%.</p>", binary.LittleEndian), "Unemployment was 5.1%.\n"},
		{"UTF-16 JSON lines", "corpus.jsonl", utf16Bytes(jsonl, binary.LittleEndian), "Inflation was 7.4% in 2023."},
		{"UTF-32 JSON lines", "corpus32.jsonl", utf32Bytes(jsonl, binary.BigEndian), "Inflation was 7.4% in 2023."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, t.TempDir(), tt.file, string(tt.data))
			ids, texts, errs := collect(t, []string{path}, Options{})
			if len(errs) > 0 || len(ids) != 1 {
				t.Fatalf("articles %q, errors %q; want one article", ids, errs)
			}
			if got := texts[ids[0]]; got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("UTF-16 on standard input", func(t *testing.T) {
		var got []string
		err := Read([]string{"-"}, Options{Stdin: bytes.NewReader(utf16Bytes(jsonl, binary.LittleEndian))}, func(it Item) error {
			if it.Err != nil {
				t.Errorf("error: %v", it.Err)
			}
			if it.Article != nil {
				got = append(got, it.Article.Text)
			}
			return nil
		})
		if err != nil || len(got) != 1 || got[0] != "Inflation was 7.4% in 2023." {
			t.Errorf("read %q, %v", got, err)
		}
	})
	t.Run("UTF-16 without a mark is still binary", func(t *testing.T) {
		path := write(t, t.TempDir(), "nobom.txt", string(utf16Bytes(text, binary.LittleEndian)[2:]))
		_, _, errs := collect(t, []string{path}, Options{})
		if len(errs) != 1 || !strings.Contains(errs[0], "binary file") {
			t.Errorf("errors = %q, want binary file", errs)
		}
	})
}

func TestNormalizeMakesNumbersReadable(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a no-break space before a figure", "grew\u00a05.0%", "grew 5.0%"},
		{"a narrow no-break space as a thousands separator", "13\u202f000 workers", "13 000 workers"},
		{"thin, em and ideographic spaces", "a\u2009b\u2003c\u3000d", "a b c d"},
		{"the Unicode minus sign", "shrank by \u22120.5%", "shrank by -0.5%"},
		{"zero-width characters inside a number", "grew 3\u200b.\u200d6% \ufeff", "grew 3.6% "},
		{"bidi overrides and isolates", "\u202e2.3%\u202c and \u20662024\u2069", "2.3% and 2024"},
		{"a soft hyphen", "in\u00adflation", "inflation"},
		{"Arabic-Indic digits", "\u0663\u066b\u0665\u066a", "3.5%"},
		{"Extended Arabic-Indic digits", "\u06f1\u06f9\u06f9\u06f8", "1998"},
		{"Devanagari digits", "\u0968\u0966\u0968\u0967", "2021"},
		{"fullwidth digits and percent sign", "\uff13\uff0e\uff16\uff05", "3.6%"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"ASCII text is left alone", "Growth was 2% in 2023.\n", "Growth was 2% in 2023.\n"},
		{"other letters are left alone", "Grüße, «3%» – 4€ ≈ ±1", "Grüße, «3%» – 4€ ≈ ±1"},
		{"invalid UTF-8 is left alone", "a\xffb\u00a0c", "a\xffb c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in).Text; got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestProseOriginalMapsOffsetsBackToTheTextAsRead(t *testing.T) {
	tests := []struct {
		name, text, find, want string
	}{
		{"after a no-break space", "It grew\u00a05.0% in 2023.", "5.0%", "5.0%"},
		{"a minus sign", "GDP fell \u22120.5% last year", "-0.5%", "\u22120.5%"},
		{"zero-width characters inside", "grew 3\u200b.6%\u200b in", "3.6%", "3\u200b.6%"},
		{"Arabic-Indic digits", "\u0646\u0645\u0627 \u0663\u066b\u0665\u066a.", "3.5%", "\u0663\u066b\u0665\u066a"},
		{"fullwidth", "\u6210\u957f\uff13\uff0e\uff16\uff05\u3002", "3.6%", "\uff13\uff0e\uff16\uff05"},
		{"after a dropped mark at the start", "\u200e5%", "5%", "5%"},
		{"no change", "grew 5% in 2023", "5%", "5%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Normalize(tt.text)
			i := strings.Index(p.Text, tt.find)
			if i < 0 {
				t.Fatalf("prose %q lacks %q", p.Text, tt.find)
			}
			start, end := p.Original(i, i+len(tt.find))
			if got := tt.text[start:end]; got != tt.want {
				t.Errorf("original of %q = %q (%d:%d), want %q", tt.find, got, start, end, tt.want)
			}
		})
	}
}

func TestReadHTMLSeparatesCellsAndBlocks(t *testing.T) {
	tests := []struct{ name, page, want, notWant string }{
		{"table cells", "<table><tr><td>Growth was</td><td>-0.87%</td></tr></table>", "Growth was -0.87%", "was-0.87%"},
		{"header cells", "<table><tr><th>2023</th><th>2024</th></tr></table>", "2023 2024", "20232024"},
		{"a block inside a paragraph's text", "<p>Output fell<div>5% in 2023</div></p>", "Output fell\n5% in 2023", "fell5%"},
		{"list items", "<ul><li>GDP 2%</li><li>CPI 3%</li></ul>", "GDP 2%\nCPI 3%", "2%CPI"},
		{"a line break", "Debt was 90<br>5% of it foreign", "Debt was 90\n5% of it", "905%"},
		{"space before an inline element's text", "<p><b>grew</b> 5% in 2023</p>", "grew 5% in 2023", "grew5%"},
		{"no space where there was none", "<p>grew <b>5</b>% in 2023</p>", "grew 5% in 2023", "5 %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.text, tt.want) || strings.Contains(doc.text, tt.notWant) {
				t.Errorf("text = %q, want %q and not %q", doc.text, tt.want, tt.notWant)
			}
		})
	}
}

func TestReadHTMLLeavesHiddenTextOut(t *testing.T) {
	tests := []struct{ name, page string }{
		{"the hidden attribute", `<p>Growth was 2%.</p><p hidden>Growth was 99%.</p>`},
		{"display:none", `<p>Growth was 2%.</p><div style="color: red; DISPLAY : none">Growth was 99%.</div>`},
		{"visibility:hidden", `<p>Growth was 2%.</p><span style="visibility:hidden !important">Growth was 99%.</span>`},
		{"a template", `<p>Growth was 2%.</p><template><p>Growth was 99%.</p></template>`},
		{"a textarea", `<p>Growth was 2%.</p><textarea>Growth was 99%.</textarea>`},
		{"a script", `<p>Growth was 2%.</p><script>var s = "Growth was 99%."</script>`},
		{"a style", `<p>Growth was 2%.</p><style>/* Growth was 99%. */</style>`},
		{"noscript", `<p>Growth was 2%.</p><noscript>Growth was 99%.</noscript>`},
		{"a hidden table row", `<table><tr><td>Growth was 2%.</td></tr><tr hidden><td>Growth was 99%.</td></tr></table>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.text, "2%") || strings.Contains(doc.text, "99") {
				t.Errorf("text = %q, want the visible 2%% and not the hidden 99%%", doc.text)
			}
		})
	}
}

func TestReadMarkdownLeavesCodeOut(t *testing.T) {
	tests := []struct{ name, md string }{
		{"a fenced code block", "Growth was 2%.\n\n```\ngrowth = 99%\n```\n\nMore text.\n"},
		{"a tilde fence with a language", "Growth was 2%.\n\n~~~~python\nx = 99\n~~~~\n"},
		{"an unclosed fence", "Growth was 2%.\n\n```\nx = 99\n"},
		{"an indented code block", "Growth was 2%.\n\n    rate = 99\n    x = 99\n\nMore.\n"},
		{"a tab-indented code block", "Growth was 2%.\n\n\trate = 99\n"},
		{"inline code", "Growth was 2%; set `--rate 99` to change it.\n"},
		{"inline code of two backticks", "Growth was 2%; ``a ` 99`` here.\n"},
		{"an HTML comment", "Growth was 2%.\n<!-- draft: growth was 99% -->\n"},
		{"a comment over lines", "Growth was 2%.\n<!--\n99%\n-->\nEnd.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, t.TempDir(), "a.md", tt.md)
			var prose Prose
			var text string
			err := Read([]string{path}, Options{}, func(it Item) error {
				if it.Err != nil {
					t.Errorf("error: %v", it.Err)
				}
				text, prose = it.Article.Text, it.Prose()
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if text != tt.md {
				t.Errorf("article text = %q, want the file as read", text)
			}
			if !strings.Contains(prose.Text, "2%") || strings.Contains(prose.Text, "99") {
				t.Errorf("prose = %q, want the 2%% of the prose and not the 99 of code", prose.Text)
			}
			if len(prose.Text) != len(tt.md) {
				t.Errorf("prose is %d bytes, the file %d: offsets would move", len(prose.Text), len(tt.md))
			}
		})
	}
	t.Run("code-like text of a plain text file stays", func(t *testing.T) {
		path := write(t, t.TempDir(), "a.txt", "Growth was `99%`.\n")
		Read([]string{path}, Options{}, func(it Item) error {
			if p := it.Prose(); !strings.Contains(p.Text, "99%") {
				t.Errorf("prose of a .txt = %q", p.Text)
			}
			return nil
		})
	})
	t.Run("an indented list continuation is prose", func(t *testing.T) {
		md := "- Growth:\n\n    was 2% in 2023\n"
		if got := blankMarkdownCode(md); !strings.Contains(got, "2%") {
			t.Errorf("blanked %q to %q", md, got)
		}
	})
}

// FuzzNormalize checks that the prose of any text is valid where the text was, that every
// span of the prose maps back to a span of the text in order and on character boundaries,
// and that the prose of the text's top is the top of its prose (a dateline is looked for in
// the top of the whole prose).
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"grew\u00a05.0%", "\u22120.5%", "3\u200b.6%", "\u0663\u066b\u0665\u066a", "\uff13\uff0e\uff16\uff05",
		"\u202e2.3%\u202c", "\ufeff\u200e", "a\xffb\u00a0", "plain 2%", "\U0001D7D9\U0001D7E0", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(p.Text) {
			t.Fatalf("prose %q of valid %q is not valid", p.Text, s)
		}
		for _, n := range []int{0, 1, 3, 7, len(s) / 2, len(s)} {
			top := safeCut(s, n)
			if got, want := p.Text[:p.proseOffset(top)], Normalize(s[:top]).Text; got != want {
				t.Fatalf("top %d of the prose of %q is %q, want the prose of its top %q", top, s, got, want)
			}
		}
		checkMapsBack(t, s, p, false)
	})
}

// checkMapsBack checks that every character of the prose p of s maps back into s, in order,
// on character boundaries, and that an ASCII byte of the prose comes from the same byte of
// the text, unless it stands for a character of more bytes or, when blanks, is a space that
// blanked the text's byte.
func checkMapsBack(t *testing.T, s string, p Prose, blanks bool) {
	t.Helper()
	prevStart := 0
	for i := 0; i <= len(p.Text); {
		_, size := utf8.DecodeRuneInString(p.Text[i:])
		start, end := p.Original(i, i+size)
		if start < prevStart || start > len(s) || end > len(s) || end < start {
			t.Fatalf("span %d of %q maps to %d:%d in %q", i, p.Text, start, end, s)
		}
		if utf8.ValidString(s) && (!utf8.ValidString(s[:start]) || !utf8.ValidString(s[:end])) {
			t.Fatalf("span %d maps to %d:%d, inside a character of %q", i, start, end, s)
		}
		if i < len(p.Text) && start < len(s) && s[start] < utf8.RuneSelf && s[start] != p.Text[i] && !(blanks && p.Text[i] == ' ') {
			t.Fatalf("prose byte %d %q maps to %q at %d of %q", i, p.Text[i], s[start], start, s)
		}
		prevStart = start
		if size == 0 {
			break
		}
		i += size
	}
}

// FuzzBlankMarkdownCode checks that blanking keeps the length and the line breaks, so that
// offsets hold.
func FuzzBlankMarkdownCode(f *testing.F) {
	for _, s := range []string{"a `b` c", "```\nx\n```", "    x\n", "<!-- x", "``` `` ```", "\t`\n`", "- a\n\n    b", "~~4.3%~~ 3.3%", "<del>4.3%</del>", "~~a `~~` b~~", "<S x>1</s>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := blankMarkdownCode(s)
		if len(got) != len(s) || strings.Count(got, "\n") != strings.Count(s, "\n") {
			t.Fatalf("blankMarkdownCode(%q) = %q: length or lines changed", s, got)
		}
	})
}

// BenchmarkNormalize measures the normalisation every article goes through before
// extraction: English news (ASCII with curly quotes and dashes), Russian news (Cyrillic, no
// change), and web text full of no-break spaces and minus signs.
func BenchmarkNormalize(b *testing.B) {
	texts := []struct{ name, text string }{
		{"english", strings.Repeat("Russia\u2019s economy grew 3.6% in 2023 \u2014 faster than expected, the ministry said. ", 2000)},
		{"russian", strings.Repeat("\u0412 2023 \u0433\u043e\u0434\u0443 \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430 \u0420\u043e\u0441\u0441\u0438\u0438 \u0432\u044b\u0440\u043e\u0441\u043b\u0430 \u043d\u0430 3,6%. ", 2000)},
		{"web", strings.Repeat("Output fell\u00a0\u22120.5% and prices rose\u202f2.3% in 2024.\u200b ", 2000)},
	}
	for _, tt := range texts {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.text)))
			for b.Loop() {
				Normalize(tt.text)
			}
		})
	}
}
