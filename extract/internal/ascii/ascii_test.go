package ascii

import "testing"

func TestByteClassesAgreeWithTheirDefinition(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		digit := '0' <= b && b <= '9'
		if IsLetter(b) != letter || IsDigit(b) != digit || IsWordByte(b) != (letter || digit || b >= 0x80) {
			t.Errorf("byte %#x: letter %v digit %v word %v", b, IsLetter(b), IsDigit(b), IsWordByte(b))
		}
	}
}

func TestWordEnd(t *testing.T) {
	tests := []struct {
		text string
		from int
		want int
	}{
		{"grew 3%", 0, 4},
		{"grew 3%", 4, 4},
		{"GDP's", 0, 3},
		{"café", 0, 3}, // the é is not an ASCII letter
		{"", 0, 0},
	}
	for _, tt := range tests {
		if got := WordEnd(tt.text, tt.from); got != tt.want {
			t.Errorf("WordEnd(%q, %d) = %d, want %d", tt.text, tt.from, got, tt.want)
		}
	}
}

func TestEqualFold(t *testing.T) {
	tests := []struct {
		w, lw string
		want  bool
	}{
		{"March", "march", true},
		{"MARCH", "march", true},
		{"march", "march", true},
		{"Marc", "march", false},
		{"Marches", "march", false},
		{"[arch", "{arch", false}, // only A-Z fold
		{"", "", true},
	}
	for _, tt := range tests {
		if got := EqualFold(tt.w, tt.lw); got != tt.want {
			t.Errorf("EqualFold(%q, %q) = %v, want %v", tt.w, tt.lw, got, tt.want)
		}
	}
	if !EqualFoldAny("Bn", "m", "bn") || EqualFoldAny("Bn") || EqualFoldAny("tn", "m", "bn") {
		t.Error("EqualFoldAny does not match one of its words")
	}
}

func TestLowerAndLookupFold(t *testing.T) {
	tests := []struct{ w, want string }{
		{"March", "march"},
		{"GDP", "gdp"},
		{"Q3", "q3"},
		{"", ""},
		{"ÉTÉ", "ÉtÉ"}, // only ASCII folds
		{"A Very Long Word Of More Than Thirty-Two Bytes", "a very long word of more than thirty-two bytes"},
	}
	m := map[string]int{}
	for i, tt := range tests {
		if got := Lower(tt.w); got != tt.want {
			t.Errorf("Lower(%q) = %q, want %q", tt.w, got, tt.want)
		}
		m[tt.want] = i
	}
	for i, tt := range tests {
		got, ok := LookupFold(m, tt.w)
		if long := len(tt.w) > 16; ok == long || ok && got != i {
			t.Errorf("LookupFold(%q) = %d, %v; want %d, %v", tt.w, got, ok, i, !long)
		}
	}
}

func TestWordStartAgreesWithAByteLoop(t *testing.T) {
	texts := []string{"", "a", "grew 3% in the second quarter", "GDP's growth,of 2.5%", "café société abcdefghijklmnopqrstuvwxyz",
		"x\xffabcdefghijklmnop qrstuvwxyzABCDEFGHIJ"}
	for _, text := range texts {
		for floor := 0; floor <= len(text); floor++ {
			for i := floor; i <= len(text); i++ {
				want := i
				for want > floor && IsLetter(text[want-1]) {
					want--
				}
				if got := WordStart(text, i, floor); got != want {
					t.Errorf("WordStart(%q, %d, %d) = %d, want %d", text, i, floor, got, want)
				}
			}
		}
	}
}

func TestLowerLowerCasesOnlyASCIICapitals(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""}, {"a", "a"}, {"A", "a"}, {"percent", "percent"}, {"Percent", "percent"},
		{"perCENT", "percent"}, {"abcdefgH", "abcdefgh"}, {"abcdefghI", "abcdefghi"},
		{"abcdefghijklmnopQ", "abcdefghijklmnopq"}, {"Ünited", "Ünited"}, {"@[`{", "@[`{"},
		{"ÉCONOMIE économie", "Économie économie"}, {"A-Z", "a-z"},
	} {
		if got := Lower(tt.in); got != tt.want {
			t.Errorf("Lower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzLower(f *testing.F) {
	f.Add("Percent")
	f.Add("abcdefghijklmnopQ")
	f.Fuzz(func(t *testing.T, w string) {
		want := []byte(w)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := Lower(w); got != string(want) {
			t.Fatalf("Lower(%q) = %q, want %q", w, got, want)
		}
	})
}

func TestAlnumBitIsIsASCIIAlnum(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := uint64(0)
		if IsASCIIAlnum(byte(c)) {
			want = 1
		}
		if got := AlnumBit(byte(c)); got != want {
			t.Errorf("AlnumBit(%#x) = %d, want %d", c, got, want)
		}
	}
}
