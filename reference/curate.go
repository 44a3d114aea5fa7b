package reference

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/suggest"
)

// AddFigure adds one figure to a release of a source, both created when new; Value,
// Entity, Indicator, Period, Source and Release are required, Basis defaults to annual,
// Kind to actual, Label to "<source> <release>". Figure.SourceURL is the figure's own URL
// and ReleaseURL the release's. A figure the same source gave on the same day is refused:
// releases are never overwritten.
func (s *Store) AddFigure(ctx context.Context, f Figure) error {
	if f.Basis == "" {
		f.Basis = "annual"
	}
	if f.Kind == "" {
		f.Kind = "actual"
	}
	if f.Label == "" {
		f.Label = strings.TrimSpace(f.Source) + " " + f.Release
	}
	err := s.write(ctx, writeMode{}, func(w *writer) error {
		sourceID, err := w.source(f.Source, "", f.Licence)
		if err != nil {
			return err
		}
		releaseID, err := w.release(sourceID, f.Release, f.Label, f.ReleaseURL)
		if err != nil {
			return err
		}
		return w.observation(observationRow{
			entity: strings.ToUpper(f.Entity), indicator: f.Indicator, period: f.Period, basis: f.Basis,
			value: f.Value, kind: f.Kind, releaseID: releaseID, sourceURL: f.SourceURL, note: f.Note,
		})
	})
	if err != nil {
		return fmt.Errorf("add %s %s %s: %w", f.Entity, f.Indicator, f.Period, err)
	}
	return nil
}

// AddEvent adds one dated event; Precision defaults to day and Announced to Date. An event
// already in the database (same jurisdiction, target, type, date and instrument) is refused.
func (s *Store) AddEvent(ctx context.Context, e Event) error {
	e.Jurisdiction, e.Target = strings.ToUpper(e.Jurisdiction), strings.ToUpper(e.Target)
	if e.Precision == "" {
		e.Precision = "day"
	}
	if e.Announced == "" {
		e.Announced = e.Date
	}
	if err := s.write(ctx, writeMode{}, func(w *writer) error { return w.event(e) }); err != nil {
		return fmt.Errorf("add event %s %s: %w", e.Type, e.Date, err)
	}
	return nil
}

// AliasKinds are the kinds of entity alias, as the lexicon's columns name them.
var AliasKinds = []string{"name", "short_name", "demonym", "capital", "metonym"}

// AliasResult says what AddAlias did.
type AliasResult struct {
	Added bool // false when the entity already had this alias of this kind
	// Others are the other entities the alias already names: text that says it is ambiguous.
	Others []string
}

// AddAlias records another name of an entity.
func (s *Store) AddAlias(ctx context.Context, alias, code, kind string) (AliasResult, error) {
	alias, code = strings.TrimSpace(alias), strings.ToUpper(strings.TrimSpace(code))
	var result AliasResult
	if err := CheckAlias(alias); err != nil {
		return result, fmt.Errorf("add alias: %w", err)
	}
	if !slices.Contains(AliasKinds, kind) {
		return result, fmt.Errorf("add alias %q: kind %q is not one of %s", alias, kind, strings.Join(AliasKinds, ", "))
	}
	err := s.write(ctx, writeMode{}, func(w *writer) error {
		if !w.entities[code] {
			return fmt.Errorf("unknown entity %q", code)
		}
		rows, err := w.tx.QueryContext(ctx, `SELECT DISTINCT code FROM entity_aliases WHERE alias = ? AND code <> ? ORDER BY code`, alias, code)
		if result.Others, err = collectRows(rows, err, stringField); err != nil {
			return err
		}
		added, err := w.tx.ExecContext(ctx, `INSERT INTO entity_aliases (alias, code, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			alias, code, kind)
		if err != nil {
			return err
		}
		n, err := added.RowsAffected()
		result.Added = n == 1
		return err
	})
	if err != nil {
		return result, fmt.Errorf("add alias %q of %s: %w", alias, code, err)
	}
	return result, nil
}

// aliasPunctuation is the punctuation that names of countries carry ("Côte d'Ivoire",
// "Bosnia-Herzegovina", "St. Kitts & Nevis", "Korea, Rep.", "Congo (Kinshasa)").
const aliasPunctuation = ".'’-&(),/"

// maxAliasRunes bounds an alias: the longest official country names are about 60 letters.
const maxAliasRunes = 100

// CheckAlias refuses what cannot be a name of an entity: empty text, a line break or another
// control character (which would split a line of the lexicon file), the lexicon's list
// separator ';', the SQL pattern characters '%' and '_', and any other symbol. A name has a
// letter, and is made of letters, marks, digits, spaces and common punctuation.
func CheckAlias(alias string) error {
	if strings.TrimSpace(alias) == "" {
		return errors.New("the alias is empty")
	}
	if n := utf8.RuneCountInString(alias); n > maxAliasRunes {
		return fmt.Errorf("alias of %d characters: a name has at most %d", n, maxAliasRunes)
	}
	hasLetter := false
	for _, r := range alias {
		switch {
		case unicode.IsLetter(r):
			hasLetter = true
		case unicode.IsMark(r), unicode.IsDigit(r), r == ' ', strings.ContainsRune(aliasPunctuation, r):
		default:
			return fmt.Errorf("alias %s: %s is not allowed in a name (letters, digits, spaces and %s are)",
				strconv.QuoteToASCII(alias), strconv.QuoteRuneToASCII(r), strings.Join(strings.Split(aliasPunctuation, ""), " "))
		}
	}
	if !hasLetter {
		return fmt.Errorf("alias %s: a name has at least one letter", strconv.QuoteToASCII(alias))
	}
	return nil
}

// Alias is one name of an entity.
type Alias struct{ Alias, Code, Kind string }

// Aliases returns every alias, by entity and in the order they were added.
func (s *Store) Aliases() ([]Alias, error) {
	rows, err := s.db.Query(`SELECT alias, code, kind FROM entity_aliases ORDER BY code, rowid`)
	aliases, err := collectRows(rows, err, func(a *Alias) []any { return []any{&a.Alias, &a.Code, &a.Kind} })
	if err != nil {
		return nil, fmt.Errorf("list aliases: %w", err)
	}
	return aliases, nil
}

// EntityNames maps every entity code to the name editors read: the entity's name, or a
// short common name of the lexicon when the name is a formal or inverted one (Russia for
// "Russian Federation", Egypt for "Egypt, Arab Rep.").
func (s *Store) EntityNames() (map[string]string, error) {
	names := map[string]string{}
	rows, err := s.db.Query(`SELECT code, name FROM entities`)
	if err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var code, name string
		if err := rows.Scan(&code, &name); err != nil {
			return nil, fmt.Errorf("entity names: %w", err)
		}
		names[code] = name
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	shortNames, err := s.db.Query(`SELECT code, alias FROM entity_aliases WHERE kind = 'short_name' ORDER BY code, rowid`)
	if err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	defer shortNames.Close()
	chosen := map[string]bool{}
	for shortNames.Next() {
		var code, alias string
		if err := shortNames.Scan(&code, &alias); err != nil {
			return nil, fmt.Errorf("entity names: %w", err)
		}
		if !chosen[code] && isFormalName(names[code]) && isCommonName(alias) {
			names[code] = alias
			chosen[code] = true
		}
	}
	if err := shortNames.Err(); err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	return names, nil
}

// IsAggregate reports whether the entities table holds code as a group of countries (the
// world, a region, an income group) rather than a country: institutions weight a group's
// members differently (the IMF at purchasing-power parity, the World Bank at market rates),
// and the judge needs to know which figures that concerns. The table's kinds are read once, on
// the first call; a code the table does not hold is no aggregate.
func (s *Store) IsAggregate(code string) (bool, error) {
	s.aggregatesOnce.Do(func() {
		rows, err := s.db.Query(`SELECT code FROM entities WHERE kind = 'aggregate'`)
		codes, err := collectRows(rows, err, stringField)
		if err != nil {
			s.aggregatesErr = fmt.Errorf("entity kinds: %w", err)
			return
		}
		s.aggregates = make(map[string]bool, len(codes))
		for _, c := range codes {
			s.aggregates[c] = true
		}
	})
	return s.aggregates[code], s.aggregatesErr
}

// formalWords mark the World Bank's formal country names; names without them ("United
// States", "Euro area", "Czechia") are what editors write.
var formalWords = map[string]bool{
	"Federation": true, "Republic": true, "Rep.": true, "Rep": true, "PDR": true, "RB": true, "SAR": true,
	"Arab": true, "Islamic": true, "Democratic": true, "Dem.": true, "People's": true, "Fed.": true,
	"Plurinational": true, "Bolivarian": true,
}

// isFormalName reports whether a name is inverted ("Korea, Rep.") or formal ("Russian
// Federation", "Lao PDR").
func isFormalName(name string) bool {
	if strings.Contains(name, ",") {
		return true
	}
	for _, word := range strings.Fields(name) {
		if formalWords[word] {
			return true
		}
	}
	return false
}

// isCommonName reports whether an alias reads as a name in a sentence: capitalised and
// not an abbreviation ("South Korea", not "DRC" or "the Kremlin").
func isCommonName(alias string) bool {
	first := []rune(alias)
	if len(first) == 0 || !unicode.IsUpper(first[0]) {
		return false
	}
	return strings.ContainsFunc(alias, unicode.IsLower)
}

// ResolveEntity turns a code or any alias ("Russia", "rus", "Kremlin") into an entity code.
func (s *Store) ResolveEntity(text string) (string, error) {
	text = strings.TrimSpace(text)
	var code string
	err := s.db.QueryRow(`SELECT code FROM entities WHERE code = ?`, strings.ToUpper(text)).Scan(&code)
	if err == nil {
		return code, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("find entity %q: %w", text, err)
	}
	rows, err := s.db.Query(`SELECT DISTINCT code FROM entity_aliases WHERE alias = ? ORDER BY code`, text)
	codes, err := collectRows(rows, err, stringField)
	if err != nil {
		return "", fmt.Errorf("find entity %q: %w", text, err)
	}
	switch len(codes) {
	case 0:
		return "", fmt.Errorf("no entity is called %q", text)
	case 1:
		return codes[0], nil
	}
	return "", fmt.Errorf("%q names several entities: %s", text, strings.Join(codes, ", "))
}

// CheckIndicator reports an error naming the indicators the table knows when name is none of
// them (nor a sanctions event type, which lives in its own table).
func (s *Store) CheckIndicator(name string) error {
	rows, err := s.db.Query(`SELECT name FROM indicators ORDER BY name`)
	names, err := collectRows(rows, err, stringField)
	if err != nil {
		return fmt.Errorf("list indicators: %w", err)
	}
	known := append(slices.Clip(names), EventImposed, EventExtendedUntil, EventLifted)
	if slices.Contains(known, name) {
		return nil
	}
	return fmt.Errorf("no indicator is called %q%s; the table knows %s", name,
		suggest.DidYouMean("", suggest.Nearest(name, known)), strings.Join(names, ", "))
}

// emptyFigures deletes the figures, releases and events of a freshly built database.
func emptyFigures(path string) error {
	db, err := sql.Open("sqlite3", dsn(path, ""))
	if err != nil {
		return err
	}
	defer db.Close()
	for _, statement := range []string{
		`DELETE FROM observations`, `DELETE FROM events`, `DELETE FROM releases`, `VACUUM`,
	} {
		if _, err := db.Exec(statement); err != nil {
			return err
		}
	}
	return db.Close()
}
