package extract

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// The English word forms come from golem's dictionary pack (github.com/aaaton/golem, MIT; the
// list itself is michmech/lemmatization-lists, ODbL): one line per base form with its
// inflections. golem's own Lemmatizer keeps only one base per form, so "rose" stays "rose"
// (the flower) and never becomes "rise"; news text needs every base, so the lines are read
// here into a table from each form to all of its bases. The pack is compressed, and inflating
// it cost every run as much as building the table, so go generate writes it out uncompressed
// (internal/genlemmas), and the file is compiled in.
//
//go:generate go run ./internal/genlemmas -out lemmas.txt
//go:embed lemmas.txt
var lemmaText string

var (
	lemmaOnce sync.Once
	lemmas    lemmaTable
)

// lemmaTable maps word forms to their bases. It holds some 40,000 forms for the life of the
// process, so it is kept free of pointers but for one string of bases: the garbage collector
// then has little to trace in it, where a map of strings to slices would have it trace every
// entry at every collection.
type lemmaTable struct {
	text string // the dictionary as read; forms are offsets into it
	// slots are an open-addressing table by the forms' hashWord: 0 marks an empty one, else
	// the low lemmaFormBits hold 1 + the index of its form in forms and the others the same
	// bits of the form's hash. The table is half a megabyte, and a form and its text are
	// elsewhere: a probe reads them only when its slot's bits of the hash are the word's, so
	// that a word not in the table, and the forms before the one sought, cost no more lines.
	slots []uint32
	forms []lemmaForm // the forms, with the run of bases that is theirs
	bases []string    // the bases of all forms, each form's in a run
	// ofByte are the bases of each word of one ASCII byte, looked up when the table is built:
	// a sentence's marks (",", "%", "(") are asked for their bases as its words are, and each
	// asked is a probe of the table.
	ofByte [utf8.RuneSelf][]string
}

// lemmaFormBits is the number of low bits of a slot that hold a form's index (the dictionary
// has some 67,000 forms, fewer than the 131,071 the bits can number); lemmaFormMask selects
// them.
const (
	lemmaFormBits = 17
	lemmaFormMask = 1<<lemmaFormBits - 1
)

// lemmaSlot is the slot of the form of index f, whose hash is h.
func lemmaSlot(f int, h uint32) uint32 {
	if f+1 > lemmaFormMask {
		panic("extract: too many forms in the dictionary for a lemmaTable")
	}
	return h&^lemmaFormMask | uint32(f+1)
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
	if len(lower) == 1 && lower[0] < utf8.RuneSelf {
		return lemmas.ofByte[lower[0]]
	}
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
	h := hashWord(w)
	for i := h & mask; ; i = (i + 1) & mask {
		slot := t.slots[i]
		if slot == 0 {
			return nil
		}
		if (slot^h)&^lemmaFormMask != 0 {
			continue // another hash
		}
		f := &t.forms[slot&lemmaFormMask-1]
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
	lemmas = buildLemmaTable(lemmaText)
}

// buildLemmaTable reads the dictionary's lines ("base<TAB>form<TAB>form..."). A form may stand
// on several lines ("rose" is a base and a form of "rise"), and takes the bases of all of them,
// in the order of the lines. No map is built: the table is read at start-up, where a map of
// 80,000 strings costs three times as long. Each field is hashed as it is read, and a base is
// known by its index as a form (the first field of its line is added first), so that most
// fields cost a pass over their bytes and one probe.
func buildLemmaTable(text string) lemmaTable {
	lines := strings.Count(text, "\n") + 1
	fields := strings.Count(text, "\t") + lines
	t := lemmaTable{text: text, forms: make([]lemmaForm, 0, fields)}
	size := 1
	for size < 5*lines {
		size <<= 1
	}
	t.slots = make([]uint32, size)
	mask := uint32(size - 1)
	// Per form, while the lines are read: its first base (as a form index), and 1 + the
	// index in more of its other bases, which few forms have.
	firstBase := make([]uint32, 0, fields)
	moreOf := make([]uint32, 0, fields)
	type moreBase struct{ base, next uint32 } // next: 1 + index of the form's next base, or 0
	var more []moreBase
	// add records the form text[off:end], whose hash is h, with the base of index base (-1:
	// the form is the base of its line), and returns the form's index.
	add := func(off, end int, h uint32, base int) int {
		form := text[off:end]
		i := h & mask
		for ; t.slots[i] != 0; i = (i + 1) & mask {
			if (t.slots[i]^h)&^lemmaFormMask != 0 {
				continue // another hash
			}
			f := t.slots[i]&lemmaFormMask - 1
			if t.forms[f].n != uint32(len(form)) || text[t.forms[f].off:t.forms[f].off+t.forms[f].n] != form {
				continue
			}
			if base < 0 {
				base = int(f)
			}
			if firstBase[f] == uint32(base) {
				return int(f) // listed twice
			}
			m, last := moreOf[f], uint32(0)
			for ; m != 0; last, m = m, more[m-1].next {
				if more[m-1].base == uint32(base) {
					return int(f)
				}
			}
			more = append(more, moreBase{base: uint32(base)})
			if last == 0 {
				moreOf[f] = uint32(len(more))
			} else {
				more[last-1].next = uint32(len(more))
			}
			return int(f)
		}
		f := len(t.forms)
		if base < 0 {
			base = f
		}
		t.slots[i] = lemmaSlot(f, h)
		t.forms = append(t.forms, lemmaForm{off: uint32(off), n: uint32(len(form))})
		firstBase = append(firstBase, uint32(base))
		moreOf = append(moreOf, 0)
		return f
	}
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[:end]
		if baseEnd := strings.IndexByte(text[pos:end], '\t'); baseEnd > 0 {
			base, inflected := -1, uint8(0)
			for off := pos; off < end; {
				fe, h := off, uint32(fnvOffset) // hashWord of the field, as it is read
				for fe < len(line) && line[fe] != '\t' {
					h = (h ^ uint32(line[fe])) * fnvPrime
					fe++
				}
				if fe > off {
					if off == pos {
						base = add(off, fe, h, -1)
					} else {
						add(off, fe, h, base)
						inflected |= endingFlagOf(text[off:fe])
					}
				}
				off = fe + 1
			}
			t.forms[base].inflected |= inflected
		}
		pos = end + 1
	}
	t.bases = make([]string, 0, len(t.forms)+len(more))
	formText := func(f uint32) string { return text[t.forms[f].off : t.forms[f].off+t.forms[f].n] }
	for f := range t.forms {
		from := uint32(len(t.bases))
		t.bases = append(t.bases, formText(firstBase[f]))
		for m := moreOf[f]; m != 0; m = more[m-1].next {
			t.bases = append(t.bases, formText(more[m-1].base))
		}
		t.forms[f].from, t.forms[f].to = from, uint32(len(t.bases))
	}
	for c := range t.ofByte {
		t.ofByte[c] = t.lookup(string(rune(c)))
	}
	return t
}

// endingFlagOf returns the flags of the endings (formIng, formEr, formEst) that a form has.
func endingFlagOf(form string) uint8 {
	var flags uint8
	if strings.HasSuffix(form, "ing") {
		flags |= formIng
	}
	if strings.HasSuffix(form, "er") {
		flags |= formEr
	}
	if strings.HasSuffix(form, "est") {
		flags |= formEst
	}
	return flags
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
