package reference

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ReleaseRef names one release.
type ReleaseRef struct {
	ID                      int64
	Source, Released, Label string
}

// Releases lists every release, by source and date, with its id.
func (s *Store) Releases() ([]ReleaseRef, error) {
	rows, err := s.db.Query(`SELECT r.id, s.name, r.released, r.label FROM releases r JOIN sources s ON s.id = r.source_id
		ORDER BY s.name, r.released, r.id`)
	refs, err := collectRows(rows, err, releaseRefFields)
	if err != nil {
		return nil, fmt.Errorf("list releases: %w", err)
	}
	return refs, nil
}

func releaseRefFields(r *ReleaseRef) []any { return []any{&r.ID, &r.Source, &r.Released, &r.Label} }

// FindRelease returns the release a curator names: by its id (as `ref diff` and `ref update`
// print it) or its label, which must then name one release.
func (s *Store) FindRelease(name string) (ReleaseRef, error) {
	name = strings.TrimSpace(name)
	query := `SELECT r.id, s.name, r.released, r.label FROM releases r JOIN sources s ON s.id = r.source_id `
	var rows *sql.Rows
	var err error
	if id, parseErr := strconv.ParseInt(name, 10, 64); parseErr == nil {
		rows, err = s.db.Query(query+`WHERE r.id = ?`, id)
	} else {
		rows, err = s.db.Query(query+`WHERE r.label = ? COLLATE NOCASE ORDER BY r.released, r.id`, name)
	}
	refs, err := collectRows(rows, err, releaseRefFields)
	if err != nil {
		return ReleaseRef{}, fmt.Errorf("find release %q: %w", name, err)
	}
	switch len(refs) {
	case 0:
		return ReleaseRef{}, fmt.Errorf("%w %q (give a release id or label, as 'factcheck ref diff --list' shows them, or a date)", ErrNoRelease, name)
	case 1:
		return refs[0], nil
	}
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i] = fmt.Sprintf("%d (%s %s)", r.ID, r.Source, r.Released)
	}
	return ReleaseRef{}, fmt.Errorf("%q names %d releases: give one of the ids %s", name, len(refs), strings.Join(ids, ", "))
}

// DiffRow is one figure that differs between two states of the table.
type DiffRow struct {
	Source                                 string
	Entity, Indicator, Period, Basis, Kind string
	Change                                 string // new, revised or dropped
	Old, New                               float64
	OldRelease, NewRelease                 string // "date label" of the figure on each side
}

// DiffSide is one side of a diff: the figures one release's source had published up to and
// including that release, or (Release nil) every source's as of a date.
type DiffSide struct {
	Release *ReleaseRef
	Date    string
}

// ParseDiffSide reads a release id, a release label or a date YYYY-MM-DD.
func (s *Store) ParseDiffSide(text string) (DiffSide, error) {
	if _, err := time.Parse(time.DateOnly, strings.TrimSpace(text)); err == nil {
		return DiffSide{Date: strings.TrimSpace(text)}, nil
	}
	ref, err := s.FindRelease(text)
	if err != nil {
		return DiffSide{}, err
	}
	return DiffSide{Release: &ref, Date: ref.Released}, nil
}

func (d DiffSide) String() string {
	if d.Release != nil {
		return fmt.Sprintf("release %d (%s %s %q)", d.Release.ID, d.Release.Source, d.Release.Released, d.Release.Label)
	}
	return "the table as of " + d.Date
}

type diffKey struct {
	source string
	figureKey
}

type diffFigure struct {
	value   float64
	release string
}

// Diff lists what b revised against a: figures b's state holds that a's lacks (new),
// holds with another value (revised), or lacks (dropped). A release's state is what its
// source had published up to and including it, so comparing two releases of one source
// shows the second's revisions even when it repeats no unchanged figure; two dates compare
// every source's figures as of each date. Releases of two sources are compared figure by
// figure, whatever the source.
func (s *Store) Diff(a, b DiffSide) ([]DiffRow, error) {
	bySource := a.Release == nil || b.Release == nil || a.Release.Source == b.Release.Source
	if (a.Release == nil) != (b.Release == nil) {
		return nil, errors.New("diff: compare two releases or two dates, not one of each")
	}
	before, err := s.diffState(a, bySource)
	if err != nil {
		return nil, err
	}
	after, err := s.diffState(b, bySource)
	if err != nil {
		return nil, err
	}
	var rows []DiffRow
	row := func(k diffKey, change string) DiffRow {
		source := k.source
		if !bySource {
			source = b.Release.Source
		}
		return DiffRow{Source: source, Entity: k.entity, Indicator: k.indicator, Period: k.period, Basis: k.basis,
			Kind: k.kind, Change: change}
	}
	for k, nf := range after {
		of, ok := before[k]
		switch {
		case !ok:
			r := row(k, "new")
			r.New, r.NewRelease = nf.value, nf.release
			rows = append(rows, r)
		case !sameValue(of.value, nf.value):
			r := row(k, "revised")
			r.Old, r.OldRelease, r.New, r.NewRelease = of.value, of.release, nf.value, nf.release
			rows = append(rows, r)
		}
	}
	for k, of := range before {
		if _, ok := after[k]; !ok {
			r := row(k, "dropped")
			r.Old, r.OldRelease = of.value, of.release
			rows = append(rows, r)
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		x, y := rows[i], rows[j]
		for _, pair := range [][2]string{{x.Source, y.Source}, {x.Entity, y.Entity}, {x.Indicator, y.Indicator},
			{x.Period, y.Period}, {x.Basis, y.Basis}, {x.Kind, y.Kind}} {
			if pair[0] != pair[1] {
				return pair[0] < pair[1]
			}
		}
		return false
	})
	return rows, nil
}

// diffState reads the latest figure of every key as of one side.
func (s *Store) diffState(side DiffSide, bySource bool) (map[diffKey]diffFigure, error) {
	query := `SELECT s.name, o.entity, o.indicator, o.period, o.basis, o.kind, o.value, r.released, r.label
		FROM observations o JOIN releases r ON r.id = o.release_id JOIN sources s ON s.id = r.source_id `
	var args []any
	if side.Release != nil {
		query += `WHERE r.source_id = (SELECT source_id FROM releases WHERE id = ?)
			AND (r.released < ? OR (r.released = ? AND r.id <= ?))`
		args = []any{side.Release.ID, side.Release.Released, side.Release.Released, side.Release.ID}
	} else {
		query += `WHERE r.released <= ?`
		args = []any{side.Date}
	}
	query += ` ORDER BY r.released, r.id`
	state := map[diffKey]diffFigure{}
	rows, err := s.db.Query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("diff %s: %w", side, err)
	}
	defer rows.Close()
	for rows.Next() {
		var k diffKey
		var f diffFigure
		var released, label string
		if err := rows.Scan(&k.source, &k.entity, &k.indicator, &k.period, &k.basis, &k.kind, &f.value, &released, &label); err != nil {
			return nil, fmt.Errorf("diff %s: %w", side, err)
		}
		if !bySource {
			k.source = ""
		}
		f.release = released + " " + label
		state[k] = f
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("diff %s: %w", side, err)
	}
	return state, nil
}
