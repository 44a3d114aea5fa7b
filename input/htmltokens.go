package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// openElement is an element the token reader has seen start and not yet end.
type openElement struct {
	name string
	atom atom.Atom
	mode readMode
	// The index on the stack of the nearest element at or below this one that bounds a
	// search for an open element: of the default scope, of the button scope, of the list
	// item scope and of the table scope (HTML's "has an element in scope").
	scope, button, list, table int
}

// readMode is what is read inside an element, as the tree's walk reads it.
type readMode uint8

const (
	// shown: text, blocks and meta tags are read.
	shown readMode = iota
	// unshown: only meta tags and the title are read (the head, a hidden or struck element:
	// walkHead).
	unshown
	// ignored: nothing is read (a script, a template and the other skipped elements).
	ignored
)

// tokenReader reads the text of a page token by token, without building its tree: for a page
// nested deeper than x/net/html's parser goes. It keeps the stack of open elements itself,
// with no bound, and the tree builder's few rules that decide where an element ends when
// its end tag is left out (a <p> ends at the next block, an <li> at the next item, a cell
// at the next cell), which decide what a hidden or struck element holds.
type tokenReader struct {
	w     textSink
	rules *styleRules
	stack []openElement
	// open holds, for each element name, the indexes on the stack of those open.
	open map[string][]int
	// body is set once the page's body has begun: before it, text is the head's.
	body bool
}

// parseHTMLTokens reads the text of a page as parseHTMLTree reads its tree.
func parseHTMLTokens(data []byte, rules *styleRules) htmlDoc {
	r := tokenReader{rules: rules, open: map[string][]int{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	wantTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// The end of the page (bytes give no other error): unclosed elements end
			// here, as the tree's do.
			r.popTo(0)
			return r.w.finish()
		case html.TextToken:
			text := string(z.Text())
			if wantTitle {
				r.w.title(text)
			}
			r.text(text)
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			wantTitle = r.start(tok) && tok.DataAtom == atom.Title
			continue
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		}
		wantTitle = false
	}
}

// mode is the read mode of the innermost open element.
func (r *tokenReader) mode() readMode {
	if len(r.stack) == 0 {
		if !r.body {
			return unshown
		}
		return shown
	}
	return r.stack[len(r.stack)-1].mode
}

func (r *tokenReader) text(s string) {
	if !r.body && len(r.stack) == 0 && strings.TrimLeft(s, " \t\n\f\r") != "" {
		// Text other than white space, outside the head's elements, begins the body, as
		// in the tree.
		r.body = true
	}
	if r.mode() != shown {
		return
	}
	// The tree builder drops NUL characters from text.
	r.w.text(strings.ReplaceAll(s, "\x00", ""))
}

// headElements may stand in a page's head; any other start tag begins the body.
var headElements = map[atom.Atom]bool{
	atom.Meta: true, atom.Title: true, atom.Style: true, atom.Script: true, atom.Noscript: true,
	atom.Template: true, atom.Link: true, atom.Base: true, atom.Basefont: true,
	atom.Bgsound: true, atom.Noframes: true,
}

// voidElements have no content and no end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// closesP are the start tags that end an open <p>.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Header: true, atom.Hgroup: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Search: true, atom.Section: true,
	atom.Summary: true, atom.Ul: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Pre: true, atom.Listing: true,
	atom.Form: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Plaintext: true,
	atom.Table: true, atom.Hr: true, atom.Xmp: true,
}

var headings = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// start reads a start tag and reports whether its element is read (not ignored).
func (r *tokenReader) start(tok html.Token) bool {
	a, name := tok.DataAtom, tok.Data
	switch {
	case a == atom.Html || a == atom.Head:
		return false
	case a == atom.Body || a == atom.Frameset:
		if r.body || len(r.stack) > 0 {
			return false
		}
		// The body is kept open to the end, for its attributes (a hidden body).
		r.body = true
	case !r.body && len(r.stack) == 0 && !headElements[a]:
		r.body = true
	}
	if r.body {
		r.closeImplied(a)
	}
	parent := r.mode()
	if parent == ignored {
		r.push(name, a, ignored)
		return false
	}
	if a == atom.Meta {
		readMeta(tok.Attr, &r.w.doc)
	}
	mode := parent
	switch {
	case skipped[a]:
		mode = ignored
		if parent == unshown {
			// walkHead reads the meta tags inside a hidden element, whatever holds them.
			mode = unshown
		}
	case parent == shown && (hiddenElement(name, tok.Attr, r.rules) || struck[a]):
		mode = unshown
	}
	if voidElements[a] {
		if mode == shown {
			r.w.open(a)
			r.w.close(a)
		}
		return true
	}
	r.push(name, a, mode)
	return true
}

// closeImplied ends the open elements that a start tag ends in the tree builder.
func (r *tokenReader) closeImplied(a atom.Atom) {
	switch {
	case a == atom.Li:
		r.closeInScope("li", func(e openElement) int { return e.list })
	case a == atom.Dd || a == atom.Dt:
		r.closeInScope("dd", func(e openElement) int { return e.list })
		r.closeInScope("dt", func(e openElement) int { return e.list })
	case a == atom.Tr:
		r.closeInScope("tr", func(e openElement) int { return e.table })
	case a == atom.Td || a == atom.Th:
		r.closeInScope("td", func(e openElement) int { return e.table })
		r.closeInScope("th", func(e openElement) int { return e.table })
	case a == atom.Option:
		if n := len(r.stack); n > 0 && r.stack[n-1].atom == atom.Option {
			r.popTo(n - 1)
		}
	}
	if closesP[a] {
		r.closeInScope("p", func(e openElement) int { return e.button })
	}
	if headings[a] {
		if n := len(r.stack); n > 0 && headings[r.stack[n-1].atom] {
			r.popTo(n - 1)
		}
	}
}

// closeInScope ends the innermost open element of the name, and those inside it, when no
// element that bounds the scope lies between it and the current element.
func (r *tokenReader) closeInScope(name string, bound func(openElement) int) bool {
	at := r.openIndex(name)
	if at < 0 || at < bound(r.stack[len(r.stack)-1]) {
		return false
	}
	r.popTo(at)
	return true
}

// openIndex is the index on the stack of the innermost open element of the name, or -1.
func (r *tokenReader) openIndex(name string) int {
	if idx := r.open[name]; len(idx) > 0 {
		return idx[len(idx)-1]
	}
	return -1
}

// Elements that bound the scopes in which an element is looked for.
var (
	scopeBounds = map[atom.Atom]bool{
		atom.Applet: true, atom.Caption: true, atom.Html: true, atom.Table: true, atom.Td: true,
		atom.Th: true, atom.Marquee: true, atom.Object: true, atom.Template: true,
	}
	tableBounds = map[atom.Atom]bool{atom.Html: true, atom.Table: true, atom.Template: true}
)

func (r *tokenReader) push(name string, a atom.Atom, mode readMode) {
	e := openElement{name: name, atom: a, mode: mode}
	i := len(r.stack)
	if i > 0 {
		parent := r.stack[i-1]
		e.scope, e.button, e.list, e.table = parent.scope, parent.button, parent.list, parent.table
	}
	if scopeBounds[a] {
		e.scope, e.button, e.list = i, i, i
	}
	switch a {
	case atom.Button:
		e.button = i
	case atom.Ol, atom.Ul:
		e.list = i
	}
	if tableBounds[a] {
		e.table = i
	}
	r.stack = append(r.stack, e)
	r.open[name] = append(r.open[name], i)
	if mode == shown {
		r.w.open(a)
	}
}

// popTo ends the open elements from the innermost to the one at index i.
func (r *tokenReader) popTo(i int) {
	for len(r.stack) > i {
		e := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		idx := r.open[e.name]
		r.open[e.name] = idx[:len(idx)-1]
		if e.mode == shown {
			r.w.close(e.atom)
		}
	}
}

// tableParts end in the table's scope: a cell does not hide the end of its row.
var tableParts = map[string]bool{"table": true, "tbody": true, "thead": true, "tfoot": true, "tr": true, "td": true, "th": true, "caption": true}

func (r *tokenReader) end(name string) {
	switch name {
	case "html", "body", "head":
		return
	case "br":
		// </br> is read as <br>, as the tree builder does.
		r.start(html.Token{Type: html.StartTagToken, Data: "br", DataAtom: atom.Br})
		return
	}
	bound := func(e openElement) int { return e.scope }
	switch {
	case tableParts[name]:
		bound = func(e openElement) int { return e.table }
	case name == "p":
		bound = func(e openElement) int { return e.button }
	case name == "li":
		bound = func(e openElement) int { return e.list }
	}
	if !r.closeInScope(name, bound) && name == "p" && r.body {
		// An end tag of a paragraph not open is an empty paragraph: a block's break.
		r.start(html.Token{Type: html.StartTagToken, Data: "p", DataAtom: atom.P})
		r.closeInScope("p", bound)
	}
}
