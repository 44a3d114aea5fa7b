package checks

import (
	"encoding/binary"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factcheck/factcheck/extract"
)

// sentenceReading is what the judge reads in a claim's sentence whatever the claim: the
// definition cues it holds, whether it may name a policy target, and the measure words it
// speaks of. A sentence too long to repeat whole in every row reaches the judge as one excerpt
// shared by the claims of that stretch (hundreds of claims in a run-on list of figures), so the
// sentence is read once and each claim answered from the reading, at a cost that does not grow
// with the sentence: reading it for every claim made the judge's cost claims × length.
//
// A reading is immutable once published, except for the part few claims need (rate words),
// which is read on first use under its own sync.Once.
type sentenceReading struct {
	sentence string
	// lower is strings.ToLower(sentence) (see lowerText); the cues' positions index it.
	lower string
	// cues are the whole-word occurrences of the definition cues in lower, in order of
	// position (see nearestCues).
	cues []cueMatch
	// mayNameTarget is false when no target word occurs in lower even inside another word:
	// then no word of the sentence is one (see policyTarget).
	mayNameTarget bool
	// nominal, real, perHead and mentionPPP are what measureWords reports.
	nominal, real, perHead, mentionPPP bool

	rateOnce                    sync.Once
	rateDecision, rateHeldWords bool
}

// cueMatch is one occurrence of a definition cue: cue indexes definitions().cues, start and
// end are byte offsets in the lowered sentence.
type cueMatch struct {
	cue        int
	start, end int
}

// readSentence reads a sentence afresh; readings.read remembers the readings.
func readSentence(sentence string) *sentenceReading {
	r := &sentenceReading{sentence: sentence, lower: undotInitialisms(lowerText(sentence))}
	r.cues = definitions().findCues(r.lower)
	found := readingPhrases.find(r.lower)
	r.mayNameTarget = found&1 != 0
	r.nominal, r.real, r.perHead = found&2 != 0, found&4 != 0, found&8 != 0
	r.mentionPPP = strings.Contains(sentence, "PPP") || found&16 != 0
	return r
}

// readingPhrases are the phrases a reading looks for anywhere in the lowered sentence, a
// group each: the target words (targetWordRoots), then the measure words of nominal, real, per
// head and purchasing power (see measureWords; "PPP" is looked for in the sentence as
// written). They are looked for in one pass: the measure words were looked for in a pass of
// their own on first use, which a sentence shared by claims of GDP and of other indicators
// (a text dense with figures) paid as much as the first, and the claims of ordinary news are
// too few for the measure words' share of the one pass to count.
var readingPhrases = newPhraseGroups(targetWordRoots, nominalWords, realWords, perHeadWords, []string{"purchasing power", "purchasing-power"})

// measureWords reports which measures the sentence speaks of: nominal GDP, real GDP, GDP per
// head, purchasing power parity.
func (r *sentenceReading) measureWords() (nominal, real, perHead, ppp bool) {
	return r.nominal, r.real, r.perHead, r.mentionPPP
}

// rateWords reports whether the sentence reports a change of a rate (decisionWords) and
// whether it reports one left where it was (holdWords).
func (r *sentenceReading) rateWords() (decision, hold bool) {
	r.rateOnce.Do(func() {
		r.rateDecision = mentionsAny(r.lower, decisionWords)
		r.rateHeldWords = mentionsAny(r.lower, holdWords)
	})
	return r.rateDecision, r.rateHeldWords
}

// phraseGroups tells which groups of phrases a text holds a phrase of, anywhere (what
// strings.Contains of each phrase would tell), in one pass over the text. A long sentence
// reaches the judge as excerpts of a few hundred bytes, thousands of them, and a Contains per
// phrase went over each twenty times, stopping at every byte that starts a phrase (the "a" of
// "aim", the "p" of "per").
type phraseGroups struct {
	phrases  []string
	group    []uint8
	starting [256][]phraseStart // the phrases that start with each byte
	pairs    bytePairs          // the first two bytes of the phrases
	all      uint64             // a bit for each group
}

// bytePairs is a set of pairs of bytes, the first two of some phrases (a phrase of one byte
// stands for every pair it starts): most bytes of a text start no phrase's pair, and are
// passed over with one look at the set rather than a look at each phrase their byte starts.
type bytePairs struct {
	first  [256]bool // the bytes that start a phrase: most bytes start none
	single [256]bool // the bytes that are a phrase on their own
	pairs  [1 << 16 / 64]uint64
}

func (b *bytePairs) add(phrase string) {
	b.first[phrase[0]] = true
	if len(phrase) == 1 {
		b.single[phrase[0]] = true
		for second := range 256 {
			pair := int(phrase[0])<<8 | second
			b.pairs[pair>>6] |= 1 << (pair & 63)
		}
		return
	}
	pair := int(phrase[0])<<8 | int(phrase[1])
	b.pairs[pair>>6] |= 1 << (pair & 63)
}

// mayStart reports whether some phrase added may start at text[i]: false only when none can.
func (b *bytePairs) mayStart(text string, i int) bool {
	if !b.first[text[i]] {
		return false
	}
	if i+1 == len(text) {
		return b.single[text[i]]
	}
	pair := uint16(text[i])<<8 | uint16(text[i+1])
	return b.pairs[pair>>6]&(1<<(pair&63)) != 0
}

// phraseStart is a phrase (by index) among those that start with one byte, with its first
// eight bytes beside it (all of a shorter phrase): a candidate is told by the eight bytes of
// the text where it would start (headAt) without loading the phrase, and a byte pair that starts
// some phrase ("in", of "in real terms", "inflation-adjusted", "in December" and the English
// word) starts few of them.
type phraseStart struct {
	prefix uint64 // the phrase's first eight bytes, the first the lowest; zero past its end
	mask   uint64 // the bits of prefix that hold the phrase's bytes
	index  int
}

// startOf is phrase's phraseStart as the index-th phrase.
func startOf(phrase string, index int) phraseStart {
	head := min(len(phrase), 8)
	return phraseStart{prefix: headAt(phrase[:head], 0), mask: ^uint64(0) >> (64 - 8*head), index: index}
}

// mayBeAt reports whether the phrase may start where the text's eight bytes are head
// (headAt): false only when it does not. Beyond the eighth byte, and past the text's end,
// restAt tells.
func (p *phraseStart) mayBeAt(head uint64) bool {
	return head&p.mask == p.prefix
}

// headAt is the eight bytes of text from i, the first the lowest, with zeros for those past
// its end.
func headAt(text string, i int) uint64 {
	if i+8 <= len(text) {
		return load64(text, i)
	}
	var w uint64
	for k := len(text) - 1; k >= i; k-- {
		w = w<<8 | uint64(text[k])
	}
	return w
}

// restAt reports whether text holds phrase at i, given that its first eight bytes are
// there as far as the text goes (mayBeAt): the phrase fits, and so do the bytes after them.
func restAt(text string, i int, phrase string) bool {
	return len(phrase) <= len(text)-i && (len(phrase) <= 8 || text[i+8:i+len(phrase)] == phrase[8:])
}

func newPhraseGroups(groups ...[]string) *phraseGroups {
	if len(groups) > 64 {
		panic("phraseGroups: more than 64 groups")
	}
	g := &phraseGroups{}
	for k, phrases := range groups {
		g.all |= 1 << k
		for _, p := range phrases {
			if p == "" || len(g.phrases) > 255 {
				panic("phraseGroups: an empty phrase, or too many")
			}
			g.starting[p[0]] = append(g.starting[p[0]], startOf(p, len(g.phrases)))
			g.pairs.add(p)
			g.phrases = append(g.phrases, p)
			g.group = append(g.group, uint8(k))
		}
	}
	return g
}

// find returns a bit for each group a phrase of which text holds (1<<k for the kth group).
func (g *phraseGroups) find(text string) uint64 {
	var found uint64
	for i := 0; i < len(text); i++ {
		if !g.pairs.mayStart(text, i) {
			continue
		}
		head := headAt(text, i)
		starting := g.starting[text[i]]
		for k := range starting {
			// Most bytes that start a phrase ("p", "i") start another word ("percent",
			// "inflation"): that is told by the eight bytes before the phrase is loaded.
			p := &starting[k]
			if !p.mayBeAt(head) {
				continue
			}
			phrase, bit := g.phrases[p.index], uint64(1)<<g.group[p.index]
			if found&bit == 0 && restAt(text, i, phrase) {
				if found |= bit; found == g.all {
					return found
				}
			}
		}
	}
	return found
}

// sentenceCache remembers the readings of the sentences judged last, keyed by the sentence:
// the claims of one sentence (or one shared excerpt of it) are judged one after another, by
// one worker. Each slot holds one reading; a sentence's slot is chosen by the address of its
// bytes, which the claims sharing an excerpt share, and a reading is used only for a sentence
// equal to its own, so a slot taken by another sentence costs a fresh reading, never a wrong
// one. Slots are atomic pointers to immutable readings: workers judging at once neither wait
// for each other nor see a reading half made.
type sentenceCache struct {
	slots []atomic.Pointer[sentenceReading]
}

// readings serves every Judge: a few dozen slots outnumber the workers of a run, each of which
// is in one sentence at a time.
var readings = newSentenceCache(64)

// maxCachedSentence bounds the sentences a slot keeps (a copy, so that a slot never keeps the
// article a sentence is cut from alive): the extractor's excerpts are a few hundred bytes, and
// a longer sentence from elsewhere is read for each claim rather than kept.
const maxCachedSentence = 16 << 10

func newSentenceCache(slots int) *sentenceCache {
	return &sentenceCache{slots: make([]atomic.Pointer[sentenceReading], slots)}
}

// read returns the reading of sentence, from the cache when the sentence was read last in its
// slot. A hit costs comparing the sentence with the slot's copy; a sentence of its own (most
// sentences of ordinary news) costs a slot lookup, a copy and a store on top of the reading it
// needs anyway.
func (c *sentenceCache) read(sentence string) *sentenceReading {
	if sentence == "" {
		return emptyReading
	}
	if len(sentence) > maxCachedSentence {
		return readSentence(sentence)
	}
	slot := &c.slots[c.slotOf(sentence)]
	if r := slot.Load(); r != nil && r.sentence == sentence {
		return r
	}
	r := readSentence(strings.Clone(sentence))
	slot.Store(r)
	return r
}

// emptyReading is the reading of "" (readSentence("") without loading the definitions at
// start-up), shared: many claims carry no sentence.
var emptyReading = &sentenceReading{}

// slotOf hashes the address and length of the sentence's bytes (Fibonacci hashing): claims of
// one excerpt carry the same string header, so they meet in one slot without the cost of
// hashing hundreds of bytes. Only the number is used; the pointer is never followed.
func (c *sentenceCache) slotOf(sentence string) int {
	h := uint64(uintptr(unsafe.Pointer(unsafe.StringData(sentence))))*31 + uint64(len(sentence))
	h *= 0x9E3779B97F4A7C15
	return int((h >> 32) % uint64(len(c.slots)))
}

// sentence returns the reading of the claim's sentence and where its quote starts in it
// (strings.Index, -1 when absent), as Judge found them, or afresh for a judgement made
// elsewhere.
func (j *judgement) sentence() (*sentenceReading, int) {
	if j.read != nil {
		return j.read, j.quoteAt
	}
	return readings.read(j.claim.Sentence), quoteAt(&j.claim)
}

// quoteAt is where a claim's quote starts in its sentence: where the extractor says, when the
// quote is there (the figures of a long sentence share a stretch of it, which may hold the
// same words twice), else its first place (a claim made by hand).
func quoteAt(c *extract.Claim) int {
	if at := c.QuoteInSentence; at >= 0 && at <= len(c.Sentence) && strings.HasPrefix(c.Sentence[at:], c.Quote) {
		return at
	}
	return strings.Index(c.Sentence, c.Quote)
}

// lowerText is strings.ToLower(s), byte for byte: unicode.ToLower of every rune, and U+FFFD
// for a byte that is not UTF-8. strings.ToLower passes every rune of a text that holds a single
// non-ASCII one (a curly quote, an ellipsis: most news) through a function; this copies what
// comes before the first change as it is, and then lowers ASCII eight bytes at a time (a byte
// at a time, it cost more than finding the cues in the lowered text), into one buffer.
func lowerText(s string) string {
	first := 0
	for first+8 <= len(s) {
		w := load64(s, first)
		if w&asciiHigh != 0 || upperBytes(w) != 0 {
			break
		}
		first += 8
	}
	for first < len(s) {
		c := s[first]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			first++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[first:])
		if unicode.ToLower(r) != r || size == 1 {
			break
		}
		first += size
	}
	if first == len(s) {
		return s
	}
	b := make([]byte, first, len(s)+utf8.UTFMax)
	copy(b, s[:first])
	for i := first; i < len(s); {
		if i+8 <= len(s) {
			if w := load64(s, i); w&asciiHigh == 0 {
				b = binary.LittleEndian.AppendUint64(b, w|upperBytes(w)>>2)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if lower := unicode.ToLower(r); lower != r || size == 1 {
			b = utf8.AppendRune(b, lower)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	// b is not written to again.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// asciiHigh is the high bit of each byte of a word: none is set in a word of ASCII.
const asciiHigh = 0x8080808080808080

// load64 is the eight bytes of s from i, the first the lowest.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// upperBytes has the high bit of each byte of w, a word of ASCII, that is an upper-case
// letter ('A' to 'Z'), and no other bit: shifted right by two, it is what lowers them (0x20).
// No sum carries into the next byte, since every byte of w is below 0x80.
func upperBytes(w uint64) uint64 {
	const ones = 0x0101010101010101
	atLeastA := w + (0x80-'A')*ones
	aboveZ := w + (0x80-'Z'-1)*ones
	return atLeastA &^ aboveZ & asciiHigh
}

// undotInitialisms writes the initialisms of a lowered sentence that have three letters or
// more, each after a dot ("g.n.p.", "h.i.c.p."), as their letters run together, padded with
// spaces to keep every offset after them: the definition cues name them so ("gnp"), and
// extraction reads them so ("G.N.P." was judged as GDP where "GNP" was refused).
func undotInitialisms(lower string) string {
	if strings.IndexByte(lower, '.') < 0 {
		return lower
	}
	var b []byte
	for i := 0; i+4 < len(lower); i++ {
		if i > 0 && wordBytes[lower[i-1]] {
			continue
		}
		j := i
		for j+1 < len(lower) && lower[j] >= 'a' && lower[j] <= 'z' && lower[j+1] == '.' && (j+2 >= len(lower) || !wordBytes[lower[j+2]] || j+3 >= len(lower) || !wordBytes[lower[j+3]]) {
			j += 2
		}
		if n := (j - i) / 2; n >= 3 && (j >= len(lower) || lower[j] < 'a' || lower[j] > 'z') { // (not "a.b.c.d", whose last letter has no dot)
			if b == nil {
				b = []byte(lower)
			}
			for k := 0; k < n; k++ {
				b[i+k] = lower[i+2*k]
			}
			for k := i + n; k < j; k++ {
				b[k] = ' '
			}
			i = j - 1
		}
	}
	if b == nil {
		return lower
	}
	return string(b)
}
