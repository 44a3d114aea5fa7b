package input

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFollowsSymbolicLinksToFolders(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	write(t, corpus, "a.txt", "Growth was 2%.")
	write(t, corpus, "sub/b.txt", "Growth was 3%.")
	other := filepath.Join(dir, "other")
	write(t, other, "c.txt", "Growth was 4%.")

	t.Run("a link to a folder named on the command line", func(t *testing.T) {
		link := symlink(t, corpus, filepath.Join(t.TempDir(), "link"))
		ids, _, errs := collect(t, []string{link}, Options{})
		want := []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub/b.txt")}
		if strings.Join(ids, ",") != strings.Join(want, ",") || len(errs) > 0 {
			t.Errorf("articles %q, errors %q; want %q", ids, errs, want)
		}
	})
	t.Run("a linked subfolder", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		symlink(t, other, filepath.Join(root, "linked"))
		ids, _, errs := collect(t, []string{root}, Options{})
		want := []string{filepath.Join(root, "a.txt"), filepath.Join(root, "linked/c.txt")}
		if strings.Join(ids, ",") != strings.Join(want, ",") || len(errs) > 0 {
			t.Errorf("articles %q, errors %q; want %q", ids, errs, want)
		}
	})
	t.Run("a loop of links reads each folder once and ends", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		write(t, root, "sub/b.txt", "Growth was 3%.")
		symlink(t, root, filepath.Join(root, "sub/up"))
		symlink(t, filepath.Join(root, "sub"), filepath.Join(root, "sub/self"))
		symlink(t, filepath.Join(root, "sub"), filepath.Join(root, "again"))
		ids, _, errs := collect(t, []string{root}, Options{})
		want := []string{filepath.Join(root, "a.txt"), filepath.Join(root, "sub/b.txt")}
		if strings.Join(ids, ",") != strings.Join(want, ",") || len(errs) > 0 {
			t.Errorf("articles %q, errors %q; want %q", ids, errs, want)
		}
	})
	t.Run("a broken link of no article's name is no input", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, "a.txt", "Growth was 2%.")
		symlink(t, filepath.Join(root, "gone"), filepath.Join(root, "lock"))
		ids, _, errs := collect(t, []string{root}, Options{})
		if len(ids) != 1 || len(errs) > 0 {
			t.Errorf("articles %q, errors %q", ids, errs)
		}
	})
}
