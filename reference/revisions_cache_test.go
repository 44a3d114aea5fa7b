package reference

import (
	"encoding/json"
	"reflect"
	"testing"
)

// decodeRevisions must accept what json.Unmarshal accepts and yield what it yields, whether
// it reads the file itself or hands it over.
func TestDecodeRevisionsAsJSONUnmarshalDoes(t *testing.T) {
	written := func(r Revisions) string {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	tests := []struct {
		name string
		data string
		read bool // read directly, without json.Unmarshal
	}{
		{"as written", written(Revisions{Fingerprint: "b422850e0c5b5f24", Cells: []RevisionCell{
			{Indicator: "gdp_growth", Age: "<1y", Unit: "pp", Sources: []string{"World Bank WDI", "IMF WEO"}, Figures: 81, Revised: 45,
				Quantiles: []float64{0, 0.001106304, 12.5, 1e-9, 3.5e21, -0.25}},
			{Indicator: "gdp", Age: "10y+", Unit: "%", Sources: []string{}, Quantiles: []float64{}},
			{Indicator: "inflation & prices", Age: "1-2y", Unit: "pp"},
		}}), true},
		{"no cells", written(Revisions{Fingerprint: "x"}), true},
		{"empty cells", written(Revisions{Fingerprint: "x", Cells: []RevisionCell{}}), true},
		{"not JSON", `{not json`, false},
		{"empty", ``, false},
		{"spaces", `{"fingerprint": "x", "cells": []}`, false},
		{"trailing space", `{"fingerprint":"x","cells":[]} `, false},
		{"trailing text", `{"fingerprint":"x","cells":[]}x`, false},
		{"fields in another order", `{"cells":[],"fingerprint":"x"}`, false},
		{"a field of another case", `{"Fingerprint":"x","cells":[]}`, false},
		{"an unknown field", `{"fingerprint":"x","cells":[],"more":1}`, false},
		{"a slash escaped", `{"fingerprint":"a\/b","cells":null}`, true},
		{"an escape cut short", `{"fingerprint":"a\`, false},
		{"invalid UTF-8", "{\"fingerprint\":\"a\xffb\",\"cells\":null}", false},
		{"a control character", "{\"fingerprint\":\"a\tb\",\"cells\":null}", false},
		{"a fraction in an int", cell(`"figures":1.0,"revised":0,"quantiles":null`), false},
		{"an exponent in an int", cell(`"figures":1e2,"revised":0,"quantiles":null`), false},
		{"an int too large", cell(`"figures":99999999999999999999,"revised":0,"quantiles":null`), false},
		{"a negative int", cell(`"figures":-3,"revised":-0,"quantiles":null`), true},
		{"a leading zero", cell(`"figures":1,"revised":0,"quantiles":[01]`), false},
		{"a plus sign", cell(`"figures":1,"revised":0,"quantiles":[+1]`), false},
		{"a bare point", cell(`"figures":1,"revised":0,"quantiles":[1.]`), false},
		{"a bare exponent", cell(`"figures":1,"revised":0,"quantiles":[1e]`), false},
		{"infinity", cell(`"figures":1,"revised":0,"quantiles":[Inf]`), false},
		{"a number too large", cell(`"figures":1,"revised":0,"quantiles":[1e400]`), false},
		{"exponents", cell(`"figures":1,"revised":0,"quantiles":[1E+2,-2.5e-3,0.0,-0]`), true},
		{"a trailing comma", cell(`"figures":1,"revised":0,"quantiles":[1,]`), false},
		{"a string for a number", cell(`"figures":1,"revised":0,"quantiles":["1"]`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want Revisions
			wantErr := json.Unmarshal([]byte(tt.data), &want)
			got, err := decodeRevisions([]byte(tt.data))
			if (err == nil) != (wantErr == nil) || !reflect.DeepEqual(got, want) {
				t.Errorf("decodeRevisions = %+v, %v; json.Unmarshal = %+v, %v", got, err, want, wantErr)
			}
			d := revisionsDecoder{data: tt.data}
			_, ok := d.revisions()
			if read := ok && d.at == len(tt.data); read != tt.read {
				t.Errorf("read directly = %v, want %v", read, tt.read)
			}
		})
	}
}

// cell is a cache of one cell whose last fields are rest.
func cell(rest string) string {
	return `{"fingerprint":"x","cells":[{"indicator":"gdp","age":"\u003c1y","unit":"%","sources":["WDI"],` + rest + `}]}`
}

// The revisions of the default data, as the cache writes them, are read directly and back
// as they were measured.
func TestDecodeRevisionsOfTheDefaultData(t *testing.T) {
	measured, err := defaultStore.MeasureRevisions()
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(measured)
	if err != nil {
		t.Fatal(err)
	}
	d := revisionsDecoder{data: string(data)}
	got, ok := d.revisions()
	if !ok || d.at != len(data) {
		t.Fatalf("the cache as written is not read directly: stopped at byte %d of %d", d.at, len(data))
	}
	if !reflect.DeepEqual(got, measured) {
		t.Error("the cache read back differs from the revisions measured")
	}
}
