// Command factcheck checks the numeric claims of news articles against official figures.
package main

import (
	"os"

	// For its effect: the heap grown after it is initialised is backed by huge pages.
	_ "github.com/factcheck/factcheck/cmd/factcheck/internal/hugeheap"
	"github.com/factcheck/factcheck/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.StdStreams()))
}
