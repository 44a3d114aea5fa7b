package termsafe

import "testing"

func TestEscapeShowsControlsAndBidiAsEscapes(t *testing.T) {
	tests := []struct {
		name, in, want string
		keepNewlines   bool
	}{
		{"plain text", "Russia grew 3.6% — «fast»", "Russia grew 3.6% — «fast»", false},
		{"a screen clear", "a\x1b[2Jb", `a\x1b[2Jb`, false},
		{"a forged hyperlink", "\x1b]8;;http://evil\x07click\x1b]8;;\x07", `\x1b]8;;http://evil\x07click\x1b]8;;\x07`, false},
		{"a C1 control sequence introducer", "a\u009b31mb", `a\u009b31mb`, false},
		{"a bidi override", "file\u202eexe.txt", `file\u202eexe.txt`, false},
		{"bidi isolates and marks", "\u2066x\u2069\u200f", `\u2066x\u2069\u200f`, false},
		{"a line break in a message", "a\nb\r", `a\x0ab\x0d`, false},
		{"a line break kept in a cell", "a\nb\r", "a\nb\\x0d", true},
		{"invalid UTF-8", "a\xffb", `a\xffb`, false},
		{"DEL and a backspace", "a\x7f\bb", `a\x7f\x08b`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Escape(tt.in, tt.keepNewlines); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzEscapeLeavesNoControl(f *testing.F) {
	for _, s := range []string{"a\x1b[2J", "\u009b", "\u202e", "x\ny", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Line(s); Needs(got, false) {
			t.Fatalf("Line(%q) = %q still needs escaping", s, got)
		}
	})
}
