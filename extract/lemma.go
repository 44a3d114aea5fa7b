package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/aaaton/golem/v4/dicts/en"
)

// The English word forms come from golem's dictionary pack (github.com/aaaton/golem, MIT; the
// list itself is michmech/lemmatization-lists, ODbL): one line per base form with its
// inflections. golem's own Lemmatizer keeps only one base per form, so "rose" stays "rose"
// (the flower) and never becomes "rise"; news text needs every base, so the lines are read
// here into a table from each form to all of its bases.
var (
	lemmaOnce sync.Once
	lemmas    lemmaTable
)

// lemmaTable maps word forms to their bases. It holds some 40,000 forms for the life of the
// process, so it is kept free of pointers but for one string of bases: the garbage collector
// then has little to trace in it, where a map of strings to slices would have it trace every
// entry at every collection.
type lemmaTable struct {
	text  string      // the dictionary as read; forms are offsets into it
	slots []uint32    // open addressing by a hash of the form: 0 empty, else 1 + index in forms
	forms []lemmaForm // the forms, with the run of bases that is theirs
	bases []string    // the bases of all forms, each form's in a run
}

type lemmaForm struct {
	off, n   uint32 // the form is text[off:off+n]
	from, to uint32 // its bases are bases[from:to]
	// inflected says which endings the dictionary lists among the forms of this word as a
	// base (formIng, formEr, formEst): "rise" has "rising", "high" has "higher".
	inflected uint8
}

// The endings lemmaForm.inflected records.
const (
	formIng uint8 = 1 << iota
	formEr
	formEst
)

// endingFlag is the inflected flag of a suffix, or 0.
func endingFlag(suffix string) uint8 {
	switch suffix {
	case "ing":
		return formIng
	case "er":
		return formEr
	case "est":
		return formEst
	}
	return 0
}

// lemmasOf returns the base forms of a lower-case word ("rose" → rose, rise; "predicting" →
// predict), or nil when the dictionary does not know it. The dictionary is read on first use,
// once per process (about 20 ms), since only sentences that hold a figure need it.
func lemmasOf(lower string) []string {
	lemmaOnce.Do(loadLemmas)
	return lemmas.lookup(lower)
}

func (t *lemmaTable) lookup(w string) []string {
	if f := t.find(w); f != nil {
		return t.bases[f.from:f.to:f.to]
	}
	return nil
}

// find returns the entry of form w, or nil.
func (t *lemmaTable) find(w string) *lemmaForm {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		slot := t.slots[i]
		if slot == 0 {
			return nil
		}
		f := &t.forms[slot-1]
		if t.text[f.off:f.off+f.n] == w {
			return f
		}
	}
}

// hasForm reports whether the dictionary lists a form of base with the suffix ("high" →
// "highest", "big" → "biggest", "rise" → "rising"): one of "ing", "er", "est".
func hasForm(base, suffix string) bool {
	lemmaOnce.Do(loadLemmas)
	f := lemmas.find(base)
	return f != nil && f.inflected&endingFlag(suffix) != 0
}

// each calls fn for every form of the table with its bases.
func (t *lemmaTable) each(fn func(form string, bases []string)) {
	for _, f := range t.forms {
		fn(t.text[f.off:f.off+f.n], t.bases[f.from:f.to])
	}
}

// hashWord is FNV-1a.
func hashWord(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= fnvPrime
	}
	return h
}

// The constants of 32-bit FNV-1a.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func loadLemmas() {
	raw, err := en.New().GetResource()
	if err != nil {
		// The pack is compiled in: it cannot fail short of a broken build. Without it words
		// are matched as written, which still finds the lexicon's own forms.
		return
	}
	lemmas = buildLemmaTable(string(raw))
}

// buildLemmaTable reads the dictionary's lines ("base<TAB>form<TAB>form..."). A form may stand
// on several lines ("rose" is a base and a form of "rise"): each gets a chain of its bases while
// the lines are read, and the chains are laid out in one slice at the end. No map is built: the
// table is read at start-up, where a map of 80,000 strings costs three times as long.
func buildLemmaTable(text string) lemmaTable {
	type link struct {
		baseOff, baseN uint32
		next           uint32 // 1 + index of the form's next base, or 0
	}
	lines := strings.Count(text, "\n") + 1
	t := lemmaTable{text: text, forms: make([]lemmaForm, 0, 2*lines)}
	size := 1
	for size < 5*lines {
		size <<= 1
	}
	t.slots = make([]uint32, size)
	mask := uint32(size - 1)
	heads := make([]uint32, 0, 2*lines) // per form: 1 + index of its first base in links
	links := make([]link, 0, 3*lines)
	// add records a form with its base and returns the form's index.
	add := func(formOff, formN, baseOff, baseN int) int {
		form := text[formOff : formOff+formN]
		i := hashWord(form) & mask
		for ; t.slots[i] != 0; i = (i + 1) & mask {
			f := t.slots[i] - 1
			g := t.forms[f]
			if text[g.off:g.off+g.n] != form {
				continue
			}
			for l := heads[f]; l != 0; l = links[l-1].next {
				if text[links[l-1].baseOff:links[l-1].baseOff+links[l-1].baseN] == text[baseOff:baseOff+baseN] {
					return int(f) // listed twice
				}
			}
			links = append(links, link{uint32(baseOff), uint32(baseN), heads[f]})
			heads[f] = uint32(len(links))
			return int(f)
		}
		t.forms = append(t.forms, lemmaForm{off: uint32(formOff), n: uint32(formN)})
		links = append(links, link{uint32(baseOff), uint32(baseN), 0})
		heads = append(heads, uint32(len(links)))
		t.slots[i] = uint32(len(t.forms))
		return len(t.forms) - 1
	}
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		baseEnd := strings.IndexByte(text[pos:end], '\t')
		if baseEnd > 0 {
			base, inflected := -1, uint8(0)
			for off := pos; off < end; {
				fe := strings.IndexByte(text[off:end], '\t')
				if fe < 0 {
					fe = end
				} else {
					fe += off
				}
				if fe > off {
					f := add(off, fe-off, pos, baseEnd)
					if off == pos {
						base = f
					} else {
						for _, suffix := range [...]string{"ing", "er", "est"} {
							if strings.HasSuffix(text[off:fe], suffix) {
								inflected |= endingFlag(suffix)
							}
						}
					}
				}
				off = fe + 1
			}
			if base >= 0 {
				t.forms[base].inflected |= inflected
			}
		}
		pos = end + 1
	}
	t.bases = make([]string, 0, len(links))
	for f := range t.forms {
		from := uint32(len(t.bases))
		for l := heads[f]; l != 0; l = links[l-1].next {
			t.bases = append(t.bases, text[links[l-1].baseOff:links[l-1].baseOff+links[l-1].baseN])
		}
		// the chain holds them newest first: the dictionary's order reads better in tests
		slices.Reverse(t.bases[from:])
		t.forms[f].from, t.forms[f].to = from, uint32(len(t.bases))
	}
	return t
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
