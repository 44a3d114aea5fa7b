package testcorpus

import "testing"

func TestByteOffset(t *testing.T) {
	tests := []struct {
		s         string
		runeIndex int
		want      int
	}{
		{"abc", 0, 0},
		{"abc", 2, 2},
		{"abc", 3, 3},
		{"€5 bn", 1, 3}, // the euro sign is three bytes
		{"€5 bn", 9, 7},
		{"", 0, 0},
	}
	for _, tt := range tests {
		if got := ByteOffset(tt.s, tt.runeIndex); got != tt.want {
			t.Errorf("ByteOffset(%q, %d) = %d, want %d", tt.s, tt.runeIndex, got, tt.want)
		}
	}
}

func TestSharedDirIsBesideTheRepository(t *testing.T) {
	dir := SharedDir(t)
	if len(Lines(t, 3)) != 3 {
		t.Errorf("the corpus in %s has fewer than 3 lines", dir)
	}
}

func TestLongRunsOnlyWhenAskedFor(t *testing.T) {
	for _, tt := range []struct {
		value string
		runs  bool
	}{{"", false}, {"0", false}, {"no", false}, {"1", true}, {"true", true}} {
		t.Setenv(LongTestsEnv, tt.value)
		ran := false
		t.Run("value="+tt.value, func(t *testing.T) {
			Long(t, "a test of Long")
			ran = true
		})
		if ran != tt.runs {
			t.Errorf("%s=%q: the long test ran %v, want %v", LongTestsEnv, tt.value, ran, tt.runs)
		}
	}
}
