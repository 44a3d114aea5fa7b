// Command factcheck checks the numeric claims of news articles against official figures.
package main

import (
	"os"

	"github.com/factcheck/factcheck/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.StdStreams()))
}
