package extract

import (
	"strings"
	"unicode"
)

// A name several central banks give their rate-setting body ("the MPC", "the Monetary Policy
// Committee": the Bank of England's, the South African Reserve Bank's, the Reserve Bank of
// India's, the Bank of Ghana's...) names no country by itself: institutions.csv gives it no
// entity, and as its source the bank it stands for when the text names no other place. Read by
// itself it made "the MPC decided to reduce the repurchase rate to 8 percent", under a South
// African Reserve Bank header, a Bank Rate of 8% and flagged it. The committee is the bank's or
// the country's the text is about, in this order:
//   - the central bank of the lexicon it belongs to ("the Bank of England's Monetary Policy
//     Committee", "the Monetary Policy Committee of the Bank of Ghana"), else the one country
//     its sentence names before it ("South Africa's MPC", "In Britain, the MPC");
//   - the central bank of the lexicon the text named before ("Governor of the South African
//     Reserve Bank", "BANK OF GHANA"), when all it named are of one country;
//   - the dateline's country ("LUSAKA, Aug 14 (Reuters) -"), else the country the text was
//     about before (entityBefore);
//   - the bank it stands for, only on evidence of it: its sentence names "Bank Rate" ("The MPC
//     voted to cut Bank Rate"), or the text names Britain, the Bank of England or a UK
//     dateline; and never when the text names another country whose bank has an MPC.
// In all but the first step, only a bank whose body is really so called (committees.csv) or its
// country may own it: not the Fed (the FOMC) nor the ECB (the Governing Council).
// Otherwise it is no one's: its sentence's figures take the country the sentence itself names,
// none from the sentences before (not the Fed's for "The Fed held rates. The MPC held its
// policy rate at 8.25%"), and a false Bank Rate is never made of it.

// sharedNameScan is what resolveSharedNames reads of the whole text, once an article names a
// shared committee: the central banks of the lexicon it names, with their country, source and
// place, and the countries it names (by name, by their central bank or by a dateline).
type sharedNameScan struct {
	banks     []namedBank
	countries map[string]bool
}

type namedBank struct {
	at             int
	entity, source string
}

// resolveSharedNames gives each shared name among the institutions of s the country and source
// of the bank the text is about (see above), or none.
func (st *articleState) resolveSharedNames(s *sentence) {
	for i := range s.insts {
		inst := institutionOf(s.insts[i])
		if inst.entity != "" || inst.role != roleCentralBank || inst.source == "" {
			continue
		}
		code, source := st.sharedNameOwner(s, s.insts[i], inst.source)
		if code == "" {
			s.unownedCommittee = true
		}
		// (a new cue: the match's cues are the lexicon's, shared by every article)
		s.insts[i].cues = []cue{{category: catInstitution, value: code + "|" + source + "|" + inst.role}}
	}
}

// sharedCommittee is the body the shared names of institutions.csv ("MPC", "Monetary Policy
// Committee") stand for; committees.csv lists the banks whose body it is.
const sharedCommittee = "Monetary Policy Committee"

// sharedNameOwner returns the country and source of shared name m of sentence s, whose lexicon
// source is dflt; both empty when the text leaves it in doubt. Only a bank whose own body is a
// Monetary Policy Committee (committees.csv), or its country, owns a committee the text does not
// attach to a bank: "The Federal Reserve kept rates on hold. The MPC voted to hold Bank Rate at
// 5.25%" is the Bank of England's, not the Fed's (the Fed's committee is the FOMC).
func (st *articleState) sharedNameOwner(s *sentence, m match, dflt string) (string, string) {
	dfltEntity := st.lex.institutionEntityOf(dflt)
	sourceFor := func(code string) string {
		if code != "" && code == dfltEntity {
			return dflt
		}
		return ""
	}
	var owners *committee
	if c := st.lex.committees[sharedCommittee]; c != nil {
		owners = c
	} else {
		owners = &committee{}
	}
	j := m.first - 1
	if j >= 0 && s.toks[j].text == "'s" {
		j--
	}
	// a central bank whose committee it is: "the Bank of England's Monetary Policy
	// Committee", "the Monetary Policy Committee of the Bank of Ghana"
	after := m.last + 1
	if after < len(s.toks) && s.toks[after].lower == "of" {
		after++
		if after < len(s.toks) && s.toks[after].lower == "the" {
			after++
		}
	} else {
		after = -1
	}
	for _, o := range s.insts {
		if oi := institutionOf(o); oi.role == roleCentralBank && oi.entity != "" && (o.last == j || o.first == after) {
			return oi.entity, oi.source
		}
	}
	// the one country its sentence names before it: "South Africa's MPC", "the Nigerian
	// MPC", "In Britain, the MPC cut Bank Rate"
	named := ""
	for _, e := range s.ents {
		if code, ok := entityCode(e); ok && e.last < m.first && !st.lex.aggregates.has(code) {
			if named != "" && named != code {
				named = ""
				break
			}
			named = code
		}
	}
	if named != "" && owners.countries[named] {
		return named, sourceFor(named)
	}
	scan := st.scanSharedNames()
	var bank *namedBank
	for i := range scan.banks {
		b := &scan.banks[i]
		if b.at >= s.start {
			break
		}
		if !owners.banks[b.source] {
			continue // "The Federal Reserve kept rates on hold. The MPC ...": not the Fed's
		}
		if bank != nil && bank.entity != b.entity {
			return "", "" // "the Reserve Bank of India ... the Bank of Ghana ... the MPC": whose?
		}
		bank = b
	}
	if bank != nil {
		return bank.entity, bank.source
	}
	if code := st.datelineCountry(s.start); owners.countries[code] {
		return code, sourceFor(code)
	}
	if code := st.entityBefore(s.start); owners.countries[code] && !st.lex.aggregates.has(code) {
		return code, sourceFor(code)
	}
	// The bank the name stands for (the Bank of England) only on evidence of it, and only when
	// the text names no other country whose bank has such a committee: the sentence names its
	// rate, "Bank Rate" ("The MPC voted to cut Bank Rate to 5%"), or the text names its country
	// (a London dateline, "Britain", "the Bank of England"). A statement that names neither
	// ("The MPC decided to keep the repo rate unchanged at 8.25%", the South African Reserve
	// Bank's) is no one's.
	if dfltEntity == "" {
		return "", ""
	}
	for code := range scan.countries {
		if code != dfltEntity && owners.countries[code] {
			return "", ""
		}
	}
	if scan.countries[dfltEntity] || s.namesBankRate() {
		return dfltEntity, dflt
	}
	return "", ""
}

// namesBankRate reports whether s names "Bank Rate", the Bank of England's own name of its
// policy rate, as a name by itself: capitalised, and not the end of a longer name ("the Central
// Bank Rate (CBR)" is the Central Bank of Kenya's; "The Bank Rate" still is).
func (s *sentence) namesBankRate() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].text != "Bank" || s.toks[i+1].text != "Rate" {
			continue
		}
		if p := s.toks[max(i-1, 0)]; i == 0 || p.punct || p.lower == "the" || !isUpperInitial(p.text) {
			return true
		}
	}
	return false
}

// isUpperInitial reports whether word starts with a capital letter.
func isUpperInitial(word string) bool {
	for _, r := range word {
		return unicode.IsUpper(r)
	}
	return false
}

// scanSharedNames reads the whole text once for sharedNameOwner: the central banks it names,
// and the countries it names, by name, by their central bank or by a dateline.
func (st *articleState) scanSharedNames() *sharedNameScan {
	if st.sharedNames != nil {
		return st.sharedNames
	}
	scan := &sharedNameScan{countries: make(map[string]bool)}
	text := st.art.Text
	for from := 0; from < len(text); {
		to := len(text)
		if nl := strings.IndexByte(text[from:], '\n'); nl >= 0 {
			to = from + nl + 1
		}
		toks := tokenize(text, from, to)
		caps := isCapsLine(text[from:to]) || isLowerLine(toks)
		ents, insts := st.lex.findEntitiesAndInstitutions(nil, nil, toks, caps)
		for _, e := range ents {
			if code, ok := entityCode(e); ok && !st.lex.aggregates.has(code) {
				scan.countries[code] = true
			}
		}
		for _, m := range insts {
			if inst := institutionOf(m); inst.role == roleCentralBank && inst.entity != "" {
				scan.banks = append(scan.banks, namedBank{at: toks[m.first].start, entity: inst.entity, source: inst.source})
				scan.countries[inst.entity] = true
			}
		}
		head := min(to, from+datelineReach)
		if code, _, ok := st.lex.datelinePlace(tokenize(text, from, head)); ok && code != "" {
			scan.countries[code] = true
		}
		from = to
	}
	st.sharedNames = scan
	return scan
}

// institutionEntityOf returns the country of the institution the lexicon names phrase ("Bank of
// England": GBR), or "".
func (lex *Lexicon) institutionEntityOf(phrase string) string {
	toks := tokenize(phrase, 0, len(phrase))
	for _, m := range lex.findNames(nil, lex.institutions, toks, false) {
		if m.first == 0 && m.last == len(toks)-1 {
			return institutionOf(m).entity
		}
	}
	return ""
}

// bankRightBefore returns the noun phrase right before verb group g when it ends in "bank" or
// in a bank's name, for a verb whose subject was not found: a headline run into the one before
// it with no full stop ("Brazil's unemployment falls to 7.1%, slowest in three years / Turkey's
// central bank holds rate at 50%") is chunked as one phrase "three years Turkey's central
// bank", and the rate the bank holds was taken for the unemployment rate named before. -1
// otherwise.
func (s *sentence) bankRightBefore(g int) int {
	i := s.vgs[g].first - 1
	p := s.npEndingAt(i)
	if p < 0 {
		return -1
	}
	if s.words[i].lower == "bank" || s.words[i].inst >= 0 && institutionOf(s.insts[s.words[i].inst]).role == roleCentralBank {
		return p
	}
	return -1
}

// genericRates reports noun phrase p as a bare plural "rates" with no determiner, possessor or
// phrase of the lexicon before it, and no figure of a measure before it in its sentence ("Negative rates of minus 0.1% are introduced", "rates of 5% were
// unthinkable"): an indefinite plural is no reference back to one measure named before, and in
// economic copy it is interest rates: it refers back only to a policy rate ("The Bank of England
// cut Bank Rate to 5%. Rates had stood at 5.25% for a year": isPolicyRate). "The rate eased to
// 2.1%" still refers back; "its rates" and "the rates" do too.
func (s *sentence) genericRates(p int) bool {
	n := s.nps[p]
	if s.words[n.head].lower != "rates" {
		return false
	}
	ownBasis := false
	for i := n.first; i <= n.head; i++ {
		w := &s.words[i]
		if i < n.head && (w.tag == tagDet || w.tag == tagPoss || w.tag == tagNum || w.ent >= 0) {
			return false
		}
		// a phrase of the lexicon that ends in it names a kind or basis: "at annualised rates
		// of 2%" is a pace of what the text is about; a basis word of its own before it does
		// not ("negative real rates of minus 75%" are interest rates, no real growth)
		if w.cue >= 0 && s.cues[w.cue].first < n.head && s.cues[w.cue].categories&^catNeutral != 0 {
			if s.cues[w.cue].last >= n.head {
				return false
			}
			ownBasis = true
		}
	}
	// a list whose figures before it state a measure: "West Germany and Japan with negative
	// rates of 0.5 pct and 1.4 pct" are the inflation rates of the sentence's list; "real
	// rates" so qualified are rates of interest, whatever the figures before them measure
	if !ownBasis {
		for k := range s.quants {
			if s.qFirst[k] >= 0 && s.qFirst[k] < n.first && k < len(s.readings) && s.readings[k] != nil && s.readings[k].measure != nil {
				return false
			}
		}
	}
	return n.first == 0 || s.words[n.first-1].tag != tagPoss
}

// isPolicyRate reports m as the policy rate, which a bare "rates" may refer back to.
func isPolicyRate(m *measure) bool {
	return m != nil && m.name == "policy_rate"
}
