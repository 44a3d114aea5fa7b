package cli
import ("testing";"io";"path/filepath")
func BenchmarkZZWhole(b *testing.B) {
	db := filepath.Join(b.TempDir(), "reference.db")
	if code := Main([]string{"ref", "init", "--db", db}, Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK { b.Fatal(code) }
	args := []string{"check", "--db", db, "--format", "jsonl", "--date", "2005-06-01", "-q", "-j", "1", "/work/notes/worst1m.txt"}
	Main(args, Streams{Out: io.Discard, Err: io.Discard})
	b.ResetTimer()
	for b.Loop() { Main(args, Streams{Out: io.Discard, Err: io.Discard}) }
}
