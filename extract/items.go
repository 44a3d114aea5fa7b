package extract

import "maps"

// Items of a list that stand each on their own — numbered abstracts, the papers of a
// programme, the stories of a digest — each name their own place: "Abstract 1. We study the
// 2016 demonetisation in India ... Abstract 2. Using a panel of 45 sub-Saharan African
// countries ...", `1. "Mobile money in Kenya." ... 2. "Fuel subsidy removal in Nigeria."
// Headline inflation rose to 28.9 percent`. Counted over the whole text, the places of the
// items before outweighed the item's own, and Abstract 2's figures were India's, item 2's
// inflation Kenya's. At each item, the mentions go back to those of the text before the
// first item (its title, its dateline), which speak for every item.

// numberedItem reports a line that opens a numbered item: a number and a full stop or a
// closing parenthesis, alone or after one capitalised word ("2. ", "3) ", "Abstract 2. ",
// "Paper 4. "), then a word that opens with a capital or a quote.
func numberedItem(toks []token) bool {
	i := 0
	if len(toks) > 0 && isCapitalised(toks[0].text) && !isDigits(toks[0].text) {
		i = 1
	}
	if i+2 >= len(toks) || !isDigits(toks[i].text) || len(toks[i].text) > 2 {
		return false
	}
	if p := toks[i+1].text; p != "." && p != ")" {
		return false
	}
	next := toks[i+2].text
	return isCapitalised(next) || isQuoteWord(next)
}

// startItem sets the mentions back to those of the text before the first item, and forgets
// the places named last.
func (st *articleState) startItem() {
	if st.preamble == nil {
		st.preamble, st.preambleOwn = maps.Clone(st.mentions), maps.Clone(st.ownMentions)
	}
	clear(st.mentions)
	maps.Copy(st.mentions, st.preamble)
	clear(st.ownMentions)
	maps.Copy(st.ownMentions, st.preambleOwn)
	st.lastEntity, st.otherEntity, st.lastBank = "", "", ""
}
