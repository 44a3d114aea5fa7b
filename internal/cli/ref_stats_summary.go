package cli

import (
	"fmt"

	"github.com/factcheck/factcheck/reference"
)

// releasesShownPerSource is how many releases of one source `ref stats` lists one by one;
// a source with more (the Federal Reserve publishes a release a month, the Bank of England one
// per rate change) is shown as one row that spans them.
const releasesShownPerSource = 12

// summariseReleases keeps the releases of sources with few of them and folds each source with
// more into one row: its first and last release dates, how many there are, the latest
// label, and the figures of all of them.
func summariseReleases(releases []reference.ReleaseCount) []reference.ReleaseCount {
	perSource := map[string]int{}
	for _, r := range releases {
		perSource[r.Source]++
	}
	var out []reference.ReleaseCount
	for i := 0; i < len(releases); {
		r := releases[i]
		n := perSource[r.Source]
		if n <= releasesShownPerSource {
			out = append(out, r)
			i++
			continue
		}
		// ByRelease is ordered by source, then date: the source's releases are adjacent.
		folded := reference.ReleaseCount{Source: r.Source}
		first, last := releases[i], releases[i+n-1]
		for _, s := range releases[i : i+n] {
			folded.Count += s.Count
		}
		folded.Release = first.Release + " to " + last.Release
		folded.Label = fmt.Sprintf("%d releases, the latest %q", n, last.Label)
		out = append(out, folded)
		i += n
	}
	return out
}
