package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestAReportIsNotReplacedByARunThatReadNoArticle(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	good := "article,verdict\nroundup,consistent\n"
	for _, tc := range []struct {
		name   string
		inputs []string
		code   int
	}{
		{"a mistyped file name", []string{filepath.Join(dir, "artcle.txt")}, ExitUsage},
		{"an empty folder", []string{t.TempDir()}, ExitUsage},
		{"an empty file", []string{writeFile(t, filepath.Join(dir, "empty.txt"), []byte(" \n"))}, ExitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			review := writeFile(t, filepath.Join(dir, "review.csv"), []byte(good))
			args := append([]string{"check", "--db", db, "-q", "-o", review}, tc.inputs...)
			code, _, errOut := run(t, "", args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, errOut)
			}
			if data, _ := os.ReadFile(review); string(data) != good {
				t.Errorf("review.csv was replaced by:\n%s", data)
			}
			if !strings.Contains(errOut, "no article could be read; "+review+" was not written") {
				t.Errorf("stderr does not say why the report was left alone: %s", errOut)
			}
			assertNoTemporaryFiles(t, dir)
		})
	}
	t.Run("one article of two read", func(t *testing.T) {
		review := writeFile(t, filepath.Join(dir, "review.csv"), []byte(good))
		code, _, errOut := run(t, "", "check", "--db", db, "-q", "-o", review, filepath.Join(dir, "missing.txt"), "../../examples/economy-roundup.txt")
		if code != ExitUsage {
			t.Errorf("exit %d, want 2: %s", code, errOut)
		}
		if data, _ := os.ReadFile(review); !strings.Contains(string(data), "examples/economy-roundup.txt") {
			t.Errorf("the report of the article read was not written: %s", data)
		}
	})
}

func TestAnUnknownOutputExtensionIsAnErrorUnlessTheFormatIsNamed(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	article := "../../examples/economy-roundup.txt"
	for _, tc := range []struct {
		name   string
		output string
		extra  []string
		code   int
		says   string
	}{
		{"a slip of the extension", "review.cvs", nil, ExitUsage, `-o ` + filepath.Join(dir, "review.cvs") + `: the extension ".cvs" names no format`},
		{"no extension", "review", nil, ExitUsage, "the name has no extension"},
		{"named by --format", "review.dat", []string{"--format", "csv"}, ExitOK, ""},
		{"tsv by its extension", "review.tsv", nil, ExitOK, ""},
		{"xlsx by its extension", "review.xlsx", nil, ExitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.output)
			code, _, errOut := run(t, "", append([]string{"check", article, "--db", db, "-q", "-o", out}, tc.extra...)...)
			if code != tc.code || !strings.Contains(errOut, tc.says) {
				t.Errorf("exit %d %q, want %d saying %q", code, errOut, tc.code, tc.says)
			}
			if tc.code == ExitUsage {
				if !strings.Contains(errOut, "hint: name the format with --format") {
					t.Errorf("no hint: %s", errOut)
				}
				if _, err := os.Stat(out); err == nil {
					t.Error("a report was written")
				}
			}
		})
	}
	if data, err := os.ReadFile(filepath.Join(dir, "review.xlsx")); err != nil || !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		t.Errorf("review.xlsx is no workbook: %v %.20q", err, data)
	}
	data, err := os.ReadFile(filepath.Join(dir, "review.tsv"))
	if err != nil || !strings.HasPrefix(string(data), "article\tpublished\tstart") {
		t.Errorf("review.tsv is no TSV: %v %.60q", err, data)
	}
}

// TestCtrlCRemovesTheTemporaryReport interrupts a real run, in a child process, while it
// waits for standard input: the temporary file must go, the report stay as it was, and the
// exit code be 130 as for any interrupted command.
func TestCtrlCRemovesTheTemporaryReport(t *testing.T) {
	if os.Getenv("FACTCHECK_TEST_CHILD") == "1" {
		os.Exit(Main(os.Args[len(os.Args)-4:], StdStreams()))
	}
	dir := t.TempDir()
	review := writeFile(t, filepath.Join(dir, "review.csv"), []byte("good,report\n"))
	cmd := exec.Command(os.Args[0], "-test.run=^TestCtrlCRemovesTheTemporaryReport$", "--", "check", "-", "-o", review)
	cmd.Env = append(os.Environ(), "FACTCHECK_TEST_CHILD=1", "FACTCHECK_DB="+testDB(t))
	stdin, err := cmd.StdinPipe() // held open: the run waits for the article
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the run to open its temporary file; the deadline only stops a hung child.
	deadline := time.Now().Add(2 * time.Minute)
	for len(temporaryFiles(t, dir)) == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the child never opened its temporary file: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 {
		t.Errorf("exit %v, want 130: %s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted; "+review+" left as it was") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if data, _ := os.ReadFile(review); string(data) != "good,report\n" {
		t.Errorf("the report was replaced by %q", data)
	}
	assertNoTemporaryFiles(t, dir)
}

func temporaryFiles(t *testing.T, dir string) []string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func assertNoTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	if left := temporaryFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
