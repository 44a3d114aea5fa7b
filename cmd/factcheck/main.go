// Command factcheck checks the numeric claims of news articles against official figures.
package main

import (
	"os"

	// Imported first of the project's packages to be initialised, so that the heap of the
	// other packages' initialisation is backed by huge pages too.
	_ "github.com/factcheck/factcheck/cmd/factcheck/internal/hugeheap"
	"github.com/factcheck/factcheck/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.StdStreams()))
}
