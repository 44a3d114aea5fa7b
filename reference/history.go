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
		// Counted first (from the index alone), so that the figures, of some 240 bytes each,
		// are read into one slice instead of being copied into ever larger ones.
		var figures int
		if err := s.db.QueryRow(seriesCountQuery, entity, indicator).Scan(&figures); err != nil {
			return err
		}
		rows, err := stmt.Query(entity, indicator)
		if err == nil {
			found, err = s.readSeries(rows, entity, indicator, true, figures)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("history of %s %s: %w", entity, indicator, classify(err))
	}
	sortHistory(found)
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

// seriesCountQuery counts the figures of a series, in every release.
const seriesCountQuery = `SELECT count(*) FROM observations WHERE entity = ?1 AND indicator = ?2`

// sortHistory orders a series by period, then release, so that a chart draws each release as
// a line without sorting again; figures of the same period and release come by basis and
// kind, as read. The query's order is nearly this one already. What is sorted is the
// figures' places, and the figures are then moved once each: a stable sort moved each of
// their 240 bytes many times over.
func sortHistory(found []Observation) {
	order := make([]int32, len(found))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &found[i], &found[j]
		return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(a.Release, b.Release),
			cmp.Compare(a.Source, b.Source), cmp.Compare(a.Label, b.Label))
	})
	// found[i] becomes what was at found[order[i]], one cycle of the permutation at a time;
	// a place whose figure has arrived is marked by a negative order.
	for start := range order {
		if order[start] < 0 {
			continue
		}
		first := found[start]
		i := start
		for {
			from := order[i]
			order[i] = -1
			if int(from) == start {
				found[i] = first
				break
			}
			found[i] = found[from]
			i = int(from)
		}
	}
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
