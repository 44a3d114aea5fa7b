package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Version is set at build time with -ldflags "-X github.com/factcheck/factcheck/internal/cli.Version=...";
// left empty, the version comes from the build information the Go toolchain records.
var Version = ""

// buildVersion names the build: the version given at link time; else the module version that
// `go install module@version` records; else the commit of a build from a git checkout, with its
// time and "-dirty" when the tree had changes; else "dev" (go run, go test, or a build outside
// version control).
func buildVersion(linked string, info *debug.BuildInfo, haveInfo bool) string {
	if linked != "" {
		return linked
	}
	if !haveInfo || info == nil {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, commitTime string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.time":
			commitTime = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if revision == "" {
		return "dev"
	}
	// Twelve hex digits, as in Go's pseudo-versions: unique in any repository of this size.
	if len(revision) > 12 {
		revision = revision[:12]
	}
	v := "dev-" + revision
	if modified {
		v += "-dirty"
	}
	if commitTime != "" {
		v += " (" + commitTime + ")"
	}
	return v
}

// currentVersion is the version of the running binary.
func currentVersion() string {
	info, ok := debug.ReadBuildInfo()
	return buildVersion(Version, info, ok)
}

func newVersionCmd(streams Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(streams.Out, "factcheck %s\n", currentVersion())
			return err
		},
	}
}
