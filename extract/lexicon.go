package extract

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/factcheck/factcheck/data"
)

// Lexicon is the vocabulary extraction works with: countries and regions with their names,
// and the cue phrases for indicators, vetoes, kinds, bases, sources and sanctions. It is read
// from the files of data/lexicon (see README.md there) and is immutable once loaded.
type Lexicon struct {
	// Entities lists every country and aggregate, in file order.
	Entities []Entity

	entities      *phraseTrie // case-sensitive names, demonyms, capitals, metonyms
	aggregates    map[string]bool
	cues          *phraseTrie // case-blind cue phrases
	abbreviations map[string]bool
}

// Entity is one row of entities.csv.
type Entity struct {
	Code       string // ISO 3166-1 alpha-3 or World Bank aggregate code
	Name       string // World Bank name
	Kind       string // country or aggregate
	ShortNames []string
	Demonyms   []string
	Capitals   []string
	Metonyms   []string
}

// Entity cue categories: a capital is a weak mention, good inside a sentence but not strong
// enough to become what "the economy" refers to later.
const (
	catEntity     = "entity"
	catCapital    = "capital"
	catNotEntity  = "not_entity"
	entitiesFile  = "entities.csv"
	cuesFile      = "cues.csv"
	notEntityFile = "not_entities.txt"
	abbrevFile    = "abbreviations.txt"
)

// cueCategories are the categories cues.csv may use.
var cueCategories = map[string]bool{
	"indicator": true, "indicator_after": true, "level": true, "subject": true, "verb": true, "veto": true,
	"forecast": true, "not_forecast": true, "comparison": true, "revision": true,
	"basis": true, "source": true, "sanctions": true, "sanctions_verb": true,
}

// DefaultLexicon loads the lexicon embedded in the binary.
func DefaultLexicon() (*Lexicon, error) {
	sub, err := fs.Sub(data.FS, "lexicon")
	if err != nil {
		return nil, fmt.Errorf("open embedded lexicon: %w", err)
	}
	return LoadLexicon(sub)
}

// LoadLexicon reads entities.csv, cues.csv, not_entities.txt and abbreviations.txt from fsys.
// Errors name the file and line.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lex := &Lexicon{
		entities:      newPhraseTrie(false),
		cues:          newPhraseTrie(true),
		abbreviations: make(map[string]bool),
		aggregates:    make(map[string]bool),
	}
	if err := lex.loadEntities(fsys); err != nil {
		return nil, err
	}
	if err := lex.loadCues(fsys); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, notEntityFile, func(line string, _ int) error {
		lex.entities.add(line, cue{category: catNotEntity})
		if first := line[:1]; strings.ToLower(first) != first {
			return nil
		}
		lex.entities.add(strings.ToUpper(line[:1])+line[1:], cue{category: catNotEntity})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine(fsys, abbrevFile, func(line string, _ int) error {
		lex.abbreviations[line] = true
		return nil
	}); err != nil {
		return nil, err
	}
	return lex, nil
}

func (lex *Lexicon) loadEntities(fsys fs.FS) error {
	want := []string{"code", "name", "kind", "short_names", "demonyms", "capitals", "metonyms"}
	seen := make(map[string]int)
	return eachRecord(fsys, entitiesFile, want, func(rec []string, line int) error {
		e := Entity{
			Code:       strings.TrimSpace(rec[0]),
			Name:       strings.TrimSpace(rec[1]),
			Kind:       strings.TrimSpace(rec[2]),
			ShortNames: splitList(rec[3]),
			Demonyms:   splitList(rec[4]),
			Capitals:   splitList(rec[5]),
			Metonyms:   splitList(rec[6]),
		}
		if len(e.Code) != 3 || strings.ToUpper(e.Code) != e.Code {
			return fmt.Errorf("code %q is not three capital letters", e.Code)
		}
		if e.Kind != "country" && e.Kind != "aggregate" {
			return fmt.Errorf("kind %q is neither country nor aggregate", e.Kind)
		}
		if prev, dup := seen[e.Code]; dup {
			return fmt.Errorf("code %s already defined on line %d", e.Code, prev)
		}
		seen[e.Code] = line
		lex.Entities = append(lex.Entities, e)
		if e.Kind == "aggregate" {
			lex.aggregates[e.Code] = true
		}
		strong := cue{category: catEntity, value: e.Code}
		// World Bank names such as "Korea, Rep." are not how news writes; short names carry
		// the usual forms, so only comma-free names are aliases.
		if !strings.Contains(e.Name, ",") {
			lex.addEntityAlias(e.Name, strong)
		}
		for _, list := range [][]string{e.ShortNames, e.Demonyms, e.Metonyms} {
			for _, alias := range list {
				lex.addEntityAlias(alias, strong)
			}
		}
		for _, capital := range e.Capitals {
			lex.addEntityAlias(capital, cue{category: catCapital, value: e.Code})
		}
		return nil
	})
}

// addEntityAlias adds an alias as written and, when it starts in lower case ("eurozone", "the
// world economy"), also with a capital first letter as at the start of a sentence.
func (lex *Lexicon) addEntityAlias(alias string, c cue) {
	lex.entities.add(alias, c)
	first := alias[:1]
	if strings.ToLower(first) == first && strings.ToUpper(first) != first {
		lex.entities.add(strings.ToUpper(first)+alias[1:], c)
	}
}

func (lex *Lexicon) loadCues(fsys fs.FS) error {
	return eachRecord(fsys, cuesFile, []string{"category", "value", "phrase"}, func(rec []string, _ int) error {
		category, value, phrase := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
		if !cueCategories[category] {
			return fmt.Errorf("unknown category %q", category)
		}
		if phrase == "" {
			return errors.New("empty phrase")
		}
		lex.cues.add(phrase, cue{category: category, value: value})
		return nil
	})
}

// eachRecord reads a CSV file with the given header; lines starting with '#' are comments.
func eachRecord(fsys fs.FS, name string, header []string, fn func(rec []string, line int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = len(header)
	first := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return fmt.Errorf("lexicon %s: %w", name, err)
		}
		if first {
			first = false
			if strings.Join(rec, ",") != strings.Join(header, ",") {
				return fmt.Errorf("lexicon %s: line %d: header is %q, want %q", name, line, strings.Join(rec, ","), strings.Join(header, ","))
			}
			continue
		}
		if err := fn(rec, line); err != nil {
			return fmt.Errorf("lexicon %s: line %d: %w", name, line, err)
		}
	}
	if first {
		return fmt.Errorf("lexicon %s: empty file", name)
	}
	return nil
}

// eachLine calls fn for each non-empty, non-comment line of a text file.
func eachLine(fsys fs.FS, name string, fn func(line string, n int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return fmt.Errorf("lexicon %s: line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

func splitList(cell string) []string {
	var out []string
	for _, s := range strings.Split(cell, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// mentionWeight is what one mention adds to an entity's salience. A bloc is often named in
// passing ("joined the EU in 2004") in a story about one of its members, so it counts half.
func (lex *Lexicon) mentionWeight(code string) float64 {
	if lex.aggregates[code] {
		return 0.5
	}
	return 1
}
