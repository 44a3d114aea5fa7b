package extract

import (
	"testing"
	"time"
)

// objectAntecedentFamilies (s27 attack 10): an object pronoun stands for the measure an
// earlier verb of its sentence took as object: "began cutting its policy rate in December
// 2024, lowering it to 47.5% from 50%" lowers the policy rate. Read as the growth the sentence
// before was about, the rate became Turkey's GDP growth of 47.5% in December 2024.
var objectAntecedentFamilies = []family{
	{name: "a rate cut, then lowered to", published: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Turkish economy grew 5.1% in 2023. The Central Bank of the Republic of Türkiye began cutting its policy rate in December 2024, lowering it to 47.5% from 50%.",
		"The Turkish economy grew 5.1% in 2023. Turkey's central bank started to cut its policy rate in December 2024, bringing it down to 47.5% from 50%.",
		"The Turkish economy grew 5.1% in 2023. In December 2024 Turkey's central bank cut its policy rate, taking it to 47.5% from 50%.",
	}, want: []string{"gdp_growth TUR 5.1 actual 2023", "policy_rate TUR 47.5 actual 2024-12", "policy_rate TUR 50 previous 2024-12"}},
	// near misses: a subject pronoun keeps the text's focus; a measure in a phrase that is
	// no verb's object is no antecedent
	{name: "a subject pronoun is the economy the text is about", published: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy slowed in 2023. Despite higher interest rates, it grew 0.4% that year.",
	}, want: []string{"gdp_growth GBR 0.4 actual 2023"}},
}

func TestObjectAntecedentFamilies(t *testing.T) {
	runFamilies(t, familyDate, objectAntecedentFamilies)
}
