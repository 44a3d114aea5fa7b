package input

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

type htmlDoc struct {
	text      string
	title     string
	published time.Time
	// badDate is a publication date of a meta tag that could not be read.
	badDate string
}

// skipped elements hold no article text: code, embedded documents, templates not shown, and
// form fields, whose text is a reader's, not the article's.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Textarea: true,
	atom.Select: true, atom.Button: true,
}

// struck elements hold text deleted from the article (<del>, and <s> and <strike>, text no
// longer accurate): outlets strike a figure to correct it, and what is struck is no longer
// asserted, as a deleted revision of a Word document is not.
var struck = map[atom.Atom]bool{atom.Del: true, atom.S: true, atom.Strike: true}

// blocks end a line of text, so that sentences of two paragraphs do not run together.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Table: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Footer: true,
	atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Figcaption: true,
	atom.Figure: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Nav: true, atom.Aside: true,
	atom.Main: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Fieldset: true, atom.Form: true, atom.Legend: true,
}

// cells are set apart by spaces: "was</td><td>-0.87%" must not read as "was-0.87%".
var cells = map[atom.Atom]bool{atom.Td: true, atom.Th: true, atom.Img: true, atom.Input: true}

// parseHTML returns the visible text of an HTML page with entities decoded, its title, and
// the publication date of its article:published_time meta tag. Elements a browser hides
// (the hidden attribute, display:none or visibility:hidden in a style attribute or in a
// simple rule of a <style> block, see styleRules) are left out: their figures are not the
// article's; so is text struck out (struck).
func parseHTML(data []byte) (htmlDoc, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// The only error a parse of bytes gives is x/net/html's refusal of a tree deeper
		// than 512 elements, which a browser shows all the same (a template that leaves a
		// <div> open per comment): such a page is read token by token.
		return parseHTMLTokens(data, tokenStyleRules(data)), nil
	}
	return parseHTMLTree(root, treeStyleRules(data, root)), nil
}

// textSink builds the text of a page from its elements and text, in document order: the
// tree's walk and the tokens' reading share it, so that both keep the same rules.
type textSink struct {
	sb  strings.Builder
	doc htmlDoc
}

// separate writes c unless the text so far ends with a separator already.
func (w *textSink) separate(c byte) {
	if w.sb.Len() == 0 {
		return
	}
	last := w.sb.String()[w.sb.Len()-1]
	if last == '\n' || last == c {
		return
	}
	w.sb.WriteByte(c)
}

// open is the start of a shown element: a block starts a line, a cell is set apart.
func (w *textSink) open(a atom.Atom) {
	switch {
	case a == atom.Br:
		// A line break ends a line, written by close; two make a blank line.
	case blocks[a]:
		w.separate('\n')
	case cells[a]:
		w.separate(' ')
	}
}

// close is the end of a shown element.
func (w *textSink) close(a atom.Atom) {
	switch {
	case blocks[a]:
		w.sb.WriteByte('\n')
	case cells[a]:
		w.separate(' ')
	}
}

// text writes a shown text node, its white space collapsed as a browser shows it.
func (w *textSink) text(s string) {
	if s != "" && startsWithSpace(s) {
		w.separate(' ')
	}
	writeCollapsed(&w.sb, s)
	if strings.HasSuffix(s, " ") || strings.HasSuffix(s, "\n") {
		w.sb.WriteByte(' ')
	}
}

// title takes the text of a <title> element as the page's title, unless it has one.
func (w *textSink) title(s string) {
	if w.doc.title == "" {
		w.doc.title = strings.TrimSpace(s)
	}
}

func (w *textSink) finish() htmlDoc {
	doc := w.doc
	if !doc.published.IsZero() {
		doc.badDate = ""
	}
	// The parser passes invalid UTF-8 through; offsets must fall on character boundaries.
	doc.text = tidyLines(strings.ToValidUTF8(w.sb.String(), "\uFFFD"))
	doc.title = strings.ToValidUTF8(doc.title, "\uFFFD")
	return doc
}

// parseHTMLTree reads the text of a parsed page.
func parseHTMLTree(root *html.Node, rules *styleRules) htmlDoc {
	var w textSink
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				readMeta(n.Attr, &w.doc)
			case atom.Title:
				if n.FirstChild != nil {
					w.title(n.FirstChild.Data)
				}
			}
			if skipped[n.DataAtom] {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if n.DataAtom == atom.Head {
						walkHead(c, &w)
					}
				}
				return
			}
			if hiddenElement(n.Data, n.Attr, rules) || struck[n.DataAtom] {
				walkHead(n, &w)
				return
			}
			w.open(n.DataAtom)
		}
		if n.Type == html.TextNode {
			w.text(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			w.close(n.DataAtom)
		}
	}
	walk(root)
	return w.finish()
}

// startsWithSpace reports white space at the start of s, as writeCollapsed skips it.
func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// hiddenElement reports an element a browser does not show: one with the hidden attribute,
// a style attribute that sets display:none or visibility:hidden, or a name, id or class
// that a simple rule of the page's style blocks hides (rules, nil for none).
func hiddenElement(name string, attrs []html.Attribute, rules *styleRules) bool {
	for _, at := range attrs {
		switch strings.ToLower(at.Key) {
		case "hidden":
			return true
		case "style":
			style := strings.ToLower(strings.Join(strings.Fields(at.Val), ""))
			for _, decl := range strings.Split(style, ";") {
				decl = strings.TrimSuffix(decl, "!important")
				if decl == "display:none" || decl == "visibility:hidden" || decl == "visibility:collapse" {
					return true
				}
			}
		case "aria-hidden":
			// Hidden from screen readers only: still on the screen, still read.
		}
	}
	return rules != nil && rules.hides(name, attrs)
}

// writeCollapsed writes the words of s, as strings.Fields splits them, one space apart: how
// a browser shows the white space of a text node, without allocating the words.
func writeCollapsed(sb *strings.Builder, s string) {
	wrote := false
	for i := 0; i < len(s); {
		// Skip white space.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i > start {
			if wrote {
				sb.WriteByte(' ')
			}
			sb.WriteString(s[start:i])
			wrote = true
		}
	}
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// walkHead reads the meta tags and title of elements whose text is not shown.
func walkHead(n *html.Node, w *textSink) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			readMeta(n.Attr, &w.doc)
		case atom.Title:
			if n.FirstChild != nil {
				w.title(n.FirstChild.Data)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHead(c, w)
	}
}

func readMeta(attrs []html.Attribute, doc *htmlDoc) {
	var name, content string
	for _, a := range attrs {
		switch strings.ToLower(a.Key) {
		case "property", "name", "itemprop":
			name = strings.ToLower(a.Val)
		case "content":
			content = a.Val
		}
	}
	switch name {
	case "article:published_time", "datepublished", "date", "pubdate":
		if doc.published.IsZero() && strings.TrimSpace(content) != "" {
			if d, err := parsePublished(content); err == nil {
				doc.published = d
			} else if doc.badDate == "" {
				doc.badDate = content
			}
		}
	}
}

// tidyLines trims each line and drops runs of blank lines.
func tidyLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := false
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n")) + "\n"
}
