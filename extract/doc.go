// Package extract finds numeric claims in news text: each number or date that states a figure
// of an indicator the reference table knows (GDP growth, inflation, unemployment, population,
// GDP, sanctions dates), linked to its country or region, period, basis, kind and source.
//
// The work is done only around numbers. quantity.Scan and timex.Scan find candidates; for each,
// the sentence around it is found by a rule-based boundary search, tokenised, and matched
// against phrase tries built once from the lexicon in data/lexicon (entities, indicator cues,
// kind, basis and source words). A small per-article state remembers the last country named, so
// that "the economy" and "the country" resolve to it.
package extract
