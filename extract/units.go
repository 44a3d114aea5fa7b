package extract

import "github.com/factcheck/factcheck/extract/quantity"

// IsCurrency reports whether a claim's unit is money: a three-letter ISO 4217 code such as
// USD, as the quantity scanner writes it.
func IsCurrency(unit string) bool { return quantity.IsCurrency(unit) }
