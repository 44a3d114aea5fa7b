package input

import (
	"bytes"
	"fmt"
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
// (the hidden attribute, display:none or visibility:hidden in a style attribute) are left
// out: their figures are not the article's; so is text struck out (struck).
func parseHTML(data []byte) (htmlDoc, error) {
	root, err := html.Parse(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if err != nil {
		return htmlDoc{}, fmt.Errorf("parse html: %w", err)
	}
	var doc htmlDoc
	var sb strings.Builder
	// separate writes c unless the text so far ends with a separator already.
	separate := func(c byte) {
		if sb.Len() == 0 {
			return
		}
		last := sb.String()[sb.Len()-1]
		if last == '\n' || last == c {
			return
		}
		sb.WriteByte(c)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				readMeta(n, &doc)
			case atom.Title:
				if n.FirstChild != nil && doc.title == "" {
					doc.title = strings.TrimSpace(n.FirstChild.Data)
				}
			}
			if skipped[n.DataAtom] {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if n.DataAtom == atom.Head {
						walkHead(c, &doc)
					}
				}
				return
			}
			if hiddenElement(n) || struck[n.DataAtom] {
				walkHead(n, &doc)
				return
			}
			switch {
			case n.DataAtom == atom.Br:
				// A line break ends a line, written below; two make a blank line.
			case blocks[n.DataAtom]:
				separate('\n')
			case cells[n.DataAtom]:
				separate(' ')
			}
		}
		if n.Type == html.TextNode {
			if n.Data != "" && startsWithSpace(n.Data) {
				separate(' ')
			}
			writeCollapsed(&sb, n.Data)
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				sb.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch {
			case blocks[n.DataAtom]:
				sb.WriteByte('\n')
			case cells[n.DataAtom]:
				separate(' ')
			}
		}
	}
	walk(root)
	if !doc.published.IsZero() {
		doc.badDate = ""
	}
	// The parser passes invalid UTF-8 through; offsets must fall on character boundaries.
	doc.text = tidyLines(strings.ToValidUTF8(sb.String(), "\uFFFD"))
	doc.title = strings.ToValidUTF8(doc.title, "\uFFFD")
	return doc, nil
}

// startsWithSpace reports white space at the start of s, as writeCollapsed skips it.
func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// hiddenElement reports an element a browser does not show: one with the hidden attribute,
// or a style attribute that sets display:none or visibility:hidden.
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "style":
			style := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
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
	return false
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

func walkHead(n *html.Node, doc *htmlDoc) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			readMeta(n, doc)
		case atom.Title:
			if n.FirstChild != nil && doc.title == "" {
				doc.title = strings.TrimSpace(n.FirstChild.Data)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHead(c, doc)
	}
}

func readMeta(n *html.Node, doc *htmlDoc) {
	var name, content string
	for _, a := range n.Attr {
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
