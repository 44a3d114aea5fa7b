package extract

import (
	"strings"
	"sync"

	"github.com/aaaton/golem/v4/dicts/en"
)

// The English word forms come from golem's dictionary pack (github.com/aaaton/golem, MIT; the
// list itself is michmech/lemmatization-lists, ODbL): one line per base form with its
// inflections. golem's own Lemmatizer keeps only one base per form, so "rose" stays "rose"
// (the flower) and never becomes "rise"; news text needs every base, so the lines are read
// here into a map from each form to all of its bases.
var (
	lemmaOnce  sync.Once
	lemmaForms map[string][]string
)

// lemmasOf returns the base forms of a lower-case word ("rose" → rose, rise; "predicting" →
// predict), or nil when the dictionary does not know it. The dictionary is read on first use,
// once per process (about 20 ms), since only sentences that hold a figure need it.
func lemmasOf(lower string) []string {
	lemmaOnce.Do(loadLemmas)
	return lemmaForms[lower]
}

func loadLemmas() {
	raw, err := en.New().GetResource()
	if err != nil {
		// The pack is compiled in: it cannot fail short of a broken build. Without it words
		// are matched as written, which still finds the lexicon's own forms.
		lemmaForms = map[string][]string{}
		return
	}
	text := string(raw)
	forms := make(map[string][]string, 80000)
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		base, rest, ok := strings.Cut(line, "\t")
		if !ok || base == "" {
			continue
		}
		forms[base] = appendNew(forms[base], base)
		for rest != "" {
			form := rest
			if i := strings.IndexByte(rest, '\t'); i >= 0 {
				form, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			forms[form] = appendNew(forms[form], base)
		}
	}
	lemmaForms = forms
}

func appendNew(list []string, s string) []string {
	for _, have := range list {
		if have == s {
			return list
		}
	}
	return append(list, s)
}

// hasLemma reports whether lower is a form of base.
func hasLemma(lower, base string) bool {
	if lower == base {
		return true
	}
	for _, b := range lemmasOf(lower) {
		if b == base {
			return true
		}
	}
	return false
}
