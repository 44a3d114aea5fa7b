package input

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// treeText reads a page through x/net/html's tree, as parseHTML does when the tree can be
// built.
func treeText(t *testing.T, page string) htmlDoc {
	t.Helper()
	data := []byte(page)
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the tree of %.80q: %v", page, err)
	}
	return parseHTMLTree(root, treeStyleRules(data, root))
}

// tokenPages are pages whose text the token reader must read as the tree does: the shapes of
// the other HTML tests, and end tags left out where the tree builder ends an element itself.
var tokenPages = []string{
	`<!doctype html><html><head><title>Economy</title><meta property="article:published_time" content="2025-03-04T10:00:00Z"><script>var x = "99%";</script><style>p{}</style></head><body><nav><a href="/">Home</a> <a href="/b">Business</a></nav><article><p>Paragraph: the economy grew 3.6% in 2023, &amp; inflation eased to 2.3%
  in   2024 &mdash; said the <b>statistics office</b>.</p></article><footer>&copy; 2025</footer></body></html>`,
	"<table><tr><td>Growth was</td><td>-0.87%</td></tr></table>",
	"<table><tr><th>2023</th><th>2024</th></tr></table>",
	"<p>Output fell<div>5% in 2023</div></p>",
	"<ul><li>GDP 2%</li><li>CPI 3%</li></ul>",
	"Debt was 90<br>5% of it foreign",
	"<p><b>grew</b> 5% in 2023</p>",
	"<p>grew <b>5</b>% in 2023</p>",
	`<p>Growth was 2%.</p><p hidden>Growth was 99%.</p>`,
	`<p>Growth was 2%.</p><div style="color: red; DISPLAY : none">Growth was 99%.</div>`,
	`<p>Growth was 2%.</p><span style="visibility:hidden !important">Growth was 99%.</span>`,
	`<p>Growth was 2%.</p><template><p>Growth was 99%.</p></template>`,
	`<p>Growth was 2%.</p><textarea>Growth was 99%.</textarea>`,
	`<p>Growth was 2%.</p><noscript>Growth was 99%.</noscript>`,
	`<table><tr><td>Growth was 2%.</td></tr><tr hidden><td>Growth was 99%.</td></tr></table>`,
	"<p>British inflation was 3.3% in 2024.</p><p><del>Germany&rsquo;s economy grew 3% in 2024.</del></p>",
	"<p>In 2024, British inflation was <del>4.3%</del> <ins>3.3%</ins>.</p>",
	"<p>Growth was <s>2%</s> 1.1%, inflation <strike>4%</strike> 3.3%.</p>",
	// End tags left out.
	"<p hidden>Growth was 99%.<p>Growth was 2%.<p>Inflation was 3%.",
	"<ul><li hidden>99%<li>2%<li>3%</ul><p>after",
	"<dl><dt>GDP<dd hidden>99%<dt>CPI<dd>3%</dl>",
	"<table><tr><td hidden>99%<td>2%<tr><td>3%<td>4%</table>",
	"<table><tr><td>a<tr hidden><td>99%</table><p>after",
	"<h1 hidden>99%<h2>Growth 2%</h2>",
	"<p>a</p></p>b</br>c",
	"<div><p>a<div>b</div>c</div>d",
	"<select><option>99%<option>98%</select>Growth 2%",
	"<title>T &amp; U</title><p>Growth 2%.",
	"<head><title>T</title></head>\n<body>\n<p>Growth 2%.</p>\n</body>\n</html>\nafter",
	"<p>Growth <title>in a title</title> 2%.",
	"<div hidden><meta name=date content=2025-03-04><title>Hidden title</title></div><p>x",
	"<template><meta name=date content=2025-03-04></template><p>x",
	"<svg><title>chart</title><text>99%</text></svg><p>Growth 2%.",
	"<pre>\n  Growth   2%\n</pre>",
	"a\x00b <b>c\x00</b>",
	"<p>x<img alt=y>z<input value=99>w<br/>v<hr>u",
	`<style>.x{display:none}</style><p class="x">Growth was 99%.</p><p class="y">Growth was 2%.</p>`,
	`<body hidden><p>99%</p></body>`,
	"<p>Growth was <b>2%<p>in 2024</b> said",
	"<plaintext><p>Growth 2%.",
}

func TestHTMLTokenReaderReadsAsTheTree(t *testing.T) {
	for _, page := range tokenPages {
		want := treeText(t, page)
		got := parseHTMLTokens([]byte(page), tokenStyleRules([]byte(page)))
		if got != want {
			t.Errorf("page %q:\ntokens %+v\ntree   %+v", page, got, want)
		}
	}
}

// The s20 attack's finding 5: a page of more than 512 open elements, which x/net/html's
// parser refuses, lost its whole article although a browser shows it. Each shape is read at a
// depth the tree reaches and at one it does not, and must read the same way at both.
func TestReadHTMLDeeperThanTheParsersLimit(t *testing.T) {
	const lead = "<p>Inflation in Germany eased to 2.3% in 2024.</p>"
	const leadText = "Inflation in Germany eased to 2.3% in 2024.\n"
	const head = `<!doctype html><html><head><title>Deep</title><meta property="article:published_time" content="2025-03-04"><style>.promo { display: none }</style></head><body>`
	// rules holds every rule the reader keeps: hidden elements, a hiding class, scripts,
	// struck text, table cells, block breaks.
	const rules = `<p hidden>Growth was 99%.</p><p style="display:none">98%</p><p class="promo">97%</p><script>var a = "96%"</script><p>Growth was <del>9%</del><s>8%</s> 2%.</p><table><tr><td>was</td><td>-0.87%</td></tr></table><ul><li>GDP 2%<li>CPI 3%</ul>`
	const rulesText = "Growth was 2%.\nwas -0.87%\n\nGDP 2%\nCPI 3%\n"
	tests := []struct {
		name       string
		page, want func(n int) string
	}{
		{"unclosed <b>",
			func(n int) string { return lead + strings.Repeat("<b>x", n) },
			func(n int) string { return leadText + strings.Repeat("x", n) + "\n" }},
		{"nested <ul><li>",
			func(n int) string { return lead + strings.Repeat("<ul><li>item", n) },
			func(n int) string { return leadText + strings.Repeat("item\n", n) }},
		{"unclosed <div>",
			func(n int) string { return lead + strings.Repeat("<div>x", n) },
			func(n int) string { return leadText + strings.Repeat("x\n", n) }},
		{"unclosed <div><span> (the attack's page)",
			func(n int) string { return lead + strings.Repeat("<div><span>x", n) },
			func(n int) string { return leadText + strings.Repeat("x\n", n) }},
		{"hidden, struck, scripts and cells below unclosed <div>",
			func(n int) string { return head + lead + strings.Repeat("<div>", n) + rules },
			func(n int) string { return leadText + rulesText }},
		{"hidden, struck, scripts and cells between unclosed <div>",
			func(n int) string { return head + lead + strings.Repeat("<div>"+rules, n) },
			func(n int) string { return leadText + strings.TrimSuffix(strings.Repeat(rulesText+"\n", n), "\n") }},
		{"a hidden <div> that holds unclosed ones",
			func(n int) string { return head + lead + `<div hidden>` + strings.Repeat("<div>99%", n) + `</div>` },
			func(n int) string { return leadText }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The tree reads the shape so at a depth it reaches...
			shallow := tt.page(100)
			if got := treeText(t, shallow).text; got != tt.want(100) {
				t.Fatalf("the tree reads %.200q, the test wants %.200q", got, tt.want(100))
			}
			// ...and the page too deep for the tree reads the same way.
			for _, n := range []int{100, 513, 600, 5000} {
				doc, err := parseHTML([]byte(tt.page(n)))
				if err != nil {
					t.Fatalf("depth %d: %v", n, err)
				}
				if doc.text != tt.want(n) {
					t.Errorf("depth %d: text %.300q, want %.300q", n, doc.text, tt.want(n))
				}
				if strings.HasPrefix(tt.page(n), head) && (doc.title != "Deep" || doc.published.IsZero()) {
					t.Errorf("depth %d: title %q, published %v: the head is not read", n, doc.title, doc.published)
				}
			}
		})
	}
}

// FuzzParseHTML reads any page, as a tree or token by token: no panic, valid UTF-8 text
// ending a line, and for a page the tree can be built of, the token reader reads the same
// lines in the simple shapes of the seeds.
func FuzzParseHTML(f *testing.F) {
	for _, s := range tokenPages {
		f.Add(s)
	}
	for _, s := range []string{
		strings.Repeat("<b>x", 513),
		strings.Repeat("<ul><li>item", 300),
		strings.Repeat("<div>x", 600),
		"<p>Inflation eased to 2.3%.</p>" + strings.Repeat("<div><span>x", 600),
		"<style>.x{display:none}</style>" + strings.Repeat("<div>", 520) + `<p class="x">99%</p><p>2%`,
		"<style>/*.x{display:none}*/ .y, #z { VISIBILITY : Hidden !important }</style><p class=y>99%<p id=z>98%<p>2%",
		"<style>@media print{.x{display:none}} .a .b{display:none}</style><p class=x>2%<p class=b>3%",
		"<style>.x{display:none", "<style>.x{content:'}';display:none}</style><p class=x>99%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		data := []byte(page)
		rules := tokenStyleRules(data)
		for _, doc := range []htmlDoc{must(parseHTML(data)), parseHTMLTokens(data, rules)} {
			if !utf8.ValidString(doc.text) || !utf8.ValidString(doc.title) {
				t.Fatalf("text %q or title %q is not valid UTF-8", doc.text, doc.title)
			}
			if !strings.HasSuffix(doc.text, "\n") {
				t.Fatalf("text %q does not end a line", doc.text)
			}
		}
	})
}

func must(doc htmlDoc, err error) htmlDoc {
	if err != nil {
		panic(err)
	}
	return doc
}

// The s20 attack's finding 6: text hidden by a class of the page's <style> block was read
// as prose, and its figure judged. Simple rules (one class, id or element name, in lists)
// are followed, written as outlets write them; what they do not hide, and rules this reader
// does not follow, stay read.
func TestReadHTMLLeavesTextHiddenByAStyleSheetOut(t *testing.T) {
	const body = `<p class="x">Growth was 99%.</p><p>Growth was 2%.</p>`
	hidden := []struct{ name, style, body string }{
		{"a class", `.x{display:none}`, body},
		{"a class, spaced and upper-case", ".x {\n  DISPLAY : None ;\n}", body},
		{"!important", `.x{display:none!important}`, body},
		{"!important, spaced", `.x { display: none ! important; }`, body},
		{"visibility:hidden", `.x{visibility:hidden}`, body},
		{"visibility:collapse", `.x{color:red;visibility:collapse}`, body},
		{"one of the element's classes", `.x{display:none}`, `<p class="lead x wide">Growth was 99%.</p><p>Growth was 2%.</p>`},
		{"an id", `#promo{display:none}`, `<div id="promo">Growth was 99%.</div><p>Growth was 2%.</p>`},
		{"an element name", `aside{display:none}`, `<aside>Growth was 99%.</aside><p>Growth was 2%.</p>`},
		{"an element name in capitals", `ASIDE{display:none}`, `<aside>Growth was 99%.</aside><p>Growth was 2%.</p>`},
		{"a selector list", `.a, .x , #b{display:none}`, body},
		{"a list with a complex selector", `div .a, .x{display:none}`, body},
		{"comments", `/* promo */ .x /* box */ { display: /* off */ none }`, body},
		{"after an @media block", `@media (max-width: 600px) { .y { display: block } } .x{display:none}`, body},
		{"after an @import", `@import url("a.css"); .x{display:none}`, body},
		{"a brace in a string before", `.y{content:"}"} .x{display:none}`, body},
		{"a style block in the body", ``, `<style>.x{display:none}</style>` + body},
		{"hidden, then shown, then hidden again", `.x{display:none} .x{display:block} .x{display:none}`, body},
		{"a block of the rule's text of its own", `.x{display:none}`, `<div class="x"><p>Growth was 99%.</p><table><tr><td>99%</td></tr></table></div><p>Growth was 2%.</p>`},
	}
	for _, tt := range hidden {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte("<html><head><style>" + tt.style + "</style></head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.text, "2%") || strings.Contains(doc.text, "99") {
				t.Errorf("text = %q, want the visible 2%% and not the hidden 99%%", doc.text)
			}
		})
	}
	shown := []struct{ name, style, body string }{
		{"another class", `.y{display:none}`, body},
		{"a class that begins with it", `.xy{display:none}`, body},
		{"a class of another case", `.X{display:none}`, body},
		{"an id used as a class", `#x{display:none}`, body},
		{"display:block", `.x{display:block}`, body},
		{"display:none in a comment", `.x{/* display:none */ color: red}`, body},
		{"a rule commented out", `/* .x{display:none} */`, body},
		{"hidden, then shown", `.x{display:none} .x{display:block}`, body},
		{"display:none in a string", `.x{content:"display:none"}`, body},
		{"a descendant selector", `article .x{display:none}`, body},
		{"a child selector", `body > .x{display:none}`, body},
		{"a pseudo-class", `.x:hover{display:none}`, body},
		{"a pseudo-element", `.x::before{display:none}`, body},
		{"an attribute selector", `[class=x]{display:none}`, body},
		{"a compound selector", `p.x{display:none}`, body},
		{"inside @media", `@media print { .x { display: none } }`, body},
		{"inside @supports", `@supports (display: grid) { .x { display: none } }`, body},
		{"a print style sheet", ``, `<style media="print">.x{display:none}</style>` + body},
		{"a style block in a template", ``, `<template><style>.x{display:none}</style></template>` + body},
		{"a rule in a script", ``, `<script>var css = "<style>.x{display:none}</style>";</script>` + body},
		{"visibility:visible", `.x{visibility:visible}`, body},
		{"display:none-ish", `.x{display:nonesuch}`, body},
		// A page's script undoes a rule that hides it whole (a guard against framing).
		{"the whole body hidden", `body{display:none !important;}`, body},
		{"the whole page hidden by a class", `.no-js{display:none}`, body},
	}
	for _, tt := range shown {
		t.Run("read: "+tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte(`<html class="no-js"><head><style>` + tt.style + "</style></head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.text, "2%") || !strings.Contains(doc.text, "99%") {
				t.Errorf("text = %q, want both paragraphs read", doc.text)
			}
		})
	}
}

// The s21 review's item 7: an element's own style attribute beats a sheet's rule, so a
// tab panel, an accordion or a carousel slide a class hides and its style attribute shows is
// read (as BBC, Guardian and CMS tab widgets write them); the rule still hides where the
// attribute does not show, or when only the rule is !important.
func TestReadHTMLLetsAStyleAttributeShowWhatASheetHides(t *testing.T) {
	const rules = `.tab-panel{display:none} .slide{visibility:hidden} .pinned{display:none!important}`
	shown := []struct{ name, body string }{
		{"display:block", `<div class="tab-panel" style="display:block"><p>Growth was 99%.</p></div>`},
		{"display:flex, spaced and upper-case", `<div class="tab-panel" style="color: red; DISPLAY : Flex">Growth was 99%.</div>`},
		{"display:inline-block", `<section class="tab-panel active" style="display:inline-block">Growth was 99%.</section>`},
		{"visibility:visible", `<div class="slide" style="visibility:visible">Growth was 99%.</div>`},
		{"!important against !important", `<div class="pinned" style="display:block !important">Growth was 99%.</div>`},
	}
	for _, tt := range shown {
		t.Run("read: "+tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte("<html><head><style>" + rules + "</style></head><body>" + tt.body + "<p>Growth was 2%.</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.text, "2%") || !strings.Contains(doc.text, "99%") {
				t.Errorf("text = %q, want both read", doc.text)
			}
		})
	}
	hidden := []struct{ name, body string }{
		{"no style attribute", `<div class="tab-panel"><p>Growth was 99%.</p></div>`},
		{"a style attribute of other properties", `<div class="tab-panel" style="color:red">Growth was 99%.</div>`},
		{"display:none of its own", `<div class="tab-panel" style="display:none">Growth was 99%.</div>`},
		{"display set, then none", `<div class="tab-panel" style="display:block;display:none">Growth was 99%.</div>`},
		{"display shown, visibility still hidden", `<div class="tab-panel slide" style="display:block">Growth was 99%.</div>`},
		{"visibility:visible does not undo display:none", `<div class="tab-panel" style="visibility:visible">Growth was 99%.</div>`},
		{"a rule !important beats a plain attribute", `<div class="pinned" style="display:block">Growth was 99%.</div>`},
		{"a more specific selector is not followed", `<div class="tab-panel active">Growth was 99%.</div><style>.tab-panel.active{display:block}</style>`},
	}
	for _, tt := range hidden {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte("<html><head><style>" + rules + "</style></head><body>" + tt.body + "<p>Growth was 2%.</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.text, "2%") || strings.Contains(doc.text, "99") {
				t.Errorf("text = %q, want the visible 2%% and not the hidden 99%%", doc.text)
			}
		})
	}
}
