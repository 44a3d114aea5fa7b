package extract

import "strings"

// dividedGermanyLevel reports a claim of Germany's that is a level or a head count (not a rate)
// of a year before unification, in an article that speaks of the divided country: "West Germany
// had around 62 million inhabitants in 1975" is the Federal Republic's head count, and the
// reference's Germany is the unified territory at every date (78.7 million in 1975). Its rates
// (growth, inflation) are the Federal Republic's before 1991, which is why "West Germany" is
// Germany's name at all (the Reuters copy of 1987 names it so); its levels are not, and which
// territory a level of such an article is of is not for us to guess (blind round 95: flagged).
func (st *articleState) dividedGermanyLevel(c *Claim) bool {
	if c.Entity != "DEU" || c.Unit == "percent" || c.Unit == "pp" || c.Indicator == "exchange_rate" {
		return false
	}
	if year, ok := periodYear(c.Period); !ok || year > 1990 {
		return false
	}
	if st.dividedGermany == 0 {
		// (read once per article: a history of figures asks for each)
		st.dividedGermany = 2
		for _, name := range [...]string{"West German", "East German", "Federal Republic", "W. Germany", "GDR"} {
			if strings.Contains(st.art.Text, name) {
				st.dividedGermany = 1
				break
			}
		}
	}
	return st.dividedGermany == 1
}
