// Package extract finds numeric claims in news text: each number or date that states a figure
// of a national indicator (GDP and its growth, GDP per head, inflation, unemployment,
// population, the labour force, the fiscal balance and government debt as shares of GDP,
// policy rates, sanctions dates), linked to its country or region, period, basis, kind and
// source. Which of them the reference table can judge is the table's business: a claim it
// holds no series for is reported as such, never judged against a neighbouring one.
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
