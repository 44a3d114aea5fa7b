package extract

import (
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii/tabletest"
)

// TestWordTablesAgreeWithTheirMaps holds extraction's word tables to the maps they are built
// from, over every key and many words that are none.
func TestWordTablesAgreeWithTheirMaps(t *testing.T) {
	tabletest.AgreesWithMap(t, "divisionNouns", divisionNouns, divisionNounTable, true)
}
