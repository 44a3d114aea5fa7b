package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// markupCase is a Markdown or HTML text, the figures its prose must read as written
// ("3.3%" where the file has "**3.3%**"), and those it must not hold.
type markupCase struct {
	name, text string
	html       bool
	want       []string
	notWant    []string
}

// checkMarkup reads each case as its file would be read and checks the figures of its prose,
// and, for Markdown, that each text wanted maps back to where it is written in the file: a
// span that begins and ends with its first and last bytes (markup may lie between them).
func checkMarkup(t *testing.T, cases []markupCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var p Prose
			if tt.html {
				doc, err := parseHTML([]byte(tt.text))
				if err != nil {
					t.Fatal(err)
				}
				p = Prose{Text: doc.text}
			} else {
				p = markdownProse(tt.text)
			}
			for _, w := range tt.want {
				at := strings.Index(p.Text, w)
				if at < 0 {
					t.Errorf("prose %q does not read %q", p.Text, w)
					continue
				}
				if tt.html {
					continue
				}
				s, e := p.Original(at, at+len(w))
				if e-s < len(w) || tt.text[s] != w[0] || tt.text[e-1] != w[len(w)-1] {
					t.Errorf("%q at %d of the prose maps to %q (%d:%d) of %q", w, at, tt.text[s:e], s, e, tt.text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(p.Text, w) {
					t.Errorf("prose %q reads %q", p.Text, w)
				}
			}
		})
	}
}

// A13: text struck out (GFM "~~...~~", HTML <del>, <s>, <strike>) is a correction's old
// figure, no longer asserted: it is not read, and the new figure beside it is read as it
// stands, not as "~4.3%". A single tilde still means "about", and tildes that strike nothing
// stay text.
func TestA13StruckTextIsNotRead(t *testing.T) {
	checkMarkup(t, []markupCase{
		{name: "a struck sentence after a true one (British)", text: "British inflation was 3.3% in 2024. ~~Germany's economy grew 3% in 2024.~~\n",
			want: []string{"3.3%"}, notWant: []string{"grew 3%"}},
		{name: "a struck figure and its correction", text: "In 2024, British inflation was ~~4.3%~~ 3.3%.\n",
			want: []string{"was ", " 3.3%"}, notWant: []string{"4.3", "~"}},
		{name: "American, percent", text: "U.S. consumer prices rose ~~2.6 percent~~ 2.4 percent in September.\n",
			want: []string{"2.4 percent"}, notWant: []string{"2.6"}},
		{name: "wire, pct, struck over a line break", text: "Portugal's economy grew ~~three\npct~~ four pct in 1986.\n",
			want: []string{"four pct"}, notWant: []string{"three"}},
		{name: "European, decimal comma", text: "Die Inflation lag 2024 bei ~~2,5 %~~ 2,3 %.\n",
			want: []string{"2,3 %"}, notWant: []string{"2,5"}},
		{name: "inline <del> and <ins> in Markdown", text: "In 2024, British inflation was <del>4.3%</del> <ins>3.3%</ins>.\n",
			want: []string{"3.3%."}, notWant: []string{"4.3", "ins>"}},
		{name: "inline <s> with an attribute", text: "Growth was <s class=\"old\">2%</s> 1.1% in 2024.\n",
			want: []string{"1.1%"}, notWant: []string{"2%"}},
		{name: "HTML <del>", html: true, text: "<p>British inflation was 3.3% in 2024.</p><p><del>Germany&rsquo;s economy grew 3% in 2024.</del></p>",
			want: []string{"3.3%"}, notWant: []string{"grew"}},
		{name: "HTML <del> and <ins>", html: true, text: "<p>In 2024, British inflation was <del>4.3%</del> <ins>3.3%</ins>.</p>",
			want: []string{"3.3%"}, notWant: []string{"4.3"}},
		{name: "HTML <s> and <strike>", html: true, text: "<p>Growth was <s>2%</s> 1.1%, inflation <strike>4%</strike> 3.3%.</p>",
			want: []string{"1.1%", "3.3%"}, notWant: []string{"2%", "4%"}},
		// Near misses: kept as written.
		{name: "a single tilde is about", text: "British inflation was ~3.3% in 2024.\n", want: []string{"~3.3%"}},
		{name: "two single tildes", text: "Growth was ~1% in 2023 and ~2% in 2024.\n", want: []string{"~1%", "~2%"}},
		{name: "tildes with spaces inside strike nothing", text: "Growth was ~~ 1% ~~ in 2024.\n", want: []string{"1%"}},
		{name: "an unclosed strike", text: "Growth was ~~1% in 2024.\n", want: []string{"~~1%"}},
		{name: "a strike does not cross paragraphs", text: "Growth was ~~1% in 2024.\n\nInflation was 2%~~ then.\n", want: []string{"1%", "2%"}},
		{name: "three tildes strike nothing", text: "Growth was ~~~1%~~~ in 2024.\n", want: []string{"1%"}},
		{name: "a tilde fence is code, not a strike", text: "Growth was 2%.\n\n~~~\nx = 99\n~~~\n", want: []string{"2%"}, notWant: []string{"99"}},
		{name: "struck text in code stays code", text: "Growth was 2%; `~~x~~` 5%.\n", want: []string{"2%", "5%"}},
		{name: "an unclosed <del>", text: "Growth was <del>2% in 2024.\n", want: []string{"2%"}},
		{name: "a word that begins with s", text: "Growth was <span>2%</span> in 2024.\n", want: []string{"2%"}},
	})
}

// C: a Markdown backslash escape of punctuation reads as the punctuation ("3\.3%" is 3.3%,
// "3.3\%" is 3.3%), and maps back over the backslash.
func TestMarkdownEscapeReadsAsThePunctuation(t *testing.T) {
	checkMarkup(t, []markupCase{
		{name: "an escaped point", text: "British inflation was 3\\.3% in 2024.\n", want: []string{"3.3%"}},
		{name: "an escaped percent sign", text: "British inflation was 3.3\\% in 2024.\n", want: []string{"3.3%"}},
		{name: "American, escaped dollar", text: "Germany's GDP was \\$4.66 trillion in 2024.\n", want: []string{"$4.66 trillion"}},
		{name: "European, escaped comma", text: "Die Inflation lag bei 2\\,3 %.\n", want: []string{"2,3 %"}},
		{name: "an escaped minus", text: "German GDP growth was \\-0.5% in 2024.\n", want: []string{"-0.5%"}},
		{name: "an escaped list number", text: "2024\\. A year of 1.1% growth.\n", want: []string{"2024.", "1.1%"}},
		// Near misses.
		{name: "a backslash before a letter stays", text: "C:\\data was 2% full.\n", want: []string{"C:\\data", "2%"}},
		{name: "an escaped backslash stays one", text: "a \\\\ b 2%.\n", want: []string{"a \\ b"}},
		{name: "an escape in code stays code", text: "Growth was 2%; `3\\.3` here.\n", notWant: []string{"3.3"}},
	})
}

// D: emphasis or a link around a figure is markup, not text: "**3.3%**", "*3.3%*", "_3.3%_",
// "[3.3%](https://...)" read as 3.3%, as emphasis around a whole sentence does. A marker that
// is text stays: a footnote star, "(*)", a footnote link glued to a figure, "[1]", "[^3]",
// stars of arithmetic, underscores inside a word.
func TestMarkdownMarkupAroundAFigureDoesNotHideIt(t *testing.T) {
	checkMarkup(t, []markupCase{
		{name: "strong (British)", text: "British inflation was **3.3%** in 2024.\n", want: []string{"was 3.3% in"}},
		{name: "emphasis", text: "British inflation was *3.3%* in 2024.\n", want: []string{"was 3.3% in"}},
		{name: "underscore emphasis", text: "British inflation was _3.3%_ in 2024.\n", want: []string{"was 3.3% in"}},
		{name: "strong underscores and a comma", text: "Growth was __1.1 per cent__, the ONS said.\n", want: []string{"was 1.1 per cent, the"}},
		{name: "a strong minus (American)", text: "German GDP growth was **-0.5 percent** in 2024.\n", want: []string{"was -0.5 percent in"}},
		{name: "wire, pct", text: "Portugal's economy grew *four pct* in 1986.\n", want: []string{"grew four pct in"}},
		{name: "European", text: "Die Inflation lag 2024 bei **2,3 %**.\n", want: []string{"bei 2,3 %."}},
		{name: "strong in brackets", text: "Inflation (**3.3%**) eased.\n", want: []string{"(3.3%)"}},
		{name: "a link", text: "British inflation was [3.3%](https://www.ons.gov.uk/2024/cpi) in 2024.\n", want: []string{"was 3.3% in"}, notWant: []string{"ons"}},
		{name: "a link with a title", text: "Growth was [1.1%](https://x.org/a_b \"ONS 2024\") in 2024.\n", want: []string{"was 1.1% in"}, notWant: []string{"ONS"}},
		{name: "a reference link", text: "Growth was [1.1%][ons] in 2024.\n\n[ons]: https://ons.gov.uk\n", want: []string{"was 1.1% in"}},
		{name: "strong around a link", text: "Growth was **[1.1%](https://x.org)** in 2024.\n", want: []string{"was 1.1% in"}},
		{name: "a whole sentence in strong", text: "**British inflation was 3.3% in 2024.**\n", want: []string{"British inflation was 3.3% in 2024."}},
		// Near misses: kept as written.
		{name: "a footnote star", text: "British inflation was 3.3%* in 2024.\n", want: []string{"3.3%*"}},
		{name: "a footnote star and (*)", text: "Inflation was 3.3%* in 2024 (*) and 2.0%*.\n", want: []string{"3.3%*", "(*)", "2.0%*"}},
		{name: "a footnote link", text: "Inflation was 3.3%[1](#fn1) in 2024.\n", want: []string{"3.3%[1](#fn1)"}},
		{name: "a footnote link after a space", text: "Inflation was 3.3% [1](#fn1) in 2024.\n", want: []string{"[1](#fn1)"}},
		{name: "a footnote reference", text: "Inflation was 3.3%[^3] in 2024 [12].\n", want: []string{"3.3%[^3]", "[12]"}},
		{name: "arithmetic", text: "Area was 5*3*2 metres, 4 * 2.\n", want: []string{"5*3*2", "4 * 2"}},
		{name: "snake case", text: "See gdp_growth_2024 at 2%.\n", want: []string{"gdp_growth_2024"}},
		{name: "a list item", text: "* Growth was 2%.\n* Inflation 3%.\n", want: []string{"* Growth", "* Inflation"}},
		{name: "an unclosed star", text: "Growth was *2% in 2024.\n", want: []string{"*2%"}},
		{name: "an image keeps its brackets", text: "![Chart](https://x.org/3.png) Growth 2%.\n", want: []string{"![Chart]", "2%"}},
	})
}

// FuzzMarkdownProse checks that the prose of any Markdown text maps back in order, on
// character boundaries, each ASCII byte to the same byte.
func FuzzMarkdownProse(f *testing.F) {
	for _, s := range []string{
		"**3.3%**", "*3.3%*", "_3.3%_", "[3.3%](https://x.org/a)", "[3.3%][ons]", "3\\.3%", "3.3\\%",
		"~~4.3%~~ 3.3%", "~3.3%", "<del>4.3%</del> <ins>3.3%</ins>", "3.3%*", "(*)", "3.3%[1](#fn1)",
		"**[1.1%](x)**", "*a *b c* d*", "\u22120.5% **2\u00a0%**", "~~a\n\nb~~", "`~~x~~` \\*", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := markdownProse(s)
		if utf8.ValidString(s) && !utf8.ValidString(p.Text) {
			t.Fatalf("prose %q of valid %q is not valid", p.Text, s)
		}
		checkMapsBack(t, s, p, true)
	})
}
