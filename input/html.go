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

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Object: true,
}

// blocks end a line of text, so that sentences of two paragraphs do not run together.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Table: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Footer: true,
	atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Figcaption: true,
}

// parseHTML returns the visible text of an HTML page with entities decoded, its title, and
// the publication date of its article:published_time meta tag.
func parseHTML(data []byte) (htmlDoc, error) {
	root, err := html.Parse(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if err != nil {
		return htmlDoc{}, fmt.Errorf("parse html: %w", err)
	}
	var doc htmlDoc
	var sb strings.Builder
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
		}
		if n.Type == html.TextNode {
			writeCollapsed(&sb, n.Data)
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				sb.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			sb.WriteByte('\n')
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
