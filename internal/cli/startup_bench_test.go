package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/reference"
)

// BenchmarkStartup measures the steps every `check` takes before it reads an article, to
// show where the start-up time of one short article goes.
func BenchmarkStartup(b *testing.B) {
	db := filepath.Join(b.TempDir(), "reference.db")
	if err := reference.Build(db); err != nil {
		b.Fatal(err)
	}
	b.Run("config", func(b *testing.B) {
		for b.Loop() {
			if _, err := config.Load("", newCheckCmd(&globalOptions{}, Streams{}).Flags()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("lexicon", func(b *testing.B) {
		for b.Loop() {
			if _, err := extract.DefaultLexicon(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("data-hash", func(b *testing.B) {
		for b.Loop() {
			if _, err := reference.DataHash(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("open-db", func(b *testing.B) {
		for b.Loop() {
			store, err := reference.OpenWith(db, reference.OpenOptions{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := store.EntityNames(); err != nil {
				b.Fatal(err)
			}
			store.Close()
		}
	})
	// A new user's first run: the default database written out from the binary into an
	// empty data folder, and opened.
	b.Run("first-run-default-db", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			dir := b.TempDir()
			b.StartTimer()
			store, err := reference.OpenDefault(dir)
			if err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			store.Close()
			os.RemoveAll(dir) // 170 MB a run
			b.StartTimer()
		}
	})
	b.Run("stat-default-db", func(b *testing.B) {
		dir := b.TempDir()
		for b.Loop() {
			_, _ = os.Stat(filepath.Join(dir, "reference-0123.db"))
		}
	})
}
