package extract

// A country, or a country's central bank, named as where a payment or a pledge goes, or where
// a loan or a purchase comes from ("The government had to pledge gold to the Bank of England",
// "Ghana repaid $1 billion to China", "Pakistan borrowed $2 billion from Saudi Arabia"), is the
// other party to a transfer the text's own country makes: the sentences after it go on about
// the country that pays or borrows. Read as the last country named, "Inflation is running at
// about 13 percent" in a column from New Delhi was Britain's, and India's growth of 1990 was
// flagged as Britain's (blind round 130). A noun of trade or money before "to" or "from" makes
// a partner already ("shipments to China", "loans to Egypt": peripheralMention); this is the
// same partner after a verb.
//
// Only verbs whose subject gives up or takes on what it owes: a lender, a donor or a buyer
// abroad ("The IMF lent $3 billion to Egypt", "Japan gave aid to Vietnam") is often the
// background of a story about the country that receives, which the sentences after it go on
// about.

// transferReach bounds the words between a verb of transfer and the "to" or "from" of its
// partner: "pledged 47 tonnes of gold to", "sold $500 million of bonds to".
const transferReach = 8

// transferPartner reports a country named m among toks as the partner after "to" or "from" of
// a verb of paying, pledging or selling (to) or of borrowing or buying (from), within
// transferReach words and no punctuation: "had to pledge gold to the Bank of England", "repaid
// $1 billion to China", "borrowed heavily from Japan". A verb of paying passes a sum or a thing
// on (not "paid close attention to Italy"), and a country that owns what follows is none
// ("owes much to Spain's tourism"). A central bank that carries its country's name ("the Bank
// of England", "the Reserve Bank of Australia") is read from its first word.
func transferPartner(toks []token, m *match) bool {
	if after := m.last + 1; after < len(toks) && toks[after].lower == "'s" {
		return false // a country that owns what follows: "owes much to Spain's tourism boom"
	}
	i := nameListGovernor(toks, m.first) // (and the names listed before it: "from Zambia and Malawi")
	if i < 1 {
		return false
	}
	var verbs []string
	paying := toks[i].lower == "to"
	switch {
	case paying:
		verbs = payingVerbs[:]
	case toks[i].lower == "from":
		verbs = borrowingVerbs[:]
	default:
		return false
	}
	transferred := false // a sum or a thing between the verb and "to"
	for j := i - 1; j >= 0 && i-j <= transferReach; j-- {
		t := &toks[j]
		if t.punct && t.lower != "$" && t.lower != "%" {
			return false // "..., to Britain" is no object of the verb before the comma
		}
		for _, v := range verbs {
			if t.hasLemma(v) {
				// a verb of paying or selling must pass something on: not "paid close
				// attention to Italy", "owes much to Mexico"
				return !paying || transferred
			}
		}
		transferred = transferred || t.lower == "$" || figureToken(t.lower) || transferredNouns[t.lower]
		if tg, closed := closedClass[t.lower]; closed && (tg == tagCoord || tg == tagSub || tg == tagWh) {
			return false // the verb of another clause: "..., which it sold, to China"
		}
	}
	return false
}

// transferredNouns are the things a verb of paying, pledging or selling passes to a partner,
// beside sums: "pledge gold to", "sold bonds to", "repaid its debt to".
var transferredNouns = map[string]bool{
	"gold": true, "reserves": true, "bonds": true, "debt": true, "debts": true, "loan": true, "loans": true,
	"money": true, "dollars": true, "oil": true, "gas": true, "grain": true, "wheat": true, "arms": true,
	"weapons": true, "shares": true, "stake": true, "assets": true, "interest": true, "billion": true,
	"million": true, "tonnes": true, "tons": true, "barrels": true,
}

// payingVerbs are verbs whose subject gives what it owes or sells to the partner after "to";
// not "send" ("The IMF sent a mission to Germany": the country the text goes on about).
var payingVerbs = [...]string{"pledge", "repay", "pay", "owe", "sell", "ship"}

// borrowingVerbs are verbs whose subject takes a loan or goods from the partner after "from";
// not "receive" or "seek" ("received a visit from", "sought advice from").
var borrowingVerbs = [...]string{"borrow", "buy", "import", "purchase"}

// nameOpening returns the first word of the name that ends with the country named at word
// first: the name of a body after "of" ("the Bank of England", "the Reserve Bank of
// Australia", "the People's Bank of China"), or first itself.
func nameOpening(toks []token, first int) int {
	if first < 2 || toks[first-1].lower != "of" || !isCapitalised(toks[first-2].text) {
		return first
	}
	j := first - 2
	for j > 0 && (isCapitalised(toks[j-1].text) || toks[j-1].lower == "'s") {
		j--
	}
	return j
}
