package checks

import (
	"strings"
	"unicode"
)

// Defaults of DefaultOptions. They are tolerances, not facts: config.yaml overrides them
// (tolerance.approx_factor, tolerance.nearly_band, sources.priority).
const (
	// "about 3.6%" stands for 3.6 ± 2×0.05 = [3.5, 3.7]; "about 4%" for [3, 5].
	defaultApproxFactor = 2.0
	// "about 140 million" (step 1e6) would otherwise stand only for 140m ± 1m; a hedge
	// in news copy covers at least ±2% of the number.
	defaultApproxBand = 0.02
	// "nearly 4%" reaches down to 3.6 (or to 3.5, the bottom of the stated 4, if lower).
	defaultNearlyBand = 0.10
	// GDP growth first estimates move by up to about a point in later revisions (Russia 2023:
	// 3.6 to 4.1; WDI Russia 2024: 4.34 to 4.92). The margin measured from the table's own
	// editions (Options.Revisions) replaces it where it is larger.
	defaultRevisionMargin = 1.0
	// Rates the World Bank recomputes from national series differ from the offices'
	// announced ones in the last digit: between the IMF's WEO of October 2025 (the offices'
	// figures, years up to each country's last actual, 2000-2024) and WDI of 2026-07-01,
	// GDP growth agrees within 0.05 points in 71% of 4,190 country-years and within 0.1 in
	// 76%; inflation in 67% and 75% of 4,070.
	defaultCompilationGap = 0.1
	// An article older than every release is flagged only when the claim lies further from
	// them than 95 in 100 of the measured revisions of figures of its age.
	defaultRevisionPercentile = 95.0
	// An article older than every release by more than they span (the Reuters wire of 1987
	// against WDI editions of 2018 to 2026) is flagged only beyond 99 in 100 of them.
	defaultRevisionPercentileBeyondSpan = 99.0
)

// defaultSourcePriority is the order sources are preferred in when the article names none:
// the international series first, because they are revised on one schedule for every country
// and an editor can cite them for any claim.
var defaultSourcePriority = []string{"World Bank WDI", "IMF WEO"}

// defaultSourceAliases map names articles use to the names sources carry in the table (both
// compared after normalising case and punctuation).
var defaultSourceAliases = map[string]string{
	"international monetary fund":              "imf",
	"federal state statistics service":         "rosstat",
	"russian federal statistics service":       "rosstat",
	"russia s federal statistics service":      "rosstat",
	"federal statistics service":               "rosstat",
	"russian statistics service":               "rosstat",
	"ministry of economic development":         "economy ministry",
	"russian economy ministry":                 "economy ministry",
	"economic development ministry":            "economy ministry",
	"world development indicators":             "world bank wdi",
	"world economic outlook":                   "imf weo",
	"imf world economic outlook":               "imf weo",
	"international bank for reconstruction":    "world bank",
	"russian ministry of economic development": "economy ministry",
	"bls":                                    "us bls",
	"bureau of labor statistics":             "us bls",
	"labor department":                       "us bls",
	"labour department":                      "us bls",
	"bureau of economic analysis":            "bea",
	"commerce department":                    "bea",
	"state secretariat for economic affairs": "seco",
	"federal reserve":                        "federal reserve board",
	"boe":                                    "bank of england",
}

// DefaultOptions returns the tolerances and source order used when nothing is configured.
func DefaultOptions() Options {
	return Options{
		ApproxFactor:                 defaultApproxFactor,
		ApproxBand:                   defaultApproxBand,
		NearlyBand:                   defaultNearlyBand,
		RevisionMargin:               defaultRevisionMargin,
		CompilationGap:               defaultCompilationGap,
		RevisionPercentile:           defaultRevisionPercentile,
		RevisionPercentileBeyondSpan: defaultRevisionPercentileBeyondSpan,
		SourcePriority:               append([]string(nil), defaultSourcePriority...),
		SourceAliases:                cloneAliases(defaultSourceAliases),
	}
}

// withDefaults fills the zero fields of o from DefaultOptions, as the Options contract says.
func (o Options) withDefaults() Options {
	if o.ApproxFactor <= 0 {
		o.ApproxFactor = defaultApproxFactor
	}
	if o.ApproxBand <= 0 {
		o.ApproxBand = defaultApproxBand
	}
	if o.NearlyBand <= 0 {
		o.NearlyBand = defaultNearlyBand
	}
	if o.RevisionMargin <= 0 {
		o.RevisionMargin = defaultRevisionMargin
	}
	if o.CompilationGap <= 0 {
		o.CompilationGap = defaultCompilationGap
	}
	if o.RevisionPercentile <= 0 || o.RevisionPercentile > 100 {
		o.RevisionPercentile = defaultRevisionPercentile
	}
	if o.RevisionPercentileBeyondSpan <= 0 || o.RevisionPercentileBeyondSpan > 100 {
		o.RevisionPercentileBeyondSpan = defaultRevisionPercentileBeyondSpan
	}
	if len(o.SourcePriority) == 0 {
		o.SourcePriority = defaultSourcePriority
	}
	if o.SourceAliases == nil {
		o.SourceAliases = defaultSourceAliases
	}
	return o
}

func cloneAliases(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// normaliseSourceName lower-cases a source name, turns punctuation into spaces and drops a
// leading "the", so that "the World Bank's" and "World Bank" compare equal.
func normaliseSourceName(name string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	s := strings.TrimSpace(b.String())
	s = strings.TrimPrefix(s, "the ")
	// A trailing possessive "s" left by "World Bank's" is noise.
	s = strings.TrimSuffix(s, " s")
	return s
}

// sourceMatches reports whether a source named in text (or in configuration) refers to a
// source of the table. The match is loose but word-bounded: the cited name may be the start of
// the table's name ("IMF" for "IMF WEO", "the World Bank" for "World Bank WDI"), or the
// table's name may appear inside the cited phrase ("Russia's statistics service Rosstat").
// "Bank" alone does not match "World Bank WDI".
func sourceMatches(cited, tableName string, aliases map[string]string) bool {
	c := normaliseSourceName(cited)
	t := normaliseSourceName(tableName)
	if c == "" || t == "" {
		return false
	}
	candidates := []string{c}
	for alias, canonical := range aliases {
		if containsWords(c, alias) {
			candidates = append(candidates, canonical)
		}
	}
	for _, c := range candidates {
		if c == t || hasWordPrefix(t, c) || containsWords(c, t) {
			return true
		}
	}
	return false
}

// hasWordPrefix reports whether s starts with the whole words of prefix.
func hasWordPrefix(s, prefix string) bool {
	return strings.HasPrefix(s, prefix) && (len(s) == len(prefix) || s[len(prefix)] == ' ')
}

// containsWords reports whether the words of part occur, in order and whole, inside s.
func containsWords(s, part string) bool {
	if part == "" {
		return false
	}
	for from := 0; from+len(part) <= len(s); {
		i := strings.Index(s[from:], part)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(part)
		if (start == 0 || s[start-1] == ' ') && (end == len(s) || s[end] == ' ') {
			return true
		}
		from = start + 1
	}
	return false
}
