package timex

import (
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii/tabletest"
)

// TestWordTablesAgreeWithTheirMaps holds the date scanner's word tables to the maps they are
// built from, over every key and many words that are none.
func TestWordTablesAgreeWithTheirMaps(t *testing.T) {
	tabletest.AgreesWithMap(t, "calendarWordRoles", calendarWordRoles, calendarWords, false)
	tabletest.AgreesWithMap(t, "monthWords", monthWords, monthTable, false)
	tabletest.AgreesWithMap(t, "weekdayNameSet", weekdayNameSet, weekdayNames, false)
	tabletest.AgreesWithMap(t, "countWords", countWords, countWordTable, false)
}
