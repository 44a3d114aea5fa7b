package importfmt

import (
	"strings"

	"golang.org/x/text/language"
)

// eurostatCountries are the two-letter codes Eurostat uses where ISO 3166 has others.
var eurostatCountries = map[string]string{"EL": "GR", "UK": "GB"}

// areaEntity turns the area a file names into the table's entity code: three-letter codes
// stay; ISO 3166 two-letter country codes (Eurostat's geo, BIS and OECD REF_AREA, with
// Eurostat's EL for Greece and UK) become their three-letter code. Other codes — aggregates
// such as EA20 or EU27_2020, whose membership is not the World Bank's EMU or EUU of every
// year — stay as they are, so that the store skips and counts them.
func areaEntity(area string) string {
	area = strings.ToUpper(strings.TrimSpace(area))
	if len(area) != 2 {
		return area
	}
	code := area
	if iso, ok := eurostatCountries[code]; ok {
		code = iso
	}
	region, err := language.ParseRegion(code)
	if err != nil || !region.IsCountry() {
		return area
	}
	if iso3 := region.ISO3(); len(iso3) == 3 && iso3 != "ZZZ" {
		return iso3
	}
	return area
}
