package quantity

import (
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii/tabletest"
)

// TestWordTablesAgreeWithTheirMaps holds each word table of the scanner to the map it is
// built from, over every key and many words that are none.
func TestWordTablesAgreeWithTheirMaps(t *testing.T) {
	tabletest.AgreesWithMap(t, "changeNouns", changeNouns, changeNounTable, false)
	tabletest.AgreesWithMap(t, "changeWords", changeWords, changeWordTable, false)
	tabletest.AgreesWithMap(t, "currencyAdjectives", currencyAdjectives, currencyAdjectiveTable, false)
	tabletest.AgreesWithMap(t, "currencyWords", currencyWords, currencyWordTable, false)
	tabletest.AgreesWithMap(t, "detachedDollarPrefixes", detachedDollarPrefixes, detachedDollarPrefixTable, false)
	tabletest.AgreesWithMap(t, "dollarPrefixes", dollarPrefixes, dollarPrefixTable, false)
	tabletest.AgreesWithMap(t, "foldWords", foldWords, foldWordTable, false)
	tabletest.AgreesWithMap(t, "identifierNouns", identifierNouns, identifierNounTable, false)
	tabletest.AgreesWithMap(t, "irregularSingulars", irregularSingulars, irregularSingularTable, false)
	tabletest.AgreesWithMap(t, "metreWords", metreWords, metreWordTable, false)
	tabletest.AgreesWithMap(t, "moneyNouns", moneyNouns, moneyNounTable, false)
	tabletest.AgreesWithMap(t, "finiteVerbQualifiers", finiteVerbQualifiers, finiteVerbQualifierTable, false)
	tabletest.AgreesWithMap(t, "modifierNouns", modifierNouns, modifierNounTable, false)
	tabletest.AgreesWithMap(t, "nameStopWords", nameStopWords, nameStopWordTable, false)
	tabletest.AgreesWithMap(t, "nonUnits", nonUnits, nonUnitTable, false)
	tabletest.AgreesWithMap(t, "numberWordForms", numberWordForms, numberWordTable, false)
	tabletest.AgreesWithMap(t, "playWords", playWords, playWordTable, false)
	tabletest.AgreesWithMap(t, "qualifierLastWords", qualifierLastWords, qualifierLastWordTable, false)
	tabletest.AgreesWithMap(t, "scaleSuffixes", scaleSuffixes, scaleSuffixTable, false)
	tabletest.AgreesWithMap(t, "scaleWords", scaleWords, scaleWordTable, false)
	tabletest.AgreesWithMap(t, "unitAfterWords", unitAfterWords, unitAfterWordTable, false)
	tabletest.AgreesWithMap(t, "unitModifiers", unitModifiers, unitModifierTable, false)
	tabletest.AgreesWithMap(t, "vagueWords", vagueWords, vagueWordTable, false)
	tabletest.AgreesWithMap(t, "weighWords", weighWords, weighWordTable, false)
	tabletest.AgreesWithMap(t, "weightStuff", weightStuff, weightStuffTable, false)
	tabletest.AgreesWithMap(t, "unitWords", unitWords, unitWordTable, false)
	tabletest.AgreesWithMap(t, "unitSymbols", unitSymbols, unitSymbolTable, true)
	tabletest.AgreesWithMap(t, "currencyCodes", currencyCodes, currencyCodeTable, true)
	tabletest.AgreesWithMap(t, "lowerCurrencyCodes", lowerCurrencyCodes, lowerCurrencyCodeTable, true)
}
