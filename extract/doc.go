// Package extract finds numeric claims in news text: each number or date that states a figure
// of an indicator the reference table knows (GDP growth, inflation, unemployment, population,
// GDP, public finances, trade, exchange and policy rates, sanctions dates), linked to its
// country or region, period, basis, kind and source.
//
// The work is done only around numbers. quantity.Scan finds the candidate figures; a sentence
// that holds one and names a measure (or refers back to one) is tokenised, matched against the
// lexicon's phrase tries (entities, institutions, cues; word forms through a dictionary), and
// read by a small grammar (syntax.go): each word gets a part of speech, and words are grouped
// into noun phrases and verb groups. What a figure measures is read from that structure
// (reading.go, measure.go): its own phrase, the noun it is the object of, the verb it
// complements and that verb's subject or object, the figure it is compared with or restates,
// or the list it is an item of. The claim is then completed (complete.go) with its entity,
// period (period.go, dates.go, timex.Scan), kind (kind.go) and source. A per-article state
// carries what the sentences before were about: the country, the measure of "it" and "the
// rate", the period an undated figure goes on with, the figures a phrase may name again.
package extract
