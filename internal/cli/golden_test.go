package cli

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestExampleReportGolden runs the whole path — reading, extraction, the default reference
// data, verdicts and rendering — on the example article and compares each report with its
// golden file. Run `go test ./internal/cli -run Golden -update` after an intended change and
// read the diff.
func TestExampleReportGolden(t *testing.T) {
	example := filepath.Join("..", "..", "examples", "economy-roundup.txt")
	for _, format := range []string{"table", "csv"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := run(t, "", "check", example, "--format", format, "--db", testDB(t), "--summary")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden := filepath.Join("testdata", "economy-roundup."+format+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("%s report differs from %s (run with -update and read the diff):\n%s", format, golden, out)
			}
		})
	}
}
