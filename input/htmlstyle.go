package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// styleRules are the element names, ids and classes that a page's <style> blocks hide with
// display:none or visibility:hidden. Only rules whose selectors are one name, one id or
// one class are followed (".hidden, #promo, aside {display: none}"): deciding what a
// descendant selector, an attribute selector or a media query matches is a browser's work,
// and a rule not followed leaves its text read, which is the reading before these rules.
// Of the cascade, an element's own style attribute is followed, which beats a sheet's rule
// unless the rule alone is !important: style="display:block" shows a tab panel that
// ".tab-panel{display:none}" hides. A more specific selector that shows it again
// (".tab-panel.active{display:block}") is not followed, and its text is not read.
type styleRules struct {
	tags, ids, classes map[string]hideBy
}

// hideBy says how a sheet's rules hide an element: by display, by visibility, and whether
// that declaration is !important.
type hideBy uint8

const (
	byDisplay hideBy = 1 << iota
	byVisibility
	displayImportant
	visibilityImportant
)

// hides reports whether a rule hides an element of the name and attributes, its style
// attribute not overriding it.
func (s *styleRules) hides(name string, attrs []html.Attribute) bool {
	name = strings.ToLower(name)
	if name == "html" || name == "body" {
		// A rule that hides the whole page is one its script undoes: OWASP's guard against
		// framing writes body{display:none !important} and removes it once the page is
		// not in a frame; a page shows something.
		return false
	}
	by := s.tags[name]
	style := ""
	for _, at := range attrs {
		switch strings.ToLower(at.Key) {
		case "id":
			by |= s.ids[at.Val]
		case "class":
			for _, c := range strings.Fields(at.Val) {
				by |= s.classes[c]
			}
		case "style":
			style = at.Val
		}
	}
	if by == 0 {
		return false
	}
	shown, visible := inlineShows(style)
	hidden := by&byDisplay != 0 && !(shown != unset && (by&displayImportant == 0 || shown == setImportant))
	return hidden || by&byVisibility != 0 && !(visible != unset && (by&visibilityImportant == 0 || visible == setImportant))
}

// inlineSetting is whether a style attribute sets a property, and with !important.
type inlineSetting uint8

const (
	unset inlineSetting = iota
	set
	setImportant
)

// inlineShows reads a style attribute for a display other than none and for
// visibility:visible, the settings that show what a sheet's rule hides (a display:none of
// its own hides the element before the sheet is asked: hiddenElement).
func inlineShows(style string) (display, visibility inlineSetting) {
	if style == "" {
		return unset, unset
	}
	for _, decl := range strings.Split(style, ";") {
		prop, value, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		value = strings.ToLower(strings.Join(strings.Fields(value), ""))
		how := set
		if v, ok := strings.CutSuffix(value, "!important"); ok {
			value, how = v, setImportant
		}
		switch strings.ToLower(strings.TrimSpace(prop)) {
		case "display":
			display = unset
			if value != "none" && value != "" {
				display = how
			}
		case "visibility":
			visibility = unset
			if value == "visible" {
				visibility = how
			}
		}
	}
	return display, visibility
}

// tokenStyleRules reads the rules of the <style> blocks of a page that hide elements, token
// by token, for the token reader; nil for none. A page without "<style" is not read again.
func tokenStyleRules(data []byte) *styleRules {
	if !containsFold(data, "<style") {
		return nil
	}
	var sheets []string
	z := html.NewTokenizer(bytes.NewReader(data))
	inStyle, inTemplate := false, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return parseStyleRules(sheets)
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Template:
				inTemplate++
			case atom.Style:
				inStyle = inTemplate == 0 && screenMedia(attrsOf(z, hasAttr))
			}
			continue
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Template && inTemplate > 0 {
				inTemplate--
			}
		case html.TextToken:
			if inStyle {
				sheets = append(sheets, string(z.Text()))
			}
		}
		inStyle = false
	}
}

// treeStyleRules reads the rules of the <style> elements of a parsed page that hide
// elements; nil for none. The tree of a page without "<style" is not walked.
func treeStyleRules(data []byte, root *html.Node) *styleRules {
	if !containsFold(data, "<style") {
		return nil
	}
	var sheets []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Template:
				// A template's content is not in the page until a script puts it there.
				return
			case atom.Style:
				if n.FirstChild != nil && screenMedia(n.Attr) {
					sheets = append(sheets, n.FirstChild.Data)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return parseStyleRules(sheets)
}

// attrsOf reads the attributes of the tokenizer's tag.
func attrsOf(z *html.Tokenizer, more bool) []html.Attribute {
	var attrs []html.Attribute
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		attrs = append(attrs, html.Attribute{Key: string(key), Val: string(val)})
	}
	return attrs
}

// screenMedia reports whether a style element's media attribute, if any, takes in a screen:
// a print style sheet hides nothing on the screen.
func screenMedia(attrs []html.Attribute) bool {
	for _, a := range attrs {
		if strings.ToLower(a.Key) != "media" {
			continue
		}
		for _, m := range strings.Split(strings.ToLower(a.Val), ",") {
			if m = strings.TrimSpace(m); m == "" || m == "all" || m == "screen" {
				return true
			}
		}
		return false
	}
	return true
}

// containsFold reports whether s holds the lower-case ASCII word, in any case.
func containsFold(s []byte, word string) bool {
	for i := bytes.IndexByte(s, word[0]); i >= 0; {
		if len(s)-i >= len(word) && strings.EqualFold(string(s[i:i+len(word)]), word) {
			return true
		}
		next := bytes.IndexByte(s[i+1:], word[0])
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// parseStyleRules reads the simple rules of style sheets that hide elements. Declarations
// are taken in order, the last one of a property for a selector winning, as in one rule;
// the cascade's other tie-breaks (specificity, !important) are not followed. An at-rule's
// block (@media, @supports) is skipped whole.
func parseStyleRules(sheets []string) *styleRules {
	display := map[string]declared{}    // selector: hides by display
	visibility := map[string]declared{} // selector: hides by visibility
	for _, sheet := range sheets {
		readRules(stripComments(sheet), display, visibility)
	}
	var rules styleRules
	add := func(set *map[string]hideBy, key string, by hideBy) {
		if *set == nil {
			*set = map[string]hideBy{}
		}
		(*set)[key] |= by
	}
	for k, m := range []map[string]declared{display, visibility} {
		for sel, d := range m {
			if !d.hidden {
				continue
			}
			by := byDisplay
			if d.important {
				by |= displayImportant
			}
			if k == 1 {
				by = by << 1 // byVisibility, visibilityImportant
			}
			switch {
			case sel[0] == '.':
				add(&rules.classes, sel[1:], by)
			case sel[0] == '#':
				add(&rules.ids, sel[1:], by)
			default:
				add(&rules.tags, strings.ToLower(sel), by)
			}
		}
	}
	if rules.tags == nil && rules.ids == nil && rules.classes == nil {
		return nil
	}
	return &rules
}

// declared is what a sheet's last declaration of display or visibility for a selector says:
// whether it hides, and whether it is !important.
type declared struct{ hidden, important bool }

// readRules reads the rules of one style sheet (a sheet not closed ends its last rule) into
// the maps of selectors that hide or show by display and by visibility.
func readRules(sheet string, display, visibility map[string]declared) {
	for i := 0; i < len(sheet); {
		// A prelude runs to its block's "{", or for an at-rule with no block, to ";".
		end := indexOutsideStrings(sheet, i, "{;}")
		if end < 0 {
			return
		}
		prelude := strings.TrimSpace(sheet[i:end])
		if sheet[end] != '{' {
			i = end + 1
			continue
		}
		blockClose := blockEnd(sheet, end+1)
		if !strings.HasPrefix(prelude, "@") {
			var selectors []string
			for _, sel := range strings.Split(prelude, ",") {
				if sel = strings.TrimSpace(sel); simpleSelector(sel) {
					selectors = append(selectors, sel)
				}
			}
			if len(selectors) > 0 {
				readDeclarations(sheet[end+1:blockClose], selectors, display, visibility)
			}
		}
		i = blockClose + 1
	}
}

// readDeclarations takes the display and visibility of a rule's declarations for each of
// its selectors.
func readDeclarations(block string, selectors []string, display, visibility map[string]declared) {
	for _, decl := range strings.Split(block, ";") {
		prop, value, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		value = strings.ToLower(strings.Join(strings.Fields(value), ""))
		value, important := strings.CutSuffix(value, "!important")
		switch strings.ToLower(strings.TrimSpace(prop)) {
		case "display":
			for _, sel := range selectors {
				display[sel] = declared{value == "none", important}
			}
		case "visibility":
			for _, sel := range selectors {
				visibility[sel] = declared{value == "hidden" || value == "collapse", important}
			}
		}
	}
}

// simpleSelector reports a selector of one element name, one class or one id, written
// without escapes.
func simpleSelector(sel string) bool {
	name := sel
	if strings.HasPrefix(sel, ".") || strings.HasPrefix(sel, "#") {
		name = sel[1:]
	}
	if name == "" || name[0] >= '0' && name[0] <= '9' || name[0] == '-' && len(name) > 1 && name[1] >= '0' && name[1] <= '9' {
		return false
	}
	for _, c := range []byte(name) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80) {
			return false
		}
	}
	return true
}

// stripComments removes the /* comments */ of a style sheet, outside strings.
func stripComments(sheet string) string {
	if !strings.Contains(sheet, "/*") {
		return sheet
	}
	var sb strings.Builder
	for i := 0; i < len(sheet); {
		switch c := sheet[i]; {
		case c == '"' || c == '\'':
			end := stringEnd(sheet, i)
			sb.WriteString(sheet[i:end])
			i = end
		case strings.HasPrefix(sheet[i:], "/*"):
			end := strings.Index(sheet[i+2:], "*/")
			if end < 0 {
				return sb.String()
			}
			// A comment separates what is around it, as white space does.
			sb.WriteByte(' ')
			i += 2 + end + 2
		default:
			sb.WriteByte(c)
			i++
		}
	}
	return sb.String()
}

// stringEnd is the index after the string that starts at i, or the end of the line or of
// the sheet for one not closed.
func stringEnd(sheet string, i int) int {
	quote := sheet[i]
	for j := i + 1; j < len(sheet); j++ {
		switch sheet[j] {
		case '\\':
			j++
		case quote, '\n':
			return j + 1
		}
	}
	return len(sheet)
}

// indexOutsideStrings is the index of the first of the bytes of set at or after i that is
// not inside a string, or -1.
func indexOutsideStrings(sheet string, i int, set string) int {
	for i < len(sheet) {
		c := sheet[i]
		switch {
		case c == '"' || c == '\'':
			i = stringEnd(sheet, i)
			continue
		case c == '\\':
			i += 2
			continue
		case strings.IndexByte(set, c) >= 0:
			return i
		}
		i++
	}
	return -1
}

// blockEnd is the index of the "}" that closes a block whose content starts at i, or the
// end of the sheet for a block not closed.
func blockEnd(sheet string, i int) int {
	depth := 0
	for {
		j := indexOutsideStrings(sheet, i, "{}")
		if j < 0 {
			return len(sheet)
		}
		if sheet[j] == '{' {
			depth++
		} else if depth == 0 {
			return j
		} else {
			depth--
		}
		i = j + 1
	}
}
