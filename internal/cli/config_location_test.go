package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAnotherProgramsConfigYAMLDoesNotBreakCommands(t *testing.T) {
	article, err := filepath.Abs("../../examples/economy-roundup.txt")
	if err != nil {
		t.Fatal(err)
	}
	db, err := filepath.Abs(testDB(t))
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	t.Chdir(work)
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("FACTCHECK_CONFIG", "")
	os.WriteFile(filepath.Join(work, "config.yaml"), []byte("server:\n  port: 8080\ndatabase_url: postgres://app\n"), 0o644)
	for _, args := range [][]string{
		{"check", article, "--db", db, "-q", "--format", "csv"},
		{"extract", article, "-q", "--format", "jsonl"},
		{"ref", "stats", "--db", db},
	} {
		code, out, errOut := run(t, "", args...)
		if code != ExitOK || out == "" {
			t.Errorf("%s: exit %d: %s", strings.Join(args[:2], " "), code, errOut)
		}
	}
	// A config.yaml of factcheck's with a typo still stops the run, with the key named.
	os.WriteFile(filepath.Join(work, "config.yaml"), []byte("workres: 2\n"), 0o644)
	code, _, errOut := run(t, "", "check", article, "--db", db, "-q")
	if code != ExitUsage || !strings.Contains(errOut, `unknown key "workres" (did you mean "workers"?)`) {
		t.Errorf("exit %d %q, want 2 naming the key", code, errOut)
	}
}
