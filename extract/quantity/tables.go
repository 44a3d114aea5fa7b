package quantity

import "github.com/factcheck/factcheck/extract/internal/ascii"

// The lexicons looked up around every number, as word tables: a look-up folds the case of the
// word as it reads it, where a map wants a lower-case copy first (see ascii.WordTable). The
// maps stay the lexicons' source.
var (
	changeNounTable           = ascii.NewWordTable(changeNouns)
	changeWordTable           = ascii.NewWordTable(changeWords)
	currencyAdjectiveTable    = ascii.NewWordTable(currencyAdjectives)
	currencyWordTable         = ascii.NewWordTable(currencyWords)
	detachedDollarPrefixTable = ascii.NewWordTable(detachedDollarPrefixes)
	dollarPrefixTable         = ascii.NewWordTable(dollarPrefixes)
	foldWordTable             = ascii.NewWordTable(foldWords)
	identifierNounTable       = ascii.NewWordTable(identifierNouns)
	irregularSingularTable    = ascii.NewWordTable(irregularSingulars)
	metreWordTable            = ascii.NewWordTable(metreWords)
	moneyNounTable            = ascii.NewWordTable(moneyNouns)
	finiteVerbQualifierTable  = ascii.NewWordTable(finiteVerbQualifiers)
	modifierNounTable         = ascii.NewWordTable(modifierNouns)
	nameStopWordTable         = ascii.NewWordTable(nameStopWords)
	nonUnitTable              = ascii.NewWordTable(nonUnits)
	numberWordTable           = ascii.NewWordTable(numberWordForms)
	playWordTable             = ascii.NewWordTable(playWords)
	qualifierLastWordTable    = ascii.NewWordTable(qualifierLastWords)
	scaleSuffixTable          = ascii.NewWordTable(scaleSuffixes)
	scaleWordTable            = ascii.NewWordTable(scaleWords)
	unitAfterWordTable        = ascii.NewWordTable(unitAfterWords)
	unitModifierTable         = ascii.NewWordTable(unitModifiers)
	vagueWordTable            = ascii.NewWordTable(vagueWords)
	weighWordTable            = ascii.NewWordTable(weighWords)
	weightStuffTable          = ascii.NewWordTable(weightStuff)
	unitWordTable             *ascii.WordTable[unitEntry] // built by init from units.csv
	unitFirstWordTable        *ascii.WordTable[unitFirstWord]
	unitSymbolTable           *ascii.WordTable[unitEntry] // exact: "MW" is no "mW"
)

// Tables in which case counts.
var (
	currencyCodeTable      = ascii.NewExactWordTable(currencyCodes)
	lowerCurrencyCodeTable = ascii.NewExactWordTable(lowerCurrencyCodes)
)

// numberWordForm is a number word as numberWordTable holds it: with its lower-case form, for
// the tests that compare a token's words with literals.
type numberWordForm struct {
	numberWord
	lower string
}

// numberWordForms are numberWords with their forms.
var numberWordForms = func() map[string]numberWordForm {
	m := make(map[string]numberWordForm, len(numberWords))
	for w, nw := range numberWords {
		m[w] = numberWordForm{nw, w}
	}
	return m
}()
