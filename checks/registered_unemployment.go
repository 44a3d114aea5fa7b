package checks

import (
	"fmt"
	"sync"
)

// Some countries' employment services publish a registered unemployment rate each month, and
// the press gives it as "the unemployment rate" without a word of its definition: "German
// unemployment rose to 6.3%" is the Federal Employment Agency's, where the ILO's rate that the
// table holds was 3.7% (blind round 243). data/registered_unemployment.csv names the countries
// and their agencies.

var loadRegisteredUnemployment = sync.OnceValues(func() (map[string]string, error) {
	agencies := map[string]string{}
	err := readDefinitionFile("registered_unemployment.csv", []string{"entity", "agency"}, func(rec []string) error {
		if _, dup := agencies[rec[0]]; dup {
			return fmt.Errorf("entity %s listed twice", rec[0])
		}
		if rec[1] == "" {
			return fmt.Errorf("entity %s names no agency", rec[0])
		}
		agencies[rec[0]] = rec[1]
		return nil
	})
	return agencies, err
})

// registeredRateAgency returns the agency whose registered unemployment rate the press of the
// claim's country gives as its unemployment rate, when the claim may be that rate: it names
// no source and no definition of its own (an ILO or survey cue is judged against the ILO's
// rates). Empty otherwise.
func (j *judgement) registeredRateAgency() string {
	if j.claim.Indicator != "unemployment_rate" || j.claim.Source != "" {
		return ""
	}
	agencies, err := loadRegisteredUnemployment()
	if err != nil {
		panic("checks: embedded registered_unemployment.csv: " + err.Error())
	}
	agency := agencies[j.claim.Entity]
	if agency == "" || j.claimedDefinition()[aspectUnemployment] != "" {
		return ""
	}
	return agency
}

// registeredBand is where a registered unemployment rate may lie, given the ILO's rate of the
// same country and year: from a seventh of it (Ukraine's registered 1.5-2% against the ILO's
// 8-9%) to two and a half times it (Bosnia's registered rate near 30% against some 13%). A
// figure beyond is wrong on either measure, and judged: "German unemployment was 11.2% in
// 2024" (registered 6.0, ILO 3.4).
func registeredBand(ilo float64) interval {
	return interval{ilo / 7, ilo * 2.5}
}
