package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aaaton/golem/v4/dicts/en"
)

func TestLemmasOf(t *testing.T) {
	tests := []struct {
		form string
		want []string // bases that must be among the form's
	}{
		{"rose", []string{"rose", "rise"}},
		{"predicting", []string{"predict"}},
		{"fell", []string{"fall"}},
		{"prices", []string{"price"}},
		{"shrank", []string{"shrink"}},
	}
	for _, tt := range tests {
		got := lemmasOf(tt.form)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("lemmasOf(%q) = %v, want %q among them", tt.form, got, w)
			}
		}
	}
	if got := lemmasOf("zzyzx"); got != nil {
		t.Errorf("lemmasOf of an unknown word = %v, want nil", got)
	}
}

func TestHasForm(t *testing.T) {
	tests := []struct {
		base, suffix string
		want         bool
	}{
		{"rise", "ing", true},
		{"cut", "ing", true},
		{"high", "er", true},
		{"high", "est", true},
		{"big", "est", true},
		{"economy", "ing", false},
		{"inflation", "er", false},
		{"zzyzx", "ing", false},
		{"rise", "ly", false},
	}
	for _, tt := range tests {
		if got := hasForm(tt.base, tt.suffix); got != tt.want {
			t.Errorf("hasForm(%q, %q) = %v, want %v", tt.base, tt.suffix, got, tt.want)
		}
	}
}

// TestTitleFormOfIsTheNameFormThatExists holds the lookup of a word's name form to building it
// and asking the trie.
func TestTitleFormOfIsTheNameFormThatExists(t *testing.T) {
	lex := testExtractor(t).lex
	words := []string{"GERMANY", "germany", "Germany", "gErMaNy", "FED", "fed", "'S", "'s", "U.S.", "u.s.",
		"OF", "x", "", "MÜNCHEN", "münchen", "éLAN", "BANK", "bank", "people", "PEOPLE", "2005", strings.Repeat("A", 70)}
	for _, trie := range []*phraseTrie{lex.entities, lex.institutions} {
		for _, w := range words {
			var want []string
			if title := titleCase(w); title != "" && trie.hasWord(title) {
				want = []string{title}
			}
			if got := trie.titleFormOf(w); !reflect.DeepEqual(got, want) {
				t.Errorf("titleFormOf(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

// hasWord reports whether some phrase of the trie holds the word k.
func (t *phraseTrie) hasWord(k string) bool {
	var walk func(n *trieNode) bool
	walk = func(n *trieNode) bool {
		for key, child := range n.next {
			if key == k || walk(child) {
				return true
			}
		}
		return false
	}
	return walk(&t.root)
}

// TestLemmaTextIsGolems checks that lemmas.txt is golem's pack as go generate writes it: run
// go generate in extract after updating golem.
func TestLemmaTextIsGolems(t *testing.T) {
	raw, err := en.New().GetResource()
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != lemmaText {
		t.Errorf("lemmas.txt (%d bytes) is not golem's English pack (%d bytes): run go generate", len(lemmaText), len(raw))
	}
}

// TestBuildLemmaTableAsBefore holds buildLemmaTable to the table it built before it was made
// cheaper, slot for slot, over the dictionary and over lines made to repeat forms and bases.
func TestBuildLemmaTableAsBefore(t *testing.T) {
	for name, text := range map[string]string{
		"dictionary": lemmaText,
		"repeats":    ",\tcomma\nrise\trose\trising\trises\nrose\troses\nrise\trose\nfall\tfell\trose\trise\nfell\tfelled\tfelling\nlone\n\tx\nhigh\thigher\thighest\thigh\n\nlow\t\tlower\t",
		"no newline": "big\tbigger\tbiggest",
	} {
		got, want := buildLemmaTable(text), referenceLemmaTable(text)
		for c := range got.ofByte {
			if w := string(rune(c)); !slices.Equal(got.ofByte[c], want.lookup(w)) {
				t.Errorf("%s: the bases of %q are %q, looked up %q", name, w, got.ofByte[c], want.lookup(w))
			}
		}
		got.ofByte = want.ofByte // (the reference looks them up when asked)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the table is not as before", name)
		}
	}
}

// referenceLemmaTable is the table as it was built before buildLemmaTable hashed fields as it read them: the test holds the two equal.
func referenceLemmaTable(text string) lemmaTable {
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
		h := hashWord(form)
		i := h & mask
		for ; t.slots[i] != 0; i = (i + 1) & mask {
			f := t.slots[i]&lemmaFormMask - 1
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
		t.slots[i] = lemmaSlot(len(t.forms)-1, h)
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
