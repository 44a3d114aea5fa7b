package extract

// A country goods are shipped to or bought from is a partner of the trade, not the country the
// text is about: "Last year's figures were distorted again, this time by pharmaceutical
// exports rushed to the United States ahead of tariffs. GDP rose by about 12 per cent in 2025"
// is Ireland's growth, in a story on Ireland, not the United States' (blind round 267). The
// mention counts as a yardstick's does (scanMentions); in its own sentence the name stays, as
// the place a clause after it may be about ("exports copper to China, where growth was 5.2%").

// tradePartner reports name m of toks as the destination of goods traded, right after a noun
// of trade or a participle after one ("exports to the United States", "shipments sent to
// China"), or the origin of goods bought ("imports from Germany"). "Exports from Germany" are
// Germany's own, and "exports go to China" leaves the text's country open.
func tradePartner(toks []token, m *match) bool {
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 1 {
		return false
	}
	prep := toks[i].lower
	if prep != "to" && prep != "into" && prep != "from" {
		return false
	}
	j := i - 1
	if prep == "from" {
		return toks[j].lower == "imports" || toks[j].lower == "imported" // "goods imported from Germany"
	}
	if w := toks[j].lower; j >= 1 && len(w) > 3 && w[len(w)-2:] == "ed" && !tradeNouns[w] {
		j-- // "exports rushed to", "shipments sent to"
	}
	return tradeNouns[toks[j].lower]
}

// tradeNouns are the nouns and participles of goods moving between countries.
var tradeNouns = map[string]bool{
	"exports": true, "exported": true, "shipments": true, "shipped": true, "deliveries": true, "delivered": true, "sales": true,
}
