package reference

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/data"
)

// TestDefaultImageIsCurrent fails when data/default.db.zst was built from other source files,
// another schema or another build format than the ones in the tree.
func TestDefaultImageIsCurrent(t *testing.T) {
	want, err := dataHash(data.Sources)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DataHash()
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("data/default.db.zst was built from inputs that hash to %s, but the data, schema and build format now hash to %s: run `go generate ./data` and commit data/default.db.zst", got, want)
	}
}

// TestDefaultImageMatchesABuild builds the default database from the source files and
// compares it byte for byte with the embedded image: a change to the code that builds the
// database, which the inputs' hash does not see, must come with a new image.
func TestDefaultImageMatchesABuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default database from its sources")
	}
	dir := t.TempDir()
	built, written := filepath.Join(dir, "built.db"), filepath.Join(dir, "written.db")
	if err := BuildFromSources(built); err != nil {
		t.Fatal(err)
	}
	if err := Build(written); err != nil {
		t.Fatal(err)
	}
	if a, b := fileDigest(t, built), fileDigest(t, written); a != b {
		t.Fatalf("a build from data.Sources (sha256 %x) differs from data/default.db.zst (sha256 %x): "+
			"if the code that builds the database changed what it writes, bump buildFormat in build.go (so that users' "+
			"databases are replaced) and run `go generate ./data`", a, b)
	}
}

func fileDigest(t *testing.T, path string) [sha256.Size]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	return [sha256.Size]byte(h.Sum(nil))
}

// fixtureImage builds the fixture's database and returns its image.
func fixtureImage(t *testing.T) (image, hash string) {
	t.Helper()
	hash, err := dataHash(fixtureFS())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := EncodeDefaultImage(&buf, hash, writeFixtureDB(t)); err != nil {
		t.Fatal(err)
	}
	return buf.String(), hash
}

func TestImageRoundTrip(t *testing.T) {
	image, hash := fixtureImage(t)
	var again bytes.Buffer
	if err := EncodeDefaultImage(&again, hash, writeFixtureDB(t)); err != nil {
		t.Fatal(err)
	}
	if again.String() != image {
		t.Errorf("two images of the same database differ")
	}
	got, _, err := parseImage(image)
	if err != nil || got != hash {
		t.Fatalf("parseImage = %q, %v; want %q", got, err, hash)
	}
	path := filepath.Join(t.TempDir(), "ref.db")
	if err := install(path, func(temp string) error { return writeImage(image, temp) }); err != nil {
		t.Fatal(err)
	}
	store, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if got, err := store.Observations("RUS", "gdp_growth", "2023"); err != nil || len(got) != 2 {
		t.Errorf("written database has %d figures for RUS 2023 (%v), want 2", len(got), err)
	}
}

func writeFixtureDB(t *testing.T) string {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "fixture.db")
	if err := buildFrom(fixtureFS(), dbPath); err != nil {
		t.Fatal(err)
	}
	return dbPath
}

// TestDamagedImageWritesNothing: an image damaged in the binary is an error, and leaves no
// file behind, never a database of wrong figures.
func TestDamagedImageWritesNothing(t *testing.T) {
	image, _ := fixtureImage(t)
	header, body, _ := strings.Cut(image, "\n")
	flipped := []byte(body)
	flipped[len(flipped)/2] ^= 0x40
	tests := map[string]struct {
		image, wantErr string
	}{
		"no header":         {body, "no valid header"},
		"a bad hash":        {imagePrefix + "xyz\n" + body, "no valid header"},
		"empty":             {"", "no valid header"},
		"cut short":         {header + "\n" + body[:len(body)/2], "embedded default database"},
		"a byte changed":    {header + "\n" + string(flipped), "embedded default database"},
		"not zstd at all":   {header + "\n" + "SQLite format 3\x00", "embedded default database"},
		"a header, no data": {header + "\n", "embedded default database"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			err := install(filepath.Join(dir, "ref.db"), func(temp string) error { return writeImage(tt.image, temp) })
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("a failed write left %s behind", entries[0].Name())
			}
		})
	}
}

// TestOpenDefaultFromImage: the default database is named by the image's hash, written out
// when missing, written again when damaged, and replaces the databases of other images.
func TestOpenDefaultFromImage(t *testing.T) {
	image, hash := fixtureImage(t)
	dir := t.TempDir()
	stale := filepath.Join(dir, "reference-0123456789ab.db")
	if err := os.WriteFile(stale, []byte("an older build"), 0o644); err != nil {
		t.Fatal(err)
	}
	writes := 0
	open := func() string {
		t.Helper()
		store, err := openDefaultAs(dir, hash, func(path string) error {
			writes++
			return install(path, func(temp string) error { return writeImage(image, temp) })
		}, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if got, err := store.Observations("RUS", "gdp_growth", "2023"); err != nil || len(got) != 2 {
			t.Errorf("default database has %d figures for RUS 2023 (%v), want 2", len(got), err)
		}
		return store.Path()
	}
	path := open()
	if want := filepath.Join(dir, "reference-"+hash+".db"); path != want || writes != 1 {
		t.Fatalf("first open: %s after %d writes, want %s after 1", path, writes, want)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the database of another image was not removed (stat: %v)", err)
	}
	if open(); writes != 1 {
		t.Errorf("a second open wrote the database again")
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("damaged "), 512), 0o644); err != nil {
		t.Fatal(err)
	}
	if open(); writes != 2 {
		t.Errorf("a damaged database was not written again (%d writes)", writes)
	}
}

// BenchmarkBuildFromSources measures what `go generate ./data` spends building the default
// database from the source files; BenchmarkBuildDefault measures a first run, which writes
// out the image instead.
func BenchmarkBuildFromSources(b *testing.B) { benchmarkBuild(b, BuildFromSources) }

// benchmarkBuild times build creating a database file, which is removed between runs.
func benchmarkBuild(b *testing.B, build func(path string) error) {
	dbPath := filepath.Join(b.TempDir(), "ref.db")
	for b.Loop() {
		if err := build(dbPath); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		os.Remove(dbPath)
		b.StartTimer()
	}
}
