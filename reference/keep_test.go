package reference

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestKeepKeepsValuesUntilAWrite: a value is made once for its key, an error is not kept, a
// value past the budget's quarter is made afresh, and an import forgets every value, as it
// forgets the figures read.
func TestKeepKeepsValuesUntilAWrite(t *testing.T) {
	store := smallStore(t)
	made := 0
	compute := func() (any, int, error) { made++; return "text", 4, nil }
	for range 3 {
		if v, err := store.Keep("key", compute); err != nil || v != "text" {
			t.Fatalf("Keep: %v, %v", v, err)
		}
	}
	if made != 1 {
		t.Fatalf("the value was made %d times, want once", made)
	}
	failed := errors.New("lookup failed")
	for range 2 {
		if _, err := store.Keep("other", func() (any, int, error) { made++; return nil, 0, failed }); !errors.Is(err, failed) {
			t.Fatalf("error %v, want %v", err, failed)
		}
	}
	if made != 3 {
		t.Fatalf("a failed value was kept: made %d times, want 3", made)
	}
	for range 2 {
		store.Keep("large", func() (any, int, error) { made++; return "large", keptBudget, nil })
	}
	if made != 5 {
		t.Fatalf("a value past the budget was kept: made %d times, want 5", made)
	}
	file := strings.Join(LongHeader, ",") + "\nRUS,inflation,2020,annual,3.4,actual,Test Office,,2024-01-12,,,,,\n"
	if _, err := store.Import(context.Background(), "new.csv", strings.NewReader(file), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	store.Keep("key", compute)
	if made != 6 {
		t.Fatalf("the value was kept past an import (made %d times, want 6)", made)
	}
}

// TestKeepDropsAValueMadeAcrossAWrite: a value whose making an import overtook is returned but
// not kept, so the next caller makes it again from the new figures.
func TestKeepDropsAValueMadeAcrossAWrite(t *testing.T) {
	store := smallStore(t)
	file := strings.Join(LongHeader, ",") + "\nRUS,inflation,2020,annual,3.4,actual,Test Office,,2024-01-12,,,,,\n"
	made := 0
	store.Keep("key", func() (any, int, error) {
		made++
		if _, err := store.Import(context.Background(), "new.csv", strings.NewReader(file), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		return "old", 3, nil
	})
	if v, _ := store.Keep("key", func() (any, int, error) { made++; return "new", 3, nil }); v != "new" || made != 2 {
		t.Fatalf("after a write during its making, Keep gave %v (made %d times), want a new value", v, made)
	}
}
