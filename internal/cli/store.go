package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/reference"
)

// openStore opens the database named by --db or the config, or the default one built from
// the embedded data.
func openStore(flagDB string, cfg config.Config) (*reference.Store, error) {
	path := flagDB
	if path == "" {
		path = cfg.DB
	}
	if path == "" {
		dir, err := reference.DefaultDir()
		if err != nil {
			return nil, hinted{fmt.Errorf("reference database: %w", err), "name a database with --db PATH or the db key of config.yaml"}
		}
		store, err := reference.OpenDefault(dir)
		if err != nil {
			return nil, fmt.Errorf("reference database: %w", err)
		}
		return store, nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		// A new database starts with the embedded data, so that --db works on first use.
		if err := reference.Build(path); err != nil {
			return nil, fmt.Errorf("reference database %s: %w", path, err)
		}
	}
	store, err := reference.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reference database %s: %w", path, err)
	}
	return store, nil
}
