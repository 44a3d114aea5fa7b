package checks

import (
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// Official figures of one name follow different definitions: Germany's registered
// unemployment (the Bundesagentur's 5.7%) is not the ILO-modelled rate (WDI's 3.4%), a year's
// December-on-December inflation is not its annual average, GNP is not GDP. Each series of the
// table states its definition (data/definitions.csv), each claim is read for the one it names
// (data/definition_cues.csv), and a claim is judged only against series of its definition.

// Aspects of a definition.
const (
	aspectUnemployment = "unemployment"
	aspectCPI          = "cpi"
	aspectOutput       = "output"
	aspectYear         = "year"
	aspectPrices       = "prices"
	aspectGovernment   = "government"
	// aspectEstimate says how a series' figures were made: "modelled" (the ILO's estimates
	// adjust national surveys to one coverage) rather than announced by the office that
	// measured them. No claim names it; it tells how loosely a series stands for the office's
	// figure.
	aspectEstimate = "estimate"
)

// modelledEstimate is the estimate aspect of a modelled series.
const modelledEstimate = "modelled"

//go:embed data/*.csv
var definitionFiles embed.FS

type definitionCue struct {
	aspect, definition string
	source             bool   // a source's name: matched against the cited source too
	tied               bool   // names the definition only as the figure's source or measure (tiedToFigure)
	counted            bool   // a verb of counting: names it only where it counts the figure (countedFigure)
	phrase             string // lower case
	sourceWords        string // normaliseSourceName(phrase), for a source's name
}

type definitionTables struct {
	// series maps source, indicator and aspect to the definition the series follows; source
	// "*" stands for every source without rows of its own.
	series map[[3]string]string
	// released maps source, entity, indicator and aspect to the definition one entity's
	// series follows from a release on, where it differs from series' (release_definitions.csv).
	released map[[4]string]releaseDefinition
	// releasedEntity are the entities of released, asked first: most figures are of others.
	releasedEntity map[string]bool
	// aspects lists the aspects each indicator's series state.
	aspects map[string]map[string]bool
	names   map[[2]string]string
	tags    map[[2]string]string
	usual   map[[2]string]bool
	// usualOf is the usual definition of each aspect (definition_names.csv marks one at most).
	usualOf map[string]string
	cues    []definitionCue
	// cuesStarting lists the cues by the first byte of their phrase, so that a sentence is
	// searched for all of them in one pass (findCues).
	cuesStarting [256][]phraseStart
	cuePairs     bytePairs // the first two bytes of the cues' phrases
	// cuesOf says which cues a claim of each indicator reads (see indicatorCues).
	cuesOf map[string]*indicatorCues
	// named are the maps of namedDefinitions.
	named   atomic.Pointer[map[namedCues]map[string]string]
	namedMu sync.Mutex
}

// A releaseDefinition is the definition an entity's series follows from a release on.
type releaseDefinition struct {
	definition string
	from       string // the first release that follows it, YYYY-MM-DD
}

// indicatorCues are the cues a claim of one indicator reads, by index in cues: those of the
// aspects its series state, told apart once rather than for every cue of every sentence.
type indicatorCues struct {
	// wanted[1] are the cues of a year's claim; wanted[0] those of another period's, which
	// leave out the averaging of inflation.
	wanted [2][]bool
	// fiscalYear is whether the series state their kind of year.
	fiscalYear bool
}

// readCues fills cuesOf.
func (t *definitionTables) readCues() {
	t.cuesOf = make(map[string]*indicatorCues, len(t.aspects))
	for indicator, relevant := range t.aspects {
		ic := &indicatorCues{fiscalYear: relevant[aspectYear]}
		for year := range ic.wanted {
			ic.wanted[year] = make([]bool, len(t.cues))
			for i, cue := range t.cues {
				ic.wanted[year][i] = relevant[cue.aspect] && (cue.aspect != aspectCPI || year == 1)
			}
		}
		t.cuesOf[indicator] = ic
	}
}

var loadDefinitions = sync.OnceValues(func() (*definitionTables, error) {
	t := &definitionTables{series: map[[3]string]string{}, released: map[[4]string]releaseDefinition{}, aspects: map[string]map[string]bool{},
		names: map[[2]string]string{}, tags: map[[2]string]string{}, usual: map[[2]string]bool{}, usualOf: map[string]string{}}
	err := readDefinitionFile("definitions.csv", []string{"source", "indicator", "aspect", "definition"}, func(r []string) error {
		t.series[[3]string{r[0], r[1], r[2]}] = r[3]
		if t.aspects[r[1]] == nil {
			t.aspects[r[1]] = map[string]bool{}
		}
		t.aspects[r[1]][r[2]] = true
		return nil
	})
	if err != nil {
		return t, err
	}
	err = readDefinitionFile("definition_names.csv", []string{"aspect", "definition", "usual", "tag", "name"}, func(r []string) error {
		if r[2] != "yes" && r[2] != "no" {
			return fmt.Errorf("usual %q is not yes or no", r[2])
		}
		t.names[[2]string{r[0], r[1]}] = r[4]
		t.tags[[2]string{r[0], r[1]}] = r[3]
		t.usual[[2]string{r[0], r[1]}] = r[2] == "yes"
		if r[2] == "yes" {
			if other, ok := t.usualOf[r[0]]; ok {
				return fmt.Errorf("aspect %s has two usual definitions, %s and %s", r[0], other, r[1])
			}
			t.usualOf[r[0]] = r[1]
		}
		return nil
	})
	if err != nil {
		return t, err
	}
	err = readDefinitionFile("definition_cues.csv", []string{"aspect", "definition", "kind", "cue"}, func(r []string) error {
		if _, ok := t.names[[2]string{r[0], r[1]}]; !ok {
			return fmt.Errorf("definition %s %s has no name in definition_names.csv", r[0], r[1])
		}
		if r[2] != "phrase" && r[2] != "source" && r[2] != "tied" && r[2] != "counted" {
			return fmt.Errorf("kind %q is not phrase, source, tied or counted", r[2])
		}
		cue := definitionCue{aspect: r[0], definition: r[1], source: r[2] == "source", tied: r[2] == "tied",
			counted: r[2] == "counted", phrase: strings.ToLower(r[3])}
		if cue.phrase == "" {
			return fmt.Errorf("empty cue")
		}
		if len(t.cues) == math.MaxInt16-1 {
			return fmt.Errorf("more than %d cues", math.MaxInt16-1) // see namedCues
		}
		if cue.source {
			cue.sourceWords = normaliseSourceName(cue.phrase)
		}
		t.cuesStarting[cue.phrase[0]] = append(t.cuesStarting[cue.phrase[0]], startOf(cue.phrase, len(t.cues)))
		t.cuePairs.add(cue.phrase)
		t.cues = append(t.cues, cue)
		return nil
	})
	if err != nil {
		return t, err
	}
	for key, def := range t.series {
		if _, ok := t.names[[2]string{key[2], def}]; !ok {
			return t, fmt.Errorf("definitions.csv: %s %s: definition %s %s has no name in definition_names.csv", key[0], key[1], key[2], def)
		}
	}
	err = readDefinitionFile("release_definitions.csv", []string{"source", "entity", "indicator", "aspect", "definition", "from"}, func(r []string) error {
		if _, ok := t.names[[2]string{r[3], r[4]}]; !ok {
			return fmt.Errorf("definition %s %s has no name in definition_names.csv", r[3], r[4])
		}
		if _, err := time.Parse(time.DateOnly, r[5]); err != nil {
			return fmt.Errorf("from %q is not a date YYYY-MM-DD", r[5])
		}
		key := [4]string{r[0], r[1], r[2], r[3]}
		if _, dup := t.released[key]; dup {
			return fmt.Errorf("%s %s %s %s has two rows", r[0], r[1], r[2], r[3])
		}
		t.released[key] = releaseDefinition{definition: r[4], from: r[5]}
		return nil
	})
	if err != nil {
		return t, err
	}
	if err := t.addFiscalYearSeries(); err != nil {
		return t, err
	}
	t.releasedEntity = map[string]bool{}
	for key := range t.released {
		t.releasedEntity[key[1]] = true
	}
	aspects := map[string]bool{}
	for _, cue := range t.cues {
		aspects[cue.aspect] = true
	}
	if len(aspects) > len(namedCues{}.cues) {
		return t, fmt.Errorf("definition_cues.csv: more than %d aspects", len(namedCues{}.cues)) // see namedCues
	}
	t.readCues()
	t.named.Store(&map[namedCues]map[string]string{})
	return t, nil
})

// readDefinitionFile reads one of the embedded CSV files, row by row after its header.
func readDefinitionFile(name string, header []string, row func([]string) error) error {
	f, err := definitionFiles.Open("data/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = len(header)
	first, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if strings.Join(first, ",") != strings.Join(header, ",") {
		return fmt.Errorf("%s: header %q, want %q", name, strings.Join(first, ","), strings.Join(header, ","))
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := row(rec); err != nil {
			line, _ := r.FieldPos(0)
			return fmt.Errorf("%s line %d: %w", name, line, err)
		}
	}
}

func definitions() *definitionTables {
	t, err := loadDefinitions()
	if err != nil {
		// The files are embedded and TestDefinitionFilesLoad reads them: this is a build
		// that shipped broken data.
		panic("checks: " + err.Error())
	}
	return t
}

// seriesDefinition is the definition a source's series of an indicator follows in one
// aspect, "" when unknown.
func (t *definitionTables) seriesDefinition(source, indicator, aspect string) string {
	if d, ok := t.series[[3]string{source, indicator, aspect}]; ok {
		return d
	}
	return t.series[[3]string{"*", indicator, aspect}]
}

// observationDefinition is the definition an observation's series follows in one aspect:
// its entity's from its release on, where release_definitions.csv has one, or its source's.
func (t *definitionTables) observationDefinition(o reference.Observation, aspect string) string {
	if !t.releasedEntity[o.Entity] {
		return t.seriesDefinition(o.Source, o.Indicator, aspect)
	}
	if rd, ok := t.released[[4]string{o.Source, o.Entity, o.Indicator, aspect}]; ok && o.Release >= rd.from {
		return rd.definition
	}
	return t.seriesDefinition(o.Source, o.Indicator, aspect)
}

// withUsualDefinitions adds to claimed, for each aspect it leaves unnamed in which one of the
// observations of the kind the claim is judged against follows an unusual definition of its
// entity's (observationDefinition), the usual definition of that aspect: a claim that names no
// price index means the consumer price index, not the CPIH a release carries for Britain.
// A claim that cites an observation's source quotes that source's own figure, whatever its
// definition ("UK inflation was 3.3% in 2024, according to the World Bank"). claimed itself is
// not changed.
func (t *definitionTables) withUsualDefinitions(claimed map[string]string, all []reference.Observation, kind string, cites func(reference.Observation) bool) map[string]string {
	if len(t.released) == 0 {
		return claimed
	}
	out := claimed
	for _, o := range all {
		if !t.releasedEntity[o.Entity] || obsKind(o) != kind || cites(o) {
			continue
		}
		for aspect := range t.aspects[o.Indicator] {
			rd, ok := t.released[[4]string{o.Source, o.Entity, o.Indicator, aspect}]
			if !ok || o.Release < rd.from || t.usual[[2]string{aspect, rd.definition}] {
				continue
			}
			if _, named := out[aspect]; named {
				continue
			}
			usual := t.usualOf[aspect]
			if usual == "" {
				continue
			}
			if len(out) == len(claimed) {
				out = maps.Clone(claimed)
				if out == nil {
					out = map[string]string{}
				}
			}
			out[aspect] = usual
		}
	}
	return out
}

// claimedDefinition reads which definition the claim names in each aspect its indicator's
// series state: from its sentence (the cue nearest the figure decides; of cues as near, the
// first of definition_cues.csv), its cited source, and a fiscal-year period. Inflation's
// averaging is read for a year's figure only: "inflation in December" of a monthly figure is
// that month's rate, not a way of measuring a year. The result is nil when the claim names
// none.
func (j *judgement) claimedDefinition() map[string]string {
	t := definitions()
	ic := t.cuesOf[j.claim.Indicator]
	if ic == nil {
		return nil
	}
	if j.claim.Sentence == "" && j.claim.Source == "" && !strings.HasPrefix(j.claim.Period, "FY") {
		return nil
	}
	read, at := j.sentence()
	// a claim made by hand may quote nothing: its tied cues count wherever they stand
	placed := at >= 0 && j.claim.Quote != ""
	if !placed {
		at = 0
	}
	// The nearest cue of each aspect so far: few aspects, kept on the stack.
	type nearest struct {
		aspect    string
		cue, dist int
	}
	best := make([]nearest, 0, 8)
	consider := func(cue, dist int) {
		aspect := t.cues[cue].aspect
		for i := range best {
			if best[i].aspect == aspect {
				if dist < best[i].dist || dist == best[i].dist && cue < best[i].cue {
					best[i].cue, best[i].dist = cue, dist
				}
				return
			}
		}
		best = append(best, nearest{aspect, cue, dist})
	}
	wanted := ic.wanted[0]
	if isYear(j.claim.Period) {
		wanted = ic.wanted[1]
	}
	for _, m := range read.cues {
		if !wanted[m.cue] {
			continue
		}
		cue := &t.cues[m.cue]
		if !placed || !cue.tied && !cue.counted ||
			cue.tied && tiedToFigure(read.lower, at, at+len(j.claim.Quote), m.start, m.end) ||
			cue.counted && countedFigure(read.lower, at, at+len(j.claim.Quote), m.start, m.end) {
			consider(m.cue, distanceFrom(at, m.start, m.end))
		}
	}
	if j.claim.Source != "" {
		// A cue naming the cited source counts as if it stood at the figure.
		var cited string
		for i, cue := range t.cues {
			if !cue.source || !wanted[i] {
				continue
			}
			if cited == "" {
				cited = normaliseSourceName(j.claim.Source)
			}
			if containsWords(cited, cue.sourceWords) {
				consider(i, 0)
			}
		}
	}
	// The definitions named are those of the cues kept (one an aspect) and a fiscal year.
	var named namedCues
	n := 0
	for _, b := range best {
		if b.aspect == aspectPrices && j.pricesUnknown {
			continue
		}
		named.cues[n] = int16(b.cue + 1) // one a cue's aspect: no more than namedCues holds
		n++
	}
	named.fiscalYear = ic.fiscalYear && strings.HasPrefix(j.claim.Period, "FY")
	if n == 0 && !named.fiscalYear {
		return nil
	}
	slices.Sort(named.cues[:n])
	return t.namedDefinitions(named)
}

// namedCues are the cues whose definitions a claim names (index+1 in cues, in order, 0 for
// none), and whether it names a fiscal year.
type namedCues struct {
	cues       [8]int16
	fiscalYear bool
}

// namedDefinitions is the map claimedDefinition returns for the cues named, one map for all
// the claims that name them (read it, never change it): most claims of a text dense with
// figures name a definition, and the few maps there are cost an allocation each a claim.
func (t *definitionTables) namedDefinitions(named namedCues) map[string]string {
	if m, ok := (*t.named.Load())[named]; ok {
		return m
	}
	out := make(map[string]string, len(named.cues)+1)
	for _, cue := range named.cues {
		if cue > 0 {
			out[t.cues[cue-1].aspect] = t.cues[cue-1].definition
		}
	}
	if named.fiscalYear {
		out[aspectYear] = "fiscal"
	}
	// Copied on write: there are few sets of cues, and readers never wait.
	t.namedMu.Lock()
	defer t.namedMu.Unlock()
	kept := *t.named.Load()
	if len(kept) < maxNamedDefinitions {
		grown := make(map[namedCues]map[string]string, len(kept)+1)
		for k, v := range kept {
			grown[k] = v
		}
		grown[named] = out
		t.named.Store(&grown)
	}
	return out
}

// maxNamedDefinitions bounds the maps namedDefinitions keeps.
const maxNamedDefinitions = 256

func isYear(period string) bool {
	p := strings.TrimPrefix(period, "FY")
	return len(p) == 4 && strings.Trim(p, "0123456789") == ""
}

// findCues finds every definition cue in a lowered sentence as whole words, in one pass over
// the places a word can start.
func (t *definitionTables) findCues(lower string) []cueMatch {
	// Gathered on the stack and copied once: an excerpt of a text dense with figures holds
	// dozens, and a slice grown by append cost an allocation each doubling.
	var space [64]cueMatch
	found := space[:0]
	for start := 0; start < len(lower); start++ {
		if start > 0 && wordBytes[lower[start-1]] || !t.cuePairs.mayStart(lower, start) {
			continue
		}
		head := headAt(lower, start)
		starting := t.cuesStarting[lower[start]]
		for k := range starting {
			p := &starting[k]
			if !p.mayBeAt(head) {
				continue // told by the first eight bytes, before the phrase is loaded (see phraseStart)
			}
			phrase := t.cues[p.index].phrase
			if end := start + len(phrase); restAt(lower, start, phrase) && wordEdge(lower, end) {
				found = append(found, cueMatch{cue: p.index, start: start, end: end})
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	return slices.Clone(found)
}

// tiedToFigure reports a cue at lower[start:end] that is the source or the measure of the
// figure quoted at lower[at:quoteEnd]: in the figure's clause, with no semicolon and no other
// figure than a year between them ("1.45 billion in 2024; the census, delayed since 2021,
// ..." and "1.45 billion in 2024, far above the 1.21 billion counted in the 2011 census" tie
// 1.45 billion to none), and framed as a source, after "according to", "(as) per", "in",
// "from", "by" or "at" ("according to the 2011 census", "as per Census 2011", "counted in the
// last census", "5.15 million at the 2022 census"), or as a measure, before a verb of counting or a noun of its result ("the census
// counted", "the census put the population at", "census population of", "Census 2011 data").
// A census that is only mentioned ("13 years after the last census", "no census has been
// held") names no definition of the figure.
func tiedToFigure(lower string, at, quoteEnd, start, end int) bool {
	if !sameClaim(lower, at, quoteEnd, start, end) {
		return false
	}
	before := wordsOf(lower[:start])
	for len(before) > 0 && sourceFiller[before[len(before)-1]] || len(before) > 0 && isYearWord(before[len(before)-1]) {
		before = before[:len(before)-1]
	}
	if n := len(before); n > 0 && (sourceFrame[before[n-1]] || n > 1 && before[n-2] == "according" && before[n-1] == "to") {
		return true
	}
	after := wordsOf(lower[end:])
	for len(after) > 0 && (isYearWord(after[0]) || after[0] == "of") {
		after = after[1:]
	}
	if len(after) > 1 && copulaWords[after[0]] && end <= quoteEnd {
		// "India's 2011 headcount was 1.21 billion": the figure it is ("..., and the census is
		// 3 years late" is not the figure's)
		return valueFirst(after[1:])
	}
	return len(after) > 0 && measureFrame[after[0]]
}

// sameClaim reports a cue at lower[start:end] in the clause of the figure quoted at
// lower[at:quoteEnd]: no semicolon and no figure other than a year between them (tiedToFigure).
func sameClaim(lower string, at, quoteEnd, start, end int) bool {
	if quoteEnd > len(lower) {
		return false
	}
	between := lower[quoteEnd:max(start, quoteEnd)]
	if end <= at {
		between = lower[end:at]
	}
	if strings.IndexByte(between, ';') >= 0 {
		return false
	}
	for _, w := range wordsOf(between) {
		if w[0] >= '0' && w[0] <= '9' && !isYearWord(w) {
			return false
		}
	}
	return true
}

// countedFigure reports a verb of counting at lower[start:end] ("counted", "enumerated") that
// counts the figure quoted at lower[at:quoteEnd], in its clause (sameClaim): after the people it
// counts, as a participle or a passive ("India's population counted in 2011 was 1.21 billion",
// "1.21 billion people were counted", "140 million were enumerated"), or before the figure as its
// object ("counted 1.21 billion people", "enumerated at 140 million"). Counting in another sense
// ("counted among the largest", "counted on remittances", "has not counted its people since
// 2011") counts no figure.
func countedFigure(lower string, at, quoteEnd, start, end int) bool {
	if !sameClaim(lower, at, quoteEnd, start, end) {
		return false
	}
	after := wordsOf(lower[end:])
	if len(after) > 0 && otherCounting[after[0]] {
		return false
	}
	if end <= quoteEnd && valueFirst(after) {
		// the verb before its figure: a passive ("was enumerated at 140 million") or census
		// takers counting ("enumerators counted 1.21 billion"); a statistics office, a survey or
		// an estimate that "counted" residents ("Statistics Sweden counted 10.5 million", "The
		// UN estimate counted 1.43 billion") counts by a register or a model, not a census
		subject := wordsOf(lower[:start])
		if len(subject) == 0 {
			return false
		}
		w := subject[len(subject)-1]
		if (w == "it" || w == "they") && len(subject) > 2 && censusClauseOpener[subject[len(subject)-2]] && censusJustBefore(subject[:len(subject)-2]) {
			// "India has not held a census since 2011, when it counted 1.21 billion people":
			// the census counted them (blind rounds 214, 234: flagged against WDI's estimate)
			return true
		}
		return copulaWords[w] || censusTakers[w]
	}
	// the people counted, as the subject: right before the verb; after the figure, only the
	// figure's own ("1.21 billion people were counted", not "..., though the population counted
	// in 2011 was smaller")
	from := 0
	if start >= quoteEnd {
		from = quoteEnd
	}
	before := wordsOf(lower[from:start])
	passive := false
	for len(before) > 0 && copulaWords[before[len(before)-1]] {
		before, passive = before[:len(before)-1], true
	}
	if start >= quoteEnd {
		switch {
		case !passive || len(before) > 1:
			return false
		case len(before) == 0:
			return true // the quote holds the figure's noun: "1.21 billion people" were counted
		}
	}
	if len(before) == 0 {
		return false
	}
	w := before[len(before)-1]
	return peopleNouns[w] || passive && (scaleWords[w] || w[0] >= '0' && w[0] <= '9')
}

// censusClauseOpener are the words that open a clause on a census named just before, whose
// pronoun is the census or its country ("since 2011, when it counted"; not "said it counted").
var censusClauseOpener = map[string]bool{"when": true, "where": true, "which": true}

// censusJustBefore reports a census among the last words before a clause, with no figure
// between: what the clause's pronoun stands for ("held a census since 2011, when it").
func censusJustBefore(words []string) bool {
	for i := len(words) - 1; i >= 0 && i >= len(words)-6; i-- {
		w := strings.Trim(words[i], ",;")
		if w == "census" || w == "headcount" || w == "enumeration" {
			return true
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' && !isYearWord(w) {
			return false
		}
	}
	return false
}

// valueFirst reports words that open with a figure, perhaps after "at" and a qualifier ("at
// 140 million", "some 1.21 billion", "a total of 62 million").
func valueFirst(words []string) bool {
	for len(words) > 0 && valueFiller[words[0]] {
		words = words[1:]
	}
	return len(words) > 0 && words[0][0] >= '0' && words[0][0] <= '9' && !isYearWord(words[0])
}

// sourceFrame are the words that make the phrase after them a figure's source; sourceFiller
// the words that may stand between ("according to the latest national census").
var (
	sourceFrame  = map[string]bool{"per": true, "in": true, "from": true, "by": true, "at": true}
	sourceFiller = map[string]bool{"the": true, "a": true, "its": true, "their": true, "latest": true, "last": true, "recent": true, "most": true, "national": true, "official": true, "provisional": true, "final": true,
		"first": true, "digital": true, "decennial": true, "general": true, "population": true}
	measureFrame = map[string]bool{
		"count": true, "counts": true, "counted": true, "put": true, "puts": true, "show": true, "shows": true, "showed": true,
		"found": true, "finds": true, "recorded": true, "records": true, "enumerated": true, "tallied": true,
		"population": true, "figure": true, "figures": true, "data": true, "results": true, "result": true, "estimate": true,
	}
	// the words of countedFigure, and of a cue that is the figure's subject (tiedToFigure)
	copulaWords   = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true, "stood": true}
	censusTakers  = map[string]bool{"enumerators": true, "enumerator": true, "census-takers": true, "takers": true}
	otherCounting = map[string]bool{"among": true, "on": true, "upon": true, "as": true, "towards": true, "toward": true, "for": true, "against": true}
	peopleNouns   = map[string]bool{"population": true, "people": true, "inhabitants": true, "residents": true, "persons": true, "citizens": true, "nationals": true}
	scaleWords    = map[string]bool{"thousand": true, "million": true, "billion": true, "crore": true, "lakh": true, "m": true, "bn": true, "mn": true}
	valueFiller   = map[string]bool{"at": true, "some": true, "about": true, "around": true, "roughly": true, "nearly": true, "almost": true,
		"over": true, "just": true, "a": true, "total": true, "of": true, "more": true, "than": true}
)

// wordsOf splits a lower-case text into its words (see wordBytes).
func wordsOf(text string) []string {
	var words []string
	for i := 0; i < len(text); {
		if !wordBytes[text[i]] {
			i++
			continue
		}
		j := i
		for j < len(text) && wordBytes[text[j]] {
			j++
		}
		words = append(words, text[i:j])
		i = j
	}
	return words
}

// isYearWord reports a word of four digits, a year's.
func isYearWord(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// distanceFrom is how far a phrase at [start, end) lies from position at, in bytes: 0 when
// it holds at.
func distanceFrom(at, start, end int) int {
	if d := start - at; d >= 0 {
		return d
	}
	return max(at-end, 0)
}

// wordEdge reports whether the byte at i is outside the text or not a letter or digit.
func wordEdge(text string, i int) bool {
	return i < 0 || i >= len(text) || !wordBytes[text[i]]
}

// wordBytes are the bytes of words: ASCII letters and digits, and every byte of a non-ASCII
// character.
var wordBytes = func() (word [256]bool) {
	for c := range 256 {
		word[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	return word
}()

// ofClaimedDefinition keeps the observations of series that follow the definitions the claim
// names. A claim that names a usual definition (GDP, the ILO rate) drops only series known to
// follow another; one that names an unusual definition (registered unemployment, GNP) keeps
// only series known to follow it, or of the source it cites. When the claim's definition
// leaves none of a table that holds the figure, the result is no_reference naming the figure
// and the definition the table does hold.
func (j *judgement) ofClaimedDefinition(all []reference.Observation) ([]reference.Observation, *Result) {
	if len(all) == 0 {
		return all, nil
	}
	t := definitions()
	wantKind := kindActual
	if j.claim.Kind == extract.KindForecast {
		wantKind = kindProjection // (a forecast is never judged against outturns)
	}
	cites := func(o reference.Observation) bool {
		return j.claim.Source != "" && sourceMatches(j.claim.Source, o.Source, j.opts.SourceAliases)
	}
	claimed := t.withUsualDefinitions(j.claimedDefinition(), all, wantKind, cites)
	if len(claimed) == 0 {
		return all, nil
	}
	keep := keptFigures(all, func(o *reference.Observation) bool { return j.followsDefinition(t, *o, claimed) })
	if len(keep) > 0 {
		return keep, nil
	}
	other := all // none follows the claimed definition
	// Name the definition the preferred source's latest figure follows.
	var candidates []reference.Observation
	for _, o := range other {
		if obsKind(o) == kindActual {
			candidates = append(candidates, o)
		}
	}
	if len(candidates) == 0 {
		candidates = other
	}
	held := j.groupBySource(candidates)[0].latest().obs[0]
	aspects := make([]string, 0, len(claimed))
	for a := range claimed {
		aspects = append(aspects, a)
	}
	sort.Strings(aspects)
	var claimedNames, heldNames []string
	for _, a := range aspects {
		def := t.observationDefinition(held, a)
		if def == claimed[a] {
			continue
		}
		claimedNames = append(claimedNames, t.names[[2]string{a, claimed[a]}])
		heldName := "another definition than the claim's"
		if def != "" {
			heldName = t.names[[2]string{a, def}]
		}
		heldNames = append(heldNames, heldName)
	}
	res := j.withReference(held)
	res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
	verb := "was"
	if obsKind(held) == kindProjection {
		verb = "was projected at"
	}
	res.Explanation = fmt.Sprintf("No reference: the claim's %s is %s%s, and the table holds %s only as %s: per %s (release %s), it %s %s.",
		j.claimText(), strings.Join(claimedNames, " and "), j.definitionCueSource(), j.subject(), strings.Join(heldNames, " and "),
		held.Source, held.Release, verb, formatValue(held.Value, indicatorUnitOr(held.Indicator, j.claim.Unit)))
	return nil, &res
}

// definitionCueSource names the cited source after the claim's definition: " (as the
// Bundesagentur counts it)".
func (j *judgement) definitionCueSource() string {
	if j.claim.Source == "" {
		return ""
	}
	return " (as " + j.claim.Source + " counts it)"
}

// followsDefinition reports whether an observation's series may be judged against a claim of
// the claimed definitions.
func (j *judgement) followsDefinition(t *definitionTables, o reference.Observation, claimed map[string]string) bool {
	cited := j.claim.Source != "" && sourceMatches(j.claim.Source, o.Source, j.opts.SourceAliases)
	for aspect, def := range claimed {
		held := t.observationDefinition(o, aspect)
		switch {
		case held == def:
		case held != "":
			return false
		case !t.usual[[2]string{aspect, def}] && !cited:
			return false
		}
	}
	return true
}

// seriesTag names the definition a source's series of an indicator follows, as a "Per"
// sentence shows it after the indicator: "ILO-modelled", "annual average"; "" when the
// indicator's name says it or the table states none.
func (t *definitionTables) seriesTag(source, indicator string) string {
	key := [2]string{source, indicator}
	if tag, ok := seriesTags.Load(key); ok {
		return tag.(string)
	}
	tag := t.readSeriesTag(source, indicator)
	seriesTags.Store(key, tag)
	return tag
}

// seriesTags keeps each series' tag: every explanation asks for one, and there are few.
var seriesTags sync.Map

func (t *definitionTables) readSeriesTag(source, indicator string) string {
	aspects := make([]string, 0, len(t.aspects[indicator]))
	for a := range t.aspects[indicator] {
		aspects = append(aspects, a)
	}
	sort.Strings(aspects)
	name := strings.ToLower(IndicatorName(indicator))
	var tags []string
	for _, a := range aspects {
		tag := t.tags[[2]string{a, t.seriesDefinition(source, indicator, a)}]
		if tag != "" && !strings.Contains(name, strings.ToLower(tag)) {
			tags = append(tags, tag)
		}
	}
	return strings.Join(tags, ", ")
}
