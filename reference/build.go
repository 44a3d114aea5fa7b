package reference

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/factcheck/factcheck/data"
)

// Files of the embedded data that describe the rest; see data/README.md.
const (
	referenceDir    = "reference"
	sourcesFile     = "reference/sources.csv"
	indicatorsFile  = "reference/indicators.csv"
	aggregatesFile  = "reference/wdi_aggregates.csv"
	manifestFile    = "reference/files.csv"
	lexiconEntities = "lexicon/entities.csv"
	// wdiEditionsFile is the shared data's index of WDI editions, kept for provenance (row
	// counts, git blob ids, each edition's title); the build reads files.csv instead.
	wdiEditionsFile = "reference/worldbank-wdi/vintages/editions.csv"
)

// buildFormat changes when the code that turns the embedded files into a database changes
// what it writes, so that default databases built by older code are rebuilt.
const buildFormat = "4" // 2: WDI figures carry their own indicator page; 3: WDI editions stored as changes; 4: quarters, months and rate changes

// Build creates a database at path filled with the embedded reference data: it writes out
// data.DefaultDB, the database built from the embedded sources at `go generate` time (see
// defaultdb.go). It writes into a temporary file in the same folder and moves it into place
// only when complete, so a crash or an error never leaves a partial database at path. It
// refuses to replace an existing file.
func Build(path string) error {
	return install(path, func(tempPath string) error { return writeImage(data.DefaultDB, tempPath) })
}

// BuildEmpty creates a database at path with the embedded sources, indicators, entities and
// aliases but no figures and no events: the target of an import that must reproduce an
// export exactly. Like Build, it refuses to replace an existing file.
func BuildEmpty(path string) error {
	return install(path, func(tempPath string) error {
		if err := writeImage(data.DefaultDB, tempPath); err != nil {
			return err
		}
		return emptyFigures(tempPath)
	})
}

// BuildFromSources builds the default database from the embedded source files, as `go
// generate ./data` does to make data.DefaultDB. Like Build, it builds into a temporary file
// and refuses to replace an existing one.
func BuildFromSources(path string) error {
	return buildFrom(data.Sources, path)
}

func buildFrom(fsys fs.FS, path string) error {
	return install(path, func(tempPath string) error { return fill(fsys, tempPath) })
}

// install creates the database file path by calling write on an empty temporary file in the
// same folder, then linking it to path: nobody ever sees a half-written database at path.
func install(path string, write func(tempPath string) error) error {
	exists, err := fileExists(path)
	if err != nil {
		return fmt.Errorf("build reference database %s: %w", path, err)
	}
	if exists {
		return fmt.Errorf("build reference database %s: %w", path, fs.ErrExist)
	}
	temp, err := os.CreateTemp(filepath.Dir(path), ".reference-build-*.tmp")
	if err != nil {
		return fmt.Errorf("build reference database %s: %w", path, err)
	}
	tempPath := temp.Name()
	// The figures are public; CreateTemp's owner-only mode would make a shared --db unreadable.
	chmodErr := temp.Chmod(0o644)
	if err := errors.Join(chmodErr, temp.Close()); err != nil {
		os.Remove(tempPath)
		return fmt.Errorf("build reference database %s: %w", path, err)
	}
	defer os.Remove(tempPath) // after a successful link this removes the temporary name only

	if err := write(tempPath); err != nil {
		return fmt.Errorf("build reference database %s: %w", path, err)
	}
	if err := syncFile(tempPath); err != nil {
		return fmt.Errorf("build reference database %s: %w", path, err)
	}
	// A hard link, unlike a rename, fails when path exists: two builds racing for one path
	// cannot replace each other's file under an open reader.
	if err := os.Link(tempPath, path); err != nil {
		return fmt.Errorf("build reference database %s: %w", path, err)
	}
	return nil
}

// fill writes the schema and every embedded file into the empty database file at dbPath,
// in one transaction.
func fill(fsys fs.FS, dbPath string) error {
	// The file is private until it is complete and is deleted on failure, so the journal can
	// live in memory and nothing needs to reach the disk before the end.
	db, err := sql.Open("sqlite3", dsn(dbPath, "_journal_mode=MEMORY&_synchronous=OFF&_cache_size=-262144"))
	if err != nil {
		return err
	}
	defer db.Close()
	// One connection: the migration, the transaction and the pragmas above must share it.
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	if err := migrate(ctx, db); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	w.addEntities = true
	if err := loadEmbedded(w, fsys); err != nil {
		return err
	}
	if err := sealReleases(ctx, tx, w.touched); err != nil {
		return err
	}
	w.close()
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return db.Close()
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// manifestEntry is one row of reference/files.csv: a data file and how to read it.
type manifestEntry struct {
	file, format string
	series       wdiSeries
	// code is the WDI indicator code that ties the editions of one indicator together, and
	// next the file of the next newer edition, against which a changes file was made.
	code, next string
}

// loadEmbedded reads the reference data in dependency order: sources and indicators, then
// the WDI series (which bring the countries and aggregates), then the lexicon's entities and
// aliases, then the files that refer to entities (figures in long format, events).
func loadEmbedded(w *writer, fsys fs.FS) error {
	if err := readTable(fsys, sourcesFile, []string{"name", "url", "licence"}, func(t *table) error {
		_, err := w.source(t.get("name"), t.get("url"), t.get("licence"))
		return err
	}); err != nil {
		return err
	}
	if err := readTable(fsys, indicatorsFile, []string{"name", "unit", "description"}, func(t *table) error {
		return w.indicator(t.get("name"), t.get("unit"), t.get("description"))
	}); err != nil {
		return err
	}
	if err := readTable(fsys, aggregatesFile, []string{"code"}, func(t *table) error {
		w.aggregates[strings.ToUpper(t.get("code"))] = true
		return nil
	}); err != nil {
		return err
	}
	manifest, err := loadManifest(fsys)
	if err != nil {
		return err
	}
	if err := loadWDI(w, fsys, manifest); err != nil {
		return err
	}
	// The lexicon belongs to extraction and may not exist yet; without it there are no aliases.
	if _, err := fs.Stat(fsys, lexiconEntities); err == nil {
		if err := readFile(fsys, lexiconEntities, func(name string, r io.Reader) error {
			return importLexiconEntities(w, name, r)
		}); err != nil {
			return err
		}
	}
	batch := newFigureBatch(w, "quarterly, monthly and rate files")
	for _, entry := range manifest {
		var load func(string, io.Reader) error
		switch entry.format {
		case FormatWDI, formatWDIChanges:
			continue
		case "long":
			load = func(name string, r io.Reader) error { return importLong(w, name, r, longDefaults{}) }
		case "events":
			load = func(name string, r io.Reader) error { return importEvents(w, name, r, "") }
		default:
			series, format := entry.series, seriesFormats[entry.format]
			load = func(name string, r io.Reader) error { return format(batch, name, r, series) }
		}
		if err := readFile(fsys, entry.file, load); err != nil {
			return err
		}
	}
	return batch.flush()
}

func readFile(fsys fs.FS, name string, read func(string, io.Reader) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	r, closeData, err := openData(f, name)
	if err != nil {
		return err
	}
	if err := read(name, r); err != nil {
		return err
	}
	return closeData()
}

// readTable reads the named CSV file of fsys, whose header must hold the required columns,
// and calls row on each of its rows; an error of row is pointed at the row's line.
func readTable(fsys fs.FS, name string, required []string, row func(t *table) error) error {
	return readFile(fsys, name, func(name string, r io.Reader) error {
		t, err := newTable(name, r, required...)
		if err != nil {
			return err
		}
		return t.each(func() error { return row(t) })
	})
}

// loadManifest reads reference/files.csv and checks it against the folder: every listed
// file must exist, and every data file in the folder must be listed, so that a file added
// without a manifest row does not silently stay out of the database.
func loadManifest(fsys fs.FS) ([]manifestEntry, error) {
	var entries []manifestEntry
	listed := map[string]bool{}
	columns := []string{"file", "format", "source", "indicator", "basis", "release", "label", "url"}
	err := readTable(fsys, manifestFile, columns, func(t *table) error {
		entry := manifestEntry{
			file:   path.Join(referenceDir, t.get("file")),
			format: t.get("format"),
			series: wdiSeries{
				source: t.get("source"), indicator: t.get("indicator"), basis: t.get("basis"),
				release: t.get("release"), label: t.get("label"), url: t.get("url"),
			},
		}
		switch entry.format {
		case FormatWDI, formatWDIChanges:
			s := entry.series
			if s.source == "" || s.indicator == "" || s.basis == "" || s.release == "" || s.label == "" {
				return fmt.Errorf("a %s file needs source, indicator, basis, release and label", entry.format)
			}
			entry.code = t.get("code")
			if entry.format == formatWDIChanges {
				if entry.code == "" || t.get("next") == "" {
					return errors.New("a wdi-changes file needs the indicator's code and the next edition's file")
				}
				entry.next = path.Join(referenceDir, t.get("next"))
			}
		case "long", "events":
		default:
			if seriesFormats[entry.format] == nil {
				return fmt.Errorf("format %q is not wdi, wdi-changes, long, events or one of %s", entry.format, seriesFormatNames())
			}
			if entry.series.source == "" || entry.series.release == "" || entry.series.url == "" {
				return fmt.Errorf("a %s file needs source, release and url", entry.format)
			}
		}
		if _, err := fs.Stat(fsys, entry.file); err != nil {
			return err
		}
		listed[entry.file] = true
		entries = append(entries, entry)
		return nil
	})
	if err != nil {
		return nil, err
	}
	metadata := map[string]bool{sourcesFile: true, indicatorsFile: true, aggregatesFile: true, manifestFile: true,
		weoReleasesFile: true, weoConceptsFile: true, weoCodesFile: true, wdiEditionsFile: true,
		currenciesFile: true, realtimeSeriesFile: true}
	err = fs.WalkDir(fsys, referenceDir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		isData := strings.HasSuffix(name, ".csv") || strings.HasSuffix(name, ".csv.gz")
		if d.IsDir() || !isData || metadata[name] || listed[name] {
			return nil
		}
		return fmt.Errorf("%s is not listed in %s", name, manifestFile)
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// DataHash identifies the embedded data and the code that builds it: the hash of the inputs
// data.DefaultDB was built from (see dataHash), recorded in it by `go generate`. The default
// database is named after it. It runs on every start and reads a line of memory.
func DataHash() (string, error) {
	hash, _, err := parseImage(data.DefaultDB)
	return hash, err
}

// dataHash identifies the inputs of a database built from fsys: 12 hex digits of an
// xxHash-64 over the reference files, the lexicon's entities, the migrations and the build
// format. A fast non-cryptographic hash is enough: it only tells one release of the data
// from the next; nobody forges it.
func dataHash(fsys fs.FS) (string, error) {
	var names []string
	err := fs.WalkDir(fsys, referenceDir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			names = append(names, name)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hash reference data: %w", err)
	}
	if _, err := fs.Stat(fsys, lexiconEntities); err == nil {
		names = append(names, lexiconEntities)
	}
	sort.Strings(names)
	hash := xxhash.New()
	fmt.Fprintf(hash, "build format %s\n", buildFormat)
	for _, step := range schemaMigrations {
		fmt.Fprintf(hash, "migration %s %d\n%s\n", step.name, len(step.sql), step.sql)
	}
	buf := make([]byte, 64<<10)
	for _, name := range names {
		if err := hashFile(hash, fsys, name, buf); err != nil {
			return "", fmt.Errorf("hash reference data: %w", err)
		}
	}
	return fmt.Sprintf("%016x", hash.Sum64())[:12], nil
}

// hashFile writes a file's name, length and content to hash.
func hashFile(hash io.Writer, fsys fs.FS, name string, buf []byte) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	// Name and length first, so that moving bytes from one file to the next changes the hash.
	fmt.Fprintf(hash, "file %s %d\n", name, info.Size())
	n, err := io.CopyBuffer(hash, f, buf)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if n != info.Size() {
		return fmt.Errorf("%s: read %d bytes of %d", name, n, info.Size())
	}
	return nil
}

// DefaultDir is the per-user folder of the default database: $XDG_DATA_HOME/factcheck, else
// ~/.local/share/factcheck.
func DefaultDir() (string, error) {
	if dir := os.Getenv("XDG_DATA_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "factcheck"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the data folder: %w (set XDG_DATA_HOME or use --db)", err)
	}
	return filepath.Join(home, ".local", "share", "factcheck"), nil
}

// OpenDefault opens the database built from the embedded data, dir/reference-<DataHash>.db,
// writing it out on first use. Databases built from other data are removed once the current
// one exists; a damaged current one is written again.
func OpenDefault(dir string) (*Store, error) {
	return OpenDefaultWith(dir, OpenOptions{})
}

// OpenDefaultWith is OpenDefault with options: a lock timeout, read-only lookups.
func OpenDefaultWith(dir string, opts OpenOptions) (*Store, error) {
	hash, err := DataHash()
	if err != nil {
		return nil, err
	}
	return openDefaultAs(dir, hash, Build, opts)
}

// openDefault is OpenDefault for a database built from the source files of fsys.
func openDefault(fsys fs.FS, dir string, opts OpenOptions) (*Store, error) {
	hash, err := dataHash(fsys)
	if err != nil {
		return nil, err
	}
	return openDefaultAs(dir, hash, func(path string) error { return buildFrom(fsys, path) }, opts)
}

// openDefaultAs opens dir/reference-<hash>.db, creating it with build when it is missing or
// damaged.
func openDefaultAs(dir, hash string, build func(path string) error, opts OpenOptions) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open default reference database: %w", err)
	}
	dbPath := filepath.Join(dir, "reference-"+hash+".db")
	exists, err := fileExists(dbPath)
	if err != nil {
		return nil, fmt.Errorf("open default reference database: %w", err)
	}
	if exists {
		store, openErr := OpenWith(dbPath, opts)
		if openErr == nil {
			return store, nil
		}
		if !isRebuildable(openErr) {
			// A lock or a permission is not damage: the file stays, and the user is told.
			return nil, openErr
		}
		// The file is a cache of the embedded data: a damaged one is rebuilt, not repaired.
		if err := removeDatabase(dbPath); err != nil {
			return nil, fmt.Errorf("%w (removing it to rebuild: %v)", openErr, err)
		}
	}
	if err := build(dbPath); err != nil && !errors.Is(err, fs.ErrExist) {
		// ErrExist: another process built the same data at the same moment; use its file.
		return nil, err
	}
	removeStale(dir, dbPath)
	return OpenWith(dbPath, opts)
}

// isRebuildable reports an open error that a rebuild of the default database cures.
func isRebuildable(err error) bool {
	for _, kind := range []error{ErrCorrupt, ErrNotReference, ErrEmpty, ErrNewerSchema} {
		if errors.Is(err, kind) {
			return true
		}
	}
	return false
}

// RemoveDamaged deletes a damaged default database (and its journal), so that the next open
// builds it again. It is for the default database only: a database a user named is never
// removed.
func RemoveDamaged(path string) error { return removeDatabase(path) }

// removeDatabase deletes a database file and the journal a killed writer may have left.
func removeDatabase(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, suffix := range []string{"-journal", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	return nil
}

// removeStale deletes default databases built from other data. Failures are ignored: a
// stale file costs disk space, not correctness.
func removeStale(dir, current string) {
	stale, _ := filepath.Glob(filepath.Join(dir, "reference-*.db"))
	for _, name := range stale {
		if name != current {
			os.Remove(name)
			os.Remove(name + "-journal")
			os.Remove(name + "-wal")
			os.Remove(name + "-shm")
		}
	}
}
