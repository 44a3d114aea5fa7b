package importfmt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// flexNumber reads a JSON number or a numeric string, as World Bank responses have both.
type flexNumber struct {
	value float64
	null  bool
}

func (n *flexNumber) UnmarshalJSON(b []byte) error {
	text := strings.TrimSpace(string(b))
	if text == "null" {
		n.null = true
		return nil
	}
	if strings.HasPrefix(text, `"`) {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if strings.TrimSpace(s) == "" {
			n.null = true
			return nil
		}
		text = s
	}
	v, err := parseFloat(text)
	if err != nil {
		return fmt.Errorf("%s is not a number", text)
	}
	n.value = v
	return nil
}

// WorldBankHeader is element 0 of a World Bank API response.
type WorldBankHeader struct {
	Page, Pages, PerPage, Total flexNumber
	LastUpdated                 string
	Messages                    []struct{ ID, Key, Value string }
}

func (h *WorldBankHeader) UnmarshalJSON(b []byte) error {
	var raw struct {
		Page        flexNumber      `json:"page"`
		Pages       flexNumber      `json:"pages"`
		PerPage     flexNumber      `json:"per_page"`
		Total       flexNumber      `json:"total"`
		LastUpdated string          `json:"lastupdated"`
		Message     json.RawMessage `json:"message"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	h.Page, h.Pages, h.PerPage, h.Total, h.LastUpdated = raw.Page, raw.Pages, raw.PerPage, raw.Total, raw.LastUpdated
	if len(raw.Message) > 0 {
		var messages []struct {
			ID    any    `json:"id"`
			Key   string `json:"key"`
			Value string `json:"value"`
		}
		if err := json.Unmarshal(raw.Message, &messages); err != nil {
			return fmt.Errorf("message: %w", err)
		}
		for _, m := range messages {
			h.Messages = append(h.Messages, struct{ ID, Key, Value string }{fmt.Sprint(m.ID), m.Key, m.Value})
		}
	}
	return nil
}

// PageCount is the number of pages the response says there are.
func (h WorldBankHeader) PageCount() int { return int(h.Pages.value) }

type worldBankRow struct {
	Indicator struct {
		ID string `json:"id"`
	} `json:"indicator"`
	Country struct {
		ID string `json:"id"`
	} `json:"country"`
	ISO3  string     `json:"countryiso3code"`
	Date  string     `json:"date"`
	Value flexNumber `json:"value"`
	Obs   string     `json:"obs_status"`
}

// ParseWorldBankPage reads one page of the World Bank Indicators API v2 JSON: a two-element
// array, paging header (with lastupdated, the release date) and observations. A response
// whose header carries a message is the API's error. The series is the indicator id, the
// area the ISO3 code (the two-letter id when the ISO3 code is empty); null values are
// counted missing. Rows are numbered from 1 in the array for errors.
func ParseWorldBankPage(name string, body []byte) (WorldBankHeader, Dataset, error) {
	ds := Dataset{Format: WorldBankJSON, Agency: "World Bank"}
	var header WorldBankHeader
	var parts []json.RawMessage
	if err := json.Unmarshal(bytes.TrimPrefix(body, []byte("\ufeff")), &parts); err != nil {
		return header, ds, fmt.Errorf("%s: not a World Bank API response (a JSON array): %w", name, err)
	}
	if len(parts) == 0 {
		return header, ds, fmt.Errorf("%s: an empty array, not a World Bank API response", name)
	}
	if err := json.Unmarshal(parts[0], &header); err != nil {
		return header, ds, fmt.Errorf("%s: paging header: %w", name, err)
	}
	if len(header.Messages) > 0 {
		m := header.Messages[0]
		return header, ds, fmt.Errorf("%s: World Bank API error %s (%s): %s", name, m.ID, m.Key, m.Value)
	}
	if len(parts) != 2 {
		return header, ds, fmt.Errorf("%s: %d elements, a World Bank API response has 2", name, len(parts))
	}
	if header.LastUpdated != "" {
		if _, err := time.Parse(time.DateOnly, header.LastUpdated); err != nil {
			return header, ds, fmt.Errorf("%s: lastupdated %q is not YYYY-MM-DD", name, header.LastUpdated)
		}
	}
	var rows []json.RawMessage
	if !bytes.Equal(bytes.TrimSpace(parts[1]), []byte("null")) {
		if err := json.Unmarshal(parts[1], &rows); err != nil {
			return header, ds, fmt.Errorf("%s: observations: %w", name, err)
		}
	}
	v := Vintage{Released: header.LastUpdated}
	for i, raw := range rows {
		var row worldBankRow
		if err := json.Unmarshal(raw, &row); err != nil {
			return header, ds, fmt.Errorf("%s: observation %d: %w", name, i+1, err)
		}
		if row.Indicator.ID == "" {
			return header, ds, fmt.Errorf("%s: observation %d: no indicator id", name, i+1)
		}
		period, err := normalizePeriod(row.Date)
		if err != nil {
			return header, ds, fmt.Errorf("%s: observation %d: %w", name, i+1, err)
		}
		if row.Value.null {
			ds.Missing++
			continue
		}
		area := row.ISO3
		if area == "" {
			area = row.Country.ID
		}
		v.Observations = append(v.Observations, Observation{
			Series: row.Indicator.ID, Area: area, Period: period, Value: row.Value.value, Status: row.Obs, Line: i + 1,
		})
	}
	ds.Vintages = []Vintage{v}
	return header, ds, nil
}

// ParseWorldBankJSON reads a saved World Bank API response: one page, or several pages'
// arrays one after another (as `curl` of every page writes them).
func ParseWorldBankJSON(name string, body []byte) (Dataset, error) {
	decoder := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff"))))
	var all Dataset
	for page := 1; ; page++ {
		var raw json.RawMessage
		err := decoder.Decode(&raw)
		if errors.Is(err, io.EOF) && page > 1 {
			return all, nil
		}
		if err != nil {
			return all, fmt.Errorf("%s: page %d: not JSON: %w", name, page, err)
		}
		pageName := name
		if page > 1 {
			pageName = name + " page " + strconv.Itoa(page)
		}
		_, ds, err := ParseWorldBankPage(pageName, raw)
		if err != nil {
			return all, err
		}
		if page == 1 {
			all = ds
			continue
		}
		if ds.Vintages[0].Released != all.Vintages[0].Released {
			return all, fmt.Errorf("%s: page %d was updated %s, page 1 %s: pages of two releases", name, page, ds.Vintages[0].Released, all.Vintages[0].Released)
		}
		all.Missing += ds.Missing
		all.Vintages[0].Observations = append(all.Vintages[0].Observations, ds.Vintages[0].Observations...)
	}
}
