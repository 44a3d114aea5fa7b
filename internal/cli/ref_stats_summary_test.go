package cli

import (
	"fmt"
	"testing"

	"github.com/factcheck/factcheck/reference"
)

func TestStatsFoldSourcesOfManyReleases(t *testing.T) {
	var releases []reference.ReleaseCount
	releases = append(releases, reference.ReleaseCount{Source: "A", Release: "2020-01-01", Label: "A 1", Count: 5})
	for day := 1; day <= releasesShownPerSource+1; day++ {
		releases = append(releases, reference.ReleaseCount{Source: "B", Release: fmt.Sprintf("2021-01-%02d", day),
			Label: fmt.Sprintf("B %d", day), Count: 2})
	}
	releases = append(releases, reference.ReleaseCount{Source: "C", Release: "2022-01-01", Label: "C 1", Count: 1})
	got := fmt.Sprint(summariseReleases(releases))
	want := fmt.Sprint([]reference.ReleaseCount{
		{Source: "A", Release: "2020-01-01", Label: "A 1", Count: 5},
		{Source: "B", Release: "2021-01-01 to 2021-01-13", Label: `13 releases, the latest "B 13"`, Count: 26},
		{Source: "C", Release: "2022-01-01", Label: "C 1", Count: 1},
	})
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
