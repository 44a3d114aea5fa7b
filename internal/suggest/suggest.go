// Package suggest finds the names a user probably meant when a name they typed is unknown:
// a misspelt subcommand, flag or indicator gets a "did you mean" instead of only a refusal.
package suggest

import (
	"sort"
	"strings"
)

// maxSuggestions keeps a did-you-mean short enough to read at a glance.
const maxSuggestions = 3

// Nearest returns up to three candidates close to typed, nearest first: those within a few
// edits of it (more edits are allowed for longer names, as a long name has more places to
// slip), and those it is the start of ("infl" for inflation). Case is ignored; an exact
// match, which needs no suggestion, is not returned, but one that differs only in case is
// ("GDP" for gdp): names are matched exactly, so that is the likeliest fix.
func Nearest(typed string, candidates []string) []string {
	word := strings.ToLower(typed)
	if word == "" {
		return nil
	}
	allowed := max(2, len([]rune(word))/4)
	type scored struct {
		name     string
		distance int
	}
	var found []scored
	seen := map[string]bool{}
	for _, candidate := range candidates {
		lower := strings.ToLower(candidate)
		if candidate == typed || seen[candidate] {
			continue
		}
		distance := Distance(word, lower)
		isPrefix := len([]rune(word)) >= 3 && strings.HasPrefix(lower, word)
		if distance <= allowed || isPrefix {
			seen[candidate] = true
			found = append(found, scored{candidate, distance})
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].distance != found[j].distance {
			return found[i].distance < found[j].distance
		}
		return found[i].name < found[j].name
	})
	if len(found) > 0 && strings.EqualFold(found[0].name, typed) {
		// The nearest name differs only in case: that is the fix, and the
		// names that merely start alike would only distract from it.
		return []string{found[0].name}
	}
	names := make([]string, 0, min(len(found), maxSuggestions))
	for i := 0; i < len(found) && i < maxSuggestions; i++ {
		names = append(names, found[i].name)
	}
	return names
}

// DidYouMean returns " (did you mean a, b or c?)" for the names, each with prefix (such as
// "--" for flags), or "" when there are none; it is appended to an error message.
func DidYouMean(prefix string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = prefix + n
	}
	list := quoted[0]
	if len(quoted) > 1 {
		list = strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
	}
	return " (did you mean " + list + "?)"
}

// Distance is the Damerau-Levenshtein (optimal string alignment) distance between a and b in
// runes: insertions, deletions, substitutions and swaps of neighbours each count one, since
// a swap ("fromat") is the commonest slip of a typist.
func Distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	// rows[i][j] is the distance between x[:i] and y[:j].
	rows := make([][]int, len(x)+1)
	for i := range rows {
		rows[i] = make([]int, len(y)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			best := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				best = min(best, rows[i-2][j-2]+1)
			}
			rows[i][j] = best
		}
	}
	return rows[len(x)][len(y)]
}
