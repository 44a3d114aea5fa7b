package input

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// normalizeRuneByRune is Normalize without its shortcuts over runs of ASCII and of letters
// that never change: every character is looked at on its own. Normalize must give exactly
// what it gives.
func normalizeRuneByRune(text string) Prose {
	var b strings.Builder
	var edits []edit
	copied := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		repl, changed := normalRune(r)
		if text[i] < utf8.RuneSelf || !changed || (r == utf8.RuneError && size == 1) {
			i += size
			continue
		}
		b.WriteString(text[copied:i])
		edits = append(edits, edit{at: b.Len(), from: i, n: size, m: len(repl)})
		b.WriteString(repl)
		i += size
		copied = i
	}
	if len(edits) == 0 {
		return Prose{Text: text}
	}
	b.WriteString(text[copied:])
	return Prose{Text: b.String(), edits: edits}
}

func TestNormalizeShortcutsChangeNothing(t *testing.T) {
	for _, s := range []string{
		"", "plain ASCII text of more than eight bytes, with 3.6% in it",
		"Россия\u00a0выросла на 3,6%", "café\u00adau lait, naïve", "\u05e9\u05dc\u05d5\u05dd 5\u200b%",
		"\u0663\u066b\u0665\u066a after ASCII run", "\xc3", "\xc3(", "abcdefg\xd8", "abcdefgh\xd8\xbf\xd9\xa0",
		"12345678\u2212\u00a0", "\u00c0\u063f\u0640\u0660",
	} {
		if got, want := Normalize(s), normalizeRuneByRune(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Normalize(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzNormalizeShortcuts(f *testing.F) {
	for _, s := range []string{"grew\u00a05.0%", "Россия 3,6%", "abcdefgh\xc3", "\u0663\u066b", "\xd8\x80\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeRuneByRune(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Normalize(%q) = %+v, want %+v", s, got, want)
		}
	})
}
