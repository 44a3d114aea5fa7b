// Package config reads factcheck's settings from config.yaml, FACTCHECK_* environment
// variables and command-line flags, in increasing order of precedence, and validates them so
// that a misspelled key or a bad value is reported by name before any work starts.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cast"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Keys of config.yaml. Environment variables are FACTCHECK_ plus the key in upper case with
// "_" for ".", e.g. FACTCHECK_TOLERANCE_APPROX_FACTOR.
const (
	KeyDB              = "db"
	KeyFormat          = "format"
	KeyWorkers         = "workers"
	KeyMaxArticleBytes = "max_article_bytes"
	KeyApproxFactor    = "tolerance.approx_factor"
	KeyNearlyBand      = "tolerance.nearly_band"
	KeyRevisionMargin  = "tolerance.revision_margin"
	KeySourcePriority  = "sources.priority"
	KeyLockTimeout     = "db_lock_timeout"
)

// Config holds the validated settings.
type Config struct {
	DB              string   // "" means the default database built from the embedded data
	Format          string   // table, csv, jsonl, json, md, html; "" lets the output file's extension decide
	Workers         int      // 0 means one per CPU
	MaxArticleBytes int64    // articles larger than this are reported, not read
	ApproxFactor    float64  // see checks.Options
	NearlyBand      float64  // see checks.Options
	RevisionMargin  float64  // see checks.Options
	SourcePriority  []string // sources preferred when several match
	LockTimeoutMS   int      // how long to wait for a database locked by another process
	File            string   // the config file that was read, "" when none
}

// Defaults are the values used when neither the file, the environment nor a flag sets a key.
var defaults = map[string]any{
	KeyDB:              "",
	KeyFormat:          "",
	KeyWorkers:         0,
	KeyMaxArticleBytes: 10 << 20,
	KeyApproxFactor:    2.0,
	KeyNearlyBand:      0.1,
	KeyRevisionMargin:  1.0,
	KeySourcePriority:  []string{},
	KeyLockTimeout:     5000,
}

// Formats lists the output formats a user may name.
var Formats = []string{"table", "csv", "jsonl", "json", "md", "html"}

// Load reads path (or ./config.yaml when path is "" and that file exists), then the
// environment, then the flags of fs that were set on the command line and share a key's name
// (a flag "db" overrides key "db"; a flag "workers" overrides "workers").
func Load(path string, flags *pflag.FlagSet) (Config, error) {
	v := viper.New()
	for key, value := range defaults {
		v.SetDefault(key, value)
	}
	v.SetEnvPrefix("FACTCHECK")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	explicit := path != ""
	if !explicit {
		path = "config.yaml"
	}
	file := ""
	if _, err := os.Stat(path); err == nil {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", path, err)
		}
		file = path
		if err := checkKeys(v, path); err != nil {
			return Config{}, err
		}
	} else if explicit || !errors.Is(err, fs.ErrNotExist) {
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}

	if flags != nil {
		for _, key := range []string{KeyDB, KeyFormat, KeyWorkers} {
			if f := flags.Lookup(key); f != nil {
				if err := v.BindPFlag(key, f); err != nil {
					return Config{}, fmt.Errorf("config: bind flag --%s: %w", key, err)
				}
			}
		}
	}

	cfg := Config{File: file}
	where := func(key string) string {
		if file != "" {
			return fmt.Sprintf("config %s: key %s", file, key)
		}
		return "config: key " + key
	}
	var err error
	if cfg.DB, err = cast.ToStringE(v.Get(KeyDB)); err != nil {
		return Config{}, fmt.Errorf("%s: %w", where(KeyDB), err)
	}
	if cfg.Format, err = cast.ToStringE(v.Get(KeyFormat)); err != nil {
		return Config{}, fmt.Errorf("%s: %w", where(KeyFormat), err)
	}
	if cfg.Format != "" && !slices.Contains(Formats, cfg.Format) {
		return Config{}, fmt.Errorf("%s: unknown format %q (want one of %s)", where(KeyFormat), cfg.Format, strings.Join(Formats, ", "))
	}
	if cfg.Workers, err = cast.ToIntE(v.Get(KeyWorkers)); err != nil || cfg.Workers < 0 {
		return Config{}, fmt.Errorf("%s: want a whole number of workers, 0 or more, got %v", where(KeyWorkers), v.Get(KeyWorkers))
	}
	if cfg.MaxArticleBytes, err = cast.ToInt64E(v.Get(KeyMaxArticleBytes)); err != nil || cfg.MaxArticleBytes <= 0 {
		return Config{}, fmt.Errorf("%s: want a positive number of bytes, got %v", where(KeyMaxArticleBytes), v.Get(KeyMaxArticleBytes))
	}
	if cfg.ApproxFactor, err = cast.ToFloat64E(v.Get(KeyApproxFactor)); err != nil || cfg.ApproxFactor < 1 {
		return Config{}, fmt.Errorf("%s: want a number of at least 1, got %v", where(KeyApproxFactor), v.Get(KeyApproxFactor))
	}
	if cfg.NearlyBand, err = cast.ToFloat64E(v.Get(KeyNearlyBand)); err != nil || cfg.NearlyBand <= 0 || cfg.NearlyBand >= 1 {
		return Config{}, fmt.Errorf("%s: want a fraction between 0 and 1, got %v", where(KeyNearlyBand), v.Get(KeyNearlyBand))
	}
	if cfg.RevisionMargin, err = cast.ToFloat64E(v.Get(KeyRevisionMargin)); err != nil || cfg.RevisionMargin < 0 {
		return Config{}, fmt.Errorf("%s: want a number, 0 or more, got %v", where(KeyRevisionMargin), v.Get(KeyRevisionMargin))
	}
	if cfg.SourcePriority, err = cast.ToStringSliceE(v.Get(KeySourcePriority)); err != nil {
		return Config{}, fmt.Errorf("%s: want a list of source names: %w", where(KeySourcePriority), err)
	}
	if cfg.LockTimeoutMS, err = cast.ToIntE(v.Get(KeyLockTimeout)); err != nil || cfg.LockTimeoutMS < 0 {
		return Config{}, fmt.Errorf("%s: want milliseconds, 0 or more, got %v", where(KeyLockTimeout), v.Get(KeyLockTimeout))
	}
	return cfg, nil
}

// checkKeys rejects keys the program does not know, so that a typo is not silently ignored.
func checkKeys(v *viper.Viper, path string) error {
	var unknown []string
	for _, key := range v.AllKeys() {
		if _, ok := defaults[key]; !ok {
			unknown = append(unknown, key)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	msg := fmt.Sprintf("config %s: unknown key %q", path, unknown[0])
	if near := closest(unknown[0]); near != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", near)
	}
	return errors.New(msg)
}

// closest returns the known key nearest to key by edit distance, or "" when none is near.
func closest(key string) string {
	best, bestDist := "", 4
	for known := range defaults {
		if d := editDistance(key, known); d < bestDist || (d == bestDist && known < best) {
			best, bestDist = known, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
