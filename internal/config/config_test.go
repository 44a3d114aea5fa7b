package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadReadsEveryKey(t *testing.T) {
	path := writeConfig(t, `
db: /tmp/ref.db
format: csv
workers: 3
max_article_bytes: 2048
db_lock_timeout: 100
tolerance:
  approx_factor: 3
  nearly_band: 0.05
  revision_margin: 0.5
  compilation_gap: 0.05
  revision_percentile: 99
  revision_percentile_beyond_span: 99.5
sources:
  priority: [Rosstat, World Bank WDI]
update:
  series: [fred:GDPC1, "ecb:EXR/D.USD.EUR.SP00.A"]
  mapping: follow.csv
  timeout: 30
  retries: 5
  fred_api_key_env: MY_FRED_KEY
  urls:
    fred: http://127.0.0.1:8080/fred
`)
	cfg, err := Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	urls := map[string]string{"fred": "http://127.0.0.1:8080/fred"}
	for _, p := range UpdateProviders {
		if p != "fred" {
			urls[p] = ""
		}
	}
	want := Config{DB: "/tmp/ref.db", Format: "csv", Workers: 3, MaxArticleBytes: 2048, LockTimeoutMS: 100,
		ApproxFactor: 3, NearlyBand: 0.05, RevisionMargin: 0.5, CompilationGap: 0.05, RevisionPct: 99, RevisionPctSpan: 99.5, SourcePriority: []string{"Rosstat", "World Bank WDI"}, File: path,
		Update: Update{Series: []string{"fred:GDPC1", "ecb:EXR/D.USD.EUR.SP00.A"}, Mapping: filepath.Join(filepath.Dir(path), "follow.csv"),
			TimeoutSeconds: 30, Retries: 5, FREDAPIKeyEnv: "MY_FRED_KEY", URLs: urls}}
	if strings.Join(cfg.SourcePriority, "|") != strings.Join(want.SourcePriority, "|") {
		t.Errorf("priority = %q, want %q", cfg.SourcePriority, want.SourcePriority)
	}
	cfg.SourcePriority, want.SourcePriority = nil, nil
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Load = %+v\nwant   %+v", cfg, want)
	}
}

func TestLoadPrecedenceFileThenEnvironmentThenFlags(t *testing.T) {
	path := writeConfig(t, "format: csv\nworkers: 3\ntolerance:\n  approx_factor: 3\n")
	t.Setenv("FACTCHECK_FORMAT", "jsonl")
	t.Setenv("FACTCHECK_TOLERANCE_APPROX_FACTOR", "4")

	cfg, err := Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Format != "jsonl" || cfg.ApproxFactor != 4 || cfg.Workers != 3 {
		t.Errorf("environment did not override the file: %+v", cfg)
	}

	flags := pflag.NewFlagSet("check", pflag.ContinueOnError)
	flags.String("format", "", "")
	flags.Int("workers", 0, "")
	if err := flags.Parse([]string{"--format", "json"}); err != nil {
		t.Fatal(err)
	}
	cfg, err = Load(path, flags)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Format != "json" {
		t.Errorf("flag did not override the environment: format %q", cfg.Format)
	}
	if cfg.Workers != 3 {
		t.Errorf("a flag left unset overrode the file: workers %d, want 3", cfg.Workers)
	}
}

func TestLoadRejectsBadKeysAndValuesByName(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"misspelled key", "tolerence:\n  approx_factor: 2\n", `unknown key "tolerence.approx_factor" (did you mean "tolerance.approx_factor"?)`},
		{"unknown top-level key", "colour: red\n", `unknown key "colour"`},
		{"workers not a number", "workers: many\n", "key workers: want a whole number"},
		{"negative workers", "workers: -1\n", "key workers: want a whole number"},
		{"unknown format", "format: xml\n", `key format: unknown format "xml"`},
		{"approx factor below one", "tolerance:\n  approx_factor: 0.5\n", "key tolerance.approx_factor: want a number of at least 1"},
		{"nearly band out of range", "tolerance:\n  nearly_band: 2\n", "key tolerance.nearly_band: want a fraction"},
		{"max bytes zero", "max_article_bytes: 0\n", "key max_article_bytes: want a positive number"},
		{"not yaml", "db: [unclosed\n", "config "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.yaml)
			_, err := Load(path, nil)
			if err == nil {
				t.Fatalf("Load accepted %q", tt.yaml)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestLoadWithoutFileUsesDefaults(t *testing.T) {
	t.Chdir(t.TempDir())
	cfg, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.File != "" || cfg.ApproxFactor != 2 || cfg.NearlyBand != 0.1 || cfg.MaxArticleBytes != 10<<20 {
		t.Errorf("defaults = %+v", cfg)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml"), nil); err == nil {
		t.Error("a --config that names a missing file was accepted")
	}
}

func TestEnvironmentBadValueNamesKey(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("FACTCHECK_WORKERS", "lots")
	_, err := Load("", nil)
	if err == nil || !strings.Contains(err.Error(), "key workers") {
		t.Fatalf("err = %v, want one naming key workers", err)
	}
}

func TestLoadRejectsValuesOutOfBoundsNamingKeyAndFile(t *testing.T) {
	tests := []struct{ name, yaml, key string }{
		{"workers of 2^63-1", "workers: 9223372036854775807", "workers"},
		{"workers of 2e9", "workers: 2e9", "workers"},
		{"workers past the limit", "workers: 1025", "workers"},
		{"workers negative", "workers: -1", "workers"},
		{"workers not whole", "workers: 2.5", "workers"},
		{"max_article_bytes near 2^63", "max_article_bytes: 9223372036854775807", "max_article_bytes"},
		{"max_article_bytes as a huge float", "max_article_bytes: 1e30", "max_article_bytes"},
		{"max_article_bytes past 1 GiB", "max_article_bytes: 1073741825", "max_article_bytes"},
		{"approx_factor NaN", "tolerance:\n  approx_factor: .nan", "tolerance.approx_factor"},
		{"approx_factor infinite", "tolerance:\n  approx_factor: .inf", "tolerance.approx_factor"},
		{"nearly_band NaN", "tolerance:\n  nearly_band: .NaN", "tolerance.nearly_band"},
		{"revision_margin infinite", "tolerance:\n  revision_margin: .inf", "tolerance.revision_margin"},
		{"revision_margin NaN as text", "tolerance:\n  revision_margin: NaN", "tolerance.revision_margin"},
		{"compilation_gap NaN", "tolerance:\n  compilation_gap: .nan", "tolerance.compilation_gap"},
		{"compilation_gap zero", "tolerance:\n  compilation_gap: 0", "tolerance.compilation_gap"},
		{"compilation_gap over a point", "tolerance:\n  compilation_gap: 1.5", "tolerance.compilation_gap"},
		{"revision_percentile past 100", "tolerance:\n  revision_percentile: 101", "tolerance.revision_percentile"},
		{"revision_percentile zero", "tolerance:\n  revision_percentile: 0", "tolerance.revision_percentile"},
		{"revision_percentile NaN", "tolerance:\n  revision_percentile: .nan", "tolerance.revision_percentile"},
		{"revision_percentile_beyond_span past 100", "tolerance:\n  revision_percentile_beyond_span: 101", "tolerance.revision_percentile_beyond_span"},
		{"revision_percentile_beyond_span infinite", "tolerance:\n  revision_percentile_beyond_span: .inf", "tolerance.revision_percentile_beyond_span"},
		{"db_lock_timeout that overflows a duration", "db_lock_timeout: 1e20", "db_lock_timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.yaml+"\n")
			_, err := Load(path, nil)
			if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "key "+tt.key+":") {
				t.Fatalf("err = %v, want one naming %s and key %s", err, path, tt.key)
			}
		})
	}
	t.Run("NaN from the environment", func(t *testing.T) {
		t.Chdir(t.TempDir())
		t.Setenv("FACTCHECK_TOLERANCE_APPROX_FACTOR", "NaN")
		if _, err := Load("", nil); err == nil || !strings.Contains(err.Error(), "FACTCHECK_TOLERANCE_APPROX_FACTOR") {
			t.Fatalf("err = %v, want one naming the variable", err)
		}
	})
	t.Run("workers of 2^63-1 from the flag", func(t *testing.T) {
		t.Chdir(t.TempDir())
		flags := pflag.NewFlagSet("check", pflag.ContinueOnError)
		flags.Int("workers", 0, "")
		if err := flags.Parse([]string{"--workers", "9223372036854775807"}); err != nil {
			t.Fatal(err)
		}
		if _, err := Load("", flags); err == nil || !strings.HasPrefix(err.Error(), "--workers: ") {
			t.Fatalf("err = %v, want one naming --workers", err)
		}
	})
}

func TestLoadRefusesAHugeOrNonRegularConfigFile(t *testing.T) {
	big := writeConfig(t, "# "+strings.Repeat("x", 2<<20)+"\n")
	tests := []struct{ name, path, want string }{
		{"/dev/zero", "/dev/zero", "more than 1048576 bytes"},
		{"a file of 2 MB", big, "more than 1048576 bytes"},
		{"a folder", t.TempDir(), "a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat(tt.path); err != nil {
				t.Skip(err)
			}
			_, err := Load(tt.path, nil)
			if err == nil || !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one naming %s saying %q", err, tt.path, tt.want)
			}
		})
	}
}

func TestUpdateKeysAreChecked(t *testing.T) {
	tests := []struct{ text, want string }{
		{"update:\n  timeout: 0\n", "key update.timeout: want seconds"},
		{"update:\n  retries: 100\n", "key update.retries: want a whole number of retries from 0 to 20"},
		{"update:\n  urls:\n    ecb: ftp://example.org\n", "key update.urls.ecb: \"ftp://example.org\" is not an http or https URL"},
		{"update:\n  urls:\n    statcan: https://example.org\n", "unknown key \"update.urls.statcan\""},
	}
	for _, tt := range tests {
		_, err := Load(writeConfig(t, tt.text), nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.text, err, tt.want)
		}
	}
}
