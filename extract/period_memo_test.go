package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestPeriodMemoIsTheMap holds periodMemo's lookups to the map's, through writes: keys of the
// lexicon's own strings and of copies of their bytes elsewhere, more than its slots, asked
// and written in turn.
func TestPeriodMemoIsTheMap(t *testing.T) {
	ex := testExtractor(t)
	indicators := []string{"inflation", strings.Clone("inflation"), "gdp_growth", "unemployment_rate", ""}
	entities := []string{"", anyEntity}
	for _, e := range ex.lex.Entities[:min(12, len(ex.lex.Entities))] {
		entities = append(entities, e.Code, strings.Clone(e.Code))
	}
	periods := map[periodKey]string{}
	for i, ind := range indicators {
		for j, ent := range entities {
			if (i+j)%4 != 0 { // (and some keys are not in the map)
				periods[periodKey{ind, ent}] = fmt.Sprint(i, j)
			}
		}
	}
	m := &periodMemo{gen: 1}
	hits := 0
	for step := range 4000 {
		key := periodKey{indicators[step%len(indicators)], entities[step/7%len(entities)]}
		if step%37 == 0 {
			periods[key] = fmt.Sprint(key, step)
			m.forget()
		}
		for _, slot := range m.slots {
			if slot.gen == m.gen && unsafe.StringData(slot.indicator) == unsafe.StringData(key.indicator) && slot.indicator == key.indicator &&
				unsafe.StringData(slot.entity) == unsafe.StringData(key.entity) && slot.entity == key.entity {
				hits++
			}
		}
		got, gotOK := m.lookup(periods, key)
		want, wantOK := periods[key]
		if got != want || gotOK != wantOK {
			t.Fatalf("step %d: lookup(%q) = %q, %v; the map says %q, %v", step, key, got, gotOK, want, wantOK)
		}
	}
	if hits == 0 {
		t.Fatal("no lookup was answered by the memo: the test asks too little")
	}
}

// TestPeriodMemoChangesNoClaim holds the claims made with updateFocus's periodMemo to those
// made with the map alone: over the corpus, the worst inputs and the families of wordings.
func TestPeriodMemoChangesNoClaim(t *testing.T) {
	ex := testExtractor(t)
	var articles []Article
	for _, text := range testcorpus.Texts(t) {
		articles = append(articles, Article{Text: text})
	}
	for _, text := range worstInputs(64 << 10) {
		articles = append(articles, Article{Text: text})
	}
	for _, families := range [][]family{notNationalFamilies, neighbourFamilies, structureFamilies, contextFamilies, wordFamilies, periodFamilies, plainFamilies} {
		for _, f := range families {
			pub := f.published
			if pub.IsZero() {
				pub = familyDate
			}
			for _, text := range f.wordings {
				articles = append(articles, Article{Text: text, Published: pub})
			}
		}
	}
	claims := 0
	for _, a := range articles {
		for _, opts := range []Options{{}, {All: true}} {
			got := ex.Claims(a, opts)
			periodMemoOff = true
			want := ex.Claims(a, opts)
			periodMemoOff = false
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("opts %+v: %d claims, without the memo %d, of %.200q", opts, len(got), len(want), a.Text)
			}
			claims += len(got)
		}
	}
	if claims < 1000 {
		t.Fatalf("only %d claims compared", claims)
	}
}
