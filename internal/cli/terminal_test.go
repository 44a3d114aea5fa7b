package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// runOnTerminal runs factcheck in-process as if stdout were a terminal of the given width
// (0: not a terminal).
func runOnTerminal(t *testing.T, width int, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, Streams{In: strings.NewReader(""), Out: &out, Err: &errOut, OutIsTTY: width > 0, OutWidth: width})
	return code, out.String(), errOut.String()
}

func TestTheTableFitsTheTerminalAndColoursItsVerdicts(t *testing.T) {
	db := testDB(t)
	article := "../../examples/economy-roundup.txt"
	for _, tc := range []struct {
		name     string
		terminal int // 0: stdout is no terminal
		env      map[string]string
		args     []string
		width    int // the widest line allowed
		colour   bool
	}{
		{"a terminal of 80 columns", 80, nil, nil, 80, true},
		{"a terminal of 100 columns", 100, nil, nil, 100, true},
		{"NO_COLOR on a terminal", 80, map[string]string{"NO_COLOR": "1"}, nil, 80, false},
		{"a dumb terminal", 80, map[string]string{"TERM": "dumb"}, nil, 80, false},
		{"--color always beats NO_COLOR", 80, map[string]string{"NO_COLOR": "1"}, []string{"--color", "always"}, 80, true},
		{"--color never on a terminal", 80, nil, []string{"--color", "never"}, 80, false},
		{"a pipe", 0, nil, nil, 120, false},
		{"COLUMNS for a pipe into a pager", 0, map[string]string{"COLUMNS": "90"}, nil, 90, false},
		{"COLUMNS beats the terminal", 120, map[string]string{"COLUMNS": "80"}, nil, 80, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", "")
			t.Setenv("TERM", "xterm-256color")
			t.Setenv("COLUMNS", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			args := append([]string{"check", article, "--db", db, "-q"}, tc.args...)
			code, out, errOut := runOnTerminal(t, tc.terminal, args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			widest := 0
			for _, line := range strings.Split(out, "\n") {
				if !strings.HasPrefix(line, "==") {
					widest = max(widest, twwidth.Width(line))
				}
			}
			if widest > tc.width || widest < tc.width-10 {
				t.Errorf("the widest line has %d columns, want the table fitted to %d", widest, tc.width)
			}
			if got := strings.Contains(out, "\x1b[32mconsistent\x1b[0m"); got != tc.colour {
				t.Errorf("verdicts in colour: %v, want %v", got, tc.colour)
			}
		})
	}
}

func TestColorFlagTakesThreeValues(t *testing.T) {
	code, _, errOut := runOnTerminal(t, 80, "check", "../../examples/economy-roundup.txt", "--db", testDB(t), "--color", "yes")
	if code != ExitUsage || !strings.Contains(errOut, `--color "yes": want auto, always or never`) {
		t.Errorf("exit %d %q, want 2 naming the values", code, errOut)
	}
}

func TestAWorkbookIsNotWrittenToATerminal(t *testing.T) {
	code, out, errOut := runOnTerminal(t, 80, "check", "../../examples/economy-roundup.txt", "--db", testDB(t), "--format", "xlsx")
	if code != ExitUsage || out != "" || !strings.Contains(errOut, "-o FILE.xlsx") {
		t.Errorf("exit %d, %d bytes out, %q: want 2 and a hint to use -o", code, len(out), errOut)
	}
	code, out, _ = runOnTerminal(t, 0, "check", "../../examples/economy-roundup.txt", "--db", testDB(t), "--format", "xlsx", "-q")
	if code != ExitOK || !strings.HasPrefix(out, "PK") {
		t.Errorf("into a pipe: exit %d, want the workbook", code)
	}
}

// TestDevNullIsNoTerminal: /dev/null is a character device, as a terminal is, but output sent
// there is output to a file: buffered, with no progress drawn for it.
func TestDevNullIsNoTerminal(t *testing.T) {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no %s here: %v", os.DevNull, err)
	}
	defer f.Close()
	if stderrIsTerminal(f) || isTerminal(f) {
		t.Fatalf("%s is taken for a terminal", os.DevNull)
	}
}
