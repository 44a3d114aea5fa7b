package report

import (
	"fmt"
	"io"
	"iter"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twcache"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/termsafe"
)

const defaultWidth = 120

const verdictTitle = "VERDICT"

// verdictSGR is the terminal colour of each verdict (Select Graphic Rendition): what an
// editor must act on in bold red or yellow, what needs nothing in green, what could not be
// judged dimmed. The verdict is written as well, so colour is never the only signal.
var verdictSGR = map[string]string{
	checks.Inconsistent: "1;31",
	checks.Outdated:     "1;33",
	checks.Revised:      "36",
	checks.Consistent:   "32",
	checks.NoReference:  "2",
	checks.Unchecked:    "2",
}

// colourVerdict colours a verdict cell; tablewriter measures cells without the escapes.
func colourVerdict(cell string) string {
	sgr, ok := verdictSGR[cell]
	if !ok {
		return cell
	}
	return "\x1b[" + sgr + "m" + cell + "\x1b[0m"
}

// column is one column of the human-readable views (table, Markdown, HTML).
type column struct {
	title string
	// maxWidth caps the column in the terminal table and minWidth is as far as it shrinks
	// on a narrow terminal; a maxWidth of 0 makes it the flexible column, which takes what
	// the others leave.
	maxWidth, minWidth int
	cell               func(r checks.Result) string
}

// readableColumns is the subset of fields an editor reads at a glance. What a claim is
// about (entity, indicator, period) shares one column, and the kind rides under the value
// when it is not a plain outturn, so that the explanation keeps room in a 120-column
// terminal. Text from the article is folded onto one line; line breaks in a cell are the
// writer's own.
func readableColumns(opts Options) []column {
	cols := []column{
		{"CLAIM", 20, 10, func(r checks.Result) string { return oneLine(r.Claim.Quote) }},
		{"ABOUT", 12, 10, aboutCell},
		{"VALUE", 12, 8, valueCell},
	}
	if opts.NoVerdicts {
		return append(cols,
			column{"BASIS", 10, 6, func(r checks.Result) string { return r.Claim.Basis }},
			column{"SOURCE", 20, 10, func(r checks.Result) string { return oneLine(r.Claim.Source) }},
			column{"SENTENCE", 0, 30, func(r checks.Result) string { return oneLine(r.Claim.Sentence) }},
		)
	}
	return append(cols,
		column{verdictTitle, 12, 12, func(r checks.Result) string { return r.Verdict }},
		column{"REFERENCE", 14, 10, referenceCell},
		column{"EXPLANATION", 0, 30, func(r checks.Result) string { return oneLine(r.Explanation) }},
	)
}

// aboutCell: entity (and who imposes, for sanctions), indicator, period, one per line.
func aboutCell(r checks.Result) string {
	c := r.Claim
	var indicator string
	if c.Indicator != "" {
		indicator = checks.IndicatorName(c.Indicator)
	}
	return joinNonEmpty("\n", joinNonEmpty(" by ", c.Entity, c.Jurisdiction), indicator, c.Period)
}

// valueCell: the value as it reads, and its kind when it is not an outturn.
func valueCell(r checks.Result) string {
	kind := r.Claim.Kind
	if kind == extract.KindActual {
		kind = ""
	}
	return joinNonEmpty("\n", claimValue(r.Claim), kind)
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

var qualifierWords = map[string]string{
	extract.QualApprox:   "about",
	extract.QualNearly:   "nearly",
	extract.QualMoreThan: "more than",
	extract.QualLessThan: "less than",
	extract.QualAtLeast:  "at least",
	extract.QualAtMost:   "at most",
}

// claimValue shows the claimed number as it reads: "about 3.6%", "$1.2 billion", "3–4%";
// an amount of change reads with its direction, "up 0.3 pp", "down about 0.3%"; a date
// claim shows its period.
func claimValue(c extract.Claim) string {
	if c.Unit == extract.UnitDate {
		return joinNonEmpty(" ", qualifierWords[c.Qualifier], c.Period)
	}
	value, valueMax := c.Value, c.ValueMax
	if c.Change != "" {
		value = math.Abs(value)
		if valueMax != nil {
			m := math.Abs(*valueMax)
			valueMax = &m
		}
	}
	text := humanQuantity(value, c.Unit)
	if valueMax != nil {
		text = strings.TrimSuffix(text, "%") + "–" + humanQuantity(*valueMax, c.Unit)
	}
	return joinNonEmpty(" ", c.Change, qualifierWords[c.Qualifier], text)
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

// humanQuantity prints a value with its unit for reading, large numbers scaled.
func humanQuantity(x float64, unit string) string {
	switch {
	case unit == extract.UnitPercent:
		return FormatNumber(x) + "%"
	case unit == extract.UnitPP:
		return FormatNumber(x) + " pp"
	case extract.IsCurrency(unit):
		if symbol, ok := currencySymbols[unit]; ok {
			return symbol + scaledNumber(x)
		}
		return unit + " " + scaledNumber(x)
	case unit == "":
		return scaledNumber(x)
	case unit == "person":
		return scaledNumber(x) + " people"
	}
	return scaledNumber(x) + " " + unit
}

// scaledNumber: 2046284838151 → "2.05 trillion"; numbers below a million stay whole.
func scaledNumber(x float64) string {
	abs := math.Abs(x)
	for _, s := range []struct {
		size float64
		name string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if abs >= s.size {
			return FormatNumber(math.Round(x/s.size*100)/100) + s.name
		}
	}
	return FormatNumber(x)
}

// referenceCell is the reference figure with its source and release, one per line.
func referenceCell(r checks.Result) string {
	var lines []string
	if r.RefValue != nil {
		unit := r.Claim.Unit
		lines = append(lines, humanQuantity(roundTo(*r.RefValue, referenceDecimals(r, 2)), unit))
	} else if r.RefPeriod != "" {
		lines = append(lines, r.RefPeriod)
	}
	if r.RefSource != "" {
		lines = append(lines, r.RefSource)
	}
	if r.RefRelease != "" && r.RefRelease != r.RefPeriod {
		lines = append(lines, r.RefRelease)
	}
	return strings.Join(lines, "\n")
}

// referenceDecimals are the decimals to print the reference figure of r with, at least least: more
// when r is inconsistent and fewer would print its figure as one the claim matches
// (checks.DecimalsBeside).
func referenceDecimals(r checks.Result, least int) int {
	if r.Verdict != checks.Inconsistent || r.RefValue == nil {
		return least
	}
	return checks.DecimalsBeside(&r.Claim, *r.RefValue, least)
}

func roundTo(x float64, decimals int) float64 {
	if math.Abs(x) >= 1e6 {
		return x // scaledNumber rounds large numbers itself
	}
	p := math.Pow(10, float64(decimals))
	return math.Round(x*p) / p
}

// tableWriter renders one terminal table per article, headed by the article's id and date,
// and a verdict count on Close. An article's rows may come in parts (WriteArticleStart, then
// WriteArticlePart): each part is then a table of its own under the one heading, its rows
// numbered on from the part before.
type tableWriter struct {
	w     io.Writer
	opts  Options
	count tally
	table *tablewriter.Table
	// rowsBefore is how many rows of the current article the parts before wrote.
	rowsBefore int
}

func newTableWriter(w io.Writer, opts Options) Writer {
	if opts.Width <= 0 {
		opts.Width = defaultWidth
	}
	return &tableWriter{w: w, opts: opts}
}

func (t *tableWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if err := t.WriteArticleStart(a, RowCount{Rows: len(results)}); err != nil {
		return err
	}
	return t.WriteArticlePart(a, results)
}

// WriteArticleStart writes the heading of article a, which has rows.Rows rows.
func (t *tableWriter) WriteArticleStart(a extract.Article, rows RowCount) error {
	if err := t.writeHeading(a, rows.Rows); err != nil {
		return fmt.Errorf("write table of %s: %w", a.ID, err)
	}
	return nil
}

// WriteArticlePart writes the next part of the rows of the article last started.
func (t *tableWriter) WriteArticlePart(a extract.Article, results []checks.Result) error {
	t.count.addRows(results)
	if err := t.writeRows(results); err != nil {
		return fmt.Errorf("write table of %s: %w", a.ID, err)
	}
	t.rowsBefore += len(results)
	return nil
}

func (t *tableWriter) writeHeading(a extract.Article, rows int) error {
	if t.count.articles > 0 {
		if _, err := io.WriteString(t.w, "\n"); err != nil {
			return err
		}
	}
	t.count.articles++
	t.rowsBefore = 0
	heading := articleHeading(termsafe.Line(joinNonEmpty(" — ", a.ID, oneLine(a.Title))),
		fmt.Sprintf("(%s): %s ==", publishedText(a), claimCount(rows)), t.opts.Width)
	_, err := fmt.Fprintln(t.w, heading)
	return err
}

func (t *tableWriter) writeRows(results []checks.Result) error {
	if len(results) == 0 {
		return nil
	}
	layout := fitColumns(terminalColumns(readableColumns(t.opts)), results, t.opts.Width, t.rowsBefore+1)
	// The table is streamed, each row drawn as it is appended at the widths fitted above:
	// tablewriter then keeps nothing of the rows, where laying out a table whole kept every
	// cell of every row several times over (an article of 28,000 claims, a page of figures,
	// took 260 MB per MB of text). A table is costly to set up (it builds caches); one
	// serves every article, its widths set anew.
	// A column is as wide as its widest line once wrapped, as tablewriter would draw it.
	drawn := make([]int, len(layout.columns))
	for j, c := range layout.columns {
		drawn[j] = displayWidth(c.title)
	}
	for _, row := range layout.cells {
		for j, cell := range row {
			var widest int
			// The row goes to the renderer whole, its cells' lines joined by cellBreak (see
			// rowRenderer).
			row[j], widest = wrapWidest(cell, layout.widths[j], cellBreak)
			drawn[j] = max(drawn[j], widest)
		}
	}
	widths := tw.NewMapper[int, int]()
	for j, w := range drawn {
		widths.Set(j, w+2) // a space of padding either side
	}
	if t.table == nil {
		t.table = tablewriter.NewTable(t.w,
			tablewriter.WithHeaderAutoFormat(tw.Off),
			tablewriter.WithHeaderAutoWrap(tw.WrapNone),
			tablewriter.WithRowAutoWrap(tw.WrapNone),
			tablewriter.WithRowAlignment(tw.AlignLeft),
			tablewriter.WithHeaderAlignment(tw.AlignLeft),
			tablewriter.WithStreaming(tw.StreamConfig{Enable: true}),
			// The cells are wrapped here, at spaces, so no line of them starts or ends with
			// one; tablewriter's trimming of every line was half its work.
			tablewriter.WithTrimSpace(tw.Off),
			tablewriter.WithRenderer(newRowRenderer()),
			// A one-slot cache of the cells' Stringer methods (the cells are strings): Reset
			// empties the cache for every article, and the default one, a map of 10,240
			// slots made anew each time, cost a .jsonl of short articles 4 s of CPU a MB.
			tablewriter.WithStringerCacheCustom(twcache.NewLRU[reflect.Type, reflect.Value](1)),
		)
	} else {
		t.table.Reset()
	}
	table := t.table
	table.Options(tablewriter.WithWidths(tw.CellWidth{PerColumn: widths}))
	if err := table.Start(); err != nil {
		return err
	}
	header := make([]any, len(layout.columns))
	for j, c := range layout.columns {
		header[j] = c.title
	}
	table.Header(header...)
	wrapped := make([]string, len(layout.columns))
	for _, row := range layout.cells {
		for j, cell := range row {
			wrapped[j] = cell
			if t.opts.Color && layout.columns[j].title == verdictTitle {
				wrapped[j] = colourVerdict(cell)
			}
		}
		if err := table.Append(wrapped); err != nil {
			return err
		}
	}
	if err := table.Close(); err != nil {
		return err
	}
	// On a narrow terminal the flexible column is printed as numbered notes below.
	for i, note := range layout.notes {
		if note == "" {
			continue
		}
		label := fmt.Sprintf("[%d] ", t.rowsBefore+i+1)
		text := wrap(note, t.opts.Width-len(label))
		text = strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", len(label)))
		if _, err := fmt.Fprintf(t.w, "%s%s\n", label, text); err != nil {
			return err
		}
	}
	return nil
}

// articleHeading is "== NAME (published ...): N claims ==" in lines of at most width
// columns: a long path or title is broken after a slash or at a space, never cut, since the
// heading is where a reader finds the file; lines after the first are indented.
func articleHeading(name, rest string, width int) string {
	if displayWidth(name)+displayWidth(rest)+4 <= width {
		return "== " + name + " " + rest
	}
	const indent = "   "
	var lines []string
	line := "== "
	for name != "" {
		// The next part runs to a slash or a space, which it keeps.
		end := strings.IndexAny(name, "/ ") + 1
		if end == 0 {
			end = len(name)
		}
		part := name[:end]
		name = name[end:]
		if line != "== " && line != indent && displayWidth(strings.TrimRight(line+part, " ")) > width {
			lines = append(lines, strings.TrimRight(line, " "))
			line = indent
		}
		line += part
	}
	lines = append(lines, strings.TrimRight(line, " "))
	last := len(lines) - 1
	if displayWidth(lines[last])+1+displayWidth(rest) <= width {
		lines[last] += " " + rest
	} else {
		for _, l := range strings.Split(wrap(rest, width-len(indent)), "\n") {
			lines = append(lines, indent+l)
		}
	}
	return strings.Join(lines, "\n")
}

// terminalColumns escapes the cells of cols for a terminal: quotes, sentences and sources
// come from articles and the database, where an ESC or a bidi override may lurk. CSV, JSON
// and the documents keep the text as it is.
func terminalColumns(cols []column) []column {
	out := make([]column, len(cols))
	for i, c := range cols {
		cell := c.cell
		c.cell = func(r checks.Result) string { return termsafe.Escape(cell(r), true) }
		out[i] = c
	}
	return out
}

func (t *tableWriter) Close() error {
	if t.count.articles == 0 {
		return nil
	}
	if t.opts.SummaryFollows {
		// The caller's summary table says all this line would, and more: one summary.
		_, err := fmt.Fprintln(t.w)
		return err
	}
	if _, err := fmt.Fprintf(t.w, "\n%s\n", wrap(t.count.summary(!t.opts.NoVerdicts), t.opts.Width)); err != nil {
		return fmt.Errorf("write table summary: %w", err)
	}
	return nil
}

// tableLayout is the columns, cells and widths of one article's table.
type tableLayout struct {
	columns []column
	cells   [][]string
	widths  []int
	notes   []string // the flexible column's text, when it did not fit as a column
}

// fitColumns sizes the columns to a terminal width: each capped column gets the width of
// its widest line up to its cap, and the flexible column what is left. When less than its
// minimum is left, the capped columns shrink towards their minimums; when that is still not
// enough, the flexible column leaves the table and becomes numbered notes under it.
func fitColumns(cols []column, results []checks.Result, total, firstNumber int) tableLayout {
	cellsOf := func(cols []column) [][]string {
		cells := make([][]string, len(results))
		for i, r := range results {
			cells[i] = make([]string, len(cols))
			for j, c := range cols {
				cells[i][j] = c.cell(r)
			}
		}
		return cells
	}
	layout := tableLayout{columns: cols, cells: cellsOf(cols)}
	layout.widths = naturalWidths(cols, layout.cells)
	// Each column costs its content plus a space either side and one border.
	budget := total - 3*len(cols) - 1
	flexible := -1
	used := 0
	for j, c := range cols {
		if c.maxWidth == 0 {
			flexible = j
			continue
		}
		used += layout.widths[j]
	}
	if flexible < 0 {
		return layout
	}
	need := min(layout.widths[flexible], cols[flexible].minWidth)
	shrink(cols, layout.widths, flexible, used+need-budget)
	used = 0
	for j := range cols {
		if j != flexible {
			used += layout.widths[j]
		}
	}
	if left := budget - used; left >= need {
		layout.widths[flexible] = min(layout.widths[flexible], left)
		return layout
	}

	// Notes mode: a "#" column points at the note under the table.
	for _, r := range results {
		layout.notes = append(layout.notes, cols[flexible].cell(r))
	}
	// The "#" column is as wide as the last row's number: rows of a long article's later
	// parts run into the thousands.
	numberWidth := max(3, len(strconv.Itoa(firstNumber+len(results)-1)))
	narrow := []column{{"#", numberWidth, numberWidth, nil}}
	narrow = append(narrow, cols[:flexible]...)
	narrow = append(narrow, cols[flexible+1:]...)
	layout.columns = narrow
	layout.cells = make([][]string, len(results))
	for i, r := range results {
		row := []string{strconv.Itoa(firstNumber + i)}
		for _, c := range narrow[1:] {
			row = append(row, c.cell(r))
		}
		layout.cells[i] = row
	}
	layout.widths = naturalWidths(narrow, layout.cells)
	used = 0
	for _, w := range layout.widths {
		used += w
	}
	shrink(narrow, layout.widths, -1, used-(total-3*len(narrow)-1))
	return layout
}

// naturalWidths is each column's widest line, capped.
func naturalWidths(cols []column, cells [][]string) []int {
	widths := make([]int, len(cols))
	for j, c := range cols {
		natural := displayWidth(c.title)
		for _, row := range cells {
			natural = max(natural, widestLine(row[j]))
		}
		if c.maxWidth > 0 {
			natural = min(natural, max(c.maxWidth, displayWidth(c.title)))
		}
		widths[j] = natural
	}
	return widths
}

// shrink takes excess runes off the widest shrinkable columns, one at a time, never below a
// column's minimum; skip is a column left alone.
func shrink(cols []column, widths []int, skip, excess int) {
	for ; excess > 0; excess-- {
		widest := -1
		for j, c := range cols {
			if j == skip || widths[j] <= c.minWidth {
				continue
			}
			if widest < 0 || widths[j]-cols[j].minWidth > widths[widest]-cols[widest].minWidth {
				widest = j
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
	}
}

// displayWidth is the number of terminal columns s takes: a wide (East Asian) character
// takes two, a combining mark none. It is the measure tablewriter pads cells by, so that
// the widths fitted here are the widths drawn.
func displayWidth(s string) int {
	if printableASCII(s) {
		return len(s) // a column a byte: most cells, asked about word by word
	}
	return twwidth.Width(s)
}

// oneLine folds line breaks and runs of spaces, which text from articles is full of.
func oneLine(s string) string {
	if isOneLine(s) {
		return s // most text, and every explanation: folding would give the same string
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether s is its words joined by single spaces, as oneLine folds it: no
// white space at either end or but single ASCII spaces between words.
func isOneLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' { // s does not end in a space
				return false
			}
		case c >= '\t' && c <= '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// wrap breaks text into lines of at most width columns at spaces, cutting words longer
// than a line (URLs, long names).
func wrap(text string, width int) string {
	wrapped, _ := wrapWidest(text, width, '\n')
	return wrapped
}

// wrapWidest is wrap with the lines joined by lineBreak, and the width of the widest line
// it made. The lines are made in one buffer, their widths counted as they grow.
func wrapWidest(text string, width int, lineBreak byte) (string, int) {
	if width <= 0 {
		return strings.ReplaceAll(text, "\n", string(lineBreak)), widestLine(text)
	}
	if len(text) <= width && printableASCII(text) && isOneLine(text) {
		return text, len(text) // a line that fits, as most cells are
	}
	out := make([]byte, 0, len(text)+len(text)/max(width, 8)+1)
	widest := 0
	// The line being made is out[start:], plain while it is all printable ASCII (as wide as
	// it is long). Every line made ends in a line break; the last is taken off at the end.
	start, plain := 0, true
	lineWidth := func() int {
		if plain {
			return len(out) - start
		}
		return displayWidth(string(out[start:]))
	}
	endLine := func() {
		widest = max(widest, lineWidth())
		out = append(out, lineBreak)
		start, plain = len(out), true
	}
	for paragraph := range strings.SplitSeq(text, "\n") {
		for word := range fields(paragraph) {
			wordWidth, wordPlain := measure(word)
			for wordWidth > width {
				if len(out) > start {
					endLine()
				}
				cut := cutAtWidth(word, width)
				// Prefer to break a long name after a hyphen, slash, dot or underscore that fits
				// ("legislation.|gov.uk").
				if i := strings.LastIndexAny(word[:cut], "-/._"); i > 0 {
					cut = i + 1
				}
				out = append(out, word[:cut]...)
				plain = printableASCII(word[:cut])
				endLine()
				word = word[cut:]
				wordWidth, wordPlain = measure(word)
			}
			switch {
			case len(out) == start:
				out = append(out, word...)
				plain = wordPlain
			case lineWidth()+1+wordWidth <= width:
				out = append(out, ' ')
				out = append(out, word...)
				plain = plain && wordPlain
			default:
				endLine()
				out = append(out, word...)
				plain = wordPlain
			}
		}
		endLine()
	}
	return string(out[:len(out)-1]), widest
}

// measure is displayWidth(s), and whether s is all printable ASCII.
func measure(s string) (width int, plain bool) {
	if printableASCII(s) {
		return len(s), true
	}
	return twwidth.Width(s), false
}

// asciiSpace is the white space of ASCII, as strings.Fields and unicode.IsSpace have it.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fields yields the words of s as strings.Fields cuts them, at runs of white space, without
// making a slice of them.
func fields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		word := -1 // where the word being read starts
		for i := 0; i < len(s); {
			space, size := false, 1
			if c := s[i]; c < utf8.RuneSelf {
				space = asciiSpace[c]
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				space = unicode.IsSpace(r)
			}
			switch {
			case space && word >= 0:
				if !yield(s[word:i]) {
					return
				}
				word = -1
			case !space && word < 0:
				word = i
			}
			i += size
		}
		if word >= 0 {
			yield(s[word:])
		}
	}
}

// widestLine is the width of the widest line of s.
func widestLine(s string) int {
	widest := 0
	for line := range strings.SplitSeq(s, "\n") {
		widest = max(widest, displayWidth(line))
	}
	return widest
}

// cutAtWidth is the byte offset where the first width columns of s end: combining marks
// stay with the character before them, and a character wider than width is kept whole,
// so that every cut moves on.
func cutAtWidth(s string, width int) int {
	used := 0
	for pos, r := range s {
		w := displayWidth(string(r))
		if w > 0 && used+w > width && pos > 0 {
			return pos
		}
		used += w
	}
	return len(s)
}
