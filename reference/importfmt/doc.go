// Package importfmt reads the files statistical offices publish — SDMX-CSV 1.0 and 2.0
// (OECD, ECB, Eurostat, BIS, IMF), Eurostat TSV, FRED CSV and ALFRED real-time files
// (JSON, XML and vintage-column CSV), revision triangles (Philadelphia Fed RTDSM, reviser
// workbooks, generic period × vintage tables) and World Bank API JSON — into one shape: a
// Dataset of vintages, each a list of observations of coded series.
//
// A Mapping, a small CSV file a curator edits, says what each series code is in the
// reference table (entity, indicator, period type, basis, unit, scale, and whether levels
// are turned into growth rates); Mapping.Batches turns a Dataset into reference releases.
// Formats are detected from the content (Detect), never from the file name. A bad row
// rejects the whole file with its line number; missing values (":" "." "#N/A", empty,
// OBS_STATUS M) are counted, not errors.
package importfmt
