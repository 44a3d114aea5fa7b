package reference

import (
	"cmp"
	"database/sql"
	"fmt"
	"slices"
)

// History returns every release of every source for every period of one series (an entity's
// indicator), ordered by period and then by release date, projections included. Reports use
// it to draw how a series and its revisions run around a claim. A nil store has no history,
// so that callers which judge nothing can pass one along unopened.
func (s *Store) History(entity, indicator string) ([]Observation, error) {
	found, err := s.SharedHistory(entity, indicator)
	return slices.Clone(found), err
}

// SharedHistory is History without the copy, for callers that only read (see
// SharedObservations): a series the store keeps is lent as it is kept. The judge lists a
// series for every claim it finds no figure for, to say what the table holds instead.
func (s *Store) SharedHistory(entity, indicator string) ([]Observation, error) {
	if s == nil {
		return nil, nil
	}
	// A corpus asks for the same few series again and again (the yen's rate for every sum
	// in yen): they are kept, as lookups are.
	key := lookupKey{entity, indicator, ""}
	s.mu.Lock()
	cached, ok := s.historyCache[key]
	s.mu.Unlock()
	if ok {
		return slices.Clip(cached), nil
	}
	var found []Observation
	err := s.readRetrying(func() error {
		stmt, err := s.historyStatement()
		if err != nil {
			return err
		}
		rows, err := stmt.Query(entity, indicator)
		if err == nil {
			found, err = s.readSeries(rows, entity, indicator, true)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("history of %s %s: %w", entity, indicator, classify(err))
	}
	// By period, then release, so that a chart draws each release as a line without sorting
	// again; figures of the same period and release come by basis and kind, as read.
	slices.SortStableFunc(found, func(a, b Observation) int {
		return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(a.Release, b.Release),
			cmp.Compare(a.Source, b.Source), cmp.Compare(a.Label, b.Label))
	})
	if len(found) <= historyCacheLimit/4 {
		s.mu.Lock()
		if s.historyFigures+len(found) > historyCacheLimit {
			clear(s.historyCache)
			s.historyFigures = 0
		}
		s.historyCache[key] = found
		s.historyFigures += len(found)
		s.mu.Unlock()
	}
	return slices.Clip(found), nil
}

// historyStatement prepares wholeSeriesQuery on first use and keeps it; a failure (a journal
// met in passing, see readRetrying) is not kept, so that the next try prepares it again.
func (s *Store) historyStatement() (*sql.Stmt, error) {
	s.historyMu.Lock()
	defer s.historyMu.Unlock()
	if s.historyStmt == nil {
		stmt, err := s.db.Prepare(wholeSeriesQuery)
		if err != nil {
			return nil, err
		}
		s.historyStmt = stmt
	}
	return s.historyStmt, nil
}
