// Package config reads factcheck's settings from config.yaml, FACTCHECK_* environment
// variables and command-line flags, in increasing order of precedence, and validates them so
// that a misspelled key or a bad value is reported by name before any work starts.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cast"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/factcheck/factcheck/internal/filekind"
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
	KeyCompilationGap  = "tolerance.compilation_gap"
	KeyRevisionPct     = "tolerance.revision_percentile"
	KeyRevisionPctSpan = "tolerance.revision_percentile_beyond_span"
	KeySourcePriority  = "sources.priority"
	KeyLockTimeout     = "db_lock_timeout"

	// Keys of `ref update`: the series followed, the mapping that says what they are, and
	// how to reach the sources (base URLs are configurable so that tests point them at a
	// local server).
	KeyUpdateSeries     = "update.series"
	KeyUpdateMapping    = "update.mapping"
	KeyUpdateTimeout    = "update.timeout"
	KeyUpdateRetries    = "update.retries"
	KeyUpdateFREDKeyEnv = "update.fred_api_key_env"
	KeyUpdateURLPrefix  = "update.urls."
)

// UpdateProviders are the sources `ref update` reaches, each with a key update.urls.NAME.
var UpdateProviders = []string{"worldbank", "fred", "eurostat", "oecd", "ecb", "bis", "imf"}

// Update holds the settings of `ref update`.
type Update struct {
	Series         []string          // "PROVIDER:QUERY", e.g. fred:GDPC1
	Mapping        string            // mapping file; relative to the config file's folder
	TimeoutSeconds float64           // per request
	Retries        int               // further attempts after a failed one
	FREDAPIKeyEnv  string            // environment variable holding the FRED API key
	URLs           map[string]string // base URL by provider; "" is the documented one
}

// Config holds the validated settings.
type Config struct {
	DB              string   // "" means the default database built from the embedded data
	Format          string   // table, csv, jsonl, json, md, html; "" lets the output file's extension decide
	Workers         int      // 0 means one per CPU
	MaxArticleBytes int64    // articles larger than this are reported, not read
	ApproxFactor    float64  // see checks.Options
	NearlyBand      float64  // see checks.Options
	RevisionMargin  float64  // see checks.Options
	CompilationGap  float64  // see checks.Options: (0, 1]
	RevisionPct     float64  // checks.Options.RevisionPercentile: (0, 100]
	RevisionPctSpan float64  // checks.Options.RevisionPercentileBeyondSpan: (0, 100]
	SourcePriority  []string // sources preferred when several match
	LockTimeoutMS   int      // how long to wait for a database locked by another process
	File            string   // the config file that was read, "" when none
	Update          Update
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
	KeyCompilationGap:  0.1,
	KeyRevisionPct:     95.0,
	KeyRevisionPctSpan: 99.0,
	KeySourcePriority:  []string{},
	KeyLockTimeout:     5000,

	KeyUpdateSeries:     []string{},
	KeyUpdateMapping:    "",
	KeyUpdateTimeout:    60,
	KeyUpdateRetries:    3,
	KeyUpdateFREDKeyEnv: "FRED_API_KEY",
}

func init() {
	for _, p := range UpdateProviders {
		defaults[KeyUpdateURLPrefix+p] = ""
	}
}

// Bounds of the numeric settings. Values past them are mistakes (a digit too many, a value
// meant for another key) that would otherwise exhaust memory or overflow: a channel of 2^63
// workers, an article cap whose +1 wraps round to a negative number.
const (
	// MaxWorkers bounds workers: far more than any machine has CPUs to feed.
	MaxWorkers = 1024
	// MaxArticleBytesLimit bounds max_article_bytes: an article is held in memory whole.
	MaxArticleBytesLimit = 1 << 30
	// MaxLockTimeoutMS bounds db_lock_timeout: a day.
	MaxLockTimeoutMS = 24 * 60 * 60 * 1000
	// maxConfigBytes bounds the config file read: a config is a few hundred bytes, and
	// --config /dev/zero must not read forever.
	maxConfigBytes = 1 << 20
)

// Formats lists the output formats a user may name.
var Formats = []string{"table", "csv", "tsv", "xlsx", "jsonl", "json", "md", "html"}

// EnvConfig names the config file when --config does not.
const EnvConfig = "FACTCHECK_CONFIG"

// Load reads factcheck's config file (see Locate), then the environment, then the flags of
// fs that were set on the command line and share a key's name (a flag "db" overrides key
// "db"; a flag "workers" overrides "workers").
func Load(path string, flags *pflag.FlagSet) (Config, error) {
	v := viper.New()
	for key, value := range defaults {
		v.SetDefault(key, value)
	}
	v.SetEnvPrefix("FACTCHECK")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	file, data, err := Locate(path)
	if err != nil {
		return Config{}, err
	}
	if file != "" {
		v.SetConfigType("yaml")
		if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", file, err)
		}
		if err := checkKeys(v, file); err != nil {
			return Config{}, err
		}
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
	// where names what set key: the flag, the environment variable, or the file.
	where := func(key string) string {
		if flags != nil {
			if f := flags.Lookup(key); f != nil && f.Changed {
				return "--" + key
			}
		}
		if env := "FACTCHECK_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_")); os.Getenv(env) != "" {
			return fmt.Sprintf("config: key %s, from %s", key, env)
		}
		if file != "" {
			return fmt.Sprintf("config %s: key %s", file, key)
		}
		return "config: key " + key
	}

	if cfg.DB, err = cast.ToStringE(v.Get(KeyDB)); err != nil {
		return Config{}, fmt.Errorf("%s: %w", where(KeyDB), err)
	}
	if cfg.Format, err = cast.ToStringE(v.Get(KeyFormat)); err != nil {
		return Config{}, fmt.Errorf("%s: %w", where(KeyFormat), err)
	}
	if cfg.Format != "" && !slices.Contains(Formats, cfg.Format) {
		return Config{}, fmt.Errorf("%s: unknown format %q (want one of %s)", where(KeyFormat), cfg.Format, strings.Join(Formats, ", "))
	}
	if cfg.Workers, err = wholeNumber(v.Get(KeyWorkers), 0, MaxWorkers); err != nil {
		return Config{}, fmt.Errorf("%s: want a whole number of workers from 0 (one per CPU) to %d, got %v", where(KeyWorkers), MaxWorkers, v.Get(KeyWorkers))
	}
	maxBytes, err := wholeNumber(v.Get(KeyMaxArticleBytes), 1, MaxArticleBytesLimit)
	if err != nil {
		return Config{}, fmt.Errorf("%s: want a positive number of bytes up to %d (1 GiB), got %v", where(KeyMaxArticleBytes), MaxArticleBytesLimit, v.Get(KeyMaxArticleBytes))
	}
	cfg.MaxArticleBytes = int64(maxBytes)
	if cfg.ApproxFactor, err = finite(v.Get(KeyApproxFactor)); err != nil || cfg.ApproxFactor < 1 {
		return Config{}, fmt.Errorf("%s: want a number of at least 1, got %v", where(KeyApproxFactor), v.Get(KeyApproxFactor))
	}
	if cfg.NearlyBand, err = finite(v.Get(KeyNearlyBand)); err != nil || cfg.NearlyBand <= 0 || cfg.NearlyBand >= 1 {
		return Config{}, fmt.Errorf("%s: want a fraction between 0 and 1, got %v", where(KeyNearlyBand), v.Get(KeyNearlyBand))
	}
	if cfg.RevisionMargin, err = finite(v.Get(KeyRevisionMargin)); err != nil || cfg.RevisionMargin < 0 {
		return Config{}, fmt.Errorf("%s: want a number, 0 or more, got %v", where(KeyRevisionMargin), v.Get(KeyRevisionMargin))
	}
	if cfg.CompilationGap, err = finite(v.Get(KeyCompilationGap)); err != nil || cfg.CompilationGap <= 0 || cfg.CompilationGap > 1 {
		return Config{}, fmt.Errorf("%s: want percentage points above 0 and at most 1, got %v", where(KeyCompilationGap), v.Get(KeyCompilationGap))
	}
	for _, pct := range []struct {
		key  string
		into *float64
	}{{KeyRevisionPct, &cfg.RevisionPct}, {KeyRevisionPctSpan, &cfg.RevisionPctSpan}} {
		if *pct.into, err = finite(v.Get(pct.key)); err != nil || *pct.into <= 0 || *pct.into > 100 {
			return Config{}, fmt.Errorf("%s: want a percentile above 0 and at most 100, got %v", where(pct.key), v.Get(pct.key))
		}
	}
	if cfg.SourcePriority, err = cast.ToStringSliceE(v.Get(KeySourcePriority)); err != nil {
		return Config{}, fmt.Errorf("%s: want a list of source names: %w", where(KeySourcePriority), err)
	}
	if cfg.LockTimeoutMS, err = wholeNumber(v.Get(KeyLockTimeout), 0, MaxLockTimeoutMS); err != nil {
		return Config{}, fmt.Errorf("%s: want milliseconds from 0 to %d (a day), got %v", where(KeyLockTimeout), MaxLockTimeoutMS, v.Get(KeyLockTimeout))
	}
	if cfg.Update, err = loadUpdate(v, where, file); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// loadUpdate reads and checks the keys of `ref update`.
func loadUpdate(v *viper.Viper, where func(string) string, file string) (Update, error) {
	var u Update
	var err error
	if u.Series, err = cast.ToStringSliceE(v.Get(KeyUpdateSeries)); err != nil {
		return u, fmt.Errorf("%s: want a list of series such as fred:GDPC1: %w", where(KeyUpdateSeries), err)
	}
	if u.Mapping, err = cast.ToStringE(v.Get(KeyUpdateMapping)); err != nil {
		return u, fmt.Errorf("%s: %w", where(KeyUpdateMapping), err)
	}
	if u.Mapping != "" && file != "" && !filepath.IsAbs(u.Mapping) && v.InConfig(KeyUpdateMapping) {
		u.Mapping = filepath.Join(filepath.Dir(file), u.Mapping)
	}
	if u.TimeoutSeconds, err = finite(v.Get(KeyUpdateTimeout)); err != nil || u.TimeoutSeconds <= 0 || u.TimeoutSeconds > 3600 {
		return u, fmt.Errorf("%s: want seconds, more than 0 and at most 3600, got %v", where(KeyUpdateTimeout), v.Get(KeyUpdateTimeout))
	}
	if u.Retries, err = wholeNumber(v.Get(KeyUpdateRetries), 0, 20); err != nil {
		return u, fmt.Errorf("%s: want a whole number of retries from 0 to 20, got %v", where(KeyUpdateRetries), v.Get(KeyUpdateRetries))
	}
	if u.FREDAPIKeyEnv, err = cast.ToStringE(v.Get(KeyUpdateFREDKeyEnv)); err != nil {
		return u, fmt.Errorf("%s: %w", where(KeyUpdateFREDKeyEnv), err)
	}
	u.URLs = map[string]string{}
	for _, p := range UpdateProviders {
		key := KeyUpdateURLPrefix + p
		raw, err := cast.ToStringE(v.Get(key))
		if err != nil {
			return u, fmt.Errorf("%s: %w", where(key), err)
		}
		if raw != "" {
			parsed, err := url.Parse(raw)
			if err != nil || (parsed.Scheme != "http" && parsed.Scheme != "https") || parsed.Host == "" {
				return u, fmt.Errorf("%s: %q is not an http or https URL", where(key), raw)
			}
		}
		u.URLs[p] = raw
	}
	return u, nil
}

// Locate finds factcheck's config file and reads it; file is "" when there is none. The
// first of these is the one:
//
//   - path, from --config, which must exist;
//   - $FACTCHECK_CONFIG, which must exist;
//   - ./config.yaml, when it is recognisably factcheck's: a config.yaml of another program
//     in the working directory (a web app's, a CI tool's) must not break every command, so a
//     file none of whose top-level keys is factcheck's, or a near miss of one, is passed over;
//   - config.yaml in the per-user config folder ($XDG_CONFIG_HOME/factcheck, or
//     ~/.config/factcheck), when it exists.
func Locate(path string) (file string, data []byte, err error) {
	explicit := path
	from := "--config"
	if explicit == "" {
		explicit, from = os.Getenv(EnvConfig), EnvConfig
	}
	if explicit != "" {
		data, err := readBounded(explicit)
		if err != nil {
			return "", nil, fmt.Errorf("config %s: %w (named by %s)", explicit, err, from)
		}
		return explicit, data, nil
	}
	const local = "config.yaml"
	data, err = readFound(local)
	switch {
	case err == nil:
		if ours, err := recognisable(data); err != nil {
			return "", nil, fmt.Errorf("config %s: %w (if it is another program's, name factcheck's with --config or %s)", local, err, EnvConfig)
		} else if ours {
			return local, data, nil
		}
	case !errors.Is(err, fs.ErrNotExist):
		return "", nil, fmt.Errorf("config %s: %w", local, err)
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", nil, nil // no per-user folder (no $HOME): no per-user config
	}
	user := filepath.Join(dir, "factcheck", "config.yaml")
	data, err = readFound(user)
	switch {
	case err == nil:
		return user, data, nil
	case errors.Is(err, fs.ErrNotExist):
		return "", nil, nil
	}
	return "", nil, fmt.Errorf("config %s: %w", user, err)
}

// recognisable reports whether a config.yaml is factcheck's: empty, or with a top-level key
// that is factcheck's or a near miss of one (a typo is then reported by name, not ignored).
// A file that is not YAML is an error: it may be a broken config of factcheck's.
func recognisable(data []byte) (bool, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return false, err
	}
	settings := v.AllSettings()
	if len(settings) == 0 {
		return true, nil
	}
	for key := range settings {
		if topLevelKeys[key] {
			return true, nil
		}
		for known := range topLevelKeys {
			if len(key) >= 5 && editDistance(key, known) <= 2 {
				return true, nil
			}
		}
	}
	return false, nil
}

// topLevelKeys are the first parts of the keys: "tolerance" for "tolerance.nearly_band".
var topLevelKeys = func() map[string]bool {
	keys := map[string]bool{}
	for key := range defaults {
		top, _, _ := strings.Cut(key, ".")
		keys[top] = true
	}
	return keys
}()

// readBounded reads a config file of at most maxConfigBytes; a folder, or a device or file
// that goes on past that, is refused.
// readFound reads a config file that factcheck looks for rather than one the user named: one
// that is not a regular file is refused before it is opened, since opening a named pipe left
// in the working folder would block every command there with nothing named to say why. A
// file the user names (--config <(...), a pipe) is read as it comes.
func readFound(path string) ([]byte, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return nil, fmt.Errorf("not a regular file (%s)", filekind.Of(info.Mode()))
	}
	return readBounded(path)
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, errors.New("a folder, not a config file")
	}
	data, err := io.ReadAll(io.LimitReader(f, maxConfigBytes+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if len(data) > maxConfigBytes {
		return nil, fmt.Errorf("more than %d bytes: not a config file", maxConfigBytes)
	}
	return data, nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errOutOfRange is returned for a number that cannot be the value of a key.
var errOutOfRange = errors.New("out of range")

// wholeNumber reads an integer in [lo, hi] from a value of YAML, the environment or a flag.
// A float is accepted when whole (YAML reads 2e9 as one), checked before conversion: a
// float beyond the range of int converts to an arbitrary integer.
func wholeNumber(value any, lo, hi int) (int, error) {
	if f, ok := value.(float64); ok {
		if math.IsNaN(f) || f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
			return 0, errOutOfRange
		}
		return int(f), nil
	}
	n, err := cast.ToInt64E(value)
	if err != nil {
		return 0, err
	}
	if n < int64(lo) || n > int64(hi) {
		return 0, errOutOfRange
	}
	return int(n), nil
}

// finite reads a number that is neither NaN nor infinite: NaN compares false with every
// bound, so it would pass any range check and then flip verdicts.
func finite(value any) (float64, error) {
	f, err := cast.ToFloat64E(value)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, errOutOfRange
	}
	return f, nil
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
