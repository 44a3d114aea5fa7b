// Command gendefaultdb builds the default reference database from the embedded source files
// and writes its image, data/default.db.zst, which the factcheck binary writes out on a
// user's first run. It runs from data/ by `go generate ./data`, after any change to the
// reference data, the lexicon's entities, the schema or the code that builds the database;
// a test in package reference fails until it has.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/factcheck/factcheck/reference"
)

func main() {
	out := flag.String("out", "default.db.zst", "the image file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gendefaultdb:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	hash, err := reference.SourcesHash()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "gendefaultdb-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dbPath := filepath.Join(dir, "reference.db")
	if err := reference.BuildFromSources(dbPath); err != nil {
		return err
	}
	// Written beside out and renamed over it, so that an interrupted run leaves the old
	// image whole.
	temp, err := os.CreateTemp(filepath.Dir(out), ".default-db-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(temp.Name())
	encodeErr := reference.EncodeDefaultImage(temp, hash, dbPath)
	if err := errors.Join(encodeErr, temp.Chmod(0o644), temp.Close()); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := os.Rename(temp.Name(), out); err != nil {
		return err
	}
	info, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %.1f MB, data hash %s\n", out, float64(info.Size())/1e6, hash)
	return nil
}
